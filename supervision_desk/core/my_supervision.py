"""The practitioner's own supervision: the sessions they recorded themselves and the records
their supervisor sent them.

A record received from the supervisor's desk is held only in its chain (``record_versions``
with origin ``received`` and its place in the round in ``record_exchange``), never copied into
the sessions table: it stays read-only here, and changes come only through the exchange. So
every view of "my supervision" (the person page, the tracker, the journal's links, the CPD
log) asks this module, which gives those records in the shape of a session. The text shown is
the latest version, as the supervisor's desk shows it: an amendment awaiting agreement is
shown as proposed and says so, with the version both agreed named beside it (its text stays
in the chain, and the Records from my supervisor page shows it).
"""

from __future__ import annotations

import json
from typing import Any

from . import clock, labels, repos, sessions
from .errors import BadInput, NotFound
from .records import GROUP_KINDS
from .vault import Vault

# Where the practitioner's copy stands in its round, in the words the person page shows.
STATE_WORDS = {
    "received": "awaiting your agreement",
    "agreed": "agreed by you, awaiting the seal",
    "returned": "returned with your comments",
    "sealed": "agreed and sealed",
}

_RECEIVED = (
    "SELECT v.session, v.number, v.content, v.sealed, e.state, c.person "
    "FROM record_versions v "
    "JOIN record_exchange e ON e.session = v.session "
    "LEFT JOIN contacts c ON c.fingerprint = e.contact "
    "WHERE v.origin = 'received' AND v.session NOT IN (SELECT session FROM tombstones) "
    "AND v.session NOT IN (SELECT id FROM sessions)"
)


def _latest(vault: Vault, session_id: str | None = None) -> list[tuple]:
    """Each received record's latest version: (session, content, number, sealed, state,
    person, the number of the last version both agreed or None), in no particular order."""
    if vault.mode != "practitioner":
        return []
    sql, params = _RECEIVED, ()
    if session_id is not None:
        sql, params = sql + " AND v.session = ?", (session_id,)
    picked: dict[str, tuple] = {}
    agreed: dict[str, int] = {}  # the last version both agreed, where one is
    for sid, number, content, sealed, state, person in vault.conn.execute(
        sql + " ORDER BY v.session, v.number", params
    ):
        picked[sid] = (number, content, sealed, state, person)  # the latest wins
        if sealed:
            agreed[sid] = number
    me = None
    found = []
    for sid, (number, content, sealed, state, person) in picked.items():
        if person is None:
            me = me or sessions.own_person(vault)
            person = me
        found.append((sid, json.loads(content), number, sealed, state, person, agreed.get(sid)))
    return found


def received(vault: Vault, session_id: str | None = None) -> list[dict[str, Any]]:
    """The records received from the supervisor, each as a session of the person this vault
    belongs to, oldest first. Empty in a supervisor's vault."""
    found = []
    for sid, content, number, sealed, state, person, agreed in _latest(vault, session_id):
        record = _as_session(sid, content, number, sealed, state, person)
        record["agreed_version"] = agreed
        if not sealed and agreed:
            # An amendment going round: what is shown is proposed, and says so.
            record["agreement"] += (
                f" (version {number}, an amendment; version {agreed} is the agreed record)"
            )
        found.append(record)
    found.sort(key=lambda s: (s["date"], s["id"]))
    return found


def open_actions(vault: Vault, person_id: str, limit: int | None = None) -> list[dict[str, Any]]:
    """A person's open actions, soonest due first: those of their own sessions and, in a
    practitioner's vault, those open in the records received from the supervisor; the first
    ``limit`` of them when given (of their own, only those are read).

    An action is carried from record to record, so it is taken as the latest received record
    that holds it shows it (closed there, it is not listed). Each is marked with that record
    (``received``, ``record_date``, ``agreement``). The record itself changes only when the
    supervisor's next record says so; one the practitioner marked done here (``mark_done``)
    is not open on this desk and is listed by ``marked_done`` instead."""
    found = sessions.open_actions_for_person(vault, person_id, limit)
    theirs = [a for a in _open_received(vault, person_id) if not a["marked_done"]]
    if not theirs:
        return found
    found = sorted(found + theirs, key=lambda a: (a["due"] is None, a["due"] or ""))
    return found if limit is None else found[:limit]


def open_actions_count(vault: Vault, person_id: str) -> int:
    """How many open actions ``open_actions`` holds in all."""
    theirs = [a for a in _open_received(vault, person_id) if not a["marked_done"]]
    return sessions.open_actions_count(vault, person_id) + len(theirs)


def marked_done(vault: Vault, person_id: str) -> list[dict[str, Any]]:
    """The actions of received records that the supervisor's latest record still shows open
    but the practitioner marked done on this desk, the latest marked first; each as
    ``open_actions`` gives it, with ``marked_done`` the day of the mark. Once a later record
    closes one, it is neither open nor listed here."""
    found = [a for a in _open_received(vault, person_id) if a["marked_done"]]
    return sorted(found, key=lambda a: a["marked_done"], reverse=True)


def mark_done(vault: Vault, action_id: str) -> dict[str, Any]:
    """Mark an action of a received record done on this desk, today. The record stays as the
    supervisor's desk sent it (its signatures cover it): the mark is the practitioner's own,
    kept beside it by the action's id, so it holds in every later version that carries the
    action. Returns the action as ``marked_done`` lists it."""
    action = _received_action(vault, action_id)
    if action["status"] != "open":
        raise BadInput(
            "Your supervisor's latest record already shows that action as "
            f"{labels.ACTION_STATUS[action['status']].lower()}; nothing was marked."
        )
    mark = repos.save(
        vault, "action_marks", {"action": action_id, "done": clock.today().isoformat()}
    )
    return {**action, "marked_done": mark["done"]}


def unmark_done(vault: Vault, action_id: str) -> None:
    """Take back the practitioner's mark: the action is open on this desk again."""
    _received_action(vault, action_id)
    with vault.write() as conn:
        conn.execute("DELETE FROM action_marks WHERE action = ?", (action_id,))


def _received_action(vault: Vault, action_id: str) -> dict[str, Any]:
    """An action as the latest received record that holds it shows it."""
    for action in _open_received(vault, None, every=True):
        if action["id"] == action_id:
            return action
    raise NotFound("No action from your supervisor's records has that id; nothing was marked.")


def _marks(vault: Vault) -> dict[str, str]:
    return dict(vault.conn.execute("SELECT action, done FROM action_marks"))


def _open_received(
    vault: Vault, person_id: str | None, *, every: bool = False
) -> list[dict[str, Any]]:
    """The actions open in the records received from the supervisor (see open_actions), each
    with ``marked_done``: the day the practitioner marked it done here, or None. ``every``:
    those closed in the latest record too; ``person_id`` None: in every person's records."""
    latest: dict[str, tuple[tuple[str, str], dict[str, Any]]] = {}
    for sid, content, _number, sealed, state, person, _agreed in _latest(vault):
        if person_id is not None and person != person_id:
            continue
        date = content["session"]["date"]
        words = STATE_WORDS.get(state, state)
        for action in content.get("actions") or ():
            held = latest.get(action["id"])
            if held is not None and held[0] > (date, sid):
                continue
            latest[action["id"]] = (
                (date, sid),
                {
                    **{k: action.get(k) for k in ("id", "text", "owner", "due", "status")},
                    "session": sid,
                    "received": True,
                    "record_date": date,
                    "sealed": bool(sealed),
                    "agreement": words,
                },
            )
    if not latest:
        return []
    marks = _marks(vault)
    return [
        {**a, "marked_done": marks.get(a["id"]) if a["status"] == "open" else None}
        for _, a in latest.values()
        if every or a["status"] == "open"
    ]


def _as_session(
    sid: str, content: dict[str, Any], number: int, sealed: str | None, state: str, person: Any
) -> dict[str, Any]:
    record = dict(content["session"])
    group = record.get("kind") in GROUP_KINDS
    return {
        **record,
        "id": sid,
        "person": person,
        "attendees": [person] if group else [],
        "archived": False,
        "confidential_note": "",
        "tags": list(record.get("tags") or ()),
        "functions": list(record.get("functions") or ()),
        "received": True,
        "version": number,
        "sealed": sealed,
        "agreement": STATE_WORDS.get(state, state),
        "supervisor": dict(content.get("supervisor") or {}),
        "case_references": [
            c["reference"] for c in content.get("case_discussions") or () if c.get("reference")
        ],
    }


def is_received(vault: Vault, session_id: str) -> bool:
    """Whether an id names a record received from the supervisor (not one of this vault's)."""
    if vault.mode != "practitioner" or not session_id:
        return False
    row = vault.conn.execute(
        "SELECT 1 FROM record_versions WHERE session = ? AND origin = 'received' LIMIT 1",
        (session_id,),
    ).fetchone()
    return row is not None


def get(vault: Vault, session_id: str) -> dict[str, Any] | None:
    """One received record as a session, or None."""
    found = received(vault, session_id)
    return found[0] if found else None


def of_person(vault: Vault, person_id: str) -> list[dict[str, Any]]:
    """The received records that are this person's supervision, oldest first."""
    return [s for s in received(vault) if s["person"] == person_id]


def history(vault: Vault, person_id: str) -> list[dict[str, Any]]:
    """A person's supervision, newest first: their own sessions and, in a practitioner's
    vault, the records received from their supervisor."""
    own = sessions.for_person(vault, person_id)
    theirs = of_person(vault, person_id)
    if not theirs:
        return own
    return sorted(own + theirs, key=lambda s: s["date"], reverse=True)


def recent_list(vault: Vault, limit: int = 200) -> list[dict[str, Any]]:
    """The newest sessions as a list names them (id, date, person), received records
    included, newest first."""
    own = sessions.recent_list(vault, limit)
    theirs = [{"id": s["id"], "date": s["date"], "person": s["person"]} for s in received(vault)]
    if not theirs:
        return own
    return sorted(own + theirs, key=lambda s: s["date"], reverse=True)[:limit]
