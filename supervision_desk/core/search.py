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
    rows = [
        (kind, record["id"], name, _text(record[name]))
        for name in FIELDS[kind]
        if _text(record[name]).strip()
    ]
    conn.executemany(
        "INSERT INTO search_index(kind, record, field, body) VALUES (?, ?, ?, ?)", rows
    )


def unindex(conn: sqlcipher3.Connection, kind: str, record_id: str) -> None:
    conn.execute("DELETE FROM search_index WHERE kind = ? AND record = ?", (kind, record_id))


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
        "SELECT kind, record, field, "
        f"snippet(search_index, 3, '{HIT_START}', '{HIT_END}', '…', 14) "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        (f"body : ({match})", limit),
    ).fetchall()
    hits = []
    for kind, record, field, snippet in rows:
        context = conn.execute(_CONTEXT[kind], (record,)).fetchone() or ("", "")
        hits.append(Hit(kind, record, field, snippet, context[0] or "", context[1] or ""))
    return hits


def plain(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "")
