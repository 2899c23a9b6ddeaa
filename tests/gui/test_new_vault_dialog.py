"""Creating a vault by keyboard: Tab goes from the passphrase to "Again", never to Suggest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

STRONG = "granite compass brook lagoon beacon willow"


def _create_dialog(qtbot, controller):
    start = controller.start()
    qtbot.mouseClick(start.ui.createButton, Qt.LeftButton)
    dialog = start.create_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.ui.passEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.passEdit)
    return dialog


def test_tab_from_passphrase_goes_to_again_and_typing_there_keeps_the_passphrase(qtbot, controller):
    dialog = _create_dialog(qtbot, controller)
    qtbot.keyClicks(dialog.ui.passEdit, STRONG)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.repeatEdit
    # Retyping with spaces must type spaces, not press a button.
    qtbot.keyClicks(QApplication.focusWidget(), STRONG)
    assert dialog.ui.passEdit.text() == STRONG
    assert dialog.ui.repeatEdit.text() == STRONG
    assert dialog.ui.feedback.text() == "Strong enough."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.suggestButton


def test_suggest_leaves_again_to_the_user_and_typing_masks_the_passphrase(qtbot, controller):
    dialog = _create_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.ui.suggestButton, Qt.LeftButton)
    words = dialog.ui.passEdit.text()
    assert len(words.split()) >= 4
    assert dialog.ui.passEdit.echoMode() == QLineEdit.Normal  # shown, to be written down
    assert dialog.ui.repeatEdit.text() == ""
    assert "type it under Again" in dialog.ui.feedback.text()
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert QApplication.focusWidget() is dialog.ui.repeatEdit
    qtbot.keyClicks(dialog.ui.repeatEdit, words)
    assert dialog.ui.feedback.text() == "Strong enough."
    assert ok.isEnabled()
    # Changing the suggestion by hand hides it again.
    qtbot.keyClicks(dialog.ui.passEdit, "x")
    assert dialog.ui.passEdit.echoMode() == QLineEdit.Password
    assert "differ" in dialog.ui.feedback.text()


def test_the_role_follows_what_the_vault_is_for_until_the_user_picks_one(qtbot, controller):
    dialog = _create_dialog(qtbot, controller)
    role = dialog.ui.roleCombo
    assert role.currentData() == "first_line_manager"
    dialog.ui.practitionerRadio.setChecked(True)  # "My own practice and journal"
    assert role.currentData() == "social_worker"
    dialog.ui.supervisorRadio.setChecked(True)
    assert role.currentData() == "first_line_manager"
    # Once picked by the user, the role stays as they chose.
    role.setCurrentIndex(role.findData("youth_worker"))
    role.activated.emit(role.currentIndex())
    dialog.ui.practitionerRadio.setChecked(True)
    assert role.currentData() == "youth_worker"


def _letter(text: str) -> str | None:
    """The Alt+letter a control's text gives it ("&&" is a plain ampersand)."""
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text[:-1] else None


def test_every_control_in_the_new_vault_dialog_has_its_own_letter(qtbot, controller):
    """Alt and a letter reaches one control: "Passphrase" and "My own practice and journal"
    once shared Alt+P, which flipped the vault's purpose instead of reaching the passphrase."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = _create_dialog(qtbot, controller)
    owners: dict[str, list[str]] = {}
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None and _letter(label.text()):
            owners.setdefault(_letter(label.text()), []).append(label.text())
    for button in dialog.findChildren(QAbstractButton):
        if _letter(button.text()):
            owners.setdefault(_letter(button.text()), []).append(button.text())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    named = {text.replace("&", "") for texts in owners.values() for text in texts}
    assert named >= {"Passphrase", "Again", "I supervise others", "My own practice and journal"}


def test_alt_p_goes_to_the_passphrase_and_leaves_the_purpose_alone(qtbot, controller):
    dialog = _create_dialog(qtbot, controller)
    dialog.ui.ownerEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.ownerEdit)
    role = dialog.ui.roleCombo.currentText()
    qtbot.keyClick(dialog.ui.ownerEdit, Qt.Key_P, Qt.AltModifier)
    assert QApplication.focusWidget() is dialog.ui.passEdit
    qtbot.keyClicks(QApplication.focusWidget(), STRONG)
    assert dialog.ui.passEdit.text() == STRONG
    assert dialog.ui.supervisorRadio.isChecked()
    assert dialog.ui.roleCombo.currentText() == role
    # The other purpose has a letter of its own.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_M, Qt.AltModifier)
    qtbot.waitUntil(dialog.ui.practitionerRadio.isChecked)  # a letter clicks a little later
