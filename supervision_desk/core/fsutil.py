"""Writing files so that a crash leaves either the old state or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


OWNER_ONLY = 0o600


def partial_name(dest: Path) -> Path:
    """A hidden neighbour of ``dest`` for the file being written, created empty and readable
    by its owner only, so no byte written into it is ever readable by anyone else."""
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    os.close(fd)
    if os.name == "posix":
        os.chmod(tmp, OWNER_ONLY)  # whatever the umask says
    return tmp


def publish(tmp: Path, dest: Path, *, overwrite: bool, keep_mode: bool = False) -> None:
    """Move a finished, fsynced file into place atomically. ``keep_mode`` gives the new file
    the permissions of the one it replaces (a vault after a passphrase change)."""
    if keep_mode and dest.exists() and os.name == "posix":
        os.chmod(tmp, dest.stat().st_mode & 0o777)
    if overwrite:
        os.replace(tmp, dest)
    else:
        try:
            os.link(tmp, dest)  # fails if dest exists: never clobber
        except FileExistsError:
            tmp.unlink(missing_ok=True)
            raise
        except OSError:
            if dest.exists():
                tmp.unlink(missing_ok=True)
                raise FileExistsError(dest) from None
            os.replace(tmp, dest)
        else:
            tmp.unlink()
    fsync_dir(dest.parent)


@contextlib.contextmanager
def atomic_output(dest: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``dest`` in one step."""
    tmp = partial_name(dest)
    try:
        yield tmp
        fsync_file(tmp)
        publish(tmp, dest, overwrite=overwrite)
    finally:
        tmp.unlink(missing_ok=True)
