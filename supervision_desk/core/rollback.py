"""Noticing an older copy of a vault put in its place (a rollback).

Every write to a vault adds one to a count kept inside it (the ``writes`` entry of its meta
table, encrypted like everything else). When a vault closes, this computer remembers the
count for that file in the settings folder. A vault that opens with a lower count than the
one remembered is older than the vault last used here: someone or something replaced it
with an earlier copy, whose pages all authenticate, since they were once genuine.

What no format can detect: a copy rolled back on a computer that never saw the newer one,
a rollback after the remembered counts were deleted, and a copy taken and put back while
no write happened in between (nothing was lost then).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from .. import paths
from .owner_only import restrict
from .shown import shown

META = "writes"
BUMP = (
    "INSERT INTO meta(key, value) VALUES ('writes', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
)


def store() -> Path:
    return paths.config_dir() / "vault-writes.json"


def _read() -> dict[str, int]:
    try:
        data = json.loads(store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}


def remembered(path: Path) -> int | None:
    return _read().get(str(Path(path).resolve()))


def remember(path: Path, writes: int) -> None:
    """Keep the highest count seen for this file (best effort: a full disk loses only this)."""
    data = _read()
    key = str(Path(path).resolve())
    if data.get(key, -1) >= writes:
        return
    data[key] = writes
    target = store()
    with contextlib.suppress(OSError):
        paths.private_folder(target.parent)
        tmp = target.with_name(target.name + ".partial")
        tmp.write_text(json.dumps(data, indent=0, sort_keys=True), encoding="utf-8")
        restrict(tmp)
        os.replace(tmp, target)


def older_message(path: Path, writes: int) -> str:
    """Why this vault looks older than the one last used here ("" when it does not)."""
    seen = remembered(path)
    if seen is None or writes >= seen:
        return ""
    return (
        f"{shown(path)} is older than the vault last opened from this place on this computer "
        f"({writes} writes; {seen} were seen before): it may have been replaced with an earlier "
        "copy, and later changes are not in it. Look for a newer copy or backup before going on."
    )
