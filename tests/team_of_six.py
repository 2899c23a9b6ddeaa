"""A quarter of records for a realistic team of six, every figure counted by hand in the
tests that use it: a registered manager, a counsellor under BACP, a newly qualified social
worker, a part-time youth worker, and a newly qualified youth worker with nothing recorded.

Period 2026-01-01 to 2026-03-31, judged on 2026-04-10. Every record starts in January, so
there is nothing before the period."""

from __future__ import annotations

import datetime as dt

from supervision_desk.core import repos

TODAY = dt.date(2026, 4, 10)
START, END = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
D_SESSIONS = ("01-05", "01-12", "01-19", "01-26", "02-02", "02-09", "02-23", "03-16")


def _one(vault, sid, person, date, minutes=90, **kw):
    repos.save(
        vault, "sessions", {"id": sid, "person": person, "date": date, "minutes": minutes, **kw}
    )


def build(vault, size: int = 6) -> None:
    people = [
        # A: monthly under Standard 5; every one-to-one on time.
        {
            "id": "a",
            "name": "Aled Prys",
            "role": "social_worker",
            "records_from": "2026-01-01",
            "last_supervision_before": "2025-12-15",
        },
        # B: a team manager who is a registered social worker: Standard 5, one session late.
        {
            "id": "b",
            "name": "Beth Ng",
            "role": "first_line_manager",
            "registered_social_worker": True,
            "records_from": "2026-01-01",
            "last_supervision_before": "2025-12-20",
        },
        # C: the only counsellor, under BACP.
        {
            "id": "c",
            "name": "Ceri Lloyd",
            "role": "health",
            "supervision_standard": "bacp_monthly",
            "records_from": "2026-01-01",
        },
        # D: a newly qualified social worker, started 5 January.
        {
            "id": "d",
            "name": "Dafydd Ellis",
            "role": "social_worker",
            "newly_qualified": True,
            "started_role": "2026-01-05",
            "supervision_standard": "lga_newly_qualified",
            "records_from": "2026-01-05",
        },
        # E: a part-time youth worker on the app's local default rhythm.
        {
            "id": "e",
            "name": "Eira Jones",
            "role": "youth_worker",
            "fte": 0.6,
            "supervision_standard": "custom:31:60",
            "records_from": "2026-01-01",
            "last_supervision_before": "2025-12-10",
        },
        # F: a newly qualified youth worker with nothing recorded.
        {
            "id": "f",
            "name": "Ffion Hâf",
            "role": "youth_worker",
            "fte": 0.8,
            "newly_qualified": True,
            "supervision_standard": "custom:31:60",
            "records_from": "2026-01-01",
        },
    ][:size]
    ids = {p["id"] for p in people}
    with vault.write():
        for person in people:
            repos.save(vault, "people", person)
        repos.save(
            vault,
            "cases",
            {
                "id": "ca",
                "person": "a",
                "reference": "YP-1",
                "weight": 5,
                "allocated": "2025-06-01",
            },
        )
        repos.save(
            vault,
            "agreements",
            {
                "id": "ga",
                "person": "a",
                "agreed": "2025-06-01",
                "review": "2026-03-01",
                "frequency_days": 31,
                "minutes": 90,
            },
        )
        # A's January record: all four capacities, comments, agreed by both in 8 days, two
        # actions (one without a date), a decision for the child's file not yet copied.
        _one(
            vault,
            "a1",
            "a",
            "2026-01-12",
            attunement="x",
            analysis="x",
            allocation="x",
            adaptation="x",
            supervisee_comments="Helpful.",
            agreed_by_supervisor="2026-01-20",
            agreed_by_supervisee="2026-01-20",
        )
        repos.save(
            vault,
            "actions",
            {
                "id": "x1",
                "session": "a1",
                "text": "Call",
                "owner": "AP",
                "due": "2026-01-30",
                "status": "done",
            },
        )
        repos.save(vault, "actions", {"id": "x2", "session": "a1", "text": "Visit", "owner": "AP"})
        repos.save(
            vault,
            "case_discussions",
            {
                "id": "cd1",
                "session": "a1",
                "case": "ca",
                "decision": "Step down",
                "for_case_file": True,
            },
        )
        _one(vault, "a2", "a", "2026-02-12")
        _one(vault, "a3", "a", "2026-03-12")
        if "b" in ids:
            _one(vault, "b1", "b", "2026-01-20")
            repos.save(
                vault,
                "actions",
                {"id": "x3", "session": "b1", "text": "Rota", "owner": "BN", "due": "2026-02-01"},
            )
            _one(vault, "b2", "b", "2026-03-05")  # due 20 February: late by 13 days
        if "c" in ids:
            _one(vault, "c1", "c", "2026-01-14", 90)  # January: met
            _one(vault, "c2", "c", "2026-02-11", 60)  # February: 60, short
            _one(vault, "c3", "c", "2026-03-11", 60)  # March: 60 + 120 / 6 = 80, short
            repos.save(
                vault,
                "sessions",
                {
                    "id": "cg",
                    "person": None,
                    "attendees": ["c"],
                    "group_size": 6,
                    "kind": "group",
                    "date": "2026-03-25",
                    "minutes": 120,
                },
            )
        if "d" in ids:
            for n, date in enumerate(D_SESSIONS):
                _one(vault, f"d{n}", "d", f"2026-{date}")
            repos.save(
                vault,
                "cases",
                {
                    "id": "cd",
                    "person": "d",
                    "reference": "YP-2",
                    "weight": 8,
                    "allocated": "2026-01-20",
                },
            )
        if "e" in ids:
            repos.save(
                vault,
                "agreements",
                {
                    "id": "ge",
                    "person": "e",
                    "agreed": "2026-01-05",
                    "review": "2026-07-05",
                    "frequency_days": 31,
                    "minutes": 60,
                },
            )
            _one(
                vault,
                "e1",
                "e",
                "2026-01-10",
                60,
                agreed_by_supervisor="2026-02-01",
                agreed_by_supervisee="2026-02-01",
            )
            _one(vault, "e2", "e", "2026-02-10", 60)
            _one(vault, "e3", "e", "2026-03-13", 60)
