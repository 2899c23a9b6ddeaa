"""Secret fields say nothing of what is typed to assistive technology: read through Qt's
accessibility interfaces (what a screen reader and the AT-SPI bridge read), a passphrase,
PIN or PDF-password field gives its name and that it is a password field, never the
text, a bullet per character, or a text interface that would carry each keystroke."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLineEdit

from supervision_desk.gui.app import make_app
from supervision_desk.gui.unlock import CreateVaultDialog, UnlockDialog
from tests.gui.conftest import open_window

TYPED = "quill7otter"
KINDS = [
    QAccessible.Text.Name,
    QAccessible.Text.Description,
    QAccessible.Text.Value,
    QAccessible.Text.Help,
    QAccessible.Text.Accelerator,
    QAccessible.Text.UserText,
]


def assert_silent(field: QLineEdit, name: str | None = None) -> None:
    field.setFocus()
    QTest.keyClicks(field, TYPED)
    assert field.text().endswith(TYPED)  # the field itself has it
    iface = QAccessible.queryAccessibleInterface(field)
    assert iface is not None and iface.isValid()
    said = [iface.text(kind) for kind in KINDS]
    for text in said:
        assert TYPED[:3] not in text
        assert len(text) != len(field.text()) or not text.strip("●*•")  # no length either
        assert not any(c in text for c in "●*•")
    assert iface.text(QAccessible.Text.Value) == ""
    assert iface.textInterface() is None  # no text interface: the bridge sends no text events
    assert iface.editableTextInterface() is None
    assert iface.state().passwordEdit
    if name is not None:
        assert iface.text(QAccessible.Text.Name) == name


@pytest.fixture
def app(qapp):
    return make_app()


def test_the_unlock_passphrase_is_silent(qtbot, app, vault_path, make_vault):
    make_vault().close()
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_silent(dialog.ui.passphraseEdit, "Passphrase")


def test_a_new_vault_passphrase_is_silent_even_when_shown(qtbot, app):
    dialog = CreateVaultDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.suggestButton.click()  # the suggestion is shown on screen, still not spoken
    assert dialog.ui.passEdit.echoMode() == QLineEdit.EchoMode.Normal
    assert_silent(dialog.ui.passEdit)
    assert_silent(dialog.ui.repeatEdit)


def test_the_pdf_password_and_passphrase_change_fields_are_silent(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    export = window.export_pdf()
    export.ui.passwordCheck.setChecked(True)
    assert_silent(export.ui.passwordEdit)
    assert_silent(export.ui.repeatEdit)
    export.reject()
    change = controller.vault_menu.change_passphrase()
    for field in (change.ui.currentEdit, change.ui.newEdit, change.ui.repeatEdit):
        assert_silent(field)


def test_the_quick_unlock_pin_fields_are_silent(qtbot, controller, filled_vault):
    open_window(qtbot, controller, filled_vault)
    controller.window.ui.actionQuickUnlock.trigger()
    dialog = controller.pin_dialog
    assert_silent(dialog.ui.pinEdit)
    assert_silent(dialog.ui.repeatEdit)


def test_a_pin_asked_for_in_a_password_box_is_silent(qtbot, app):
    box = QInputDialog()
    qtbot.addWidget(box)
    box.setTextEchoMode(QLineEdit.EchoMode.Password)
    box.show()
    assert_silent(box.findChild(QLineEdit))


def test_an_ordinary_field_still_reads_its_text(qtbot, app):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    QTest.keyClicks(field, "Sam")
    iface = QAccessible.queryAccessibleInterface(field)
    assert iface.text(QAccessible.Text.Value) == "Sam"
    assert iface.textInterface() is not None
