"""Full-text search (FTS5) across sessions, journal entries, actions and case discussions, and
in a practitioner's vault the records received from the supervisor (kind ``received``).

Each searchable field is indexed in chunks of a few sentences (see ``chunks``): a hit opens its
record at the field where the words were found, and saving re-indexes only chunks whose words
changed. The index lives inside the encrypted vault, with FTS5 secure-delete on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from .records import SESSION_CAPACITIES

FIELDS = {
    # Every section typed into a session but the confidential note, which is kept off the
    # shared record and out of every list unless picked for an export.
    "sessions": (
        "agenda",
        *SESSION_CAPACITIES,
        "learning",
        "supervisee_comments",
        "disagreement",
        "tags",
    ),
    "journal": ("title", "body", "tags"),
    "actions": ("text",),
    "case_discussions": ("discussion", "decision", "rationale"),
    # A record received from the supervisor is held only in its chain (my_supervision): its
    # latest version's text, its actions and its cases discussed, as its page shows them.
    "received": (
        "agenda",
        *SESSION_CAPACITIES,
        "learning",
        "supervisee_comments",
        "disagreement",
        "tags",
        "actions",
        "case_discussions",
    ),
}
# Marks around matched words in snippets: control characters that typed text never holds.
HIT_START, HIT_END = "\x02", "\x03"
SENTENCES_PER_CHUNK = 4
WORDS_PER_CHUNK = 80
PAGE = 50  # results shown at a time
SNIPPET_WORDS = 14
STEP_ROWS = 2  # old chunks removed per step of catch_up_step
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


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


def chunks(text: str) -> list[str]:
    """Paragraphs, and long paragraphs in groups of a few sentences. An edit inside a
    sentence changes one chunk; text added at the end changes only the last."""
    found = []
    for paragraph in text.split("\n"):
        group: list[str] = []
        words = 0
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            if not sentence:
                continue
            group.append(sentence)
            words += len(sentence.split())
            if len(group) >= SENTENCES_PER_CHUNK or words >= WORDS_PER_CHUNK:
                found.append(" ".join(group))
                group, words = [], 0
        if group:
            found.append(" ".join(group))
    return found


def _digest(field: str, chunk: str) -> str:
    return hashlib.blake2b(f"{field}\x00{chunk}".encode(), digest_size=12).hexdigest()


def _plan(
    conn: sqlcipher3.Connection, kind: str, record_id: str, record: dict[str, Any] | None
) -> tuple[list[tuple[str, str, str]], list[tuple[int]]]:
    """The chunks to add (field, text, digest) and the index rows that no longer match (all
    of them when the record has gone)."""
    wanted: list[tuple[str, str, str]] = []
    for name in FIELDS[kind] if record is not None else ():
        for chunk in chunks(_text(record[name])):
            wanted.append((name, chunk, _digest(name, chunk)))
    have = conn.execute(
        "SELECT id, digest FROM search_rows WHERE kind = ? AND record = ?", (kind, record_id)
    ).fetchall()
    still = Counter(d for _, _, d in wanted)
    stale = []
    for row_id, digest in have:
        if still[digest]:
            still[digest] -= 1  # this chunk is unchanged: leave it alone
        else:
            stale.append((row_id,))
    missing = Counter(d for _, _, d in wanted) - Counter(d for _, d in have)
    adding = []
    for name, chunk, digest in wanted:
        if missing[digest]:
            missing[digest] -= 1
            adding.append((name, chunk, digest))
    return adding, stale


def _drop(conn: sqlcipher3.Connection, rows: list[tuple[int]]) -> None:
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", rows)
    conn.executemany("DELETE FROM search_rows WHERE id = ?", rows)


def _add(
    conn: sqlcipher3.Connection, kind: str, record_id: str, adding: list[tuple[str, str, str]]
) -> None:
    for name, chunk, digest in adding:
        row = conn.execute(
            "INSERT INTO search_rows(kind, record, field, digest) VALUES (?, ?, ?, ?)",
            (kind, record_id, name, digest),
        ).lastrowid
        conn.execute("INSERT INTO search_index(rowid, body) VALUES (?, ?)", (row, chunk))


def index(conn: sqlcipher3.Connection, kind: str, record: dict[str, Any]) -> None:
    """Bring the index rows of one record up to date (inside the record's transaction)."""
    if kind not in FIELDS:
        return
    if _archived(conn, kind, record["id"]):
        unindex(conn, kind, record["id"])  # an archived record, and its actions, are not found
        return
    conn.execute("DELETE FROM search_pending WHERE kind = ? AND record = ?", (kind, record["id"]))
    adding, stale = _plan(conn, kind, record["id"], record)
    _drop(conn, stale)
    _add(conn, kind, record["id"], adding)


_ARCHIVED = {
    "sessions": "SELECT 1 FROM sessions WHERE id = ? AND archived = 1",
    "actions": "SELECT 1 FROM actions a JOIN sessions s ON s.id = a.session "
    "WHERE a.id = ? AND s.archived = 1",
    "case_discussions": "SELECT 1 FROM case_discussions d JOIN sessions s ON s.id = d.session "
    "WHERE d.id = ? AND s.archived = 1",
}


def _archived(conn: sqlcipher3.Connection, kind: str, record_id: str) -> bool:
    query = _ARCHIVED.get(kind)
    return bool(query and conn.execute(query, (record_id,)).fetchone())


def unindex(conn: sqlcipher3.Connection, kind: str, record_id: str) -> None:
    conn.execute("DELETE FROM search_pending WHERE kind = ? AND record = ?", (kind, record_id))
    rows = conn.execute(
        "SELECT id FROM search_rows WHERE kind = ? AND record = ?", (kind, record_id)
    ).fetchall()
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", rows)
    conn.execute("DELETE FROM search_rows WHERE kind = ? AND record = ?", (kind, record_id))


def defer(conn: sqlcipher3.Connection, kind: str, record_id: str) -> None:
    """Note that a record's index rows need bringing up to date (see ``catch_up``)."""
    if kind in FIELDS:
        conn.execute(
            "INSERT OR IGNORE INTO search_pending(kind, record) VALUES (?, ?)", (kind, record_id)
        )


# The latest version of a record received from the supervisor, while this practitioner's
# vault holds it as received (not one of its own sessions, not removed for good).
_RECEIVED = (
    "SELECT content FROM record_versions WHERE session = ? AND origin = 'received' "
    "AND session NOT IN (SELECT id FROM sessions) "
    "AND session NOT IN (SELECT session FROM tombstones) "
    "AND (SELECT value FROM meta WHERE key = 'mode') = 'practitioner' "
    "ORDER BY number DESC LIMIT 1"
)


def _received(conn: sqlcipher3.Connection, session_id: str) -> dict[str, Any] | None:
    row = conn.execute(_RECEIVED, (session_id,)).fetchone()
    if row is None:
        return None
    content = json.loads(row[0])
    session = content.get("session") or {}
    found: dict[str, Any] = {"id": session_id}
    for name in FIELDS["received"]:
        found[name] = session.get(name) or ""
    found["actions"] = "\n".join(a.get("text") or "" for a in content.get("actions") or ())
    found["case_discussions"] = "\n".join(  # one paragraph each, led by its reference
        " ".join(d.get(part) or "" for part in ("reference", "discussion", "decision", "rationale"))
        for d in content.get("case_discussions") or ()
    )
    return found


def _stored(conn: sqlcipher3.Connection, kind: str, record_id: str) -> dict[str, Any] | None:
    if kind == "received":
        return _received(conn, record_id)
    names = FIELDS[kind]
    query = f"SELECT {', '.join(names)} FROM {kind} WHERE id = ?"
    row = conn.execute(query, (record_id,)).fetchone()
    if row is None:
        return None
    return {"id": record_id} | {
        name: json.loads(value) if name == "tags" else value
        for name, value in zip(names, row, strict=True)
    }


def catch_up(conn: sqlcipher3.Connection) -> int:
    """Index every record saved with ``defer``; returns how many. Cheap when none wait."""
    waiting = conn.execute("SELECT kind, record FROM search_pending").fetchall()
    if not waiting:
        return 0
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for kind, record_id in waiting:
            record = _stored(conn, kind, record_id)
            if record is None:
                unindex(conn, kind, record_id)
            else:
                index(conn, kind, record)
            conn.execute(
                "DELETE FROM search_pending WHERE kind = ? AND record = ?", (kind, record_id)
            )
        if own:
            conn.execute("COMMIT")
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    return len(waiting)


def pending(conn: sqlcipher3.Connection) -> bool:
    """Whether anything saved is still waiting to go into the index."""
    return conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is not None


def catch_up_step(conn: sqlcipher3.Connection, rows: int = STEP_ROWS) -> bool:
    """One short step of ``catch_up``, its own transaction; True while more is waiting.

    Removing text from the index with secure-delete rewrites the index pages that held its
    words (so no trace of it stays in the file), which is slow for a long section replaced
    at once: a step removes at most ``rows`` old chunks, so the app can take the work a
    little at a time between keystrokes. A record's new chunks go in with its last step;
    until then a search (``catch_up``) finishes the work first, and a crash between steps
    leaves the record waiting, so nothing is lost or left half-indexed for good."""
    waiting = conn.execute("SELECT kind, record FROM search_pending LIMIT 1").fetchone()
    if waiting is None:
        return False
    kind, record_id = waiting
    conn.execute("BEGIN IMMEDIATE")
    try:
        # An archived record (and its actions) leaves the index: as if it had gone.
        gone = _archived(conn, kind, record_id)
        record = None if gone else _stored(conn, kind, record_id)
        adding, stale = _plan(conn, kind, record_id, record)
        _drop(conn, stale[:rows])
        if len(stale) <= rows:
            _add(conn, kind, record_id, adding)
            conn.execute(
                "DELETE FROM search_pending WHERE kind = ? AND record = ?", (kind, record_id)
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is not None


def to_match(query: str) -> str:
    """Turn what a person typed into an FTS5 query: every word must appear; the last one may
    be the start of a word. Operators typed by the user are treated as plain words."""
    words = _WORD.findall(query)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


# Where each hit was found, for a page of hits of one kind at a time: (id, date, title).
_CONTEXT = {
    "sessions": "SELECT s.id, s.date, p.name FROM sessions s LEFT JOIN people p "
    "ON p.id = s.person WHERE s.id IN ({})",
    "journal": "SELECT id, date, title FROM journal WHERE id IN ({})",
    "actions": "SELECT a.id, s.date, a.text FROM actions a JOIN sessions s ON s.id = a.session "
    "WHERE a.id IN ({})",
    "case_discussions": "SELECT d.id, s.date, c.reference FROM case_discussions d "
    'JOIN sessions s ON s.id = d.session LEFT JOIN cases c ON c.id = d."case" '
    "WHERE d.id IN ({})",
    # A received record's latest version.
    "received": "SELECT v.session, json_extract(v.content, '$.session.date'), "
    "json_extract(v.content, '$.supervisor.name') FROM record_versions v "
    "WHERE v.session IN ({}) AND v.number = "
    "(SELECT max(number) FROM record_versions w WHERE w.session = v.session)",
}


@dataclass(frozen=True)
class Results:
    """One page of a search ranked over every match in the vault's whole history."""

    query: str
    total: int  # records and fields that match, in all
    offset: int
    hits: list[Hit]

    @property
    def more(self) -> bool:
        return self.offset + len(self.hits) < self.total


# Every match is ranked; the ranked list (a few numbers a match) is kept for the query last
# asked, so turning a page costs only the page's snippets. Any change to the vault (this
# connection's or a catch-up's) makes it stale.
_ranked: list[tuple[sqlcipher3.Connection, str, int, list[tuple[int, float]]]] = []


def _ranking(conn: sqlcipher3.Connection, match: str) -> list[tuple[int, float]]:
    """(best chunk, its rank) for every record and field with a match, best first: each
    ranked by its best-matching chunk (bm25 over all of them). Only these two numbers are
    read for each match: which record and field a chunk belongs to is looked up for the
    page shown (``_page``), not for the thousands of matches of a common word."""
    changes = conn.total_changes
    for known, asked, seen, found in _ranked:
        if known is conn and asked == match and seen == changes:
            return found
    # The bare column ``rowid`` comes from the row holding min(rank) (SQLite's rule for min()
    # in an aggregate), so each group names its best chunk. Written as one join: as a common
    # table expression SQLite may run the match again for every row of search_rows. Equal
    # ranks go newest first: the passage indexed last (written or changed last) leads.
    found = conn.execute(
        "SELECT search_index.rowid, min(search_index.rank) AS best "
        "FROM search_index JOIN search_rows r ON r.id = search_index.rowid "
        "WHERE search_index MATCH ? "
        "GROUP BY r.kind, r.record, r.field ORDER BY best, search_index.rowid DESC",
        (match,),
    ).fetchall()
    _ranked[:] = [(conn, match, changes, found)]  # one query's ranking is kept, never more
    return found


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _page(conn: sqlcipher3.Connection, chunks: list[int], words: list[str]) -> list[Hit]:
    """The hits for these best chunks, in their order: where each was found, its date and
    title, and a snippet of the chunk around the words."""
    if not chunks:
        return []
    # Read by rowid: asking FTS5 for snippet() would run the whole match again.
    found = {
        chunk: (kind, record, field, body)
        for chunk, kind, record, field, body in conn.execute(
            "SELECT r.id, r.kind, r.record, r.field, search_index.body "
            "FROM search_rows r JOIN search_index ON search_index.rowid = r.id "
            f"WHERE r.id IN ({_marks(len(chunks))})",
            chunks,
        )
    }
    wanted: dict[str, set[str]] = {}
    for kind, record, _, _ in found.values():
        wanted.setdefault(kind, set()).add(record)
    context: dict[tuple[str, str], tuple[str, str]] = {}
    for kind, records in wanted.items():
        query = _CONTEXT[kind].format(_marks(len(records)))
        for record, date, title in conn.execute(query, list(records)):
            context[kind, record] = (date or "", title or "")
    hits = []
    for chunk in chunks:
        if chunk not in found:
            continue  # re-indexed by a save since the ranking was made: it is stale
        kind, record, field, body = found[chunk]
        date, title = context.get((kind, record), ("", ""))
        hits.append(Hit(kind, record, field, snippet(body, words), date, title))
    return hits


def search(
    conn: sqlcipher3.Connection,
    query: str,
    offset: int = 0,
    limit: int = PAGE,
    *,
    caught_up: bool = False,
    stop: threading.Event | None = None,
) -> Results:
    """Every record and field whose text holds all the words, ranked best first over the
    whole history, one page from ``offset``, with a snippet around the words. The index is
    first brought up to date with anything saved since, unless the caller has just done so
    (``caught_up``): then the search only reads, and may run beside the thread that writes.
    Setting ``stop`` gives the ranking up (``Stopped``), so that it stops holding the vault."""
    match = to_match(query)
    if not match:
        return Results(query, 0, 0, [])
    if not caught_up:
        catch_up(conn)
    if stop is None:
        ranked = _ranking(conn, match)
    else:
        with _stoppable(conn, stop):
            ranked = _ranking(conn, match)
    offset = max(0, min(offset, max(0, len(ranked) - 1)))
    words = [_fold(w) for w in _WORD.findall(query)]
    hits = _page(conn, [chunk for chunk, _ in ranked[offset : offset + limit]], words)
    return Results(query, len(ranked), offset, hits)


class Stopped(Exception):
    """A search given up before it was done: nothing was changed."""


@contextlib.contextmanager
def _stoppable(conn: sqlcipher3.Connection, stop: threading.Event) -> Iterator[None]:
    """Let ``stop`` end what this thread asks of ``conn``: SQLite asks every few thousand
    steps whether to go on. Other threads' statements on the same connection go on."""
    mine = threading.get_ident()
    conn.set_progress_handler(
        lambda: 1 if stop.is_set() and threading.get_ident() == mine else 0, 10_000
    )
    try:
        yield
    except sqlcipher3.OperationalError:
        if stop.is_set():
            raise Stopped("The search was stopped.") from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def run(conn: sqlcipher3.Connection, query: str, limit: int = PAGE) -> list[Hit]:
    """The best ``limit`` results (see ``search`` for the count and further pages)."""
    return search(conn, query, 0, limit).hits


def _fold(word: str) -> str:
    """A word as the index's tokenizer keeps it: lower case, accents taken off."""
    if word.isascii():
        return word.lower()  # nothing to take off: most words, and the quickest way
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def snippet(text: str, words: list[str], size: int = SNIPPET_WORDS) -> str:
    """About ``size`` words of ``text`` around the first place the query's words are found,
    each found word between HIT_START and HIT_END (the last query word may be the start of a
    word, as in the search itself)."""
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return text
    wanted, prefix = set(words[:-1]), words[-1] if words else ""

    def hit(token: re.Match) -> bool:
        folded = _fold(token.group())
        return folded in wanted or (bool(prefix) and folded.startswith(prefix))

    first = next((n for n, token in enumerate(tokens) if hit(token)), 0)
    begin = max(0, min(first - 3, len(tokens) - size))
    end = min(len(tokens), begin + size)
    out = ["…"] if begin > 0 else []
    at = tokens[begin].start()
    for n in range(begin, end):
        token = tokens[n]
        out.append(text[at : token.start()])
        out.append(f"{HIT_START}{token.group()}{HIT_END}" if hit(token) else token.group())
        at = token.end()
    if end < len(tokens):
        out.append(text[at : tokens[end].start()].rstrip() + "…")
    else:
        out.append(text[at:])
    return "".join(out)


def plain(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "")
