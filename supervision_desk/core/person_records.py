"""A person's records as a view reads them, through one reader: the tracker's rows and
detail, the summaries and the whole-history reading differ only in which sessions they ask
for (``Sessions``, built in core/history.py) and from which day the cases, time logs and
concerns still matter to them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from . import my_supervision, repos
from .vault import Vault


@dataclass
class PersonRecords:
    person: dict
    cases: list[dict]
    sessions: list[dict]
    logs: list[dict]
    concerns: list[dict]
    agreements: list[dict] = field(default_factory=list)


# What a figure reads of a session: no notes. ``functions`` and ``tags`` are stored after the
# notes, so a reader asks for them only when its figures use them.
TIMELINE = ("id", "person", "date", "start", "minutes", "kind", "status", "attendees", "group_size")
_JSON = ("attendees", "functions", "tags")


@dataclass(frozen=True)
class Sessions:
    """Which of a person's sessions to read: an SQL condition on ``sessions`` in which ?1 is
    the person and ?2 on are ``params``, and the fields to read (None: whole records, their
    notes too)."""

    where: str
    params: tuple = ()
    fields: tuple[str, ...] | None = None


def sessions(vault: Vault, person_id: str, wanted: Sessions) -> list[dict]:
    """The sessions ``wanted``, oldest first, with the records received from the person's
    supervisor among them by date: those are their supervision too, though held only as the
    agreed record (none in a supervisor's vault)."""
    params = (person_id, *wanted.params)
    if wanted.fields is None:
        found = repos.select(vault, "sessions", wanted.where, params, order="date, rowid")
    else:
        names = wanted.fields
        rows = vault.conn.execute(
            f"SELECT {', '.join(names)} FROM sessions WHERE {wanted.where} ORDER BY date, rowid",
            params,
        )
        found = [dict(zip(names, r, strict=True)) for r in rows]
        for session in found:
            for name in _JSON:
                if name in session:
                    value = session[name]  # attendees: nearly always none, so no parser
                    session[name] = [] if value == "[]" else json.loads(value)
    theirs = my_supervision.of_person(vault, person_id)
    if not theirs:
        return found
    return sorted(found + theirs, key=lambda s: s["date"])


def read(
    vault: Vault,
    person_id: str,
    wanted: Sessions,
    *,
    cases_closed_from: dt.date = dt.date.min,
    logs_from: dt.date | None = dt.date.min,
    concerns_from: dt.date = dt.date.min,
) -> PersonRecords:
    """A person's records: the sessions ``wanted``; their cases but those closed before
    ``cases_closed_from``; their time logs from the week of ``logs_from`` (None: none); their
    concerns but the resolved ones raised before ``concerns_from``; and every agreement (the
    rule of a day may come from any of them). The defaults read everything."""
    by = (person_id,)
    week = logs_from.isocalendar() if logs_from is not None else None
    return PersonRecords(
        person=repos.get(vault, "people", person_id),
        cases=repos.select(
            vault,
            "cases",
            "person = ? AND (closed IS NULL OR closed >= ?)",
            (*by, cases_closed_from.isoformat()),
            order="allocated, rowid",
        ),
        sessions=sessions(vault, person_id, wanted),
        logs=(
            repos.select(
                vault,
                "time_logs",
                "person = ? AND week >= ?",
                (*by, f"{week.year:04d}-W{week.week:02d}"),
                order="week",
            )
            if week is not None
            else []
        ),
        concerns=repos.select(
            vault,
            "concerns",
            "person = ? AND (status = 'open' OR date >= ?)",
            (*by, concerns_from.isoformat()),
            order="date, rowid",
        ),
        agreements=repos.select(vault, "agreements", "person = ?", by, order="agreed, rowid"),
    )
