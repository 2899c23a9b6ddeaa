"""How much memory the system has free now, asked in each system's own way."""

from __future__ import annotations

import os
import sys


def available() -> int | None:
    """Bytes of memory free for a new task, or None when the system does not say."""
    try:
        if sys.platform.startswith("linux"):
            return _linux()
        if os.name == "nt":
            return _windows()
        return _posix()
    except (OSError, ValueError, AttributeError):
        return None


def _linux(meminfo: str = "/proc/meminfo") -> int | None:
    with open(meminfo, encoding="ascii") as handle:
        for line in handle:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return _posix()


def _posix() -> int | None:
    pages = os.sysconf("SC_AVPHYS_PAGES")
    return pages * os.sysconf("SC_PAGE_SIZE") if pages > 0 else None


def _windows() -> int | None:
    import ctypes

    class Status(ctypes.Structure):
        _fields_ = [
            ("length", ctypes.c_ulong),
            ("load", ctypes.c_ulong),
            ("total_phys", ctypes.c_ulonglong),
            ("avail_phys", ctypes.c_ulonglong),
            ("total_page", ctypes.c_ulonglong),
            ("avail_page", ctypes.c_ulonglong),
            ("total_virtual", ctypes.c_ulonglong),
            ("avail_virtual", ctypes.c_ulonglong),
            ("avail_extended", ctypes.c_ulonglong),
        ]

    status = Status()
    status.length = ctypes.sizeof(Status)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
        return None
    return int(status.avail_phys)
