"""Quick unlock in the app: after a lock the PIN is asked for first; three wrong PINs bring
back the passphrase; a new start asks for the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
    controller.set_quick_unlock("246813")
    controller.lock()
    dialog = controller.unlock_dialog
    assert dialog.pin_mode and dialog.ui.heading.text() == "Locked: enter your PIN"
    assert dialog.ui.usePassphraseButton.isVisibleTo(dialog)
    _type_pin(qtbot, controller, "246813")
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=10_000)
    assert controller.window.editor.session["id"] == "s1"


def test_three_wrong_pins_ask_for_the_passphrase(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.set_quick_unlock("246813")
    controller.lock()
    dialog = controller.unlock_dialog
    _type_pin(qtbot, controller, "111111")
    assert "2 tries left" in dialog.ui.message.text()
    _type_pin(qtbot, controller, "111112")
    _type_pin(qtbot, controller, "111113")
    assert "3 wrong PINs" in dialog.ui.message.text()
    assert not dialog.pin_mode and dialog.ui.passphraseLabel.text() == "&Passphrase"
    assert controller.vault is None
    unlock(qtbot, controller)
    assert controller.vault is not None


def test_a_new_start_asks_for_the_passphrase(qtbot, qapp, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.set_quick_unlock("246813")
    controller.shutdown()
    fresh = Controller(open_settings())
    qtbot.addWidget(fresh.window)
    dialog = fresh.ask_unlock(filled_vault)
    assert not dialog.pin_mode
    fresh.window.close()


def _enter_pin_by_keyboard(qtbot, dialog, pin: str) -> None:
    """Type into whatever has the focus and press Enter, as a user at a locked screen does."""
    focused = QApplication.focusWidget()
    assert focused is dialog.ui.passphraseEdit, focused
    focused.selectAll()
    qtbot.keyClicks(focused, pin)
    qtbot.keyClick(focused, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.unlockButton.isEnabled(), timeout=10_000)


def test_a_wrong_pin_entered_with_enter_stays_on_the_pin(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.set_quick_unlock("246813")
    controller.lock()
    dialog = controller.unlock_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.passphraseEdit)
    _enter_pin_by_keyboard(qtbot, dialog, "111111")
    assert dialog.ui.message.text() == "That PIN is not right; 2 tries left."
    assert dialog.pin_mode and dialog.ui.passphraseLabel.text() == "&PIN"
    assert dialog.ui.heading.text() == "Locked: enter your PIN"
    _enter_pin_by_keyboard(qtbot, dialog, "111112")
    assert dialog.ui.message.text() == "That PIN is not right; 1 try left."
    assert dialog.ui.passphraseLabel.text() == "&PIN"
    _enter_pin_by_keyboard(qtbot, dialog, "246813")
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=10_000)


def test_the_pin_is_set_in_one_dialog_whose_title_fits(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.window.ui.actionQuickUnlock.trigger()
    dialog = controller.pin_dialog
    qtbot.waitExposed(dialog)
    title = dialog.windowTitle()
    assert title.startswith("Quick unlock with a PIN")
    assert dialog.width() > dialog.fontMetrics().horizontalAdvance(title)
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.pinEdit, "246813")
    qtbot.keyClicks(dialog.ui.repeatEdit, "246814")
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert dialog.ui.message.text() == "The two PINs differ."
    assert dialog.isVisible() and controller.quick is None
    dialog.ui.pinEdit.setText("12")
    dialog.ui.repeatEdit.setText("12")
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert dialog.ui.message.text() == "A PIN needs at least 6 characters."
    assert dialog.isVisible() and controller.quick is None
    dialog.ui.pinEdit.setText("246813")
    dialog.ui.repeatEdit.setText("246813")
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert not dialog.isVisible()
    assert controller.quick is not None
    assert "Quick unlock set" in controller.window.statusBar().currentMessage()


def test_a_locked_restart_asks_for_the_pin_and_keeps_the_wrong_tries(
    qtbot, controller, filled_vault
):
    """What a lock hands the fresh process: the unlock screen in PIN mode, the place the user
    was, and the wrong tries so far (the process itself is replaced in the running app)."""
    handed: list[dict] = []
    controller.restart = handed.append
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.window.open_session("s1")
    controller.set_quick_unlock("246813")
    controller.lock()
    _type_pin(qtbot, controller, "111111")  # one wrong try before the next lock
    _type_pin(qtbot, controller, "246813")
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=10_000)
    controller.lock()
    state = handed[-1]
    assert "Sam Taylor" not in str(state)
    fresh = Controller(open_settings())
    qtbot.addWidget(fresh.window)
    dialog = fresh.resume_locked(state)
    assert dialog.pin_mode and fresh.quick.tries_left == 2
    _type_pin(qtbot, fresh, "246813")
    qtbot.waitUntil(lambda: fresh.vault is not None, timeout=10_000)
    assert fresh.window.editor.session["id"] == "s1"
    fresh.shutdown()
    fresh.window.close()
