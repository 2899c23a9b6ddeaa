"""What a killed write leaves beside a vault (the hidden part-written copy and the journal
files SQLite keeps beside it) is removed the next time the vault opens; another vault's, and
files that only look similar, are left alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE

OURS = [
    ".test.sdvault.0123abcd.partial",
    ".test.sdvault.0123abcd.partial-wal",
    ".test.sdvault.0123abcd.partial-shm",
    ".test.sdvault.89abcdef.partial-journal",
    ".test-20260102-030405.sdvault.deadbeef.partial-wal",  # a backup into the same folder
    ".test.before-v9.sdvault.00ff00ff.partial",  # the copy kept before an upgrade
]
NOT_OURS = [
    ".testing.sdvault.0123abcd.partial-wal",  # another vault whose name begins the same
    ".other.sdvault.0123abcd.partial-shm",
    "test.sdvault.0123abcd.partial-wal",  # not hidden: not one of ours
    ".test.sdvault.partial-wal",
    "notes.partial-wal",
]


def test_leftovers_of_a_killed_write_are_removed_at_the_next_open(make_vault, vault_path):
    make_vault().close()
    folder = vault_path.parent
    for name in OURS + NOT_OURS:
        (folder / name).write_bytes(os.urandom(64))
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.is_open
    left = {p.name for p in folder.iterdir()}
    assert not left & set(OURS), left & set(OURS)
    assert set(NOT_OURS) <= left


_CREATE_AND_STALL = """
import sys, time
from pathlib import Path
from supervision_desk.core import kdf, vault

real = vault._migrate
def stalled(conn, path, **kw):
    real(conn, path, **kw)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    conn.execute("COMMIT")
    print("written", flush=True)
    time.sleep(60)
vault._migrate = stalled
vault.Vault.create(Path(sys.argv[1]), sys.argv[2], profile=kdf.FAST)
"""


@pytest.mark.posix
def test_a_creation_killed_half_way_leaves_nothing_after_the_next_open(make_vault, tmp_path):
    """A real kill: the part-written copy and its -wal are on disk, then gone at the next open
    of the vault of that name."""
    path = tmp_path / "killed.sdvault"
    child = subprocess.Popen(
        [sys.executable, "-c", _CREATE_AND_STALL, str(path), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "written"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    left = sorted(p.name for p in tmp_path.iterdir() if ".partial" in p.name)
    assert any(name.endswith(".partial-wal") for name in left), left
    make_vault(path).close()  # the user tries again: same name
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []
