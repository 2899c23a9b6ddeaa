"""Damage is found when a vault opens, not when it is later exported or backed up: a flipped
bit, two pages swapped, or a page spliced in from a backup make ``tracker`` (and every other
command) stop with exit 4 naming the pages, and the file is left exactly as it was."""

from __future__ import annotations

import pytest

from supervision_desk.core import pagefile
from supervision_desk.core.errors import VaultDamaged
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.core.test_hardening import TAIL, _long_entry, _overwrite_page, _page_holding
from tests.helpers import file_state

P = pagefile.PAGE_SIZE


def _page(path, number: int) -> bytes:
    data = path.read_bytes()
    return data[(number - 1) * P : number * P]


@pytest.fixture
def filled(make_vault, vault_path):
    with make_vault() as vault:
        _long_entry(vault)
        vault.backup(vault_path.with_name("backup.sdvault"))
    return vault_path


def _flip_a_bit(path, number: int) -> list[int]:
    page = bytearray(_page(path, number))
    page[100] ^= 0x01
    _overwrite_page(path, number, bytes(page))
    return [number]


def _swap(path, number: int) -> list[int]:
    a, b = _page(path, number), _page(path, number - 1)
    _overwrite_page(path, number, b)
    _overwrite_page(path, number - 1, a)
    return [number - 1, number]


def _splice_from_backup(path, number: int) -> list[int]:
    _overwrite_page(path, number, _page(path.with_name("backup.sdvault"), number))
    return [number]


@pytest.mark.parametrize("damage", [_flip_a_bit, _swap, _splice_from_backup])
def test_tracker_refuses_a_damaged_vault_at_once(filled, passfile, damage):
    number = _page_holding(filled, TAIL)
    damaged = damage(filled, number)
    before = file_state(filled.parent)
    result = run_cli("tracker", filled, "--passphrase-file", passfile)
    assert result.returncode == 4, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    word = "page" if len(damaged) == 1 else "pages"
    assert f"{word} {', '.join(map(str, damaged))} failed authentication" in lines[0]
    assert result.stdout == ""
    assert file_state(filled.parent) == before  # nothing written, not even a journal


def test_the_app_refuses_it_too_and_a_check_still_reports_it(filled):
    number = _page_holding(filled, TAIL)
    _flip_a_bit(filled, number)
    with pytest.raises(VaultDamaged, match=f"page {number} failed"):
        Vault.open(filled, PASSPHRASE)
    with Vault.open(filled, PASSPHRASE, check=True) as vault:
        assert vault.check().damaged_pages == [number]


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(filled, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    result = run_cli("tracker", filled, "--passphrase-file", wrong)
    assert result.returncode == 3, result.stderr
