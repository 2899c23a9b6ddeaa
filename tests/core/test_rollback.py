"""An older copy put in a vault's place is noticed: every page of it authenticates (it was
once genuine), but it has fewer writes than this computer saw the vault have."""

from __future__ import annotations

import shutil

from supervision_desk.core import repos, rollback
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE, run_cli


def _person(vault, n: int) -> None:
    repos.save(
        vault,
        "people",
        {
            "id": f"p{n}",
            "name": f"Person {n}",
            "role": "youth_worker",
            "started_role": "2025-01-06",
        },
    )


def test_an_older_copy_in_the_vaults_place_is_reported(make_vault, vault_path, tmp_path, passfile):
    with make_vault() as vault:
        _person(vault, 1)
    old_copy = tmp_path / "old.sdvault"
    shutil.copy2(vault_path, old_copy)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.older_copy == ""
        before = vault.writes
        _person(vault, 2)
        assert vault.writes == before + 1  # each write counts
    shutil.copy2(old_copy, vault_path)  # the rollback: an earlier, genuine copy
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert "older than the vault last opened" in vault.older_copy
    check = run_cli("vault", "check", vault_path, "--passphrase-file", passfile)
    assert check.returncode == 0  # its pages are genuine
    assert "older than the vault last opened" in check.stderr


def test_the_same_vault_opened_again_is_not_reported(make_vault, vault_path, passfile):
    with make_vault() as vault:
        _person(vault, 1)
    for _ in range(2):
        with Vault.open(vault_path, PASSPHRASE) as vault:
            assert vault.older_copy == ""
    check = run_cli("vault", "check", vault_path, "--passphrase-file", passfile)
    assert check.returncode == 0 and "older" not in check.stderr
    assert rollback.store().stat().st_mode & 0o077 == 0  # the record is the user's alone
