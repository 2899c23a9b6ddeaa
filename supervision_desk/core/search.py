"""Full-text search (FTS5) across sessions, journal entries and actions.

The index holds one row per searchable field, so a result can open its record at the field
where the words were found. The index lives inside the encrypted vault, like everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from .records import SESSION_CAPACITIES

FIELDS = {
    "sessions": ("agenda", *SESSION_CAPACITIES, "supervisee_comments", "tags"),
    "journal": ("title", "body", "tags"),
    "actions": ("text",),
}
# Marks around matched words in snippets: control characters that typed text never holds.
HIT_START, HIT_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str
    record: str
    field: str
    snippet: str
    date: str
    title: str


def _text(value: Any) -> str:
    return " ".join(value) if isinstance(value, list) else (value or "")


def index(conn: sqlcipher3.Connection, kind: str, record: dict[str, Any]) -> None:
    """Replace the index rows of one record (called inside the record's transaction)."""
    if kind not in FIELDS:
        return
    unindex(conn, kind, record["id"])
    for name in FIELDS[kind]:
        body = _text(record[name])
        if body.strip():
            row = conn.execute(
                "INSERT INTO search_rows(kind, record, field) VALUES (?, ?, ?)",
                (kind, record["id"], name),
            ).lastrowid
            conn.execute("INSERT INTO search_index(rowid, body) VALUES (?, ?)", (row, body))


def unindex(conn: sqlcipher3.Connection, kind: str, record_id: str) -> None:
    rows = conn.execute(
        "SELECT id FROM search_rows WHERE kind = ? AND record = ?", (kind, record_id)
    ).fetchall()
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", rows)
    conn.execute("DELETE FROM search_rows WHERE kind = ? AND record = ?", (kind, record_id))


def to_match(query: str) -> str:
    """Turn what a person typed into an FTS5 query: every word must appear; the last one may
    be the start of a word. Operators typed by the user are treated as plain words."""
    words = _WORD.findall(query)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


_CONTEXT = {
    "sessions": "SELECT date, (SELECT name FROM people WHERE id = person) FROM sessions "
    "WHERE id = ?",
    "journal": "SELECT date, title FROM journal WHERE id = ?",
    "actions": "SELECT s.date, a.text FROM actions a JOIN sessions s ON s.id = a.session "
    "WHERE a.id = ?",
}


def run(conn: sqlcipher3.Connection, query: str, limit: int = 50) -> list[Hit]:
    """Ranked results (best first) with a snippet around the matched words."""
    match = to_match(query)
    if not match:
        return []
    rows = conn.execute(
        "SELECT r.kind, r.record, r.field, "
        f"snippet(search_index, 0, '{HIT_START}', '{HIT_END}', '…', 14) "
        "FROM search_index JOIN search_rows r ON r.id = search_index.rowid "
        "WHERE search_index MATCH ? ORDER BY search_index.rank LIMIT ?",
        (match, limit),
    ).fetchall()
    hits = []
    for kind, record, field, snippet in rows:
        context = conn.execute(_CONTEXT[kind], (record,)).fetchone() or ("", "")
        hits.append(Hit(kind, record, field, snippet, context[0] or "", context[1] or ""))
    return hits


def plain(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "")
