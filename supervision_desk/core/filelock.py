"""One opener per vault: a lock taken in one step, held by the operating system.

The lock is an empty, hidden, owner-only file beside the vault, locked with ``flock`` (POSIX)
or ``msvcrt.locking`` (Windows). The system drops the lock when the process ends, however it
ends, so a crash never leaves a vault locked. SQLite's own locks still guard against other
programs; this one makes two copies of this app starting at the same instant agree on one
winner (SQLite's locks are taken in several steps and can refuse both).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .fsutil import OWNER_ONLY


class Busy(Exception):
    """Another process holds the lock."""


def lock_path(vault: Path) -> Path:
    return vault.with_name(f".{vault.name}.lock")


def _try_lock(fd: int, system: str = os.name) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    try:
        if system == "nt":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class VaultLock:
    """Held from ``acquire`` until ``release``; ``acquire`` raises ``Busy`` at once."""

    def __init__(self, vault: Path):
        self.path = lock_path(vault)
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, OWNER_ONLY)
            if not _try_lock(fd):
                os.close(fd)
                raise Busy(str(self.path))
            # The holder before us removes the file as it lets go; if it did so between our
            # open and our lock, we hold a file nobody else will look at: start again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if os.name != "nt":  # Windows cannot remove an open file; it stays, empty and unlocked
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
