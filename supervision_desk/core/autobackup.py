"""Automatic backups: at most once a day, a verified encrypted copy in the user's data folder,
keeping the newest few. The app makes it while the vault is open and the user is away (see
gui/daily_backup.py), or as it quits.

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
from .errors import Cancelled, OutputError
from .fsutil import remove_partials
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
    vault: Vault,
    root: Path,
    keep: int = DEFAULT_KEEP,
    progress: Progress | None = None,
    key: tuple[bytes, bytes] | None = None,
) -> Path:
    """Write a verified copy now, then remove all but the newest ``keep`` copies. Stopped
    through ``progress`` (see Vault.backup), it leaves no copy and removes none. ``key``:
    the copy's key, derived beforehand (Vault.copy_key)."""
    paths.private_folder(root)
    folder = paths.private_folder(folder_for(root, vault.path))
    # A copy cut short by a killed process is hidden beside where it was going: this vault
    # is open here (its lock held), so no other process is writing one for it.
    remove_partials(folder, re.escape(vault.path.stem) + r"-auto-\d{8}-\d{6}" + re.escape(SUFFIX))
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    dest = vault.backup(
        folder / f"{vault.path.stem}-auto-{stamp}{SUFFIX}", progress=progress, key=key
    )
    for old in copies(folder)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return dest


def wanted(vault: Vault, root: Path, keep: int) -> bool:
    """Whether the day's copy is still to be made (automatic backups on: ``keep`` > 0)."""
    return keep > 0 and vault.is_open and due(folder_for(root, vault.path))


def on_close(vault: Vault, root: Path, keep: int, progress: Progress | None = None) -> Path | None:
    """The daily copy, if one is due and automatic backups are on (``keep`` > 0)."""
    if not wanted(vault, root, keep):
        return None
    return make(vault, root, keep, progress)


CHANGED = "The vault was written to while it was being copied: the copy will be made later."


def make_while_unchanged(
    vault: Vault,
    root: Path,
    keep: int,
    progress: Progress | None = None,
    key: tuple[bytes, bytes] | None = None,
) -> Path:
    """``make``, for a vault in use: stopped (``Cancelled``, no copy left) as soon as
    anything is written to it, rather than ending in a copy that fails its check. ``progress``
    may stop it too. A write from any thread counts, an autosave as much as an import."""
    conn = vault.conn
    start = conn.total_changes

    def report(done: int, total: int) -> None:
        if conn.total_changes != start:
            raise Cancelled(CHANGED)
        if progress is not None:
            progress(done, total)

    try:
        return make(vault, root, keep, report, key)
    except OutputError:
        # Written between its fingerprint and the copy: the copy did not match, as it should
        # not; said as a stop, not as a failure of the disk.
        if vault.is_open and conn.total_changes != start:
            raise Cancelled(CHANGED) from None
        raise
