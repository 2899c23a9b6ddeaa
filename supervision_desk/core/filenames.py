"""File names the app suggests or the user types for exports, valid on every system.

Windows refuses some names outright (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an
extension), drops trailing dots and spaces, forbids <>:"/\\|?* and control characters, and by
default stops at 260 characters of path. A name safe on Windows is safe everywhere, so one
rule serves all three systems.
"""

from __future__ import annotations

import re
from pathlib import Path

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
MAX_NAME = 120
MAX_PATH = 259  # Windows' classic limit, less the final NUL


def safe_name(name: str, default: str = "export") -> str:
    """``name`` made into a file name every system accepts, its extension kept."""
    name = _FORBIDDEN.sub("-", name).strip().rstrip(". ")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem.rstrip(". ") or default
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"{stem}-file"
    suffix = suffix[:10]
    room = MAX_NAME - (len(suffix) + 1 if suffix else 0)
    return stem[:room].rstrip(". ") + (f".{suffix}" if suffix else "")


def fit_path(folder: Path, name: str, limit: int = MAX_PATH) -> Path:
    """``folder / name``, the name shortened (extension kept) if the whole path would pass
    Windows' length limit."""
    name = safe_name(name)
    spare = limit - len(str(folder)) - 1
    if len(name) > spare:
        stem, _, suffix = name.rpartition(".")
        keep = max(spare - len(suffix) - 1, 8)
        name = f"{stem[:keep].rstrip('. ')}.{suffix}"
    return folder / name


def free_path(folder: Path, name: str, limit: int = MAX_PATH) -> Path:
    """Like :func:`fit_path`, but never a file that is already there: " (2)", " (3)" … is
    added before the extension, so a suggested name cannot lead to an earlier export being
    written over."""
    path = fit_path(folder, name, limit)
    stem, suffix, n = path.stem, path.suffix, 2
    while path.exists():
        path = fit_path(folder, f"{stem} ({n}){suffix}", limit)
        n += 1
    return path
