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
    quick = quick_unlock.enable(vault, "2468")
    vault.close()
    before = file_state(vault_path.parent)
    with quick_unlock.open_vault(quick, "2468") as reopened:
        assert repos.get(reopened, "people", "p1")["name"] == "Sam Taylor"
        copy = reopened.backup(vault_path.with_name("copy.sdvault"))  # the passphrase came too
    assert copy.exists()
    copy.unlink()
    assert file_state(vault_path.parent) == before


def test_three_wrong_pins_end_it(vault):
    quick = quick_unlock.enable(vault, "2468")
    vault.close()
    with pytest.raises(WrongPin, match="2 tries left"):
        quick_unlock.open_vault(quick, "1111")
    with pytest.raises(WrongPin, match="1 try left"):
        quick_unlock.open_vault(quick, "1112")
    with pytest.raises(QuickUnlockGone, match="3 wrong PINs"):
        quick_unlock.open_vault(quick, "1113")
    with pytest.raises(QuickUnlockGone):
        quick_unlock.open_vault(quick, "2468")  # even the right one, now


def test_a_right_pin_resets_the_count(vault):
    quick = quick_unlock.enable(vault, "2468")
    vault.close()
    for _ in range(2):
        with pytest.raises(WrongPin):
            quick_unlock.open_vault(quick, "0000")
    quick_unlock.open_vault(quick, "2468").close()
    assert quick.tries_left == quick_unlock.TRIES


def test_it_ends_after_eight_hours(vault):
    quick = quick_unlock.enable(vault, "2468", now=1000.0)
    vault.close()
    assert quick.usable(now=1000.0 + 8 * 3600 - 1)
    with pytest.raises(QuickUnlockGone, match="ended"):
        quick_unlock.open_vault(quick, "2468", now=1000.0 + 8 * 3600)


def test_short_pins_are_refused(vault):
    with pytest.raises(UsageError, match="at least 4"):
        quick_unlock.enable(vault, "12 ")
