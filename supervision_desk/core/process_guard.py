"""Keep this process's memory out of crash files: at start-up, before any secret is typed.

A crash while a vault is open would otherwise write everything in memory (the passphrase,
the key, open notes) to a core file or a crash report kept outside the vault. Each system
is asked in its own terms:

- POSIX: the core-file size limit is set to zero, hard and soft, so nothing started from
  here can raise it again.
- Linux: the process is also made non-dumpable. The kernel then writes no core file even
  through a crash handler (systemd-coredump, apport) and refuses other processes of the
  same user the right to read its memory (``/proc/PID/mem``, ptrace) without privilege.
- Windows: the system's crash dialog and Windows Error Reporting are told not to handle
  this process's crashes, so no dump is collected for it.
- macOS: the core limit covers core files; the system's crash reports hold call stacks,
  not memory.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def protect(platform: str = sys.platform) -> list[str]:
    """Turn crash files off; returns what could not be done (empty when all of it was)."""
    missed = []
    if platform == "win32":
        missed += _windows()
        return missed
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, OSError, ValueError):
        missed.append("core-file limit")
    if platform.startswith("linux") and not _linux_not_dumpable():
        missed.append("non-dumpable")
    return missed


def _libc():
    import ctypes
    import ctypes.util

    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _linux_not_dumpable() -> bool:
    try:
        return _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def dumpable() -> bool | None:
    """Whether the kernel would dump this process (Linux), ``None`` elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    with contextlib.suppress(OSError, AttributeError):
        return _libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0
    return None


def _windows() -> list[str]:
    import ctypes

    missed = []
    # SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX: no crash dialog, nothing handed on.
    try:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetErrorMode(kernel32.GetErrorMode() | 0x0001 | 0x0002)
    except (OSError, AttributeError):
        missed.append("crash dialog")
    # WER_FAULT_REPORTING_NO_UI | WER_FAULT_REPORTING_FLAG_NOHEAP: no dialog, and a report
    # that is still made leaves the heap (where secrets live) out.
    try:
        if kernel32.WerSetFlags(0x0020 | 0x0001) != 0:
            missed.append("error reporting")
    except (OSError, AttributeError):
        missed.append("error reporting")
    return missed
