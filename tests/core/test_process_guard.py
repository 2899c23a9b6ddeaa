"""No crash file: the app turns core dumps off at start-up, so a crash while a vault is open
leaves nothing of its memory on disk (Linux: no core file, and the process is not dumpable)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux core files")

ROOT = str(Path(__file__).resolve().parents[2])
# Starts the way the app does (its entry point's first step), holds a secret, then crashes.
CRASH = """
import os, sys
sys.path.insert(0, {root!r})
from supervision_desk.core import process_guard
if {protect}:
    assert process_guard.protect() == []
secret = "canary-" + "passphrase"
os.abort()
"""


def _allow_core_files() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _crash(folder: Path, protect: bool) -> subprocess.CompletedProcess:
    code = CRASH.format(root=ROOT, protect=protect)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=folder, preexec_fn=_allow_core_files, check=False
    )


def _core_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("core")]


@linux
def test_a_crash_after_start_up_writes_no_core_file(tmp_path):
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    if pattern.startswith("|") or "/" in pattern or hard == 0:
        pytest.skip("this system sends core files elsewhere or allows none")
    unguarded, guarded = tmp_path / "unguarded", tmp_path / "guarded"
    unguarded.mkdir()
    guarded.mkdir()
    # Without the guard, the same crash leaves a core file here: the test can see one.
    assert _crash(unguarded, protect=False).returncode != 0
    assert _core_files(unguarded), "this system wrote no core file even without the guard"
    assert _crash(guarded, protect=True).returncode != 0
    assert _core_files(guarded) == []


@linux
def test_the_entry_point_leaves_the_process_undumpable_and_its_limit_at_zero(tmp_path):
    # --help runs the whole entry point and exits; print the state from an atexit hook.
    code = (
        "import atexit, resource, sys\n"
        f"sys.path.insert(0, {ROOT!r})\n"
        "from supervision_desk.core import process_guard\n"
        "atexit.register(lambda: print('STATE', resource.getrlimit(resource.RLIMIT_CORE),"
        " process_guard.dumpable()))\n"
        "from supervision_desk.__main__ import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        preexec_fn=_allow_core_files,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": ROOT},
    )
    state = [line for line in done.stdout.splitlines() if line.startswith("STATE")]
    assert state == ["STATE (0, 0) False"], done.stdout + done.stderr
