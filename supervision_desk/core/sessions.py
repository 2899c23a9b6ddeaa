"""Supervision sessions and the actions carried from one session to the next."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from . import clock, dates, repos
from .errors import UsageError, ValidationError
from .records import SESSION_CAPACITIES
from .vault import Vault

# A person's sessions and the group sessions they attended, each found through its index.
# Archived records (agreed ones that were deleted) are on no list.
ATTENDED = (
    "id IN (SELECT id FROM sessions WHERE person = ? "
    "UNION ALL SELECT session FROM session_attendees WHERE person = ?) AND archived = 0"
)


def for_person(vault: Vault, person: str) -> list[dict[str, Any]]:
    """A person's sessions, group sessions they attended included, newest first."""
    return repos.select(
        vault, "sessions", ATTENDED, (person, person), order="date DESC, rowid DESC"
    )


def dates_of(vault: Vault, ids: Iterable[str]) -> dict[str, str]:
    """The date of each of these sessions, by id (no notes are read)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):  # SQLite takes a limited number of values
        part = wanted[start : start + 500]
        found.update(
            vault.conn.execute(
                f"SELECT id, date FROM sessions WHERE id IN ({', '.join('?' * len(part))})", part
            ).fetchall()
        )
    return found


def case_references(vault: Vault, session: str) -> dict[str, str]:
    """The reference of each case discussed in a session, by case id."""
    rows = vault.conn.execute(
        'SELECT id, reference FROM cases WHERE id IN (SELECT "case" FROM case_discussions '
        "WHERE session = ?)",
        (session,),
    )
    return dict(rows.fetchall())


def actions_of(vault: Vault, session: str) -> list[dict[str, Any]]:
    return repos.select(vault, "actions", "session = ?", (session,))


def _earlier(session: dict[str, Any]) -> tuple[str, tuple]:
    """Sessions of the same person before this one (by date, then by when they were made)."""
    return (
        "person = ? AND id != ? AND archived = 0 AND (date < ? OR (date = ? AND rowid < "
        "(SELECT rowid FROM sessions WHERE id = ?)))",
        (session["person"], session["id"], session["date"], session["date"], session["id"]),
    )


def carried_forward(vault: Vault, session: dict[str, Any]) -> list[dict[str, Any]]:
    """The actions from this person's earlier sessions that were open when this session took
    place: still open, closed in it, or closed in a later session. The answer depends only on
    the records, never on the day it is asked, so a record reads the same months later.

    Only those actions are read: the open ones through the index of open actions, the closed
    ones through that of closings (which says where each was closed without reading it), so
    the years of actions long closed cost a record nothing but a glance at an index."""
    where, params = _earlier(session)
    earlier = f"SELECT id FROM sessions WHERE {where}"
    carried = (
        f"session IN ({earlier}) AND ((status = 'open' AND closed_in_session IS NULL) OR "
        f"closed_in_session = ? OR (closed_in_session IS NOT NULL AND closed_in_session NOT IN "
        f"({earlier})))"
    )
    # Every action the condition takes is open, or closed in this session or outside the
    # earlier ones: the two indexes between them hold each, and the condition is asked again
    # of the few rows read, so the answer is the one the whole history gives.
    picked = (
        f"rowid IN (SELECT rowid FROM actions INDEXED BY actions_open WHERE status = 'open' "
        f"AND session IN ({earlier}) UNION ALL SELECT rowid FROM actions INDEXED BY "
        f"actions_closed WHERE closed_in_session IS NOT NULL AND session IN ({earlier}) AND "
        f"(closed_in_session = ? OR closed_in_session NOT IN ({earlier}))) AND {carried}"
    )
    return repos.select(
        vault,
        "actions",
        picked,
        (*params, *params, session["id"], *params, *params, session["id"], *params),
        order="due IS NULL, due, rowid",
    )


def actions_as_of(
    vault: Vault, session: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The actions agreed in a session and those carried into it, each with its status as it
    stood at the end of that session: a closing in a later session had not happened yet."""
    where, params = _earlier(session)
    rows = vault.conn.execute(f"SELECT id FROM sessions WHERE {where}", params)
    before = {row[0] for row in rows} | {session["id"]}

    def then(action: dict[str, Any]) -> dict[str, Any]:
        closed_in = action["closed_in_session"]
        if closed_in is not None and closed_in not in before:
            return {**action, "status": "open", "closed_in_session": None}
        return action

    agreed = [then(a) for a in actions_of(vault, session["id"])]
    return agreed, [then(a) for a in carried_forward(vault, session)]


def close_action(vault: Vault, action_id: str, in_session: str, status: str = "done") -> None:
    if status not in ("done", "dropped"):
        raise ValidationError("status", "an action is closed as done or dropped")
    action = repos.get(vault, "actions", action_id)
    repos.save(vault, "actions", {**action, "status": status, "closed_in_session": in_session})


def reopen_action(vault: Vault, action_id: str) -> None:
    action = repos.get(vault, "actions", action_id)
    repos.save(vault, "actions", {**action, "status": "open", "closed_in_session": None})


def people(vault: Vault, include_archived: bool = False) -> list[dict[str, Any]]:
    """People by name; archived people keep their records but leave the active list."""
    where = "" if include_archived else "archived = 0"
    return repos.select(vault, "people", where, order="name COLLATE NOCASE")


def deleted_person(vault: Vault, person_id: str) -> bool:
    """Deleted from the desk and kept only for agreed records: every supervision record about
    them is archived. Someone who left the team is archived too, but their records are not.
    Asked of the indexes, not the rows (whether a session is archived is stored after its
    notes)."""
    (found,) = vault.conn.execute(
        "SELECT (EXISTS (SELECT 1 FROM sessions WHERE person = ?1) OR EXISTS (SELECT 1 FROM "
        "session_attendees WHERE person = ?1)) AND NOT EXISTS (SELECT 1 FROM sessions INDEXED "
        "BY sessions_kept WHERE person = ?1 AND archived = 0) AND NOT EXISTS (SELECT 1 FROM "
        "session_attendees a JOIN sessions s INDEXED BY sessions_kept_id ON s.id = a.session "
        "WHERE a.person = ?1 AND s.archived = 0)",
        (person_id,),
    ).fetchone()
    return bool(found)


# A person's open actions, found through the index of kept sessions and that of open actions:
# only those shown are read.
_OPEN_ACTIONS = (
    "status = 'open' AND session IN (SELECT id FROM sessions INDEXED BY sessions_kept "
    "WHERE person = ? AND archived = 0)"
)


def open_actions_for_person(
    vault: Vault, person: str, limit: int | None = None
) -> list[dict[str, Any]]:
    """The open actions of a person's kept sessions, the soonest due first (those with no
    due date last); the first ``limit`` of them when given, picked by their due dates in
    the index before any action is read."""
    soonest = "due IS NULL, due, rowid"
    if limit is None:
        return repos.select(vault, "actions", _OPEN_ACTIONS, (person,), order=soonest)
    picked = (
        f"SELECT rowid FROM actions INDEXED BY actions_open WHERE {_OPEN_ACTIONS} "
        f"ORDER BY {soonest} LIMIT {int(limit)}"
    )
    return repos.select(vault, "actions", f"rowid IN ({picked})", (person,), order=soonest)


def open_actions_count(vault: Vault, person: str) -> int:
    """How many open actions a person's kept sessions hold (no action is read)."""
    sql = f"SELECT count(*) FROM actions INDEXED BY actions_open WHERE {_OPEN_ACTIONS}"
    return vault.conn.execute(sql, (person,)).fetchone()[0]


def recent_sessions(vault: Vault, limit: int = 200) -> list[dict[str, Any]]:
    return repos.select(
        vault, "sessions", "archived = 0", order=f"date DESC, rowid DESC LIMIT {int(limit)}"
    )


def ensure_self(vault: Vault) -> None:
    """A practitioner's vault is about one person, its owner: make sure they exist."""
    if vault.mode != "practitioner" or people(vault, include_archived=True):
        return
    meta = vault.meta()
    repos.save(
        vault,
        "people",
        {"id": "me", "name": meta.get("owner") or "Me", "role": meta.get("role") or "other"},
    )


def own_person(vault: Vault) -> str | None:
    """The id of the owner's own record in a practitioner's vault (made if missing);
    ``None`` in a supervisor's vault, which is about other people."""
    if vault.mode != "practitioner":
        return None
    ensure_self(vault)
    if repos.exists(vault, "people", "me"):
        return "me"
    everyone = people(vault)
    return everyone[0]["id"] if len(everyone) == 1 else None


def recent_list(vault: Vault, limit: int = 200) -> list[dict[str, Any]]:
    """The newest sessions as a list names them (id, date, person), newest first (on one
    day, the later written first): read from the index of kept sessions by date alone, so
    neither the notes nor the rest of twenty years of sessions are read."""
    rows = vault.conn.execute(
        "SELECT id, date, person FROM sessions INDEXED BY sessions_kept_date "
        f"WHERE archived = 0 ORDER BY date DESC, rowid DESC LIMIT {int(limit)}"
    )
    return [{"id": i, "date": d, "person": p} for i, d, p in rows]


JOURNAL_PAGE = 200  # entries read at a time for the journal's list


def journal_list(
    vault: Vault, limit: int | None = None, after: tuple[str, int] | None = None
) -> list[dict[str, Any]]:
    """The private journal as its list shows it, newest first: id, date and title only, and
    ``at``, where the entry stands in that order. The text of an entry is read when it is
    opened. ``limit`` and ``after`` (the ``at`` of the last entry already shown) read one
    page at a time through the index of dates, so the list costs the same after twenty years
    as after one: reading every title of twenty years held the window for a third of a
    second."""
    where, params = "", ()
    if after is not None:
        where, params = "WHERE (date, rowid) < (?, ?)", tuple(after)
    rows = vault.conn.execute(
        f"SELECT id, date, title, rowid FROM journal {where} ORDER BY date DESC, rowid DESC"
        + (f" LIMIT {int(limit)}" if limit is not None else ""),
        params,
    )
    return [{"id": i, "date": d, "title": t, "at": (d, n)} for i, d, t, n in rows]


def journal_through(
    vault: Vault, entry_id: str, after: tuple[str, int] | None = None
) -> list[dict[str, Any]]:
    """The journal's list from where ``after`` left off down to and including one entry
    (to show an older entry in the list: a search result, say); empty if it is not there
    or already above ``after``."""
    row = vault.conn.execute("SELECT date, rowid FROM journal WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        return []
    where, params = "(date, rowid) >= (?, ?)", tuple(row)
    if after is not None:
        where += " AND (date, rowid) < (?, ?)"
        params += tuple(after)
    rows = vault.conn.execute(
        f"SELECT id, date, title, rowid FROM journal WHERE {where} ORDER BY date DESC, rowid DESC",
        params,
    )
    return [{"id": i, "date": d, "title": t, "at": (d, n)} for i, d, t, n in rows]


def journal_count(vault: Vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM journal").fetchone()[0]


def journal_about(vault: Vault, entry_ids: Iterable[str]) -> dict[str, set[str] | None]:
    """Whose supervision each of these journal entries is about: the person, or the group's
    attendees, of the session it is linked to (None when it is linked to none). Only these
    entries and their sessions are read."""
    wanted = list(dict.fromkeys(entry_ids))
    links: dict[str, str | None] = {}
    for start in range(0, len(wanted), 500):  # SQLite takes a limited number of values
        part = wanted[start : start + 500]
        links.update(
            vault.conn.execute(
                f"SELECT id, session FROM journal WHERE id IN ({', '.join('?' * len(part))})",
                part,
            ).fetchall()
        )
    linked = list(dict.fromkeys(s for s in links.values() if s))
    people: dict[str, set[str]] = {}
    for start in range(0, len(linked), 500):
        part = linked[start : start + 500]
        for sid, person, attendees in vault.conn.execute(
            "SELECT id, person, attendees FROM sessions "
            f"WHERE id IN ({', '.join('?' * len(part))})",
            part,
        ):
            people[sid] = {person, *json.loads(attendees)} - {None}
    missing = [sid for sid in linked if sid not in people]
    if missing:  # records received from the supervisor, held only in their chain
        from . import my_supervision

        for sid in missing:
            received = my_supervision.get(vault, sid)
            if received is not None:
                people[sid] = {received["person"]} - {None}
    return {e: people.get(s) if s else None for e, s in links.items()}


def journal_entries(vault: Vault) -> list[dict[str, Any]]:
    """The private journal, newest first."""
    return repos.select(vault, "journal", order="date DESC, rowid DESC")


def save_action(vault: Vault, session_id: str, typed: dict[str, Any]) -> dict[str, Any]:
    """Save one action as typed in a form: ``due`` may be written as a person writes a date,
    a blank owner means the supervisee. Raises ValidationError naming the field at fault."""
    record = {
        "id": typed.get("id") or None,
        "session": session_id,
        "text": (typed.get("text") or "").strip(),
        "owner": (typed.get("owner") or "").strip() or "supervisee",
        "due": dates.parse_optional(typed.get("due") or "", "actions.due"),
        "status": typed.get("status") or "open",
    }
    if record["id"] and repos.exists(vault, "actions", record["id"]):
        stored = repos.get(vault, "actions", record["id"])
        if record["status"] != "open":
            record["closed_in_session"] = stored["closed_in_session"]
    if not record["text"]:
        raise ValidationError("actions.text", "write what is to be done")
    return repos.save(vault, "actions", record)


WRITTEN = ("agenda", *SESSION_CAPACITIES, "learning", "supervisee_comments", "disagreement")


def new_session(vault: Vault, person: str, day: dt.date | None = None) -> dict[str, Any]:
    """A new record in the diary. It is planned until it is marked held or, once its day has
    come, something is written in it: an empty record is never supervision received."""
    return repos.save(
        vault,
        "sessions",
        {
            "person": person,
            "date": (day or clock.today()).isoformat(),
            "minutes": 90,
            "kind": "one_to_one",
            "status": "planned",
        },
    )


def save_record(vault: Vault, record: dict[str, Any], *, index_now: bool = False) -> dict[str, Any]:
    """Save a session as edited. A planned session whose day has come becomes held once
    something is written in it; an agreed next date puts a planned session in the diary."""
    from .agreed import check_change, is_sealed  # an agreed record changes only by amendment

    record = dict(record)
    check_change(vault, record)
    due = record["date"] <= clock.today().isoformat()
    if record.get("status") == "planned" and due and any(record.get(k) for k in WRITTEN):
        record["status"] = "held"
    with vault.write():
        saved = repos.save(vault, "sessions", record, index_now=index_now)
        plan_next(vault, saved)
        if is_sealed(saved):
            from . import chain

            if not chain.has_chain(vault, saved["id"]):
                chain.seal(vault, saved["id"])  # both agreed it here: recorded, signed by us
    return saved


def unconfirmed(session: dict[str, Any], today: dt.date) -> bool:
    """A planned session whose day has passed: was it held?"""
    return session.get("status") == "planned" and session["date"] < today.isoformat()


def answer_planned(
    vault: Vault, session_id: str, held: bool, today: dt.date | None = None
) -> dict[str, Any] | None:
    """Answer "was it held?" for a planned session whose day has passed. Held: it counts as
    supervision from now on. Not held: the diary entry is removed (returned, so it can be
    put back), but only when nothing was written in it; otherwise the user is told to open
    it and change its date, so no note is lost."""
    session = repos.get(vault, "sessions", session_id)
    if not unconfirmed(session, today or clock.today()):
        raise UsageError("Only a planned session whose day has passed can be answered this way.")
    if held:
        repos.save(vault, "sessions", {**session, "status": "held"})
        return None
    if any(session.get(k) for k in WRITTEN):
        raise UsageError(
            "Something is written in this session: open it and change its date, or delete "
            "it yourself, so nothing written is lost."
        )
    return repos.delete(vault, "sessions", session_id)


def plan_next(vault: Vault, session: dict[str, Any]) -> dict[str, Any] | None:
    """The next session agreed in this one, as a planned session (once per person and day)."""
    when, person = session.get("next_date"), session.get("person")
    if not when or not person or when <= session["date"]:
        return None
    if repos.select(vault, "sessions", "person = ? AND date = ?", (person, when)):
        return None
    return repos.save(
        vault,
        "sessions",
        {
            "person": person,
            "date": when,
            "start": session.get("start"),
            "minutes": session["minutes"],
            "kind": "one_to_one",
            "status": "planned",
        },
    )
