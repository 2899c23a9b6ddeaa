"""A person's records for a summary of a period, read through the indexes: everything dated
inside a window around the period, and the few older records a figure over the period still
turns on. A summary of one year then reads the same after twenty years as after one.

The older sessions kept (each found by one indexed look-up; see core/tracker.py):
- the first held session: where the record starts (``tracker.record_start``);
- the last held one-to-one before the window: the schedule runs from it (``standing``,
  ``compliance``);
- planned sessions dated before the window: a date passed with no word whether it was held
  is flagged (``tracker.row``);
- asked for (``asye=True``), for someone whose ASYE year reaches into the window: the held
  sessions from a month before their first review was due, with each session's tags, to
  find the ones tagged "ASYE review" (``asye.summary_flags``). Tags are stored after the
  notes, so they are read only then.
Every other figure of a summary looks only inside the window. A list over the whole history
(``Standing.short_sessions``) is not complete from these records: no summary shows one.
Cases closed before the window and concerns resolved before it are left out too.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from . import asye, repos, schedule, team, tracker
from .vault import Vault

# The window's own sessions, then the older ones above. Each part walks an index: a
# person's sessions by date, and the group sessions they attended.
_ATTENDED = "SELECT session FROM session_attendees WHERE person = ?1"
_WANTED = f"""
SELECT rowid FROM sessions WHERE person = ?1 AND date BETWEEN ?2 AND ?3
UNION ALL SELECT rowid FROM sessions WHERE id IN ({_ATTENDED}) AND date BETWEEN ?2 AND ?3
UNION ALL SELECT * FROM (SELECT rowid FROM sessions
    WHERE person = ?1 AND archived = 0 AND status = 'held' ORDER BY date LIMIT 1)
UNION ALL SELECT * FROM (SELECT rowid FROM sessions
    WHERE id IN ({_ATTENDED}) AND archived = 0 AND status = 'held' ORDER BY date LIMIT 1)
UNION ALL SELECT * FROM (SELECT rowid FROM sessions
    WHERE person = ?1 AND archived = 0 AND status = 'held' AND kind = 'one_to_one'
    AND date < ?2 AND date <= ?4 ORDER BY date DESC LIMIT 1)
UNION ALL SELECT * FROM (SELECT rowid FROM sessions
    WHERE id IN ({_ATTENDED}) AND archived = 0 AND status = 'held' AND kind = 'one_to_one'
    AND date < ?2 AND date <= ?4 ORDER BY date DESC LIMIT 1)
UNION ALL SELECT rowid FROM sessions
    WHERE person = ?1 AND archived = 0 AND status = 'planned' AND date < ?2
UNION ALL SELECT rowid FROM sessions
    WHERE id IN ({_ATTENDED}) AND archived = 0 AND status = 'planned' AND date < ?2
UNION ALL SELECT rowid FROM sessions
    WHERE person = ?1 AND archived = 0 AND status = 'held' AND date >= ?5 AND date < ?2
UNION ALL SELECT rowid FROM sessions
    WHERE id IN ({_ATTENDED}) AND archived = 0 AND status = 'held' AND date >= ?5 AND date < ?2
"""
NEVER = "9999-12-31"  # ?5 when no older held session is wanted
SESSIONS = f"archived = 0 AND rowid IN ({_WANTED})"


def window(start: dt.date, end: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a summary of ``start`` to ``end`` looks at: whole calendar months, from the
    first of the month the period (or today, if sooner) begins in, to the last of the month
    it ends in. A month is judged whole (BACP) and charted whole, up to its end or today."""
    since = min(start, end, today).replace(day=1)
    until = schedule.add_months(end.replace(day=1), 1) - tracker.DAY
    return since, until


def records(
    vault: Vault,
    person_id: str,
    since: dt.date,
    until: dt.date,
    today: dt.date,
    *,
    with_text: bool = True,
    logs_since: dt.date | None = None,
    asye: bool = False,
) -> team.PersonRecords:
    """A person's records for the days ``since`` to ``until`` (see the module's note), in
    the order ``team.records_of`` gives them. ``with_text=False`` reads each session's
    figures only (``team.TIMELINE``). Time logs are read from ``logs_since``, else none.
    ``asye=True`` adds what the ASYE reviews are judged from (see the module's note)."""
    person = repos.get(vault, "people", person_id)
    reviews_from = _reviews_from(person, since, until) if asye else None
    params = (
        person_id,
        since.isoformat(),
        until.isoformat(),
        today.isoformat(),
        reviews_from.isoformat() if reviews_from else NEVER,
    )
    if with_text:
        found = repos.select(vault, "sessions", SESSIONS, params, order="date, rowid")
    else:
        found = _timeline(vault, params, tags=reviews_from is not None)
    by = (person_id,)
    first_week = ""
    if logs_since is not None:
        week = logs_since.isocalendar()
        first_week = f"{week.year}-W{week.week:02d}"
    return team.PersonRecords(
        person=person,
        cases=repos.select(
            vault,
            "cases",
            "person = ? AND (closed IS NULL OR closed >= ?)",
            (*by, since.isoformat()),
            order="allocated, rowid",
        ),
        sessions=team.with_received(vault, person_id, found),
        logs=(
            repos.select(
                vault, "time_logs", "person = ? AND week >= ?", (*by, first_week), order="week"
            )
            if logs_since is not None
            else []
        ),
        concerns=repos.select(
            vault,
            "concerns",
            "person = ? AND (status = 'open' OR date >= ?)",
            (*by, since.isoformat()),
            order="date, rowid",
        ),
        agreements=repos.select(vault, "agreements", "person = ?", by, order="agreed, rowid"),
    )


def _reviews_from(person: dict, since: dt.date, until: dt.date) -> dt.date | None:
    """The first day a session may answer one of the person's ASYE reviews, if their ASYE
    year reaches into the days ``since`` to ``until``; else ``None``: nothing to judge."""
    return asye.answered_from(person) if asye.overlaps(person, since, until) else None


def _timeline(vault: Vault, params: tuple, tags: bool = False) -> list[dict]:
    """As ``team.timeline``, for the sessions above, with their tags if asked for."""
    names = (*team.TIMELINE, "tags") if tags else team.TIMELINE
    rows = vault.conn.execute(
        f"SELECT {', '.join(names)} FROM sessions WHERE {SESSIONS} ORDER BY date, rowid", params
    )
    found = [dict(zip(names, r, strict=True)) for r in rows]
    for session in found:
        attendees = session["attendees"]
        session["attendees"] = [] if attendees == "[]" else json.loads(attendees)
        session["functions"] = json.loads(session["functions"])
        if tags:
            session["tags"] = json.loads(session["tags"])
    return found


# -- a person's actions for a summary of a period -------------------------------------------

# How many of the actions still open from before a period a summary lists: as many as a
# person's page shows before "Show all". The rest are counted, with the day the oldest was
# agreed, so a summary of one year stays one year's length however long the record runs.
EARLIER_LISTED = 20

# A person's own sessions (a group's actions belong to the group's record, which names the
# other attendees) joined to their actions, through the kept sessions' index: only ids and
# dates are read here, the actions themselves only for the rows listed.
_IN_PERIOD = """
SELECT a.id, s.date FROM sessions s INDEXED BY sessions_kept JOIN actions a ON a.session = s.id
WHERE s.person = ?1 AND s.archived = 0 AND s.date BETWEEN ?2 AND ?3
ORDER BY s.date, a.rowid
"""
_OPEN_BEFORE = """
SELECT a.id, s.date FROM sessions s INDEXED BY sessions_kept
JOIN actions a INDEXED BY actions_open ON a.session = s.id
WHERE s.person = ?1 AND s.archived = 0 AND s.date < ?2 AND a.status = 'open'
ORDER BY s.date DESC, a.rowid DESC
"""


@dataclass(frozen=True)
class Actions:
    """A person's actions as a summary of a period shows them. Each action carries the day
    it was agreed as ``agreed``."""

    in_period: list[dict]  # agreed in the period, whatever became of them, by the day agreed
    earlier: list[dict]  # still open, agreed before the period: the newest EARLIER_LISTED
    earlier_open: int  # how many are still open from before the period, listed or not
    oldest: str | None  # the day the oldest of those was agreed


def actions(vault: Vault, person_id: str, start: dt.date, end: dt.date) -> Actions:
    """A person's actions agreed from ``start`` to ``end``, and those agreed before it and
    still open (the newest ``EARLIER_LISTED`` of them read; all counted)."""
    conn = vault.conn
    period = conn.execute(_IN_PERIOD, (person_id, start.isoformat(), end.isoformat())).fetchall()
    before = conn.execute(_OPEN_BEFORE, (person_id, start.isoformat())).fetchall()
    # Shown oldest first, as the period's are; the order within a day is the one agreed.
    listed = before[:EARLIER_LISTED][::-1]
    return Actions(
        in_period=_read_actions(vault, period),
        earlier=_read_actions(vault, listed),
        earlier_open=len(before),
        oldest=before[-1][1] if before else None,
    )


def _read_actions(vault: Vault, rows: list[tuple[str, str]]) -> list[dict]:
    """The actions of these (id, day agreed) rows, in their order, each with its day."""
    found: dict[str, dict] = {}
    for first in range(0, len(rows), 500):  # SQLite takes a limited number of values
        part = tuple(action_id for action_id, _ in rows[first : first + 500])
        marks = ", ".join("?" * len(part))
        found.update((a["id"], a) for a in repos.select(vault, "actions", f"id IN ({marks})", part))
    return [{**found[action_id], "agreed": day} for action_id, day in rows]
