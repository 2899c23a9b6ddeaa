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


def _works(*commands: list[str]) -> bool:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        try:
            for command in commands:
                done = subprocess.run(
                    [part.replace("{}", folder) for part in command],
                    capture_output=True,
                    timeout=10,
                )
                if done.returncode:
                    return False
        except (OSError, subprocess.SubprocessError):
            return False
        finally:
            subprocess.run(["umount", folder], capture_output=True)
            subprocess.run(["chattr", "-i", folder], capture_output=True)
    return True


def can_mount() -> bool:
    """Whether this machine lets us mount a small file system (root in a privileged place)."""
    return _works(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", "{}"])


def can_chattr() -> bool:
    """Whether files can be made immutable here (root, on a file system that supports it)."""
    return _works(["chattr", "+i", "{}"])
