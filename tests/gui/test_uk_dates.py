"""One date box everywhere: it shows 25 Nov 2026, takes dates typed the UK way and opens its
calendar on Alt+Down."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from supervision_desk.core import repos
from supervision_desk.gui.date_field import UkDateEdit
from tests.gui.conftest import open_window


def _type(qtbot, box, text):
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key_Enter)


def test_every_date_box_of_the_session_reads_and_shows_uk_dates(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    boxes = editor.findChildren(QDateEdit)
    assert boxes and all(isinstance(b, UkDateEdit) for b in boxes)
    assert editor.ui.dateEdit.text() == "2 Mar 2026"
    for typed in ("1/9/2015", "1 Sep 2015", "2015-09-01", "01.09.15"):
        _type(qtbot, editor.ui.dateEdit, typed)
        assert editor.ui.dateEdit.date() == QDate(2015, 9, 1), typed
        assert editor.ui.dateEdit.text() == "1 Sep 2015", typed
    editor.flush()
    assert repos.get(controller.vault, "sessions", "s1")["date"] == "2015-09-01"
    qtbot.keyClick(editor.ui.dateEdit, Qt.Key_Down, Qt.AltModifier)
    calendar = editor.ui.dateEdit.calendarWidget()
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2015, 9, 1)


def test_the_dialogs_use_the_same_date_box(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    for dialog in (
        window.people.add_person(),
        window.people.open_agreement(),
        window.export_pdf(),
    ):
        boxes = dialog.findChildren(QDateEdit)
        assert boxes and all(isinstance(b, UkDateEdit) for b in boxes), dialog.windowTitle()
        dialog.done(0)
    window.open_session("s1")
    allocate = window.editor.cases.open_dialog(None).new_case()
    _type(qtbot, allocate.ui.dateEdit, "3 August 2026")
    assert allocate.ui.dateEdit.text() == "3 Aug 2026"
    assert allocate.ui.dateEdit.date() == QDate(2026, 8, 3)


def test_ctrl_a_then_typing_replaces_the_whole_date_and_a_wrong_one_is_said(
    qtbot, controller, filled_vault
):
    """As a user does it: click in the box, Ctrl+A, type a date, Tab on."""
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    box = window.editor.ui.dateEdit
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(box, "1 Mar 2024")
    assert box.text() == "1 Mar 2024"
    qtbot.keyClick(box, Qt.Key_Enter)
    assert box.date() == QDate(2024, 3, 1)

    qtbot.keyClick(box, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(box, "next week")
    window.editor.ui.agendaEdit.setFocus()  # leaving the box, as Tab does
    assert box.date() == QDate(2024, 3, 1) and box.text() == "1 Mar 2024"
    assert box.accessibleDescription() == (
        "“next week” is not a date: it is still 1 Mar 2024. Write it like 3/8/2026."
    )
