"""Quick unlock in the app: after a lock the PIN is asked for first; three wrong PINs bring
back the passphrase; a new start asks for the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.gui.app import Controller, open_settings
from tests.gui.conftest import unlock


def _type_pin(qtbot, controller, pin: str) -> None:
    dialog = controller.unlock_dialog
    dialog.ui.passphraseEdit.setText(pin)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.unlockButton.isEnabled(), timeout=10_000)


def test_a_pin_reopens_a_locked_vault_where_the_user_was(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.window.open_session("s1")
    controller.set_quick_unlock("2468")
    controller.lock()
    dialog = controller.unlock_dialog
    assert dialog.pin_mode and dialog.ui.heading.text() == "Locked: enter your PIN"
    assert dialog.ui.usePassphraseButton.isVisibleTo(dialog)
    _type_pin(qtbot, controller, "2468")
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=10_000)
    assert controller.window.editor.session["id"] == "s1"


def test_three_wrong_pins_ask_for_the_passphrase(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.set_quick_unlock("2468")
    controller.lock()
    dialog = controller.unlock_dialog
    _type_pin(qtbot, controller, "1111")
    assert "2 tries left" in dialog.ui.message.text()
    _type_pin(qtbot, controller, "1112")
    _type_pin(qtbot, controller, "1113")
    assert "3 wrong PINs" in dialog.ui.message.text()
    assert not dialog.pin_mode and dialog.ui.passphraseLabel.text() == "&Passphrase"
    assert controller.vault is None
    unlock(qtbot, controller)
    assert controller.vault is not None


def test_a_new_start_asks_for_the_passphrase(qtbot, qapp, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.set_quick_unlock("2468")
    controller.shutdown()
    fresh = Controller(open_settings())
    qtbot.addWidget(fresh.window)
    dialog = fresh.ask_unlock(filled_vault)
    assert not dialog.pin_mode
    fresh.window.close()
