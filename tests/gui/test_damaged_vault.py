"""A damaged vault, or a file that is no vault at all, opened in the app: the unlock screen
stays up and says what is wrong, nothing is written, and the app goes on."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from supervision_desk.core import pagefile
from supervision_desk.gui import app
from supervision_desk.gui.app import Controller, open_settings
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.helpers import file_state

PAGE = pagefile.PAGE_SIZE


def _flip(path, page: int, at: int) -> None:
    """Flip one byte of one page, as a failing disk or a bad copy does."""
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE + at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def unexpected(monkeypatch):
    """Whatever would reach the app's 'Something went wrong' box."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(exc))
    return seen


def _choose(qtbot, dialog, monkeypatch, path) -> None:
    """Press "Choose…" and pick ``path`` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.LeftButton)


# Where the byte is flipped: page 1 just after the salt (the header SQLite reads first), an
# early page, page 4 (the window's first reads), a middle page and the last page.
PLACES = {
    "page 1 header": (lambda pages: 1, 16 + 8),
    "early page": (lambda pages: 2, 300),
    "page 4": (lambda pages: 4, 1000),
    "middle page": (lambda pages: pages // 2, 2000),
    "last page": (lambda pages: pages, 3000),
}


@pytest.mark.parametrize("deferred", [False, True], ids=["small vault", "large vault"])
@pytest.mark.parametrize("place", PLACES)
def test_a_damaged_vault_is_named_on_the_unlock_screen_and_left_unchanged(
    qtbot, controller, filled_vault, monkeypatch, unexpected, place, deferred
):
    if deferred:  # checked after the first paint, as a vault of many MB is
        monkeypatch.setattr(app, "CHECK_AT_ONCE_BYTES", 0)
    pages = filled_vault.stat().st_size // PAGE
    which, at = PLACES[place]
    number = which(pages)
    _flip(filled_vault, number, at)
    before = file_state(filled_vault.parent)

    controller.ask_unlock(filled_vault)
    dialog = unlock(qtbot, controller)

    message = dialog.ui.message.text()
    assert f"is damaged: page {number} failed authentication" in message
    assert "open a backup" in message and "does not open" not in message
    # The unlock screen is the window left on screen (so the app does not quit), and it is
    # the controller's: unlocking again, or choosing another file, goes on from it.
    assert dialog.isVisible() and dialog is controller.unlock_dialog
    assert dialog.ui.backupButton.isVisible() and dialog.ui.chooseButton.isEnabled()
    assert controller.vault is None and not controller.window.isVisible()
    assert unexpected == []  # no "Something went wrong" box
    assert file_state(filled_vault.parent) == before


def test_a_restart_after_damage_asks_again_and_another_vault_can_be_chosen(
    qtbot, controller, filled_vault, make_vault, tmp_path, monkeypatch, unexpected
):
    (tmp_path / "elsewhere").mkdir()
    good = tmp_path / "elsewhere" / "good.sdvault"
    make_vault(good).close()
    controller.ask_unlock(good)
    unlock(qtbot, controller)
    controller.switch_to(filled_vault)
    _flip(filled_vault, 4, 1000)
    before = file_state(filled_vault.parent)
    unlock(qtbot, controller)
    controller.shutdown()
    controller.window.close()

    again = Controller(open_settings())  # the next start
    qtbot.addWidget(again.window)
    dialog = again.start()
    assert dialog.path == filled_vault  # offered, not opened: the passphrase is asked first
    dialog = unlock(qtbot, again)
    assert "is damaged: page 4 failed authentication" in dialog.ui.message.text()
    assert dialog.isVisible() and again.vault is None

    _choose(qtbot, dialog, monkeypatch, good)
    assert dialog.ui.message.text() == "" and not dialog.ui.passphraseEdit.text()
    unlock(qtbot, again)
    assert again.vault is not None and again.vault.path == good.resolve()
    assert unexpected == []
    assert file_state(filled_vault.parent) == before
    again.shutdown()
    again.window.close()


@pytest.mark.parametrize(
    "content",
    [os.urandom(5000), os.urandom(100), os.urandom(2 * PAGE)],
    ids=["not whole pages", "too small", "whole pages, not ours"],
)
def test_a_file_that_is_no_vault_is_named_before_the_passphrase_is_asked(
    qtbot, controller, filled_vault, tmp_path, monkeypatch, content
):
    stranger = tmp_path / "holiday.jpg"
    stranger.write_bytes(content)
    dialog = controller.ask_unlock(filled_vault)
    _choose(qtbot, dialog, monkeypatch, stranger)

    message = dialog.ui.message.text()
    assert "not a Supervision Desk vault" in message or "not a whole number of pages" in message
    assert "Choose another file" in message
    assert not dialog.ui.passphraseEdit.isEnabled() and not dialog.ui.unlockButton.isEnabled()
    assert stranger.read_bytes() == content

    _choose(qtbot, dialog, monkeypatch, filled_vault)  # back to a vault: all is usable again
    assert dialog.ui.message.text() == "" and dialog.ui.unlockButton.isEnabled()
    assert unlock(qtbot, controller) and controller.vault is not None


def test_a_remembered_file_that_is_no_vault_says_so_at_once(qtbot, controller, tmp_path):
    stranger = tmp_path / "notes.sdvault"
    stranger.write_bytes(os.urandom(3 * PAGE + 7))
    dialog = controller.ask_unlock(stranger)
    assert "is not a Supervision Desk vault" in dialog.ui.message.text()
    assert not dialog.ui.passphraseEdit.isEnabled()


def test_choosing_another_file_clears_the_passphrase(
    qtbot, controller, filled_vault, make_vault, tmp_path, monkeypatch
):
    other = tmp_path / "other.sdvault"
    make_vault(other).close()
    dialog = controller.ask_unlock(filled_vault)
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    assert dialog.ui.passphraseEdit.text() == PASSPHRASE
    _choose(qtbot, dialog, monkeypatch, other)
    assert dialog.ui.passphraseEdit.text() == ""
    assert dialog.ui.passphraseEdit.hasFocus() or not dialog.isActiveWindow()
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.LeftButton)  # nothing typed for this file
    assert "Enter the vault's passphrase" in dialog.ui.message.text()
    assert controller.vault is None


@pytest.mark.parametrize("deferred", [False, True], ids=["checked at once", "checked after paint"])
def test_the_title_says_read_only_only_while_the_vault_is(
    qtbot, controller, filled_vault, monkeypatch, deferred
):
    if deferred:
        monkeypatch.setattr(app, "CHECK_AT_ONCE_BYTES", 0)
    titles = []
    shown = controller.window.set_vault
    monkeypatch.setattr(
        controller.window,
        "set_vault",
        lambda v: (shown(v), titles.append(controller.window.windowTitle())),
    )
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    window = controller.window
    assert titles and "(read-only)" in titles[0]  # while its pages were being checked
    assert not controller.vault.read_only
    assert window.windowTitle() == "test — Supervision Desk — Alex Morgan"
    controller.lock()
    assert window.windowTitle() == "Supervision Desk"
