"""A lock leaves only the unlock screen: every dialog showing or editing records closes, a
question waiting for an answer is answered "no", and nothing it would have done is done."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from supervision_desk.core import repos
from tests.gui.conftest import open_window, unlock


def _visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_lock_closes_every_dialog_and_leaves_the_unlock_screen(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    people = window.people
    people.select_person("p1")
    person_dialog = people.edit_person()
    person_dialog.ui.nameEdit.setText("Sam Taylor-Jones")  # typed, not saved
    window.show_section(2)  # tracker
    concern_dialog = window.tracker.record_concern()
    export_dialog = window.export_pdf()
    policy_dialog = window.edit_policy()
    opened = [person_dialog, concern_dialog, export_dialog, policy_dialog]
    assert all(d.isVisible() for d in opened)

    controller.lock()

    assert _visible_windows() == [controller.unlock_dialog]
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(d) for d in opened), timeout=5000)
    unlock(qtbot, controller)
    assert repos.get(controller.vault, "people", "p1")["name"] == "Sam Taylor"


def test_a_delete_question_open_at_the_lock_deletes_nothing(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.people.select_person("p1")
    asked = []

    def lock_while_asking() -> None:
        question = QApplication.activeModalWidget()
        asked.append(question.text() if question is not None else "")
        controller.lock()

    QTimer.singleShot(200, lock_while_asking)
    assert window.people.delete_person() is False  # returns once the lock answered "no"
    assert asked and "Sam Taylor" in asked[0]
    assert _visible_windows() == [controller.unlock_dialog]
    unlock(qtbot, controller)
    assert repos.get(controller.vault, "people", "p1")["name"] == "Sam Taylor"


def test_an_export_list_of_journal_titles_is_gone_after_the_lock(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show_section(1)  # journal
    dialog = window.export_pdf()
    assert dialog.isVisible()
    controller.lock()
    assert not dialog.isVisible()
    assert _visible_windows() == [controller.unlock_dialog]
