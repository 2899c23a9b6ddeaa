"""Small helpers shared by tests that need them (not fixtures)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_state(folder: Path) -> dict[str, str]:
    """Name -> sha256 of every file in a folder: to prove nothing was touched."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }
