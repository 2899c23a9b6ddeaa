"""The JSON interchange format, versions 1 to 3: strict reading, all-or-nothing import, export
(always version 3). An earlier file reads as version 3 with every new field at its default;
version 3's identity, contacts, agreed versions and tombstones live in interchange_chain.

A bad file changes nothing and is reported with the JSON path of its first problem.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import chain, clock, interchange_chain, labels, memory, policy, repos
from .errors import BadInput, ValidationError
from .fsutil import atomic_output
from .jsonstream import Stream
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
    the file, one at a time, so memory stays near one record whatever the file's size."""

    open_stream: Callable[[], contextlib.AbstractContextManager[Stream]]
    version: int
    vault: dict[str, Any]
    settings: dict[str, Any]
    counts: dict[str, int]
    order: list[str]  # record sections in file order
    outside: list[tuple[str, str, str]] = field(default_factory=list)  # (path, kind, id)
    chain: interchange_chain.ChainPart = field(default_factory=interchange_chain.ChainPart)

    def records(self, kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """(JSON path, record) for one section, read again from the source."""
        with self.open_stream() as stream:
            for key in stream.members():
                if key != kind:
                    stream.skip()
                    continue
                for i, item in enumerate(stream.items()):
                    path = f"$.{kind}[{i}]"
                    yield path, check_record(kind, item, path, self.version)

    def __getitem__(self, kind: str) -> Any:
        if kind in ("vault", "settings"):
            return getattr(self, kind)
        return [rec for _, rec in self.records(kind)] if kind in self.counts else []

    def __iter__(self) -> Iterator[str]:
        return iter(("vault", "settings", *ORDER))


def _check(open_stream: Callable[[], Any]) -> Document:
    """Validate a whole document in one pass (two when records come before the format)."""
    header: dict[str, Any] = {}
    version: int | None = None
    order: list[str] = []
    late: list[str] = []
    known: dict[str, set] = {}
    wanted: dict[str, dict[Any, str]] = {}  # kind -> id -> first path that refers to it
    counts: dict[str, int] = {}

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
            for spec in references(kind):
                targets = rec[spec.name] if spec.kind == "ids" else [rec[spec.name]]
                for target in targets:
                    if target is not None:
                        wanted.setdefault(spec.ref, {}).setdefault(target, f"{path}.{spec.name}")
            count += 1
        counts[kind] = count

    with open_stream() as stream:
        for key in stream.members():
            if key == "format":
                found = stream.value()
                version = VERSIONS.get(found) if isinstance(found, str) else None
                if version is None:
                    raise ValidationError("$.format", KNOWN_FORMATS)
            elif key in ORDER:
                order.append(key)
                if version is None:  # read again once the format is known
                    late.append(key)
                    stream.skip()
                else:
                    check_section(stream, key)
            elif key in HEADER:
                header[key] = stream.value()
            else:
                raise ValidationError(
                    f"$.{shown_key(key)}", "is not a known section (check the spelling)"
                )
    if version is None:
        raise ValidationError("$.format", KNOWN_FORMATS)
    for key in (*header, *order):
        if key not in top_level(version):
            raise ValidationError(
                f"$.{shown_key(key)}", "is not a known section (check the spelling)"
            )
    for kind in late:
        with open_stream() as stream:
            for key in stream.members():
                if key == kind:
                    check_section(stream, kind)
                else:
                    stream.skip()
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
    )


def parse(text: str) -> Document:
    """Validate a whole interchange document held as text."""

    @contextlib.contextmanager
    def open_stream() -> Iterator[Stream]:
        yield Stream(text)

    return _check(open_stream)


def read_file(path: Path) -> Document:
    """Validate an interchange file without holding it in memory; a file too large for the
    memory at hand is refused before it is read."""
    shown = shown_path(path)
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except FileNotFoundError:
        raise BadInput(f"{shown} does not exist") from None
    except OSError as exc:
        raise BadInput(f"{shown} cannot be read: {exc.strerror}") from None
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
    def open_stream() -> Iterator[Stream]:
        try:
            with path.open("rb") as handle:
                yield Stream(handle, shown)
        except OSError as exc:
            raise BadInput(f"{shown} cannot be read: {exc.strerror}") from None

    return _check(open_stream)


def import_records(vault: Vault, doc: Document) -> dict[str, int]:
    """Add the records of a checked document in one transaction. Records already present
    with the same content are skipped; same id with different content is an error."""
    added = dict.fromkeys(ORDER, 0)
    with vault.write():
        _check_history(vault, doc)
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
            for path, rec in doc.records(kind):
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
        interchange_chain.write(vault, doc.chain)
        for kind, rec, path in links:
            repos.save(vault, kind, rec, path=path)
        chain.adopt(vault)  # records agreed in a file without versions: recorded, as on upgrade
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


def preview(vault: Vault, doc: Document) -> Preview:
    """Import ``doc`` and roll it back. A document that cannot be imported raises the same
    error ``import_records`` would, and nothing is written either way."""
    before = _settings_in_words(vault)
    try:
        with vault.write():
            added = import_records(vault, doc)
            after = _settings_in_words(vault)
            raise _DryRun
    except _DryRun:
        pass
    changes = [(what, before[what], now) for what, now in after.items() if before[what] != now]
    return Preview(added, sum(doc.counts.values()) - sum(added.values()), changes)


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


def _check_history(vault: Vault, doc: Document) -> None:
    """Refuse an invented or rewritten history before anything is written: amendments that do
    not end at the record's text, versions that are not the file's records, and anything
    that would replace or re-create a sealed or removed record."""
    amendments = list(doc.records("amendments")) if doc.counts.get("amendments") else []
    amendments = [(path, am) for path, am in amendments]
    wanted = {am["session"] for _, am in amendments} | set(doc.chain.versions)
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    if doc.counts.get("sessions"):
        for path, rec in doc.records("sessions"):
            found[rec["id"]] = (path, rec if rec["id"] in wanted else {})
    interchange_chain.check_amendments_end_at_text(found, amendments)
    interchange_chain.check_versions_match_sessions(doc.chain, found, amendments)
    interchange_chain.check_against_vault(vault, doc.chain, found, amendments)


def export(vault: Vault, *, include_journal: bool = True) -> dict[str, Any]:
    meta = vault.meta()
    doc: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": clock.now().isoformat(timespec="seconds"),
        "vault": {
            "mode": meta.get("mode", "supervisor"),
            "owner": meta.get("owner", ""),
            "role": meta.get("role") or None,
        },
        "settings": policy.as_dict(policy.load(vault)),
    }
    for kind in ORDER:
        if kind in PRIVATE and not include_journal:
            continue
        if SINCE.get(kind, 1) > VERSIONS[FORMAT]:  # a kind this format cannot carry yet
            continue
        doc[kind] = repos.select(vault, kind)
    doc.update(interchange_chain.export(vault))
    return doc


def write_file(vault: Vault, path: Path, *, include_journal: bool = True) -> dict[str, int]:
    doc = export(vault, include_journal=include_journal)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    with atomic_output(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return {kind: len(doc.get(kind, [])) for kind in ORDER}
