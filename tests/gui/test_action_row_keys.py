"""Typing an agreed action by keyboard: Tab goes along the row (action, owner, due, status)
and leaves the table only from the last cell; it never lands on "Remove action" mid-row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import cell, open_window
from tests.gui.test_keyboard_only import active, focused, press, type_in


def _editing_column(table) -> int | None:
    """The column whose cell is being typed in, if the keyboard is in a cell's editor."""
    if not table.isAncestorOf(focused()) or focused() is table:
        return None
    return table.currentIndex().column()


def _on_add_action(qtbot, controller, filled_vault):
    """A session open with the keyboard on "Add action": its editor, table and row count."""
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    active(window)
    window.open_session("s1")
    editor = window.editor
    table = editor.ui.actionsTable
    editor.ui.addActionButton.setFocus()
    qtbot.waitUntil(lambda: focused() is editor.ui.addActionButton)
    return editor, table, table.model().rowCount()


def test_tab_walks_an_action_row_and_then_leaves(qtbot, controller, filled_vault):
    editor, table, before = _on_add_action(qtbot, controller, filled_vault)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _editing_column(table) == 0)
    row = table.currentIndex().row()
    assert row == before  # the new, last row
    type_in("Ask S. where he would like to meet")

    press(Qt.Key.Key_Tab)
    assert _editing_column(table) == 1, type(focused()).__name__
    assert table.currentIndex().row() == row
    assert cell(table, row, 0) == "Ask S. where he would like to meet"
    press(Qt.Key.Key_Tab)
    assert _editing_column(table) == 2
    type_in("3/8/2026")
    press(Qt.Key.Key_Tab)
    assert _editing_column(table) == 3
    assert cell(table, row, 2) == "3/8/2026"  # kept as typed until saved
    # Back along the row with Shift+Tab, then forward again past the end.
    press(Qt.Key.Key_Backtab)
    assert _editing_column(table) == 2
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert not table.isAncestorOf(focused()) and focused() is not table
    assert focused() is not editor.ui.removeActionButton
    # Typing on, wherever Tab went, removed nothing and asked nothing.
    type_in(" ")
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)  # no question
    assert cell(table, row, 0) == "Ask S. where he would like to meet"


def test_enter_on_a_page_button_presses_it_as_space_does(qtbot, controller, filled_vault):
    """Qt gives a button Enter only inside a dialog; on the session page Enter on "Add
    action" did nothing, and a keyboard user had to know to press Space."""
    _editor, table, before = _on_add_action(qtbot, controller, filled_vault)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().rowCount() == before + 1)
    assert _editing_column(table) == 0
