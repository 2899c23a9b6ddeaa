"""A deterministic year of records for three people, for tracker and export tests."""

from __future__ import annotations

import datetime as dt

from supervision_desk.core import repos

TODAY = dt.date(2026, 3, 20)


def build(vault) -> None:
    people = [
        {
            "id": "p1",
            "name": "Sam Taylor",
            "role": "youth_worker",
            "fte": 1.0,
            "started_role": "2024-09-02",
        },
        {
            "id": "p2",
            "name": "Zoë Ćwik",
            "role": "social_worker",
            "fte": 0.6,
            "started_role": "2025-11-03",
            "newly_qualified": True,
            "supervision_standard": "lga_newly_qualified",
        },
        {
            "id": "p3",
            "name": "Dmitri Ó Briain",
            "role": "youth_justice",
            "fte": 1.0,
            "started_role": "2023-01-09",
        },
    ]
    with vault.write():
        for person in people:
            repos.save(vault, "people", person)
        # Sam: monthly sessions all year, three cases.
        for n, month in enumerate(range(4, 16)):
            year, m = 2025 + (month - 1) // 12, (month - 1) % 12 + 1
            repos.save(
                vault,
                "sessions",
                {
                    "id": f"s1-{n}",
                    "person": "p1",
                    "date": f"{year}-{m:02d}-10",
                    "minutes": 90,
                    "attunement": f"Session {n} notes",
                },
            )
        for cid, weight, start, closed in (
            ("c1", 8, "2025-03-01", None),
            ("c2", 5, "2025-06-01", "2025-12-01"),
            ("c3", 6, "2026-02-02", None),
        ):
            repos.save(
                vault,
                "cases",
                {
                    "id": cid,
                    "person": "p1",
                    "reference": f"YP-{cid}",
                    "label": "A.B.",
                    "weight": weight,
                    "allocated": start,
                    "closed": closed,
                    "allocation_rationale": "Agreed in supervision.",
                },
            )
        # Zoë: newly qualified, sessions thinning while cases grow; over hours.
        for n, date in enumerate(
            (
                "2025-11-10",
                "2025-11-17",
                "2025-11-24",
                "2025-12-01",
                "2025-12-15",
                "2026-01-05",
                "2026-01-26",
            )
        ):
            repos.save(
                vault,
                "sessions",
                {"id": f"s2-{n}", "person": "p2", "date": date, "minutes": 90 if n < 5 else 60},
            )
        for cid, weight, start in (
            ("c4", 7, "2025-11-10"),
            ("c5", 9, "2026-02-16"),
            ("c6", 10, "2026-03-02"),
        ):
            repos.save(
                vault,
                "cases",
                {
                    "id": cid,
                    "person": "p2",
                    "reference": f"YP-{cid}",
                    "weight": weight,
                    "allocated": start,
                    "allocation_rationale": "Capacity checked.",
                },
            )
        for week in ("2026-W09", "2026-W10", "2026-W11"):
            repos.save(vault, "time_logs", {"person": "p2", "week": week, "hours_worked": 30.0})
        # Dmitri: on time, light caseload.
        repos.save(
            vault, "sessions", {"id": "s3-0", "person": "p3", "date": "2026-03-02", "minutes": 120}
        )
        repos.save(
            vault,
            "cases",
            {
                "id": "c7",
                "person": "p3",
                "reference": "YP-c7",
                "weight": 3,
                "allocated": "2025-08-01",
            },
        )
