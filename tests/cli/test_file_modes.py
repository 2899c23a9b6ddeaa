"""Files the app writes are readable by their owner only, and a passphrase change keeps the
vault's own mode."""

from __future__ import annotations

import os
import stat

import pytest

from supervision_desk.core import repos
from tests.conftest import PASSPHRASE, run_cli

pytestmark = pytest.mark.posix  # permission bits; Windows access lists: test_system_paths


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_vaults_backups_and_exports_are_owner_only(make_vault, vault_path, passfile, tmp_path):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-02", "minutes": 90})
    vault.close()
    assert _mode(vault_path) == 0o600
    made = tmp_path / "new.sdvault"
    assert run_cli("vault", "create", made, "--passphrase-file", passfile).returncode == 0
    assert _mode(made) == 0o600
    outputs = {
        "backup": ("vault", "backup", vault_path, tmp_path / "copy.sdvault"),
        "json": ("export-json", vault_path, tmp_path / "all.json"),
        "pdf": ("export-pdf", vault_path, tmp_path / "rec.pdf", "--session", "s1"),
        "csv": ("tracker", vault_path, "--csv", tmp_path / "t.csv"),
    }
    for name, args in outputs.items():
        done = run_cli(*args, "--passphrase-file", passfile)
        assert done.returncode == 0, (name, done.stderr)
    for written in ("copy.sdvault", "all.json", "rec.pdf", "t.csv"):
        assert _mode(tmp_path / written) == 0o600, written


def test_a_passphrase_change_keeps_the_vaults_mode(make_vault, vault_path, tmp_path):
    make_vault().close()
    os.chmod(vault_path, 0o640)
    new = tmp_path / "new-pass.txt"
    new.write_text("harbour violet meadow 42 lantern\n", encoding="utf-8")
    new.chmod(0o600)
    done = run_cli(
        "vault",
        "passwd",
        vault_path,
        "--new-passphrase-file",
        new,
        "--passphrase-file",
        "-",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert _mode(vault_path) == 0o640
