"""Deleting a session or a person with everything that belongs only to it, in a form that
can be put back (undo during the session).

An agreed record is never deleted silently: Delete archives it with its history (it leaves
every list and the search index, and stays in the vault and in ``export-json``); removing it
for good, at the end of its retention, leaves a dated tombstone signed by the vault.
"""

from __future__ import annotations

from typing import Any

from . import asye, chain, clock, identity, labels, repos, search
from .errors import BadInput
from .records import key_of
from .vault import Vault

Bundle = list[tuple[str, dict[str, Any]]]


def _session_parts(vault: Vault, session_id: str) -> Bundle:
    parts: Bundle = [("sessions", repos.get(vault, "sessions", session_id))]
    parts += [("actions", a) for a in repos.select(vault, "actions", "session = ?", (session_id,))]
    # Records that only point at the session are kept; undo restores the pointer.
    parts += [
        ("actions", a)
        for a in repos.select(
            vault, "actions", "closed_in_session = ? AND session != ?", (session_id, session_id)
        )
    ]
    parts += [("journal", j) for j in repos.select(vault, "journal", "session = ?", (session_id,))]
    for kind in ("case_discussions", "amendments"):
        parts += [(kind, r) for r in repos.select(vault, kind, "session = ?", (session_id,))]
    return parts


def is_agreed(vault: Vault, session_id: str) -> bool:
    """Whether a record has an agreed version in the chain (or is marked agreed by both)."""
    session = repos.get(vault, "sessions", session_id)
    agreed = session["agreed_by_supervisor"] and session["agreed_by_supervisee"]
    return bool(agreed) or chain.has_chain(vault, session_id)


def archive_session(vault: Vault, session_id: str) -> Bundle:
    """Take an agreed record off every list and out of the search index, keeping it, its
    actions and its history in the vault. Undo puts it back."""
    session = repos.get(vault, "sessions", session_id)
    own = repos.select(vault, "actions", "session = ?", (session_id,))
    discussed = repos.select(vault, "case_discussions", "session = ?", (session_id,))
    with vault.write() as conn:
        agreed = session["agreed_by_supervisor"] and session["agreed_by_supervisee"]
        if agreed and not chain.has_chain(vault, session_id):
            chain.adopt(vault)
        conn.execute("UPDATE sessions SET archived = 1 WHERE id = ?", (session_id,))
        search.unindex(conn, "sessions", session_id)
        for action in own:
            search.unindex(conn, "actions", action["id"])
        for discussion in discussed:
            search.unindex(conn, "case_discussions", discussion["id"])
    return [
        ("sessions", session),
        *(("actions", a) for a in own),
        *(("case_discussions", d) for d in discussed),
    ]


def archived_sessions(vault: Vault) -> list[dict[str, Any]]:
    return repos.select(vault, "sessions", "archived = 1", order="date DESC, rowid DESC")


def remove_session(vault: Vault, session_id: str) -> Bundle:
    """Delete a record, or archive it if it was agreed."""
    if is_agreed(vault, session_id):
        return archive_session(vault, session_id)
    bundle = _session_parts(vault, session_id)
    repos.delete(vault, "sessions", session_id)
    return bundle


def remove_for_good(vault: Vault, session_id: str, reason: str) -> dict[str, Any] | None:
    """Remove a record and its history for good (the end of its retention). An agreed record
    leaves a tombstone: the record's id, when, why and the last version's hash, signed by this
    vault. Cannot be undone. Returns the tombstone (None for a record never agreed)."""
    if not reason.strip():
        raise BadInput(
            "Say why the record is removed for good (for instance, its retention ended)."
        )
    found = chain.versions(vault, session_id)
    tombstone = None
    with vault.write() as conn:
        if found:
            me = identity.load(vault)
            at = clock.now().isoformat(timespec="seconds")
            last = found[-1].hash
            signature = me.sign(chain.tombstone_message(session_id, at, reason.strip(), last))
            tombstone = {
                "session": session_id,
                "at": at,
                "reason": reason.strip(),
                "last_hash": last,
                "signature": signature,
                "public_key": me.signing_public_key,
            }
            conn.execute(
                "INSERT INTO tombstones (session, at, reason, last_hash, signature, public_key) "
                "VALUES (:session, :at, :reason, :last_hash, :signature, :public_key)",
                tombstone,
            )
            conn.execute("DELETE FROM version_signatures WHERE session = ?", (session_id,))
            conn.execute("DELETE FROM record_versions WHERE session = ?", (session_id,))
            conn.execute("DELETE FROM record_exchange WHERE session = ?", (session_id,))
            search.unindex(conn, "received", session_id)  # a received record's text goes too
        if repos.exists(vault, "sessions", session_id):
            repos.delete(vault, "sessions", session_id, for_good=True)
    return tombstone


def tombstones(vault: Vault) -> list[dict[str, Any]]:
    rows = vault.conn.execute(
        "SELECT session, at, reason, last_hash, signature, public_key FROM tombstones ORDER BY at"
    )
    keys = ("session", "at", "reason", "last_hash", "signature", "public_key")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _agreed_about(vault: Vault, person_id: str) -> list[dict[str, Any]]:
    """Agreed records a person is in: their own and the group records they attended."""
    return [s for s in _about(vault, person_id) if is_agreed(vault, s["id"])]


def _about(vault: Vault, person_id: str) -> list[dict[str, Any]]:
    return repos.select(
        vault,
        "sessions",
        "person = ? OR id IN (SELECT session FROM session_attendees WHERE person = ?)",
        (person_id, person_id),
    )


def remove_person(vault: Vault, person_id: str) -> Bundle:
    """Delete a person and every record about them (cases, sessions, logs, concerns). Someone
    in agreed records is archived instead, with those records; the rest is deleted."""
    if _agreed_about(vault, person_id):
        return _archive_person(vault, person_id)
    bundle: Bundle = [("people", repos.get(vault, "people", person_id))]
    with vault.write():
        for kind in ("cases", "agreements", "time_logs", "concerns"):
            bundle += [(kind, r) for r in repos.select(vault, kind, "person = ?", (person_id,))]
        for session in repos.select(vault, "sessions", "person = ?", (person_id,)):
            bundle += _session_parts(vault, session["id"])[1:]
            bundle.insert(1, ("sessions", session))
            repos.delete(vault, "sessions", session["id"])
        # Group sessions they attended stay for the others, without them (undo puts them back).
        for session in repos.select(
            vault,
            "sessions",
            "id IN (SELECT session FROM session_attendees WHERE person = ?)",
            (person_id,),
        ):
            bundle.append(("sessions", session))
            others = [p for p in session["attendees"] if p != person_id]
            if others:
                repos.save(vault, "sessions", {**session, "attendees": others})
            else:
                bundle += _session_parts(vault, session["id"])[1:]
                repos.delete(vault, "sessions", session["id"])
        for discussion in repos.select(
            vault,
            "case_discussions",
            '"case" IN (SELECT id FROM cases WHERE person = ?)',
            (person_id,),
        ):
            bundle.append(("case_discussions", discussion))
            repos.delete(vault, "case_discussions", discussion["id"])
        for kind in ("cases", "agreements", "concerns"):
            for record in repos.select(vault, kind, "person = ?", (person_id,)):
                repos.delete(vault, kind, record["id"])
        for log in repos.select(vault, "time_logs", "person = ?", (person_id,)):
            repos.delete(vault, "time_logs", log["person"], log["week"])
        for kind, record in asye.records_of(vault, person_id):
            bundle.append((kind, record))
            repos.delete(vault, kind, *key_of(kind, record))
        repos.delete(vault, "people", person_id)
    return bundle


def _archive_person(vault: Vault, person_id: str) -> Bundle:
    person = repos.get(vault, "people", person_id)
    bundle: Bundle = [("people", person)]
    with vault.write():
        for session in _about(vault, person_id):
            if is_agreed(vault, session["id"]):
                if not session["archived"]:
                    bundle += archive_session(vault, session["id"])
            elif session["person"] == person_id:
                bundle += _session_parts(vault, session["id"])
                repos.delete(vault, "sessions", session["id"])
        repos.save(vault, "people", {**person, "archived": True})
    return bundle


def restore(vault: Vault, bundle: Bundle) -> None:
    """Put back what a removal took away, parents first, in one transaction. A record
    removed for good since (it has a tombstone) stays removed, with what belonged to it."""
    from .records import ORDER

    gone = {t["session"] for t in tombstones(vault)}

    def removed(kind: str, record: dict[str, Any]) -> bool:
        return (kind == "sessions" and record["id"] in gone) or record.get("session") in gone

    with vault.write():
        for kind in ORDER:
            for record_kind, record in bundle:
                if record_kind == kind and not removed(kind, record):
                    repos.save(vault, kind, record)


def archived_words(vault: Vault, session: dict[str, Any]) -> str:
    """One line for an archived record: its date, kind, who, and its last agreed version."""
    if session["person"] and repos.exists(vault, "people", session["person"]):
        who = repos.get(vault, "people", session["person"])["name"]
    else:
        who = labels.count(len(session["attendees"]), "attendee")
    last = chain.latest(vault, session["id"], sealed=True)
    agreed = (
        f"version {last.number}, "
        + ("signed digitally" if last.how == chain.SIGNED else "agreement recorded")
        if last
        else "agreed"
    )
    return (
        f"{labels.long_date(session['date'])} · {labels.KIND[session['kind']]} with {who} "
        f"· {agreed}"
    )


def tombstone_words(stone: dict[str, Any]) -> str:
    """One line for a record removed for good: when, why, and the hash it ended at."""
    return (
        f"Record {stone['session']} removed for good on {labels.long_date(stone['at'][:10])}: "
        f"{stone['reason']} (last version {stone['last_hash'][:12]}…, signed by this vault)"
    )


def describe_session(vault: Vault, session_id: str) -> str:
    """What deleting a session takes with it, in words for the confirmation."""
    session = repos.get(vault, "sessions", session_id)
    if session["person"]:
        who = repos.get(vault, "people", session["person"])["name"]
    else:
        who = labels.count(len(session["attendees"]), "attendee")
    parts = _session_parts(vault, session_id)
    own = sum(1 for kind, a in parts if kind == "actions" and a["session"] == session_id)
    closed = sum(1 for kind, a in parts if kind == "actions" and a["session"] != session_id)
    text = (
        f"the {labels.KIND[session['kind']].lower()} session of "
        f"{labels.long_date(session['date'])} with {who}"
    )
    if is_agreed(vault, session_id):
        return (
            f"{text}; it was agreed, so it is archived with its history (kept in the vault, "
            "off every list) rather than deleted"
        )
    if own:
        text += f" and the {labels.count(own, 'action')} agreed in it"
    if closed:
        text += f"; {labels.count(closed, 'earlier action')} closed in it will be open again"
    return text


def describe_person(vault: Vault, person_id: str) -> str:
    person = repos.get(vault, "people", person_id)
    counts = []
    for kind, word in (
        ("sessions", "session"),
        ("cases", "case"),
        ("concerns", "workload concern"),
    ):
        n = len(repos.select(vault, kind, "person = ?", (person_id,)))
        if n:
            counts.append(labels.count(n, word))
    every = f" and every record about them ({', '.join(counts)})" if counts else ""
    agreed = len(_agreed_about(vault, person_id))
    if agreed:
        return (
            f"{person['name']}{every}; {labels.count(agreed, 'agreed record')} and the person "
            "are archived with their history rather than deleted"
        )
    return f"{person['name']}{every}"
