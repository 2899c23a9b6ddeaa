"""Reading and writing records in an open vault.

Every write validates at this boundary (ranges, enumerations, references) and keeps the
search index in step, inside one transaction. Records travel as plain dicts whose keys are
the interchange format's field names, so the app, the importer and the tests speak alike.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from typing import Any

from .errors import NotFound, ValidationError
from .records import JSON_KINDS, KEYS, check_record, references, stored
from .vault import Vault

_PREFIX = {
    "people": "p",
    "cases": "c",
    "sessions": "s",
    "actions": "a",
    "journal": "j",
    "concerns": "w",
    "custom_prompts": "my",
    "cpd": "cpd",
    "agreements": "ag",
    "case_discussions": "cd",
    "amendments": "am",
    "asye_reviews": "ar",
    "asye_time": "at",
    "asye_observations": "ao",
    "asye_kss": "ak",
    "audits": "au",
    "audit_items": "ai",
}


def new_id(kind: str) -> str:
    return f"{_PREFIX[kind]}-{secrets.token_hex(6)}"


def _to_row(kind: str, rec: dict[str, Any]) -> list[Any]:
    row = []
    for spec in stored(kind):
        value = rec[spec.name]
        if spec.kind in JSON_KINDS:
            value = json.dumps(value, ensure_ascii=False)
        elif spec.kind == "bool" and value is not None:
            value = int(value)
        row.append(value)
    return row


class _Unreadable(Exception):
    """A stored value that no save could have written: its page was damaged."""


def _from_row(kind: str, row: Any) -> dict[str, Any]:
    rec = {}
    for spec, value in zip(stored(kind), row, strict=True):
        # SQLCipher hands back a page that fails authentication as zero bytes when it
        # continues a long value; text never holds NUL (records.check_text), so a NUL here
        # is damage, never text to show.
        if isinstance(value, str) and "\x00" in value:
            raise _Unreadable
        if spec.kind in JSON_KINDS:
            try:
                value = json.loads(value)
            except (ValueError, TypeError):
                raise _Unreadable from None
        elif spec.kind == "bool" and value is not None:
            value = bool(value)
        rec[spec.name] = value
    return rec


def _records(vault: Vault, kind: str, rows: Any) -> list[dict[str, Any]]:
    try:
        found = [_from_row(kind, row) for row in rows]
    except _Unreadable:
        raise vault.damaged() from None
    if kind == "sessions":
        _attach_attendance(vault, found)
    return found


def _attach_attendance(vault: Vault, sessions: list[dict[str, Any]]) -> None:
    """Each attendee's own agreement and wellbeing, in the order the attendees are listed.
    Only rows holding one of them are read: most sessions have none."""
    groups = {s["id"]: s for s in sessions if s["attendees"]}
    for session in sessions:
        session["attendance"] = []
    if not groups:
        return
    sql = (
        "SELECT session, person, agreed, wellbeing FROM session_attendees "
        "WHERE (agreed IS NOT NULL OR wellbeing IS NOT NULL)"
    )
    params: tuple = ()
    if len(groups) <= 500:
        sql += f" AND session IN ({', '.join('?' * len(groups))})"
        params = tuple(groups)
    for session_id, person, agreed, wellbeing in vault.conn.execute(sql, params):
        if session_id in groups:
            groups[session_id]["attendance"].append(
                {"person": person, "agreed": agreed, "wellbeing": wellbeing}
            )
    for session in groups.values():
        order = {p: i for i, p in enumerate(session["attendees"])}
        session["attendance"].sort(key=lambda a: order.get(a["person"], len(order)))


def _quoted(name: str) -> str:
    return f'"{name}"'  # field names such as "case" and "by" are SQL words


def _columns(kind: str) -> str:
    return ", ".join(_quoted(s.name) for s in stored(kind))


def _where_key(kind: str) -> str:
    return " AND ".join(f"{k} = ?" for k in KEYS[kind])


def get(vault: Vault, kind: str, *key: Any) -> dict[str, Any]:
    row = vault.conn.execute(
        f"SELECT {_columns(kind)} FROM {kind} WHERE {_where_key(kind)}", key
    ).fetchone()
    if row is None:
        raise NotFound(f"No {kind[:-1] if kind.endswith('s') else kind} with id {key[0]!r}.")
    return _records(vault, kind, [row])[0]


def exists(vault: Vault, kind: str, *key: Any) -> bool:
    sql = f"SELECT 1 FROM {kind} WHERE {_where_key(kind)}"
    return vault.conn.execute(sql, key).fetchone() is not None


# Links that may name a record received from the supervisor: it is held only in its chain,
# not as a session (core/my_supervision.py), and a journal entry or a piece of CPD may be
# about it all the same.
RECEIVED_LINKS = {("journal", "session"), ("cpd", "session")}


def refers_to(vault: Vault, kind: str, name: str, target: Any) -> bool:
    """Whether a record's field ``name`` may hold ``target``: the record it names exists."""
    spec = next(s for s in references(kind) if s.name == name)
    if exists(vault, spec.ref, target):
        return True
    return (kind, name) in RECEIVED_LINKS and (
        vault.conn.execute(
            "SELECT 1 FROM record_versions WHERE session = ? AND origin = 'received' LIMIT 1",
            (target,),
        ).fetchone()
        is not None
    )


def select(
    vault: Vault, kind: str, where: str = "", params: tuple = (), order: str = "rowid"
) -> list[dict[str, Any]]:
    """Records of one kind; ``where`` is a fixed SQL condition written in core, never input."""
    sql = f"SELECT {_columns(kind)} FROM {kind}"
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {order}"
    return _records(vault, kind, vault.conn.execute(sql, params))


def each(vault: Vault, kind: str, batch: int = 200) -> Iterator[dict[str, Any]]:
    """Every record of one kind in the order ``select`` gives, read ``batch`` at a time: a
    writer of every record (an export) holds one batch in memory, never the whole table."""
    rows = vault.conn.execute(f"SELECT {_columns(kind)} FROM {kind} ORDER BY rowid")
    while found := rows.fetchmany(batch):
        yield from _records(vault, kind, found)


def count(vault: Vault, kind: str) -> int:
    return vault.conn.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]


def save(
    vault: Vault, kind: str, record: dict[str, Any], *, path: str = "", index_now: bool = True
) -> dict[str, Any]:
    """Insert or replace one record after validating it; returns the stored record.

    ``index_now=False`` (autosave while typing) leaves the search index to ``search.catch_up``.
    """
    from . import search  # loaded with the first save, not with the window

    record = dict(record)
    if "id" in KEYS[kind] and not record.get("id"):
        record["id"] = new_id(kind)
    clean = check_record(kind, record, path or kind)
    with vault.write() as conn:
        for spec in references(kind):
            targets = clean[spec.name] if spec.kind == "ids" else [clean[spec.name]]
            for target in targets:
                if target is not None and not refers_to(vault, kind, spec.name, target):
                    raise ValidationError(
                        f"{path or kind}.{spec.name}",
                        f"refers to {target!r}, which does not exist",
                    )
        names = [_quoted(s.name) for s in stored(kind)]
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n.strip('"') not in KEYS[kind])
        conn.execute(
            f"INSERT INTO {kind} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT({', '.join(KEYS[kind])}) DO UPDATE SET {updates}",
            _to_row(kind, clean),
        )
        if kind == "sessions":
            _sync_attendees(conn, clean, given="attendance" in record)
        if kind == "sessions" and clean["archived"]:
            search.unindex(conn, kind, clean["id"])  # archived records leave the search
        elif index_now:
            search.index(conn, kind, clean)
        else:
            search.defer(conn, kind, clean["id"])
    return {s.name: clean[s.name] for s in stored(kind)}


def _sync_attendees(conn: Any, session: dict[str, Any], *, given: bool = True) -> None:
    """Keep the index of who attended a group session in step with the session. Rows of
    people still attending are kept: they hold each attendee's own agreement and wellbeing
    (also set by a signed reply from another desk); the record's ``attendance`` writes the
    entries it lists and leaves the others as they are, and never clears an agreement: a
    record read before an attendee agreed does not undo it. A wellbeing check-in is this
    vault's alone: when the record gives its ``attendance``, an attendee it leaves out has none
    (so a check-in cleared in the editor is cleared)."""
    attendees = list(session["attendees"])
    conn.execute(
        f"DELETE FROM session_attendees WHERE session = ? AND person NOT IN "
        f"({', '.join('?' * len(attendees))})",
        (session["id"], *attendees),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO session_attendees(session, person) VALUES (?, ?)",
        [(session["id"], person) for person in attendees],
    )
    conn.executemany(
        "UPDATE session_attendees SET agreed = COALESCE(?, agreed), wellbeing = ? "
        "WHERE session = ? AND person = ?",
        [(a["agreed"], a["wellbeing"], session["id"], a["person"]) for a in session["attendance"]],
    )
    if given:
        listed = [a["person"] for a in session["attendance"]]
        conn.execute(
            "UPDATE session_attendees SET wellbeing = NULL WHERE session = ? AND person NOT IN "
            f"({', '.join('?' * len(listed))})",
            (session["id"], *listed),
        )


def delete(vault: Vault, kind: str, *key: Any, for_good: bool = False) -> dict[str, Any]:
    """Delete one record and what belongs only to it; returns it so the app can undo. An
    agreed session is never deleted here: it is archived, or removed for good with a
    tombstone (core/removal.py), which alone passes ``for_good``."""
    from . import search

    record = get(vault, kind, *key)
    if kind == "sessions" and not for_good:
        kept = vault.conn.execute(
            "SELECT 1 FROM record_versions WHERE session = ? AND origin != 'received'", key
        ).fetchone()
        if kept:
            from .errors import BadInput

            raise BadInput("That record was agreed; it is archived, never deleted silently.")
    with vault.write() as conn:
        if kind == "sessions":
            for action in select(vault, "actions", "session = ?", key):
                search.unindex(conn, "actions", action["id"])
            for discussion in select(vault, "case_discussions", "session = ?", key):
                search.unindex(conn, "case_discussions", discussion["id"])
            conn.execute("DELETE FROM actions WHERE session = ?", key)
            conn.execute("DELETE FROM case_discussions WHERE session = ?", key)
            conn.execute("DELETE FROM amendments WHERE session = ?", key)
            conn.execute("DELETE FROM session_attendees WHERE session = ?", key)
            # An action closed in this session was open before it: it is open again.
            conn.execute(
                "UPDATE actions SET closed_in_session = NULL, status = 'open' "
                "WHERE closed_in_session = ?",
                key,
            )
            conn.execute("UPDATE journal SET session = NULL WHERE session = ?", key)
            conn.execute("UPDATE cpd SET session = NULL WHERE session = ?", key)
        if "id" in KEYS[kind]:
            search.unindex(conn, kind, key[0])
        conn.execute(f"DELETE FROM {kind} WHERE {_where_key(kind)}", key)
    return record
