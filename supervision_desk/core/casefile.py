"""Decisions about children, for the child's own file (SCIE Guide 50: the worker's supervision
record stays apart from case decisions, which belong on the child's file).

Each decision becomes a management-oversight entry: the date, the case reference, the worker
and the manager by name and role, what was discussed, the decision and its rationale, the
actions with their owner and timescale, and when it is reviewed. Nothing else from the
sessions, and no name or initials of the child unless the user includes them. On a case two
workers hold, each entry says whose supervision it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from . import clock, labels, repos
from .errors import UsageError, ValidationError
from .vault import Vault


@dataclass(frozen=True)
class Someone:
    name: str
    role: str  # in words, or "" when not known

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name


@dataclass
class Action:
    text: str
    owner: str  # a name, in words
    due: str | None
    status: str


@dataclass
class Decision:
    discussion: dict[str, Any]
    case: dict[str, Any]
    date: str  # the session's date
    worker: Someone = Someone("", "")
    manager: Someone = Someone("", "")
    review: str | None = None  # the next supervision agreed in that session
    actions: list[Action] = field(default_factory=list)
    group: bool = False  # discussed in group supervision
    archived: bool = False  # the supervision record was deleted after it was agreed

    @property
    def copied(self) -> str | None:
        return self.discussion["recorded_on_file"]

    @property
    def for_file(self) -> bool:
        """On the child's file already, or marked to go there."""
        return bool(self.copied or self.discussion["for_case_file"])


def _manager(vault: Vault, session: dict[str, Any]) -> Someone:
    """Who supervised: the group's facilitator if one is named, else the vault's owner; in a
    practitioner's own vault, their supervisor as paired with them."""
    meta = vault.meta()
    facilitator = session.get("facilitator")
    if facilitator and repos.exists(vault, "people", facilitator):  # a colleague on record
        person = repos.get(vault, "people", facilitator)
        return Someone(person["name"], labels.ROLE[person["role"]])
    if facilitator:
        return Someone(facilitator, "")
    if vault.mode == "practitioner":
        row = vault.conn.execute("SELECT name, role FROM contacts LIMIT 1").fetchone()
        if row:
            return Someone(row[0], labels.ROLE.get(row[1], row[1]))
        return Someone("Supervisor (not named)", "")
    role = meta.get("role")
    return Someone(meta.get("owner") or "Supervisor (not named)", labels.ROLE.get(role, ""))


def default_supervisor(vault: Vault) -> str:
    """Who runs a session when no facilitator is named: the vault's owner (in a practitioner's
    own vault, their paired supervisor)."""
    return _manager(vault, {}).name


def _worker(vault: Vault, person_id: str, people: dict[str, dict]) -> Someone:
    if vault.mode == "practitioner":
        meta = vault.meta()
        if meta.get("owner"):
            return Someone(meta["owner"], labels.ROLE.get(meta.get("role") or "", ""))
    person = people[person_id]
    return Someone(person["name"], labels.ROLE[person["role"]])


def _who(value: str, worker: Someone, manager: Someone) -> str:
    """An owner or decider as a name: 'supervisee' is the worker, 'supervisor' the manager."""
    return {"supervisee": worker.name, "supervisor": manager.name}.get(value, value)


def _decisions(vault: Vault, where: str, params: tuple) -> list[Decision]:
    discussions = repos.select(vault, "case_discussions", where, params)
    if not discussions:
        return []
    session_ids = tuple(dict.fromkeys(d["session"] for d in discussions))
    marks = ", ".join("?" * len(session_ids))
    sessions = {
        s["id"]: s for s in repos.select(vault, "sessions", f"id IN ({marks})", session_ids)
    }
    # How many cases each session discussed: an action of a one-case session serves that case.
    cases_in = {
        row[0]: row[1]
        for row in vault.conn.execute(
            f'SELECT session, COUNT(DISTINCT "case") FROM case_discussions '
            f"WHERE session IN ({marks}) GROUP BY session",
            session_ids,
        )
    }
    actions = repos.select(vault, "actions", f"session IN ({marks})", session_ids)
    cases = {c["id"]: c for c in repos.select(vault, "cases")}
    people = {p["id"]: p for p in repos.select(vault, "people")}
    found = []
    for d in discussions:
        session, case = sessions[d["session"]], cases[d["case"]]
        worker = _worker(vault, session["person"] or case["person"], people)
        manager = _manager(vault, session)
        serving = [
            a
            for a in actions
            if a["session"] == session["id"]
            and (a["case"] == case["id"] or (a["case"] is None and cases_in[session["id"]] == 1))
        ]
        found.append(
            Decision(
                d,
                case,
                session["date"],
                worker,
                manager,
                session["next_date"],
                [
                    Action(
                        a["text"],
                        _who(a["owner"], worker, manager),
                        a["due"],
                        labels.ACTION_STATUS[a["status"]],
                    )
                    for a in serving
                ],
                group=session["person"] is None,
                archived=bool(session["archived"]),
            )
        )
    return sorted(found, key=lambda d: (d.date, d.discussion["id"]))


ARCHIVED = "From a supervision record since archived (kept in the vault, off every list)"


def for_case(
    vault: Vault,
    reference: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    not_copied: bool = False,
) -> list[Decision]:
    """Every decision about the case with this reference (held by one worker or several), in
    the period if one is given; ``not_copied`` leaves out those already on the child's file.

    A decision from an archived record (agreed, then deleted) stays only when it is on the
    child's file or marked to go there: the child's file keeps what was copied to it, and
    a decision due there is still due. Its entry says it came from an archived record."""
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
        and not (not_copied and d.copied)
        and (d.for_file or not d.archived)
    ]


def shared(decisions: list[Decision]) -> bool:
    """Whether the decisions came from more than one worker's supervision."""
    return len({d.worker for d in decisions}) > 1


def waiting(vault: Vault, person: str | None = None) -> list[Decision]:
    """Decisions marked for the child's file that have not been copied there yet (those of
    an archived record too: archiving the supervision record does not make them less due)."""
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


def mark_all_copied(vault: Vault, decisions: list[Decision], day: dt.date | None = None) -> int:
    """Record that an extract's entries are now on the child's file (those not already);
    returns how many were marked."""
    when = (day or clock.today()).isoformat()
    count = 0
    with vault.write():
        for d in decisions:
            if d.copied:
                continue
            stored = repos.get(vault, "case_discussions", d.discussion["id"])
            repos.save(
                vault,
                "case_discussions",
                {**stored, "for_case_file": True, "recorded_on_file": when},
            )
            d.discussion = {**stored, "for_case_file": True, "recorded_on_file": when}
            count += 1
    return count


def case_name(case: dict[str, Any], include_labels: bool) -> str:
    if include_labels and case["label"]:
        return f"{case['reference']} ({case['label']})"
    return case["reference"]


def timescale(due: str | None) -> str:
    return f"by {labels.long_date(due)}" if due else "no date set"


def supervision_of(d: Decision) -> str:
    kind = "group supervision" if d.group else "supervision"
    return f"{d.worker.name}'s {kind} with {d.manager.name}"


TITLE = "Extract for the child's record"
FOOTER = (
    "Extract for the child's record: management oversight of decisions made in supervision. "
    "File it on the child's record; the supervision record it came from stays with the worker."
)


def as_text(decisions: list[Decision], reference: str, *, include_labels: bool = False) -> str:
    """Plain text to paste into a case recording system: one management-oversight entry per
    decision."""
    name = case_name(decisions[0].case, include_labels) if decisions else reference
    lines = [f"{TITLE}: case {name}", "Management oversight of decisions made in supervision", ""]
    if not decisions:
        lines.append("No decisions recorded for this case in the period.")
    several = shared(decisions)
    for d in decisions:
        lines += [
            f"Date: {labels.long_date(d.date)}",
            f"Case reference: {d.case['reference']}",
            f"Worker: {d.worker}",
            f"Manager: {d.manager}",
        ]
        if several:
            lines.append(f"From: {supervision_of(d)}")
        if d.archived:
            lines.append(f"Note: {ARCHIVED}")
        lines += [
            f"Discussed: {d.discussion['discussion'] or '(not recorded)'}",
            f"Decision: {d.discussion['decision'] or '(none recorded)'}",
            f"Rationale: {d.discussion['rationale'] or '(none recorded)'}",
            f"Decided by: {_who(d.discussion['decided_by'], d.worker, d.manager)}",
        ]
        if d.actions:
            lines.append("Actions:")
            lines += [f"  - {a.text} (owner: {a.owner}; {timescale(a.due)})" for a in d.actions]
        else:
            lines.append("Actions: none agreed")
        lines.append(
            f"Review: {labels.long_date(d.review) if d.review else 'at the next supervision'}"
        )
        lines.append(
            f"Copied to the child's file: {labels.long_date(d.copied) if d.copied else 'not yet'}"
        )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def decided_by(d: Decision) -> str:
    return _who(d.discussion["decided_by"], d.worker, d.manager)


def one(vault: Vault, discussion_id: str) -> Decision:
    """One decision as its management-oversight entry."""
    found = _decisions(vault, "id = ?", (discussion_id,))
    if not found:
        raise UsageError(f"There is no case discussion {discussion_id!r}.")
    return found[0]


def any_case(vault: Vault) -> bool:
    """Whether the vault holds any case (without reading their references)."""
    return vault.conn.execute("SELECT EXISTS (SELECT 1 FROM cases)").fetchone()[0] == 1


def references(vault: Vault) -> list[str]:
    """Every case reference, once each (a shared case is one reference held by several)."""
    rows = vault.conn.execute(
        "SELECT DISTINCT reference FROM cases ORDER BY reference COLLATE NOCASE"
    )
    return [row[0] for row in rows]
