"""Decisions about children, for the child's own file (SCIE Guide 50: the worker's supervision
record stays apart from case decisions, which belong on the child's file).

The extract for one case holds its reference, dates, decisions, rationales and who decided:
nothing else from the sessions, and no name or initials unless the user includes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from . import clock, labels, repos
from .errors import UsageError, ValidationError
from .vault import Vault


@dataclass
class Decision:
    discussion: dict[str, Any]
    case: dict[str, Any]
    date: str  # the session's date


def _decisions(vault: Vault, where: str, params: tuple) -> list[Decision]:
    discussions = repos.select(vault, "case_discussions", where, params)
    if not discussions:
        return []
    # The dates of their sessions in one query (the sessions' notes are not needed here).
    dates = dict(
        vault.conn.execute(
            "SELECT id, date FROM sessions WHERE id IN "
            "(SELECT session FROM case_discussions WHERE " + where + ")",
            params,
        )
    )
    cases = {c["id"]: c for c in repos.select(vault, "cases")}
    found = [Decision(d, cases[d["case"]], dates[d["session"]]) for d in discussions]
    return sorted(found, key=lambda d: (d.date, d.discussion["id"]))


def for_case(
    vault: Vault, reference: str, start: dt.date | None = None, end: dt.date | None = None
) -> list[Decision]:
    """Every decision about the case with this reference, in the period if one is given."""
    cases = repos.select(vault, "cases", "reference = ?", (reference,))
    if not cases:
        raise UsageError(f"There is no case with the reference {reference!r}.")
    marks = ", ".join("?" * len(cases))
    found = _decisions(vault, f'"case" IN ({marks})', tuple(c["id"] for c in cases))
    return [
        d
        for d in found
        if (start is None or d.date >= start.isoformat())
        and (end is None or d.date <= end.isoformat())
    ]


def waiting(vault: Vault, person: str | None = None) -> list[Decision]:
    """Decisions marked for the child's file that have not been copied there yet."""
    found = _decisions(vault, "for_case_file = 1 AND recorded_on_file IS NULL", ())
    if person is not None:
        found = [d for d in found if d.case["person"] == person]
    return found


def mark_copied(vault: Vault, discussion_id: str, day: dt.date | None = None) -> dict[str, Any]:
    discussion = repos.get(vault, "case_discussions", discussion_id)
    if not discussion["for_case_file"]:
        raise ValidationError(
            "case_discussions.for_case_file", "this decision is not marked for the child's file"
        )
    return repos.save(
        vault,
        "case_discussions",
        {**discussion, "recorded_on_file": (day or clock.today()).isoformat()},
    )


def case_name(case: dict[str, Any], include_labels: bool) -> str:
    if include_labels and case["label"]:
        return f"{case['reference']} ({case['label']})"
    return case["reference"]


def as_text(decisions: list[Decision], reference: str, *, include_labels: bool = False) -> str:
    """Plain text to paste into a case recording system."""
    name = case_name(decisions[0].case, include_labels) if decisions else reference
    lines = [f"Case {name}: decisions from supervision", ""]
    if not decisions:
        lines.append("No decisions recorded for this case in the period.")
    for d in decisions:
        lines += [
            f"Date: {labels.long_date(d.date)}",
            f"Decision: {d.discussion['decision'] or '(none recorded)'}",
            f"Rationale: {d.discussion['rationale'] or '(none recorded)'}",
            f"Decided by: {labels.owner(d.discussion['decided_by'])}",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"
