"""The app opens a vault before every page is authenticated and checks the rest beside the
window: what it detects is unchanged (a flipped bit, a wiped page), nothing is written while
the check runs, and a damaged vault is left exactly as it was."""

from __future__ import annotations

import pytest

from supervision_desk.core import pagefile, repos
from supervision_desk.core.errors import VaultDamaged, VaultReadOnly
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.test_hardening import TAIL, _long_entry, _overwrite_page, _page_holding
from tests.helpers import file_state

P = pagefile.PAGE_SIZE


@pytest.fixture
def filled(make_vault, vault_path):
    with make_vault() as vault:
        _long_entry(vault)
    return vault_path


def test_a_sound_vault_opens_read_only_until_its_pages_pass(filled):
    with Vault.open(filled, PASSPHRASE, defer_pages=True) as vault:
        assert vault.checking and vault.read_only
        with pytest.raises(VaultReadOnly, match="still being checked"):
            repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
        assert repos.get(vault, "journal", "j-long")["body"].endswith(TAIL)  # reading works
        assert vault.page_check.run() == []
        assert not vault.checking and not vault.read_only
        repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
    with Vault.open(filled, PASSPHRASE) as vault:
        assert repos.get(vault, "people", "p1")["name"] == "Sam"


def test_a_flipped_bit_is_found_by_the_check_and_nothing_is_written(filled):
    number = _page_holding(filled, TAIL)
    page = bytearray(filled.read_bytes()[(number - 1) * P : number * P])
    page[100] ^= 0x01
    _overwrite_page(filled, number, bytes(page))
    before = file_state(filled.parent)
    vault = Vault.open(filled, PASSPHRASE, defer_pages=True)
    try:
        assert vault.page_check.run() == [number]
        assert vault.checking  # still refusing writes: it never passed
        with pytest.raises(VaultReadOnly):
            repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
    finally:
        vault.close()
    assert file_state(filled.parent) == before
    with pytest.raises(VaultDamaged, match=f"page {number} failed"):
        Vault.open(filled, PASSPHRASE)  # the command line still refuses it at once


def test_a_wiped_page_is_refused_before_the_vault_opens(filled):
    number = _page_holding(filled, TAIL)
    _overwrite_page(filled, number, bytes(P))
    before = file_state(filled.parent)
    with pytest.raises(VaultDamaged, match=f"page {number} failed"):
        Vault.open(filled, PASSPHRASE, defer_pages=True)
    assert file_state(filled.parent) == before


def test_closing_during_the_check_stops_it_and_keeps_the_lock_until_sqlite_lets_go(filled):
    vault = Vault.open(filled, PASSPHRASE, defer_pages=True)
    check = vault.page_check
    vault.close()
    assert check.run() is None  # stopped: it reports nothing, neither sound nor damaged
    with Vault.open(filled, PASSPHRASE) as again:  # the file was let go cleanly
        assert not again.checking
