"""Files readable by their owner only, in each system's terms.

POSIX: mode 0600, whatever the umask. Windows: an access list with inheritance removed and
full control for the current user alone (``icacls``), the equivalent of a file in the user's
own profile. Both branches are tested everywhere by faking the system calls.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

MODE = 0o600


def windows_user(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    name = env.get("USERNAME") or os.getlogin()
    domain = env.get("USERDOMAIN")
    return f"{domain}\\{name}" if domain else name


def icacls(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    root = env.get("SystemRoot", r"C:\Windows")
    return f"{root}\\System32\\icacls.exe"


def restrict(
    path: Path,
    *,
    system: str = os.name,
    run: Callable[..., subprocess.CompletedProcess] | None = None,
    environ: dict[str, str] | None = None,
) -> None:
    """Make ``path`` readable and writable by its owner only; raises OSError if it cannot."""
    if system == "nt":
        import subprocess  # Windows only: a POSIX start-up does without it

        run = run or subprocess.run
        command = [
            icacls(environ),
            str(path),
            "/inheritance:r",
            "/grant:r",
            f"{windows_user(environ)}:(F)",
        ]
        done = run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            raise PermissionError(f"could not make {path} private to you: {done.stderr.strip()}")
        return
    os.chmod(path, MODE)


def keep_mode(source: Path, target: Path, *, system: str = os.name) -> None:
    """Give ``target`` the permissions of ``source`` (a vault after a passphrase change).
    On Windows a replaced file keeps its own access list, set when it was created."""
    if system != "nt" and source.exists():
        os.chmod(target, source.stat().st_mode & 0o777)
