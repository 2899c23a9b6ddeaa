"""After a lock the app's process holds nothing secret: its memory, read from outside through
``/proc/PID/mem`` as same-user malware or a memory image would, holds neither the passphrase
nor the key (raw, hex, or as the SQLCipher key string), nor a name, note text or a word of
the user's own dictionary, after a manual, an idle, a system and a PIN lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_desk.core import pagefile, repos, sessions, spelling
from supervision_desk.core.kdf import derive_key, key_pragma_value
from tests.conftest import PASSPHRASE

pytestmark = [pytest.mark.slow, pytest.mark.linux]

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("lock_child.py")
NAME = "Quillon Marvendale"
WORD = "Zephrantiquo"
TYPED = "canarynote Thessaly wardrobe 4471"
TYPED_AFTER_PIN = "canarynote Ostrava lanternfish 9902"
PIN = "864213"


def _regions(pid: int) -> list[tuple[int, int]]:
    """The process's writable memory: wherever anything it read or typed can be."""
    found = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        fields = line.split()
        start, end = (int(x, 16) for x in fields[0].split("-"))
        if fields[1].startswith("rw"):
            found.append((start, end))
    return found


def _find(pid: int, needles: dict[str, bytes]) -> set[str]:
    """Which needles occur anywhere in the process's writable memory."""
    longest = max(len(n) for n in needles.values())
    seen: set[str] = set()
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end in _regions(pid):
            tail = b""
            position = start
            while position < end:
                size = min(8 << 20, end - position)
                try:
                    mem.seek(position)
                    chunk = mem.read(size)
                except (OSError, ValueError, OverflowError):
                    break
                data = tail + chunk
                seen.update(label for label, n in needles.items() if n in data)
                tail = data[-longest:]
                position += size
    return seen


def _needles(vault_path: Path) -> dict[str, bytes]:
    salt = pagefile.read_salt(vault_path)
    key = derive_key(PASSPHRASE, salt)
    texts = {
        "passphrase": PASSPHRASE,
        "key (hex)": key.hex(),
        "key (HEX)": key.hex().upper(),
        "key string": key_pragma_value(key, salt),
        "name": NAME,
        "note": TYPED,
        "note typed after the PIN": TYPED_AFTER_PIN,
        "own word": WORD,
    }
    needles = {"key (raw)": key}
    for label, text in texts.items():
        needles[f"{label}, utf-8"] = text.encode("utf-8")
        needles[f"{label}, utf-16"] = text.encode("utf-16-le")  # how Qt holds text
    return needles


@pytest.fixture
def child_vault(make_vault):
    vault = make_vault()
    repos.save(
        vault,
        "people",
        {"id": "p1", "name": NAME, "role": "youth_worker", "started_role": "2025-01-06"},
    )
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-02", "minutes": 60})
    spelling.add_word(vault, WORD)
    sessions.ensure_self(vault)
    path = vault.path
    vault.close()
    return path


def _read_until(child: subprocess.Popen, word: str) -> int:
    for line in child.stdout:
        if line.startswith(word):
            return int(line.split()[1])
        assert not line.startswith("NOT-RELAUNCHED"), "the lock did not start a fresh process"
    raise AssertionError(f"the app ended before {word}: {child.stderr.read()}")


@pytest.mark.parametrize("how", ["manual", "idle", "system", "pin"])
def test_a_locked_process_holds_no_secret(child_vault, how):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(child_vault)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    needles = _needles(child_vault)
    try:
        order = {"passphrase": PASSPHRASE, "type": TYPED, "how": how}
        if how == "pin":
            order = {**order, "pin": PIN, "how": "manual"}
        child.stdin.write(json.dumps(order) + "\n")
        child.stdin.flush()
        pid = _read_until(child, "UNLOCKED")
        # While unlocked the scan finds what was read and typed: it can see them.
        found_open = _find(pid, needles)
        assert {"name, utf-16", "note, utf-16", "passphrase, utf-8"} <= found_open
        child.stdin.write("lock\n")
        child.stdin.flush()
        assert _read_until(child, "LOCKED") == pid  # the same process, started afresh
        if how == "pin":
            child.stdin.write(json.dumps({"pin": PIN, "type": TYPED_AFTER_PIN}) + "\n")
            child.stdin.flush()
            assert _read_until(child, "UNLOCKED") == pid
            assert "note typed after the PIN, utf-16" in _find(pid, needles)
            child.stdin.write("lock\n")
            child.stdin.flush()
            assert _read_until(child, "LOCKED") == pid
        assert _find(pid, needles) == set()
    finally:
        child.stdin.close()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    after = child_vault.read_bytes()
    assert TYPED.encode() not in after  # and never in plain text on disk
