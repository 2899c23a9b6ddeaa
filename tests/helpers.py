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


def write_records_file(path: Path, sessions: int = 40, word: str = "zephyrquill") -> int:
    """An interchange file of a few people and ``sessions`` sessions with long notes (not
    only ASCII, so bytes and characters differ), new settings and an owner: what a large
    import brings. ``word`` is in the last session's notes only. Returns the file's size."""
    import json

    people = [
        {"id": f"imp{n}", "name": f"Rowan Ellis {n}", "role": "social_worker"} for n in range(4)
    ]
    notes = "Placement stability — café meeting with the young person; plan reviewed. " * 60
    records = [
        {
            "id": f"imps{n}",
            "person": f"imp{n % 4}",
            "date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "minutes": 60,
            "kind": "one_to_one",
            "analysis": f"{notes} ({n})" + (f" {word}" if n == sessions - 1 else ""),
            "attunement": notes,
        }
        for n in range(sessions)
    ]
    doc = {
        "format": "supervision-desk/2",
        "vault": {"mode": "supervisor", "owner": "Imported Owner"},
        "settings": {"points_per_fte": 140, "newly_qualified_share": 0.8, "contracted_hours": 30},
        "people": people,
        "sessions": records,
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path.stat().st_size


def vault_rows(conn) -> dict[str, list]:
    """Every row of every table in a vault, the search index's own tables included: to
    prove that work which was stopped left nothing behind."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
