"""A vault on a read-only disk, folder or file opens in the app to be read, not changed."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from supervision_desk.gui import main_window as mw
from tests.core.test_hardening import read_only_vault  # noqa: F401  (a fixture)
from tests.gui.conftest import unlock


def test_the_app_opens_a_read_only_vault_read_only_and_says_so(
    qtbot,
    controller,
    read_only_vault,  # noqa: F811
):
    before = read_only_vault.read_bytes()
    controller.ask_unlock(read_only_vault)
    unlock(qtbot, controller)
    window = controller.window
    assert controller.vault.read_only
    assert "(read-only)" in window.windowTitle()
    assert window.read_only_label.isVisibleTo(window)
    assert not window.ui.actionNewSession.isEnabled()
    people = window.people.ui
    assert not people.addPersonButton.isVisibleTo(window)
    assert not people.newSessionButton.isVisibleTo(window)
    window.show_section(mw.JOURNAL)
    fields = window.journal.findChildren(QTextEdit) + window.journal.findChildren(QPlainTextEdit)
    assert fields and all(field.isReadOnly() for field in fields)
    controller.lock()
    assert read_only_vault.read_bytes() == before
