"""Quick unlock: a PIN reopens a locked vault for a while; three wrong PINs, the end of the
time or a restart need the full passphrase; nothing of it reaches the disk."""

from __future__ import annotations

import pytest

from supervision_desk.core import quick_unlock, repos
from supervision_desk.core.errors import UsageError
from supervision_desk.core.quick_unlock import QuickUnlockGone, WrongPin
from tests.helpers import file_state


def test_a_pin_reopens_the_vault_and_writes_nothing(vault, vault_path):
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    quick = quick_unlock.enable(vault, "246813")
    vault.close()
    before = file_state(vault_path.parent)
    with quick_unlock.open_vault(quick, "246813") as reopened:
        assert repos.get(reopened, "people", "p1")["name"] == "Sam Taylor"
        copy = reopened.backup(vault_path.with_name("copy.sdvault"))  # the passphrase came too
    assert copy.exists()
    copy.unlink()
    assert file_state(vault_path.parent) == before


def test_three_wrong_pins_end_it(vault):
    quick = quick_unlock.enable(vault, "246813")
    vault.close()
    with pytest.raises(WrongPin, match="2 tries left"):
        quick_unlock.open_vault(quick, "111111")
    with pytest.raises(WrongPin, match="1 try left"):
        quick_unlock.open_vault(quick, "111112")
    with pytest.raises(QuickUnlockGone, match="3 wrong PINs"):
        quick_unlock.open_vault(quick, "111113")
    with pytest.raises(QuickUnlockGone):
        quick_unlock.open_vault(quick, "246813")  # even the right one, now


def test_a_right_pin_does_not_forgive_wrong_ones(vault):
    """Three wrong tries in all over the quick-unlock period, not three between unlocks."""
    quick = quick_unlock.enable(vault, "246813")
    vault.close()
    for _ in range(2):
        with pytest.raises(WrongPin):
            quick_unlock.open_vault(quick, "000000")
    quick_unlock.open_vault(quick, "246813").close()
    assert quick.tries_left == 1
    with pytest.raises(QuickUnlockGone, match="3 wrong PINs"):
        quick_unlock.open_vault(quick, "000001")


def test_a_locked_restart_takes_over_the_sealed_key_and_its_count(vault):
    quick = quick_unlock.enable(vault, "246813")
    vault.close()
    with pytest.raises(WrongPin):
        quick_unlock.open_vault(quick, "000000")
    handed = quick.hand_over()
    again = quick_unlock.QuickUnlock.taken_over(handed)
    assert again is not None and again.tries_left == 2
    with quick_unlock.open_vault(again, "246813") as reopened:
        key = reopened.key_material()[0]
    assert key.hex() not in str(handed)  # only the sealed form crosses
    assert quick_unlock.QuickUnlock.taken_over({**handed, "sealed": "zz"}) is None


def test_it_ends_after_eight_hours(vault):
    quick = quick_unlock.enable(vault, "246813", now=1000.0)
    vault.close()
    assert quick.usable(now=1000.0 + 8 * 3600 - 1)
    with pytest.raises(QuickUnlockGone, match="ended"):
        quick_unlock.open_vault(quick, "246813", now=1000.0 + 8 * 3600)


def test_short_pins_are_refused(vault):
    with pytest.raises(UsageError, match="at least 6"):
        quick_unlock.enable(vault, "12345 ")
