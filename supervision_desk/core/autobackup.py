"""Automatic backups: when the vault closes, at most once a day, a verified encrypted copy in
the user's data folder, keeping the newest few.

Copies are named ``<vault>-auto-YYYYMMDD-HHMMSS.sdvault`` in a folder per vault, so pruning
only ever touches files this module wrote for this vault.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from . import clock
from .progress import Progress
from .vault import SUFFIX, Vault

DEFAULT_KEEP = 7
_NAME = re.compile(r"^(?P<stem>.+)-auto-(?P<stamp>\d{8}-\d{6})" + re.escape(SUFFIX) + "$")


def folder_for(root: Path, vault_path: Path) -> Path:
    """One folder per vault (its name and a short hash of where it lives, so two vaults of
    the same name never share)."""
    tag = hashlib.sha256(str(vault_path.resolve()).encode()).hexdigest()[:8]
    return root / f"{vault_path.stem}-{tag}"


@dataclass(frozen=True)
class Copy:
    path: Path
    made: dt.datetime


def copies(folder: Path) -> list[Copy]:
    """The automatic copies in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                found.append(Copy(path, made))
    return sorted(found, key=lambda c: c.made, reverse=True)


def due(folder: Path, today: dt.date | None = None) -> bool:
    today = today or clock.today()
    newest = copies(folder)
    return not newest or newest[0].made.date() < today


def make(
    vault: Vault, root: Path, keep: int = DEFAULT_KEEP, progress: Progress | None = None
) -> Path:
    """Write a verified copy now, then remove all but the newest ``keep`` copies. Stopped
    through ``progress`` (see Vault.backup), it leaves no copy and removes none."""
    paths.private_folder(root)
    folder = paths.private_folder(folder_for(root, vault.path))
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    dest = vault.backup(folder / f"{vault.path.stem}-auto-{stamp}{SUFFIX}", progress=progress)
    for old in copies(folder)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return dest


def on_close(vault: Vault, root: Path, keep: int, progress: Progress | None = None) -> Path | None:
    """The daily copy, if one is due and automatic backups are on (``keep`` > 0)."""
    if keep <= 0 or not vault.is_open or not due(folder_for(root, vault.path)):
        return None
    return make(vault, root, keep, progress)
