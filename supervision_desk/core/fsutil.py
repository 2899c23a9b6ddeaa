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


def partial_name(dest: Path) -> Path:
    """A hidden neighbour of ``dest`` for the file being written."""
    return dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.partial")


def publish(tmp: Path, dest: Path, *, overwrite: bool) -> None:
    """Move a finished, fsynced file into place atomically."""
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
