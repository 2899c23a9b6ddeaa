"""The JSON interchange format, versions 1 to 3: strict reading, all-or-nothing import, export
(always version 3). An earlier file reads as version 3 with every new field at its default;
version 3's identity, contacts, agreed versions and tombstones live in interchange_chain.

A bad file changes nothing and is reported with the JSON path of its first problem.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import chain, clock, interchange_chain, labels, memory, policy, repos
from .errors import BadInput, ValidationError
from .fsutil import atomic_output
from .jsonstream import Stream
from .progress import Progress
from .records import (
    MODES,
    ORDER,
    ROLES,
    SINCE,
    check_record,
    check_timestamp,
    key_of,
    references,
    shown_key,
)
from .shown import shown as shown_path
from .vault import Vault

FORMAT = "supervision-desk/3"
VERSIONS = {"supervision-desk/1": 1, "supervision-desk/2": 2, "supervision-desk/3": 3}
KNOWN_FORMATS = 'must be "supervision-desk/1", "supervision-desk/2" or "supervision-desk/3"'
OURS = "supervision-desk/"
UNKNOWN_SECTION = "is not a known section (check the spelling)"
HEADER = ("exported_at", "vault", "settings", *interchange_chain.SECTIONS)


def top_level(version: int) -> set[str]:
    kinds = {kind for kind in ORDER if SINCE.get(kind, 1) <= version}
    extra = {"settings"} if version >= 2 else set()
    if version >= 3:
        extra |= set(interchange_chain.SECTIONS)
    return {"format", "exported_at", "vault", *kinds} | extra


# The practitioner's private records: they leave the vault only when the journal does.
PRIVATE = ("journal", "cpd")
MAX_FILE_BYTES = 2_000_000_000
# Importing takes at most about this many times the file's size in memory (the spec's
# limit); in practice it is far less, since records are read one at a time.
MEMORY_FACTOR = 3


def _check_vault_block(block: Any) -> dict[str, Any]:
    if not isinstance(block, dict):
        raise ValidationError("$.vault", "must be an object")
    for key in block:
        if key not in ("mode", "owner", "role"):
            raise ValidationError(f"$.vault.{shown_key(key)}", "is not a known field")
    if block.get("mode", "supervisor") not in MODES:
        raise ValidationError("$.vault.mode", f"must be one of {', '.join(MODES)}")
    owner = block.get("owner", "")
    if not isinstance(owner, str):
        raise ValidationError("$.vault.owner", "must be text")
    role = block.get("role")
    if role is not None and role not in ROLES:
        raise ValidationError("$.vault.role", f"must be one of {', '.join(ROLES)}")
    return {"mode": block.get("mode", "supervisor"), "owner": owner, "role": role}


@dataclass
class Document:
    """A checked interchange file. Its records are not kept: importing reads them again from
    the file, one section at a time, so memory stays near one record whatever the file's
    size. ``spans`` is where each record section lies in the source (bytes into a file), so
    a section is read again without the rest; ``size`` is the source's whole size."""

    open_stream: Callable[[int], contextlib.AbstractContextManager[Stream]]
    version: int
    vault: dict[str, Any]
    settings: dict[str, Any]
    counts: dict[str, int]
    order: list[str]  # record sections in file order
    outside: list[tuple[str, str, str]] = field(default_factory=list)  # (path, kind, id)
    chain: interchange_chain.ChainPart = field(default_factory=interchange_chain.ChainPart)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    size: int = 0
    session_ids: list[str] = field(default_factory=list)  # in file order

    def records(
        self, kind: str, moved: Callable[[int], None] | None = None
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """(JSON path, record) for one section, read again from the source. ``moved`` is
        told how far into the section the reading has got (in the units of ``spans``)
        after each record has been dealt with, and once more at the section's end."""
        if kind not in self.spans:
            return
        start, end = self.spans[kind]
        with self.open_stream(start) as stream:
            for i, item in enumerate(stream.items()):
                path = f"$.{kind}[{i}]"
                yield path, check_record(kind, item, path, self.version)
                if moved is not None:
                    moved(min(stream.reached(), end) - start)
        if moved is not None:
            moved(end - start)

    def __getitem__(self, kind: str) -> Any:
        if kind in ("vault", "settings"):
            return getattr(self, kind)
        return [rec for _, rec in self.records(kind)] if kind in self.counts else []

    def __iter__(self) -> Iterator[str]:
        return iter(("vault", "settings", *ORDER))


def _not_ours(name: str) -> BadInput:
    """A file with no format of ours: not a file of ours with a mistake in it, so no JSON path."""
    return BadInput(
        f'{name} is not a Supervision Desk export file (it has no "format": "{OURS}…" line), '
        "so nothing was imported."
    )


def _check(
    open_stream: Callable[[int], Any], size: int, progress: Progress | None = None
) -> Document:
    """Validate a whole document in one pass (two when records come before the format).
    ``progress`` is told the bytes read (characters of a text) of all the passes."""
    header: dict[str, Any] = {}
    version: int | None = None
    order: list[str] = []
    late: list[str] = []
    known: dict[str, set] = {}
    wanted: dict[str, dict[Any, str]] = {}  # kind -> id -> first path that refers to it
    counts: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    session_ids: list[str] = []
    passes = [0, 1]  # passes read before this one; passes in all (2 once one is late)

    def tell(stream: Stream) -> None:
        if progress is not None:
            progress(passes[0] * size + min(stream.reached(), size), passes[1] * size)

    def check_section(stream: Stream, kind: str) -> None:
        assert version is not None
        if not stream.is_list():
            raise ValidationError(f"$.{kind}", "must be a list")
        seen = known.setdefault(kind, set())
        count = 0
        for i, item in enumerate(stream.items()):
            path = f"$.{kind}[{i}]"
            rec = check_record(kind, item, path, version)
            key = key_of(kind, rec)
            if key in seen:
                raise ValidationError(path, f"repeats the id of an earlier record in $.{kind}")
            seen.add(key)
            if kind == "sessions":
                session_ids.append(rec["id"])
            for spec in references(kind):
                targets = rec[spec.name] if spec.kind == "ids" else [rec[spec.name]]
                for target in targets:
                    if target is not None:
                        wanted.setdefault(spec.ref, {}).setdefault(target, f"{path}.{spec.name}")
            count += 1
            tell(stream)
        counts[kind] = count

    stray = ""  # the first unknown key read before the format: whose mistake it is waits on it
    with open_stream(0) as stream:
        for key in stream.members():
            if key == "format":
                found = stream.value()
                version = VERSIONS.get(found) if isinstance(found, str) else None
                if version is None:
                    if isinstance(found, str) and not found.startswith(OURS):
                        raise _not_ours(stream.name)
                    raise ValidationError("$.format", KNOWN_FORMATS)
                if stray:
                    raise ValidationError(f"$.{shown_key(stray)}", UNKNOWN_SECTION)
            elif key in ORDER:
                order.append(key)
                start = stream.offset()
                if version is None:  # read again once the format is known
                    late.append(key)
                    passes[1] = 2
                    stream.skip()
                else:
                    check_section(stream, key)
                spans[key] = (start, stream.offset())
            elif key in HEADER:
                header[key] = stream.value()
            elif version is None:
                # Perhaps a file of ours with a mistake, perhaps not ours at all: the format
                # (or its absence) decides. A misspelt "format" is named as it is.
                if not stream.is_string():
                    stream.skip()
                elif str(stream.value()).startswith(OURS):
                    raise ValidationError(f"$.{shown_key(key)}", UNKNOWN_SECTION)
                stray = stray or key
            else:
                raise ValidationError(f"$.{shown_key(key)}", UNKNOWN_SECTION)
            tell(stream)
    if version is None:
        raise _not_ours(stream.name)
    for key in (*header, *order):
        if key not in top_level(version):
            raise ValidationError(f"$.{shown_key(key)}", UNKNOWN_SECTION)
    if late:  # from the start again, so that a problem is named by its line in the file
        passes[0] = 1
        with open_stream(0) as stream:
            for key in stream.members():
                if key in late:
                    check_section(stream, key)
                else:
                    stream.skip()
                tell(stream)
    if progress is not None:
        progress(passes[1] * size, passes[1] * size)
    if "exported_at" in header:
        check_timestamp(header["exported_at"], "$.exported_at")
    outside = [
        (path, kind, target)
        for kind, targets in wanted.items()
        for target, path in targets.items()
        if (target,) not in known.get(kind, set())
    ]
    return Document(
        open_stream=open_stream,
        version=version,
        vault=_check_vault_block(header.get("vault", {})),
        settings=policy.check(header["settings"]) if "settings" in header else {},
        counts=counts,
        order=order,
        outside=outside,
        chain=interchange_chain.check(header),
        spans=spans,
        size=size,
        session_ids=session_ids,
    )


def parse(text: str, progress: Progress | None = None) -> Document:
    """Validate a whole interchange document held as text."""

    @contextlib.contextmanager
    def open_stream(start: int) -> Iterator[Stream]:
        yield Stream(text, start=start)

    return _check(open_stream, len(text), progress)


def read_file(path: Path, progress: Progress | None = None) -> Document:
    """Validate an interchange file without holding it in memory; a file too large for the
    memory at hand is refused before it is read. ``progress`` is told the bytes read."""
    shown = shown_path(path)
    try:
        stat = path.stat()
        with path.open("rb"):
            pass
    except FileNotFoundError:
        raise BadInput(f"{shown} does not exist") from None
    except OSError as exc:
        raise BadInput(f"{shown} cannot be read: {exc.strerror}") from None
    size = stat.st_size
    if size > MAX_FILE_BYTES:
        raise BadInput(f"{shown} is too large to be an interchange file")
    free = memory.available()
    if free is not None and size * MEMORY_FACTOR > free:
        raise BadInput(
            f"{shown} is too large to import with the memory free now "
            f"({size / 1e6:,.0f} MB needs about {size * MEMORY_FACTOR / 1e6:,.0f} MB; "
            f"{free / 1e6:,.0f} MB free). Close other programs and try again."
        )

    @contextlib.contextmanager
    def open_stream(start: int) -> Iterator[Stream]:
        try:
            with path.open("rb") as handle:
                now = os.fstat(handle.fileno())
                # Sections are read again from where they were found: a file changed since
                # then would give records that were never checked.
                if (now.st_size, now.st_mtime_ns) != (stat.st_size, stat.st_mtime_ns):
                    raise BadInput(
                        f"{shown} changed after it was checked; nothing was imported. "
                        "Import it again."
                    )
                yield Stream(handle, shown, start)
        except OSError as exc:
            raise BadInput(f"{shown} cannot be read: {exc.strerror}") from None

    return _check(open_stream, size, progress)


class _Reading:
    """How far an import has got through its file, in bytes: each record section is read
    once, in the order its records are written, so the count ends at the file's size. The
    rest of the file (the format, the settings, the agreed versions) was read when it was
    checked and counts as read from the start."""

    def __init__(self, doc: Document, progress: Progress | None):
        self.progress = progress
        self.total = doc.size
        self.done = doc.size - sum(end - start for start, end in doc.spans.values())

    def section(self, doc: Document, kind: str) -> Callable[[int], None] | None:
        if self.progress is None:
            return None
        start, end = doc.spans.get(kind, (0, 0))
        base = self.done
        self.done += end - start
        progress, total = self.progress, self.total
        return lambda into: progress(base + into, total)

    def end(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def import_records(vault: Vault, doc: Document, progress: Progress | None = None) -> dict[str, int]:
    """Add the records of a checked document in one transaction. Records already present
    with the same content are skipped; same id with different content is an error.

    ``progress(done, total)`` is told the bytes of the file read as the records are written;
    raising ``Cancelled`` from it stops the import with nothing of it kept."""
    added = dict.fromkeys(ORDER, 0)
    reading = _Reading(doc, progress)
    with vault.write():
        amendments = (
            list(doc.records("amendments", reading.section(doc, "amendments")))
            if doc.counts.get("amendments")
            else []
        )
        sessions, wanted = _check_history(vault, doc, amendments)
        # A journal entry or piece of CPD may name a record received from the supervisor,
        # which arrives with the chain, written after the records: linked once it is there.
        received = {
            sid for sid, found in doc.chain.versions.items() if found[-1].origin == "received"
        }
        for path, kind, target in doc.outside:
            if not repos.exists(vault, kind, target) and target not in received:
                raise ValidationError(path, f"refers to {target!r}, which does not exist")
        links = []
        block = doc.vault
        meta = vault.meta()
        if not meta.get("owner") and block["owner"]:
            vault.set_meta(owner=block["owner"])
        if not meta.get("role") and block["role"]:
            vault.set_meta(role=block["role"])
        if doc.settings:
            policy.save(vault, doc.settings)
        for kind in ORDER:
            if not doc.counts.get(kind):
                continue
            found = (
                amendments
                if kind == "amendments"  # read once already, for the history's checks
                else doc.records(kind, reading.section(doc, kind))
            )
            for path, rec in found:
                if kind == "sessions" and rec["id"] in wanted:
                    sessions[rec["id"]] = (path, rec)
                key = key_of(kind, rec)
                if repos.exists(vault, kind, *key):
                    if repos.get(vault, kind, *key) != rec:
                        raise ValidationError(
                            path,
                            f"a record with id {'/'.join(map(str, key))!r} is already in the "
                            "vault with different content; nothing was imported",
                        )
                    continue
                link = rec.get("session") if (kind, "session") in repos.RECEIVED_LINKS else None
                if link in received and not repos.exists(vault, "sessions", link):
                    links.append((kind, rec, path))
                    rec = {**rec, "session": None}
                repos.save(vault, kind, rec, path=path)
                added[kind] += 1
        _check_history_texts(doc, sessions, amendments)
        interchange_chain.write(vault, doc.chain)
        for kind, rec, path in links:
            repos.save(vault, kind, rec, path=path)
        chain.adopt(vault)  # records agreed in a file without versions: recorded, as on upgrade
        reading.end()  # the last chance to stop: inside the transaction, so nothing is kept
    return added


@dataclass
class Preview:
    """What importing a checked document would do, found by importing it in a transaction
    that is then rolled back: the records it would add, how many are already present, and
    each setting it would change as (what, now, after)."""

    added: dict[str, int]
    present: int
    changes: list[tuple[str, str, str]]


class _DryRun(Exception):
    """Raised inside the preview's transaction so that nothing of it is kept."""


def preview(vault: Vault, doc: Document, progress: Progress | None = None) -> Preview:
    """Import ``doc`` and roll it back. A document that cannot be imported raises the same
    error ``import_records`` would, and nothing is written either way. ``progress`` is
    told the bytes read as for an import."""
    return import_if_agreed(vault, doc, lambda _preview: False, progress)[0]


def import_if_agreed(
    vault: Vault,
    doc: Document,
    agree: Callable[[Preview], bool],
    progress: Progress | None = None,
) -> tuple[Preview, dict[str, int] | None]:
    """Import ``doc`` in one transaction and, before it is committed, ask ``agree`` whether
    to keep what the preview says it does: kept if it answers true, rolled back otherwise
    (or if it raises). The file is read and its records checked and written once, where a
    preview followed by an import does it all twice. While ``agree`` decides, the vault
    refuses every other thread's write (Vault.write), so nothing else joins what may be
    rolled back. Returns the preview and the records added (None when not kept)."""
    before = _settings_in_words(vault)
    found: Preview | None = None
    try:
        with vault.write():
            added = import_records(vault, doc, progress)
            after = _settings_in_words(vault)
            changes = [
                (what, before[what], now) for what, now in after.items() if before[what] != now
            ]
            found = Preview(added, sum(doc.counts.values()) - sum(added.values()), changes)
            if not agree(found):
                raise _DryRun
    except _DryRun:
        assert found is not None
        return found, None
    return found, added


def _settings_in_words(vault: Vault) -> dict[str, str]:
    meta = vault.meta()
    current = policy.as_dict(policy.load(vault))
    standards = current.pop("default_standards")
    words = {labels.SETTING[key]: labels.setting(key, value) for key, value in current.items()}
    for role, standard in standards.items():
        words[f"Standard for new people in {labels.role(role)}"] = labels.standard(standard)
    words["Owner of the vault"] = meta.get("owner") or "not set"
    words["Owner's role"] = labels.role(meta.get("role")) or "not set"
    return words


def _check_history(
    vault: Vault, doc: Document, amendments: list[tuple[str, dict[str, Any]]]
) -> tuple[dict[str, tuple[str, dict[str, Any]]], set[str]]:
    """Refuse what would replace or re-create a sealed or removed record before anything is
    written. Returns every session of the file by id (path, and an empty record until the
    import reads it) and the ids whose records the history's own checks need."""
    wanted = {am["session"] for _, am in amendments} | set(doc.chain.versions)
    sessions: dict[str, tuple[str, dict[str, Any]]] = {
        sid: (f"$.sessions[{i}]", {}) for i, sid in enumerate(doc.session_ids)
    }
    interchange_chain.check_against_vault(vault, doc.chain, sessions, amendments)
    return sessions, wanted


def _check_history_texts(
    doc: Document,
    sessions: dict[str, tuple[str, dict[str, Any]]],
    amendments: list[tuple[str, dict[str, Any]]],
) -> None:
    """Refuse an invented or rewritten history: amendments that do not end at the record's
    text, versions that are not the file's records. Run once the import has read the
    sessions, inside its transaction, so a refusal keeps nothing of it."""
    interchange_chain.check_amendments_end_at_text(sessions, amendments)
    interchange_chain.check_versions_match_sessions(doc.chain, sessions, amendments)


def _members(vault: Vault, include_journal: bool) -> Iterator[tuple[str, Any]]:
    """The members of an export in file order: a value, or for a list of records an iterator
    that reads them from the vault as they are wanted."""
    meta = vault.meta()
    yield "format", FORMAT
    yield "exported_at", clock.now().isoformat(timespec="seconds")
    yield (
        "vault",
        {
            "mode": meta.get("mode", "supervisor"),
            "owner": meta.get("owner", ""),
            "role": meta.get("role") or None,
        },
    )
    yield "settings", policy.as_dict(policy.load(vault))
    for kind in _kinds(include_journal):
        yield kind, repos.each(vault, kind)
    yield from interchange_chain.sections(vault)


def _kinds(include_journal: bool) -> list[str]:
    """The record kinds an export holds, in file order."""
    return [
        kind
        for kind in ORDER
        if (include_journal or kind not in PRIVATE)
        and SINCE.get(kind, 1) <= VERSIONS[FORMAT]  # a kind this format cannot carry yet: out
    ]


def export(vault: Vault, *, include_journal: bool = True) -> dict[str, Any]:
    """Every record as one interchange document in memory (``write_file`` streams it)."""
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in _members(vault, include_journal)
    }


def write_file(
    vault: Vault,
    path: Path,
    *,
    include_journal: bool = True,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write every record as an interchange file, a record at a time, so memory stays near
    one record whatever the vault's age. The text is what ``json.dumps(export(vault),
    ensure_ascii=False, indent=2)`` gives, and a new line. It is written to a hidden file
    beside ``path`` that takes its name only once whole, so a failure leaves nothing.

    ``progress(done, total)`` is told the records written; raising ``Cancelled`` from it
    stops the export and no file is left. Returns the records written of each kind."""
    kinds = _kinds(include_journal)
    counts = dict.fromkeys(ORDER, 0)
    total = sum(repos.count(vault, kind) for kind in kinds) + interchange_chain.versions_count(
        vault
    )
    written = [0]

    def one_more() -> None:
        written[0] += 1
        if progress is not None:
            progress(min(written[0], total), total)

    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8") as out:
        if progress is not None:
            progress(0, total)
        for key, n in _write_members(out, _members(vault, include_journal), one_more).items():
            if key in counts:
                counts[key] = n
        if progress is not None:
            progress(total, total)  # the last chance to stop: before the file takes its name
    return counts


def _write_members(
    out: TextIO, members: Iterator[tuple[str, Any]], wrote: Callable[[], None]
) -> dict[str, int]:
    """Write a JSON object member by member, laid out exactly as ``json.dumps`` with an
    indent of 2 lays it out: a value whole, a list of records one record at a time (each
    record's own lines moved in to its depth). Returns how many records each list held."""
    counts: dict[str, int] = {}
    out.write("{")
    first = True
    for key, value in members:
        out.write(("\n" if first else ",\n") + "  " + _dumps(key) + ": ")
        first = False
        if not isinstance(value, Iterator):
            out.write(_dumps(value).replace("\n", "\n  "))
            continue
        n = 0
        for item in value:
            out.write(("[\n" if n == 0 else ",\n") + "    " + _dumps(item).replace("\n", "\n    "))
            n += 1
            wrote()
        out.write("\n  ]" if n else "[]")
        counts[key] = n
    out.write("}\n" if first else "\n}\n")
    return counts


def _dumps(value: Any) -> str:
    # Newlines in the text only ever separate JSON's own parts: those inside a string are
    # written \n, so moving every line in by the same depth is what a deeper indent gives.
    return json.dumps(value, ensure_ascii=False, indent=2)
