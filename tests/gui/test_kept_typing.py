"""Typing in a dialog open at a lock is not lost: the lock keeps it, encrypted in the vault,
closes the dialog, and offers the text back after the unlock; Discard removes it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from supervision_desk.core import lock_drafts, repos
from supervision_desk.gui import main_window as mw
from tests import tools
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


def _shown(dialog) -> str:
    return "\n".join(row.text.toPlainText() for row in dialog.fields)


def _row(dialog, name: str):
    return next(row for row in dialog.fields if row.name == name)


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
    shown = _shown(dialog)
    assert "Sam Taylor Jones" in shown and NOTE in shown
    assert all(row.text.isReadOnly() for row in dialog.fields)
    # Nothing was saved to the records by the lock.
    assert repos.get(controller.vault, "people", "p1")["name"] == "Sam Taylor"

    note = next(row for row in dialog.fields if row.text.toPlainText() == NOTE)
    qtbot.mouseClick(note.copy_button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == NOTE  # that field alone, no headings
    assert "Paste it" in dialog.message.text() and "30 seconds" in dialog.message.text()

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
    assert "REF-ZEBRA-77" in _shown(_kept_dialog(qtbot, controller))


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
    shown = _shown(_kept_dialog(qtbot, controller))
    assert shown.count("REF-OTTER-5") == 1


def _lock_with_a_case_typed(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")
    window.show_section(2)  # tracker
    dialog = window.tracker.allocate_case()
    qtbot.keyClicks(dialog.ui.referenceEdit, "REF-ZEBRA-77")
    controller.lock()
    unlock(qtbot, controller)
    return window


def test_the_kept_window_leaves_the_main_window_usable(qtbot, controller, filled_vault, answers):
    """The kept text stays on screen while the user reopens the dialog it was for and pastes
    into it, one field at a time."""
    window = _lock_with_a_case_typed(qtbot, controller, filled_vault)
    kept = _kept_dialog(qtbot, controller)
    assert not kept.isModal()
    assert QApplication.activeModalWidget() is None
    row = _row(kept, "Allocate a case — Case reference")
    assert row.text.toPlainText() == "REF-ZEBRA-77"
    # Which record it was typed for is said beside it.
    assert any(
        "Allocate a case (Sam Taylor), open at the lock" in label.text()
        for label in kept.findChildren(QLabel)
    )

    qtbot.mouseClick(row.copy_button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == "REF-ZEBRA-77"
    again = window.tracker.allocate_case()  # reopened by the user, the kept window still up
    qtbot.waitUntil(again.isVisible, timeout=5000)
    again.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is again.windowHandle(), timeout=5000)
    again.ui.referenceEdit.setFocus()
    qtbot.keyClick(again.ui.referenceEdit, Qt.Key_V, Qt.ControlModifier)
    qtbot.keyClicks(again.ui.referenceEdit, "-B")
    assert again.ui.referenceEdit.text() == "REF-ZEBRA-77-B"
    assert kept.isVisible()
    # The dialog blocks the main window; the kept window sits above the dialog meanwhile, so
    # a click (through the window system, where Qt blocks it) still reaches its Copy buttons.
    assert again.windowModality() == Qt.WindowModal
    assert kept.windowHandle().transientParent() is again.windowHandle()
    QGuiApplication.clipboard().clear()
    _click(kept, row.copy_button)
    assert QGuiApplication.clipboard().text() == "REF-ZEBRA-77"
    sidebar = window.ui.sidebar  # the main window's, blocked by the dialog as before
    _click(window, sidebar.viewport(), sidebar.visualItemRect(sidebar.item(0)).center())
    assert window.ui.pages.currentWidget() is window.tracker
    again.reject()  # asked whether to drop what was pasted: yes
    # The dialog closed: back above the main window, as it was.
    qtbot.waitUntil(lambda: kept.windowHandle().transientParent() is window.windowHandle())
    assert kept.isVisible()
    _click(window, sidebar.viewport(), sidebar.visualItemRect(sidebar.item(0)).center())
    assert window.ui.pages.currentWidget() is window.people  # the same click, unblocked


def _click(window, widget, at=None) -> None:
    """A click on ``widget`` (at ``at`` in it, else its middle) as the window system
    delivers it to ``window``: Qt drops it there while a dialog blocks that window."""
    at = widget.rect().center() if at is None else at
    QTest.mouseClick(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, widget.mapTo(window, at))


def test_the_kept_window_stays_above_the_app_not_above_other_programs(
    qtbot, controller, filled_vault
):
    window = _lock_with_a_case_typed(qtbot, controller, filled_vault)
    kept = _kept_dialog(qtbot, controller)
    assert not kept.windowFlags() & Qt.WindowStaysOnTopHint  # it would hide other programs
    assert kept.windowHandle().transientParent() is window.windowHandle()


def test_the_edit_menu_shows_kept_typing_again(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    action = controller.kept_action
    assert action in window.ui.menuEdit.actions()
    assert not action.isEnabled()  # nothing kept
    controller.lock()
    unlock(qtbot, controller)
    window.people.select_person("p1")
    window.show_section(2)
    window.tracker.allocate_case()
    qtbot.keyClicks(window.tracker.dialog.ui.referenceEdit, "REF-HERON-3")
    controller.lock()
    assert not action.isEnabled()  # locked
    unlock(qtbot, controller)
    kept = _kept_dialog(qtbot, controller)
    assert action.isEnabled()
    qtbot.mouseClick(kept.keep_button, Qt.LeftButton)
    assert not kept.isVisible()
    assert action.isEnabled()  # still kept: the menu brings it back before the next unlock

    action.trigger()
    kept = _kept_dialog(qtbot, controller)
    assert "REF-HERON-3" in _shown(kept)
    qtbot.mouseClick(kept.discard_button, Qt.LeftButton)
    assert not action.isEnabled()
    assert lock_drafts.kept(controller.vault) == []


def test_the_journal_keeps_the_keyboard_in_its_field_across_a_lock(qtbot, controller, filled_vault):
    """Typing in a journal entry, the vault locks; after the unlock the next keys go on into
    the entry, not into the sidebar."""
    window = open_window(qtbot, controller, filled_vault)
    window.activateWindow()
    window.ui.actionNewJournal.trigger()
    journal = window.journal
    qtbot.waitUntil(lambda: journal.entry is not None, timeout=5000)
    body = journal.ui.bodyEdit
    body.setFocus()
    qtbot.keyClicks(body, "Typed right before the lock")
    controller.lock()
    unlock(qtbot, controller)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is journal.ui.bodyEdit, timeout=5000)
    qtbot.keyClicks(journal.ui.bodyEdit, " and after")
    assert journal.ui.bodyEdit.toPlainText().endswith("Typed right before the lock and after")


def test_a_session_comes_back_scrolled_where_it_was(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    bar = window.editor.ui.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    window.ui.sidebar.setFocus()  # the keyboard in no field: only the scroll says where
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    assert where > 0
    controller.lock()
    unlock(qtbot, controller)
    bar = window.editor.ui.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == where, timeout=5000)


def _headings(dialog) -> list[str]:
    return [
        label.text() for label in dialog.findChildren(QLabel) if "open at the lock" in label.text()
    ]


def test_kept_typing_names_what_its_dialog_was_for_not_whoever_was_selected(
    qtbot, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")  # Sam Taylor, selected in the list
    adding = window.people.add_person()
    qtbot.keyClicks(adding.ui.nameEdit, "Robin Okafor")
    controller.lock()
    unlock(qtbot, controller)
    kept = _kept_dialog(qtbot, controller)
    assert "Robin Okafor" in _shown(kept)
    [heading] = _headings(kept)
    assert heading.startswith("Add a person (new), open at the lock"), heading
    assert "Sam Taylor" not in heading
    kept.resize(1280, 720)
    kept.grab().save(str(tools.shots() / "kept-new-person.png"))
    qtbot.mouseClick(kept.discard_button, Qt.LeftButton)

    # A dialog for the selected person's own records still names them.
    window.people.select_person("p1")
    window.show_section(2)
    window.tracker.allocate_case()
    qtbot.keyClicks(window.tracker.dialog.ui.referenceEdit, "REF-HERON-3")
    controller.lock()
    unlock(qtbot, controller)
    kept = _kept_dialog(qtbot, controller)
    [heading] = _headings(kept)
    assert heading.startswith("Allocate a case (Sam Taylor), open at the lock"), heading
    qtbot.mouseClick(kept.discard_button, Qt.LeftButton)

    # A prompt of one's own belongs to no person.
    window.people.select_person("p1")
    window.show_section(mw.PROMPTS)
    writing = window.prompts.add()
    qtbot.keyClicks(writing.ui.textEdit, "What surprised you this week?")
    controller.lock()
    unlock(qtbot, controller)
    kept = _kept_dialog(qtbot, controller)
    [heading] = _headings(kept)
    assert heading.startswith("My prompt (new), open at the lock"), heading
