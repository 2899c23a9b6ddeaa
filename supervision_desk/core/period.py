"""A person's records for a summary of a period, read through the indexes: everything dated
inside a window of whole months around the period, and the few older sessions a figure over
the period still turns on (``history.window_sessions``). A summary of one year then reads the
same after twenty years as after one.

Asked for (``asye=True``), for someone whose ASYE year reaches into the window, it reads too
the held sessions from a month before their first review was due, with each session's tags,
to find the ones tagged "ASYE review" (``asye.summary_flags``). Tags are stored after the
notes, so they are read only then.
Every other figure of a summary looks only inside the window. A list over the whole history
(``Standing.short_sessions``) is not complete from these records: no summary shows one.
Cases closed before the window and concerns resolved before it are left out too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import asye, history, person_records, repos, schedule, tracker
from .person_records import TIMELINE, PersonRecords
from .vault import Vault


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
) -> PersonRecords:
    """A person's records for the days ``since`` to ``until`` (see the module's note), in
    the order ``team.records_of`` gives them. ``with_text=False`` reads each session's
    figures only (``person_records.TIMELINE`` and the functions served). Time logs are read
    from ``logs_since``, else none. ``asye=True`` adds what the ASYE reviews are judged from
    (see the module's note)."""
    reviews_from = None
    if asye:
        reviews_from = _reviews_from(repos.get(vault, "people", person_id), since, until)
    fields = None
    if not with_text:
        fields = (*TIMELINE, "functions", "tags") if reviews_from else (*TIMELINE, "functions")
    return person_records.read(
        vault,
        person_id,
        history.window_sessions(since, until, today, held_from=reviews_from, fields=fields),
        cases_closed_from=since,  # a case closed on the window's first day is listed
        logs_from=logs_since,
        concerns_from=since,
    )


def _reviews_from(person: dict, since: dt.date, until: dt.date) -> dt.date | None:
    """The first day a session may answer one of the person's ASYE reviews, if their ASYE
    year reaches into the days ``since`` to ``until``; else ``None``: nothing to judge."""
    return asye.answered_from(person) if asye.overlaps(person, since, until) else None


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
