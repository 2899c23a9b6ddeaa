"""Locking by starting again: at a lock the app replaces its own process with a fresh one
that shows the unlock screen, so nothing of the open vault is left in memory.

Python strings cannot be wiped, and Qt, SQLCipher and the allocator keep freed copies of
everything typed or read until the memory is reused. Replacing the process image (``exec``)
gives all of it back to the system at once. Only what the unlock screen needs is handed
over, through a pipe the new process reads once: the vault's path, where the user was (record
ids), a message, and, when quick unlock is on, the PIN-sealed key with its try count.

POSIX only: Windows has no ``exec`` that keeps the same process, so there the lock closes
the vault in place (README, "What a lock protects").
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import Any

ENV = "SUPERVISION_DESK_LOCKED_STATE"
SUPPORTED = os.name == "posix"


def command() -> list[str]:
    """How this process was started, to start the same way again."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return list(sys.orig_argv)


def relaunch(state: dict[str, Any]) -> None:
    """Replace this process with a fresh, locked one; returns only if that failed."""
    data = json.dumps(state).encode("utf-8")
    read_end, write_end = os.pipe()
    try:
        if len(data) > 60_000:  # more than a pipe holds unread; never expected
            raise OSError("the locked state is too large to hand over")
        os.write(write_end, data)
        os.close(write_end)
        os.set_inheritable(read_end, True)
        env = {**os.environ, ENV: str(read_end)}
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os.execve(sys.executable, command(), env)
    except OSError:
        for fd in (read_end, write_end):
            with contextlib.suppress(OSError):  # the write end may be closed already
                os.close(fd)


def take_over(environ: dict[str, str] | None = None) -> dict[str, Any] | None:
    """The state a locked restart was handed, read once; ``None`` on an ordinary start."""
    env = os.environ if environ is None else environ
    fd_text = env.pop(ENV, None)
    if not fd_text:
        return None
    try:
        fd = int(fd_text)
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
        os.close(fd)
        state = json.loads(b"".join(chunks))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None
