"""Typing in a dialog open at a lock is not lost: the lock keeps it, encrypted in the vault,
closes the dialog, and offers the text back after the unlock; Discard removes it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from supervision_desk.core import lock_drafts, repos
from tests.gui.conftest import open_window, unlock

NOTE = "Raised the team's duty rota with the service manager; she will reply by Friday zebra"


def _kept_dialog(qtbot, controller):
    qtbot.waitUntil(
        lambda: (
            getattr(controller, "kept_dialog", None) is not None
            and controller.kept_dialog.isVisible()
        ),
        timeout=5000,
    )
    return controller.kept_dialog


def test_typing_in_a_dialog_at_the_lock_is_offered_back_after_unlock(
    qtbot, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")
    person_dialog = window.people.edit_person()
    qtbot.keyClicks(person_dialog.ui.nameEdit, " Jones")  # typed into a filled field
    window.show_section(2)  # tracker
    concern = window.tracker.record_concern()
    text_field = concern.ui.textEdit
    text_field.setFocus()
    qtbot.keyClicks(text_field, NOTE)

    controller.lock()

    qtbot.waitUntil(lambda: not shiboken6.isValid(person_dialog), timeout=5000)
    # Kept inside the vault: the file on disk never holds the words.
    assert b"zebra" not in filled_vault.read_bytes()
    unlock(qtbot, controller)
    dialog = _kept_dialog(qtbot, controller)
    shown = dialog.text.toPlainText()
    assert "Sam Taylor Jones" in shown and NOTE in shown
    assert dialog.text.isReadOnly()
    # Nothing was saved to the records by the lock.
    assert repos.get(controller.vault, "people", "p1")["name"] == "Sam Taylor"

    qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
    assert NOTE in QGuiApplication.clipboard().text()
    assert "Paste it" in dialog.message.text()

    # Kept for later: it comes back at the next unlock too, until discarded.
    dialog.reject()
    controller.lock()
    unlock(qtbot, controller)
    dialog = _kept_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert lock_drafts.kept(controller.vault) == []


def test_a_dialog_left_as_it_was_opened_keeps_nothing(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")
    window.people.edit_person()  # shows the record's own text, untouched
    controller.lock()
    unlock(qtbot, controller)
    qtbot.wait(100)
    assert getattr(controller, "kept_dialog", None) is None
    assert lock_drafts.kept(controller.vault) == []


def test_ctrl_l_in_a_dialog_locks_at_once_without_asking(qtbot, controller, filled_vault):
    """A case discussion half typed: Ctrl+L inside the dialog locks (its menu is blocked by
    the dialog), no "Discard typing?" question holds the lock up, and the text comes back."""
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")
    window.show_section(2)  # tracker
    dialog = window.tracker.allocate_case()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(), timeout=5000)
    qtbot.keyClicks(dialog.ui.referenceEdit, "REF-ZEBRA-77")
    qtbot.keyClick(dialog.ui.referenceEdit, Qt.Key_L, Qt.ControlModifier)
    assert controller.vault is None  # locked, with no question waiting
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [
        controller.unlock_dialog
    ]
    unlock(qtbot, controller)
    assert "REF-ZEBRA-77" in _kept_dialog(qtbot, controller).text.toPlainText()


def test_typing_in_a_dialog_opened_from_another_is_kept_once(qtbot, controller, filled_vault):
    """ "New case…" from inside "A case discussed": the words typed in the inner dialog are
    kept under its title only, not again under the dialog it was opened from."""
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    outer = window.editor.cases.open_dialog(None)
    inner = outer.new_case()
    qtbot.keyClicks(inner.ui.referenceEdit, "REF-OTTER-5")
    controller.lock()
    unlock(qtbot, controller)
    shown = _kept_dialog(qtbot, controller).text.toPlainText()
    assert shown.count("REF-OTTER-5") == 1
