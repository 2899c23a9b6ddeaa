"""Kills at random moments, and a full disk: what was committed survives, nothing half-written
appears, and the checks pass afterwards."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from supervision_desk.core import repos
from supervision_desk.core.errors import WrongPassphrase
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.child import session_for

pytestmark = pytest.mark.posix

CHILD = Path(__file__).with_name("child.py")
ROOT = Path(__file__).resolve().parents[2]


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _with_person(make_vault) -> Vault:
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    return vault


def _kill_after(child: subprocess.Popen, delay: float) -> list[str]:
    """Let the child run ``delay`` seconds past its first commit, SIGKILL it, return its lines."""
    lines = [child.stdout.readline().strip()]  # "open"
    lines.append(child.stdout.readline().strip())  # first committed id
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return lines + out.split()


@pytest.mark.slow
def test_sigkill_while_writing_loses_no_committed_record(make_vault, vault_path):
    _with_person(make_vault).close()
    rng = random.Random(20261123)
    committed: set[int] = set()
    kills = 0
    deadline = time.monotonic() + 50
    while kills < 100 and time.monotonic() < deadline:
        child = _spawn("write", vault_path, PASSPHRASE)
        lines = _kill_after(child, rng.uniform(0, 0.03))
        assert child.returncode == -signal.SIGKILL, lines
        committed.update(int(x) for x in lines if x.isdigit())
        kills += 1
    assert kills >= 100, "the kill loop was too slow to reach 100 kills"
    with Vault.open(vault_path, PASSPHRASE) as vault:
        report = vault.check()
        assert report.ok, report
        stored = {s["id"]: s for s in repos.select(vault, "sessions")}
        actions = {a["id"] for a in repos.select(vault, "actions")}
    for n in committed:
        assert f"s{n}" in stored, f"committed session s{n} is missing"
    for sid, session in stored.items():
        n = int(sid[1:])
        expected = session_for(n)
        assert all(session[k] == v for k, v in expected.items()), f"{sid} is half-written"
        assert f"a{n}" in actions, f"{sid} was saved without its action"
    assert len(stored) >= len(committed) >= 100


@pytest.mark.slow
def test_sigkill_during_passphrase_change_leaves_exactly_one_passphrase(make_vault, vault_path):
    vault = _with_person(make_vault)
    for n in range(150):
        repos.save(vault, "sessions", session_for(n))
    digest = vault.digest()
    vault.close()
    rng = random.Random(7)
    current = PASSPHRASE
    for attempt in range(20):
        new = f"fresh passphrase number {attempt}"
        child = _spawn("passwd", vault_path, current, new)
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        opened = []
        for candidate in (current, new):
            try:
                with Vault.open(vault_path, candidate) as reopened:
                    assert reopened.digest() == digest
                    assert reopened.check().ok
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"attempt {attempt}: {len(opened)} passphrases open the vault"
        current = opened[0]


@pytest.mark.slow
def test_sigkill_during_backup_leaves_nothing_or_a_complete_copy(make_vault, vault_path, tmp_path):
    vault = _with_person(make_vault)
    for n in range(150):
        repos.save(vault, "sessions", session_for(n))
    digest = vault.digest()
    vault.close()
    rng = random.Random(11)
    for attempt in range(20):
        dest = tmp_path / f"backup-{attempt}.sdvault"
        child = _spawn("backup", vault_path, PASSPHRASE, dest)
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0, 0.2))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        if dest.exists():
            with Vault.open(dest, PASSPHRASE) as copy:
                assert copy.digest() == digest
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.digest() == digest


def test_full_disk_is_a_clear_error_and_earlier_records_stay(make_vault, vault_path):
    _with_person(make_vault).close()
    limit = vault_path.stat().st_size + 400_000
    child = _spawn("fill", vault_path, PASSPHRASE, limit)
    out, err = child.communicate(timeout=60)
    lines = out.split("\n")
    assert child.returncode == 0, err
    committed = [int(x) for x in lines if x.strip().isdigit()]
    message = next(x for x in lines if x.startswith("error"))
    assert "could not be saved" in message and "intact" in message
    assert committed, "nothing was written before the disk filled"
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.check().ok
        ids = {s["id"] for s in repos.select(vault, "sessions")}
    assert {f"s{n}" for n in committed} <= ids
