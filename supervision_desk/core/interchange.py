"""The JSON interchange format, versions 1 and 2: strict reading, all-or-nothing import, export
(always version 2). A version 1 file reads as version 2 with every new field at its default.

A bad file changes nothing and is reported with the JSON path of its first problem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import clock, policy, repos, strictjson
from .errors import BadInput, ValidationError
from .fsutil import atomic_output
from .records import (
    MODES,
    ORDER,
    ROLES,
    SINCE,
    check_record,
    check_timestamp,
    key_of,
    shown_key,
)
from .vault import Vault

FORMAT = "supervision-desk/2"
VERSIONS = {"supervision-desk/1": 1, "supervision-desk/2": 2}


def top_level(version: int) -> set[str]:
    kinds = {kind for kind in ORDER if SINCE.get(kind, 1) <= version}
    return {"format", "exported_at", "vault", *kinds} | ({"settings"} if version >= 2 else set())


MAX_FILE_BYTES = 2_000_000_000


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


def parse(text: str) -> dict[str, Any]:
    """Validate a whole interchange document; returns its records in canonical form."""
    doc = strictjson.loads(text)
    if not isinstance(doc, dict):
        raise ValidationError("$", "must be a JSON object")
    version = VERSIONS.get(doc.get("format"))  # type: ignore[arg-type]
    if version is None:
        raise ValidationError("$.format", 'must be "supervision-desk/1" or "supervision-desk/2"')
    for key in doc:
        if key not in top_level(version):
            raise ValidationError(
                f"$.{shown_key(key)}", "is not a known section (check the spelling)"
            )
    if "exported_at" in doc:
        check_timestamp(doc["exported_at"], "$.exported_at")
    parsed: dict[str, Any] = {
        "vault": _check_vault_block(doc.get("vault", {})),
        "settings": policy.check(doc["settings"]) if "settings" in doc else {},
    }
    for kind in ORDER:
        items = doc.get(kind, [])
        if not isinstance(items, list):
            raise ValidationError(f"$.{kind}", "must be a list")
        seen: dict[tuple, int] = {}
        records = []
        for i, item in enumerate(items):
            rec = check_record(kind, item, f"$.{kind}[{i}]", version)
            key = key_of(kind, rec)
            if key in seen:
                raise ValidationError(f"$.{kind}[{i}]", f"repeats the id of $.{kind}[{seen[key]}]")
            seen[key] = i
            records.append(rec)
        parsed[kind] = records
    return parsed


def read_file(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInput(f"{path} is too large to be an interchange file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path} does not exist") from None
    except OSError as exc:
        raise BadInput(f"{path} cannot be read: {exc.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path} is not UTF-8 text (byte {exc.start})") from None
    return parse(text)


def import_records(vault: Vault, parsed: dict[str, Any]) -> dict[str, int]:
    """Add the records of a parsed document in one transaction. Records already present
    with the same content are skipped; same id with different content is an error."""
    added = dict.fromkeys(ORDER, 0)
    with vault.write():
        block = parsed["vault"]
        meta = vault.meta()
        if not meta.get("owner") and block["owner"]:
            vault.set_meta(owner=block["owner"])
        if not meta.get("role") and block["role"]:
            vault.set_meta(role=block["role"])
        if parsed.get("settings"):
            policy.save(vault, parsed["settings"])
        for kind in ORDER:
            for i, rec in enumerate(parsed[kind]):
                path = f"$.{kind}[{i}]"
                key = key_of(kind, rec)
                if repos.exists(vault, kind, *key):
                    if repos.get(vault, kind, *key) != rec:
                        raise ValidationError(
                            path,
                            f"a record with id {'/'.join(map(str, key))!r} is already in the "
                            "vault with different content; nothing was imported",
                        )
                    continue
                repos.save(vault, kind, rec, path=path)
                added[kind] += 1
    return added


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
        if kind == "journal" and not include_journal:
            continue
        doc[kind] = repos.select(vault, kind)
    return doc


def write_file(vault: Vault, path: Path, *, include_journal: bool = True) -> dict[str, int]:
    doc = export(vault, include_journal=include_journal)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    with atomic_output(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return {kind: len(doc.get(kind, [])) for kind in ORDER}
