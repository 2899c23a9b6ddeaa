"""A person's supervision read as far as a view shows it, so that each view costs the same
after twenty years of history as after one: the newest sessions a page at a time with how
many there are, the newest held ones that the balance and the check-ins look at, and, for
figures over a window of days (the tracker's, a summary's), the sessions of those days with
the few older ones the figures still turn on (``window_sessions``).

Everything is found through the indexes of kept sessions (schema version 7): whether a
session is archived is stored after its notes, so asking the row itself would read every page
of every note the person ever had. Only the rows picked are then read.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from . import my_supervision, repos
from .person_records import TIMELINE, Sessions, sessions
from .vault import Vault

PAGE = 50  # sessions a person's list reads at a time

# A person's own kept sessions, and the group sessions they attended, each through its index.
# Conditions are written with {s} before each column of sessions; ?1 is the person.
_OWN = "SELECT rowid AS at, date FROM sessions INDEXED BY sessions_kept WHERE person = ?1"
_ATTENDED = (
    "SELECT s.rowid AS at, s.date AS date FROM session_attendees a "
    "JOIN sessions s INDEXED BY sessions_kept_id ON s.id = a.session WHERE a.person = ?1"
)


def _kept(condition: str = "", order: str = "", limit: int | None = None) -> str:
    """SQL for the row ids of a person's kept sessions, own and attended, that meet
    ``condition``; each part taken in ``order`` up to ``limit`` when given."""
    parts = []
    for base, prefix in ((_OWN, ""), (_ATTENDED, "s.")):
        sql = f"{base} AND {prefix}archived = 0"
        if condition:
            sql += " AND " + condition.format(s=prefix)
        if order:
            sql += " ORDER BY " + order.format(s=prefix)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        parts.append(f"SELECT at FROM ({sql})")
    return " UNION ".join(parts)


def count(vault: Vault, person_id: str) -> int:
    """How many sessions a person's list holds in all (received records included)."""
    (own,) = vault.conn.execute(f"SELECT count(*) FROM ({_kept()})", (person_id,)).fetchone()
    return own + len(my_supervision.of_person(vault, person_id))


# What a person's list shows of a session: its kind, length and standing, and the start of
# the first section written (the later sections are read only when the earlier are empty).
LISTED = ("id", "person", "attendees", "status", "date", "start", "minutes", "kind")
_OPENING = (
    "substr(CASE WHEN agenda != '' THEN agenda WHEN attunement != '' THEN attunement "
    "ELSE analysis END, 1, 300)"
)


def opening(session: dict[str, Any]) -> str:
    """The start of the first section written in a session ("" when nothing is)."""
    if "opening" in session:
        return session["opening"] or ""
    return next((session[k] for k in ("agenda", "attunement", "analysis") if session[k]), "")


def page(
    vault: Vault, person_id: str, after: tuple[str, int] | None = None, limit: int = PAGE
) -> tuple[list[dict[str, Any]], tuple[str, int] | None]:
    """Up to ``limit`` of a person's sessions as their list shows them, newest first (on the
    same day, the later written first), starting after ``after``: None for the newest, else
    what the page before returned as where the next begins (None when there are no more).

    In a practitioner's vault the records received from the supervisor come in by date among
    them: those of the dates this page covers."""
    condition, params = "", [person_id]
    if after is not None:
        condition = "{s}date <= ?2 AND ({s}date < ?2 OR {s}rowid < ?3)"
        params += list(after)
    newest = "{s}date DESC, {s}rowid DESC"
    rows = vault.conn.execute(
        f"SELECT rowid, {', '.join(LISTED)}, {_OPENING} FROM sessions "
        f"WHERE rowid IN ({_kept(condition, newest, limit + 1)}) "
        f"ORDER BY date DESC, rowid DESC LIMIT {int(limit) + 1}",
        params,
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    found = []
    for _at, *values, first in rows:
        session = dict(zip(LISTED, values, strict=True))
        attendees = session["attendees"]
        session["attendees"] = [] if attendees == "[]" else json.loads(attendees)
        session["opening"] = first or ""
        found.append(session)
    # The next page starts after the last session of this one: its date and row id.
    following = (found[-1]["date"], rows[-1][0]) if more else None
    theirs = my_supervision.of_person(vault, person_id)  # none in a supervisor's vault
    if theirs:
        # Those of a day at the foot of a page that goes on wait for the next page, which
        # shows the rest of that day first: on one day, a session of this vault comes first.
        upper = after[0] if after else None
        lower = following[0] if following else None
        picked = [
            r
            for r in theirs
            if (upper is None or r["date"] <= upper) and (lower is None or r["date"] > lower)
        ]
        found = sorted(found + picked, key=lambda s: s["date"], reverse=True)
    return found, following


def latest(vault: Vault, person_id: str) -> dict[str, Any] | None:
    """The full record of a person's newest session in this vault (a planned one included),
    as the top of ``sessions.for_person``; None when they have none."""
    found = repos.select(
        vault,
        "sessions",
        f"rowid IN ({_kept('', '{s}date DESC, {s}rowid DESC', 1)})",
        (person_id,),
        order="date DESC, rowid DESC LIMIT 1",
    )
    return found[0] if found else None


def newest_held(vault: Vault, person_id: str, limit: int = 6) -> list[dict[str, Any]]:
    """The full records of a person's newest held sessions, newest first (whatever their
    date): the sessions whose balance the person's page shows."""
    newest = "{s}date DESC, {s}rowid DESC"
    own = repos.select(
        vault,
        "sessions",
        f"rowid IN ({_kept('{s}status = ' + repr('held'), newest, limit)})",
        (person_id,),
        order=f"date DESC, rowid DESC LIMIT {int(limit)}",
    )
    theirs = [r for r in my_supervision.of_person(vault, person_id) if r.get("status") == "held"]
    if not theirs:
        return own
    return sorted(own + theirs, key=lambda s: s["date"], reverse=True)[:limit]


def check_ins(vault: Vault, person_id: str, today: dt.date, last: int = 6) -> list[tuple[str, int]]:
    """The newest ``last`` wellbeing check-ins of held sessions up to today, oldest first, as
    ``wellbeing.series`` gives them from the whole history (all of a day at the edge
    included): in a group session, the person's own check-in, never the group's."""
    day = today.isoformat()
    own = (
        "SELECT date, wellbeing AS score FROM sessions INDEXED BY sessions_kept "
        "WHERE person = ?1 AND archived = 0 AND status = 'held' AND date <= ?2 "
        "AND wellbeing IS NOT NULL"
    )
    # A group session (no one person) counts the attendee's own check-in; any other session
    # the person attended, its own, as wellbeing.score has it.
    attended = (
        "SELECT s.date AS date, CASE WHEN s.person IS NULL THEN a.wellbeing ELSE s.wellbeing "
        "END AS score FROM session_attendees a JOIN sessions s INDEXED BY sessions_kept_id "
        "ON s.id = a.session WHERE a.person = ?1 AND s.archived = 0 AND s.status = 'held' "
        "AND s.date <= ?2 AND (s.person IS NULL OR s.person != ?1)"
    )
    both = f"SELECT date, score FROM ({own}) UNION ALL SELECT date, score FROM ({attended})"
    found = vault.conn.execute(
        f"SELECT date FROM ({both}) WHERE score IS NOT NULL ORDER BY date DESC LIMIT {last}",
        (person_id, day),
    ).fetchall()
    points: list[tuple[str, int]] = []
    if found:
        edge = found[-1][0]
        points = vault.conn.execute(
            f"SELECT date, score FROM ({both}) WHERE score IS NOT NULL AND date >= ?3",
            (person_id, day, edge),
        ).fetchall()
    points += [
        (r["date"], r["wellbeing"])
        for r in my_supervision.of_person(vault, person_id)
        if r.get("status", "held") == "held" and r["date"] <= day and r.get("wellbeing") is not None
    ]
    return sorted(points)[-last:] if len(points) > last else sorted(points)


# Every kept session of a person, whole records: their whole history.
EVERY = Sessions(f"rowid IN ({_kept()})")


def window_sessions(
    since: dt.date,
    until: dt.date,
    today: dt.date,
    *,
    planned_after: bool = False,
    held_from: dt.date | None = None,
    fields: tuple[str, ...] | None = TIMELINE,
) -> Sessions:
    """The sessions that figures over the days ``since`` to ``until``, judged on ``today``,
    look at: every one of those days, and from before them only the few a figure still turns
    on, each found through the index (see core/tracker.py):
    - the first held session up to today: the record starts there (``tracker.record_start``);
    - the last held one-to-one before ``since`` and up to today, with any other of its day
      (``max`` picks the first of a day): the schedule runs from it, and the window's first
      one-to-one is judged against it (``standing``, ``compliance``);
    - the sessions planned before ``since``: a date passed with no word whether it was held
      is flagged (``tracker.row``).
    ``planned_after`` adds those planned after ``until``: the tracker lists the coming ones.
    ``held_from`` adds the held sessions from that day to ``since``: the ASYE reviews held in
    them are found by their tags (``asye.summary_flags``).
    A list over the whole history (``Standing.short_sessions``) is not complete from these.
    ?2 is ``since``, ?3 ``until``, ?4 ``today`` and ?5 ``held_from``."""
    one_to_one = "{s}status = 'held' AND {s}kind = 'one_to_one'"
    before = one_to_one + " AND {s}date < ?2 AND {s}date <= ?4"
    last_day = f"SELECT max(date) FROM sessions WHERE rowid IN ({_kept(before, '{s}date DESC', 1)})"
    window = "{s}date >= ?2 AND {s}date <= ?3"
    if planned_after:
        window = "{s}date >= ?2 AND ({s}date <= ?3 OR {s}status = 'planned')"
    parts = [
        _kept(window),
        _kept("{s}status = 'held' AND {s}date <= ?4", "{s}date", 1),
        _kept(f"{one_to_one} AND {{s}}date = ({last_day})"),
        _kept("{s}status = 'planned' AND {s}date < ?2"),
    ]
    params = [since.isoformat(), until.isoformat(), today.isoformat()]
    if held_from is not None:
        parts.append(_kept("{s}status = 'held' AND {s}date >= ?5 AND {s}date < ?2"))
        params.append(held_from.isoformat())
    return Sessions(f"rowid IN ({' UNION '.join(parts)})", tuple(params), fields)


def for_figures(vault: Vault, person_id: str, today: dt.date, since: dt.date) -> list[dict]:
    """A person's sessions without their notes, oldest first, as far as the figures of
    ``today`` over the days from ``since`` look at them (``window_sessions``), those planned
    ahead included. A tracker row worked out from these equals the row from the whole history
    (only its list of short sessions is the window's)."""
    return sessions(vault, person_id, window_sessions(since, today, today, planned_after=True))


def tagged(vault: Vault, person_id: str, since: dt.date, today: dt.date) -> list[dict]:
    """A person's held sessions from ``since`` to today with their tags and no notes, oldest
    first, the records received from their supervisor among them: what their ASYE reviews
    are judged from (``asye.tracker_reviews``). Tags are stored after the notes, so each row
    read here costs its notes' pages: it is asked for only for someone whose ASYE year falls
    in the tracker's window, from a month before their first review."""
    held = "{s}status = 'held' AND {s}date >= ?2 AND {s}date <= ?3"
    rows = vault.conn.execute(
        f"SELECT date, status, tags FROM sessions WHERE rowid IN ({_kept(held)}) "
        "ORDER BY date, rowid",
        (person_id, since.isoformat(), today.isoformat()),
    )
    found = [{"date": d, "status": s, "tags": json.loads(t)} for d, s, t in rows]
    first, last = since.isoformat(), today.isoformat()
    theirs = [
        r
        for r in my_supervision.of_person(vault, person_id)
        if r.get("status", "held") == "held" and first <= r["date"] <= last
    ]
    if not theirs:
        return found
    return sorted(found + theirs, key=lambda s: s["date"])
