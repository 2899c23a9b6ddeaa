"""A small team for the child's-file extract: one case held by two workers (a shared case),
another case that must never leak into its extract, and a group session."""

from __future__ import annotations

from supervision_desk.core import repos

OTHER = "OTHER-CASE-SECRET"


def build(vault) -> None:
    vault.set_meta(role="first_line_manager")
    people = [
        ("p1", "Sam Reid", "social_worker"),
        ("p2", "Jo Okafor", "youth_justice"),
    ]
    for pid, name, role in people:
        repos.save(vault, "people", {"id": pid, "name": name, "role": role})
    for cid, pid, ref in (("c1", "p1", "C-1001"), ("c2", "p2", "C-1001"), ("c3", "p2", "C-2002")):
        repos.save(
            vault,
            "cases",
            {
                "id": cid,
                "person": pid,
                "reference": ref,
                "label": "JB" if ref == "C-1001" else "KL",
                "weight": 3,
                "allocated": "2026-01-05",
                "allocation_rationale": "Continuity with the family.",
            },
        )
    # Sam's one-to-one discussed only C-1001: its action, naming no case, serves it.
    repos.save(
        vault,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-03",
            "minutes": 90,
            "next_date": "2026-03-31",
        },
    )
    repos.save(
        vault,
        "case_discussions",
        {
            "id": "d1",
            "session": "s1",
            "case": "c1",
            "discussion": "Missing episodes at weekends.",
            "decision": "Hold a strategy discussion with police.",
            "rationale": "Three missing episodes in a fortnight.",
            "for_case_file": True,
        },
    )
    repos.save(
        vault,
        "actions",
        {
            "id": "a1",
            "session": "s1",
            "text": "Arrange the strategy discussion",
            "due": "2026-03-10",
        },
    )
    # Jo's one-to-one discussed C-1001 and C-2002: actions name their case.
    repos.save(
        vault,
        "sessions",
        {"id": "s2", "person": "p2", "date": "2026-03-05", "minutes": 90},
    )
    repos.save(
        vault,
        "case_discussions",
        {
            "id": "d2",
            "session": "s2",
            "case": "c2",
            "discussion": "Reparation work alongside the plan.",
            "decision": "Joint visit with the social worker.",
            "rationale": "One plan the young person can follow.",
            "decided_by": "supervisee",
        },
    )
    repos.save(
        vault,
        "case_discussions",
        {
            "id": "d3",
            "session": "s2",
            "case": "c3",
            "discussion": OTHER,
            "decision": OTHER + " decision",
            "rationale": OTHER + " rationale",
        },
    )
    repos.save(
        vault,
        "actions",
        {
            "id": "a2",
            "session": "s2",
            "text": "Book the joint visit",
            "owner": "supervisor",
            "due": "2026-03-17",
            "case": "c2",
        },
    )
    repos.save(
        vault,
        "actions",
        {"id": "a3", "session": "s2", "text": OTHER + " action", "case": "c3"},
    )
