"""Writing files so that a crash leaves either the old state or the new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from . import owner_only
from .errors import OutputError
from .shown import shown


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
    try:
        owner_only.restrict(tmp)  # whatever the umask or the folder's access list says
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def remove_partials(folder: Path, names: str) -> None:
    """Remove what a killed write left in ``folder``: the hidden copies ``partial_name`` made
    for a destination whose name matches the regular expression ``names``, and the journal
    files SQLite keeps beside such a copy (``-wal``, ``-shm``, ``-journal``). The caller makes
    sure none of them is still being written."""
    left = re.compile(rf"\.(?:{names})\.[0-9a-f]{{8}}\.partial(?:-wal|-shm|-journal)?")
    with os.scandir(folder) as entries:
        for entry in entries:
            if left.fullmatch(entry.name) and not entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def publish(tmp: Path, dest: Path, *, overwrite: bool, keep_mode: bool = False) -> None:
    """Move a finished, fsynced file into place atomically. ``keep_mode`` gives the new file
    the permissions of the one it replaces (a vault after a passphrase change)."""
    if keep_mode:
        owner_only.keep_mode(dest, tmp)
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


def output_error(exc: OSError, dest: Path) -> OutputError:
    """One plain sentence for a file that could not be written."""
    if isinstance(exc, FileExistsError):
        reason = "a file of that name already exists; choose a new name"
    elif isinstance(exc, FileNotFoundError | NotADirectoryError):
        reason = f"the folder {shown(dest.parent)} does not exist"
    elif exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        reason = "the disk is full"
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        reason = "the folder is read-only"
    elif isinstance(exc, IsADirectoryError):
        reason = "that name is a folder"
    else:
        reason = exc.strerror or type(exc).__name__
    return OutputError(f"{shown(dest)} was not written: {reason}. Nothing half-written was left.")


def check_output(dest: Path, *, overwrite: bool = False, force_flag: str = "") -> None:
    """Refuse an output at once, before any work, when it cannot be written: its name is
    taken (a symbolic link counts, even one pointing nowhere) and ``overwrite`` is off, it is
    a folder, or its folder is missing or read-only. ``force_flag`` names the option that
    allows replacing. Replacing a link replaces the link itself (``publish`` renames over
    it), never the file it points to."""
    dest = Path(dest)
    link = dest.is_symlink()
    if (link or dest.exists()) and not overwrite:
        if not force_flag:
            raise output_error(FileExistsError(), dest)
        what = "already exists as a symbolic link" if link else "already exists"
        more = " (which replaces the link, not what it points to)" if link else ""
        raise OutputError(
            f"{shown(dest)} {what}; choose a new name or add {force_flag}{more}. "
            "Nothing was written."
        )
    if dest.is_dir() and not link:
        raise output_error(IsADirectoryError(), dest)
    if not dest.parent.is_dir():
        raise output_error(FileNotFoundError(), dest)
    if not os.access(dest.parent, os.W_OK):
        raise output_error(PermissionError(), dest)


@contextlib.contextmanager
def atomic_output(dest: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``dest`` in one step.
    Any failure to write is an ``OutputError`` and leaves nothing behind."""
    try:
        tmp = partial_name(dest)
    except OSError as exc:
        raise output_error(exc, dest) from None
    try:
        yield tmp
        fsync_file(tmp)
        publish(tmp, dest, overwrite=overwrite)
    except OSError as exc:
        raise output_error(exc, dest) from None
    finally:
        tmp.unlink(missing_ok=True)
