"""The unlock window tells a wrong passphrase, a damaged vault and a vault in use apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication

from supervision_desk.core.vault import Vault
from supervision_desk.gui.app import Controller, open_settings
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.helpers import file_state


def test_wrong_passphrase_says_so_and_stays_open(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    dialog = unlock(qtbot, controller, "wrong words entirely")
    assert "does not open this vault" in dialog.ui.message.text()
    assert dialog.isVisible() and controller.vault is None
    assert not dialog.ui.backupButton.isVisible()
    assert dialog.ui.passphraseEdit.isEnabled()


def test_damaged_vault_offers_a_backup_and_is_not_touched(qtbot, controller, filled_vault):
    data = bytearray(filled_vault.read_bytes())
    data[1500] ^= 0xFF
    filled_vault.write_bytes(bytes(data))
    before = file_state(filled_vault.parent)
    controller.ask_unlock(filled_vault)
    dialog = unlock(qtbot, controller)
    assert "damaged" in dialog.ui.message.text()
    assert "does not open" not in dialog.ui.message.text()
    assert dialog.ui.backupButton.isVisible()
    assert file_state(filled_vault.parent) == before


def test_vault_in_use_is_reported(qtbot, controller, filled_vault):
    holder = Vault.open(filled_vault, PASSPHRASE)
    try:
        controller.ask_unlock(filled_vault)
        dialog = unlock(qtbot, controller)
        assert "already open in another window" in dialog.ui.message.text()
    finally:
        holder.close()


def test_recent_vault_is_offered_next_time_by_path_only(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    assert controller.vault is not None
    controller.shutdown()
    text = open_settings().fileName()
    with open(text, encoding="utf-8") as handle:
        saved = handle.read()
    assert str(filled_vault) in saved
    assert "Sam Taylor" not in saved and "Peer group" not in saved
    again = Controller(open_settings())
    assert again.first_path() == filled_vault
    again.window.close()


def test_window_size_is_remembered(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    # The offscreen screen is small: ask for a little more than the smallest the window can
    # be, and remember what it became (its layout may hold it a few pixels taller).
    wanted = controller.window.minimumSizeHint().height() + 4
    controller.window.resize(780, wanted)
    height = controller.window.height()
    assert wanted <= height <= wanted + 40
    controller.window.close()
    again = Controller(open_settings())
    qtbot.addWidget(again.window)
    assert isinstance(again.settings.value("window/geometry"), QByteArray)
    # The offscreen screen is only 800 pixels wide, so the height tells the tale.
    assert again.window.height() == height


def test_lock_clears_clipboard_text_the_app_put_there(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.window.open_session("s1")
    edit = controller.window.editor.section("analysis")
    edit.selectAll()
    edit.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Peer group shifted."
    controller.lock()
    assert clipboard.text() == ""


@pytest.mark.linux  # Windows and macOS name their marks differently (tested below)
def test_copied_record_text_carries_the_marks_clipboard_managers_honour(
    qtbot, controller, filled_vault
):
    from supervision_desk.gui import clipboard_hints

    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.window.open_session("s1")
    edit = controller.window.editor.section("analysis")
    edit.selectAll()
    edit.copy()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "Peer group shifted."
    assert bytes(mime.data(clipboard_hints.KDE_HINT)) == b"secret"


def test_each_system_gets_its_own_clipboard_marks():
    from supervision_desk.gui import clipboard_hints

    windows = clipboard_hints.hints("win32")
    assert windows[clipboard_hints.WINDOWS_NO_HISTORY] == b"\x00\x00\x00\x00"
    assert clipboard_hints.WINDOWS_EXCLUDE in windows
    assert clipboard_hints.WINDOWS_NO_CLOUD in windows
    assert clipboard_hints.hints("darwin") == {clipboard_hints.MAC_CONCEALED: b"secret"}
    assert clipboard_hints.hints("linux") == {clipboard_hints.KDE_HINT: b"secret"}


def test_the_app_saves_only_after_the_pages_pass_and_closes_a_damaged_vault(
    qtbot, controller, make_vault, vault_path
):
    """The window opens while the pages are checked beside it; a sound vault becomes
    writable, a damaged one closes unchanged and the unlock screen names the page."""
    from supervision_desk.core import pagefile
    from tests.core.test_hardening import TAIL, _long_entry, _overwrite_page, _page_holding
    from tests.gui.conftest import open_window
    from tests.helpers import file_state

    with make_vault() as vault:
        _long_entry(vault)
    window = open_window(qtbot, controller, vault_path)
    qtbot.waitUntil(window.ui.actionAddPerson.isEnabled, timeout=10_000)
    assert not controller.vault.checking and not window.read_only_label.isVisible()
    dialog = controller.switch_to(vault_path)  # closed: the unlock screen asks again

    number = _page_holding(vault_path, TAIL)
    page = bytearray(vault_path.read_bytes()[(number - 1) * pagefile.PAGE_SIZE :][:4096])
    page[200] ^= 0x04
    _overwrite_page(vault_path, number, bytes(page))
    before = file_state(vault_path.parent)
    opened = []
    controller.window.set_vault = lambda v, shown=controller.window.set_vault: (
        opened.append(v.checking),
        shown(v),
    )
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not dialog, timeout=20_000)
    qtbot.waitUntil(lambda: controller.vault is None, timeout=10_000)
    dialog = controller.unlock_dialog
    assert dialog.isVisible() and not window.isVisible()
    assert f"page {number} failed authentication" in dialog.ui.message.text()
    assert opened == [True]  # the window had opened, unsaveable, before the check ended
    assert file_state(vault_path.parent) == before
