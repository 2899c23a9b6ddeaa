"""An action's due date typed as a person writes it, or picked from a calendar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QToolButton

from supervision_desk.core import repos
from supervision_desk.gui.date_field import DateField
from tests import tools
from tests.gui.conftest import cell, open_window, unlock
from tests.gui.test_nothing_lost import _type_in_cell


def test_due_dates_typed_in_uk_order_or_picked_from_the_calendar(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    window = controller.window
    window.open_session("s1")
    table = window.editor.ui.actionsTable
    _type_in_cell(qtbot, table, 0, 2, "3/8/2026")
    window.flush()
    assert repos.get(controller.vault, "actions", "a1")["due"] == "2026-08-03"
    index = table.model().index(0, 2)
    table.setCurrentIndex(index)
    table.edit(index)
    field = QApplication.focusWidget()
    assert isinstance(field, DateField)
    menu = field.show_calendar()
    assert field.calendar.selectedDate() == QDate(2026, 8, 3)  # opens on the date typed
    field.calendar.setSelectedDate(QDate(2026, 9, 14))
    field.calendar.activated.emit(QDate(2026, 9, 14))
    assert not menu.isVisible()
    table.closeEditor(field, QAbstractItemDelegate.EndEditHint.NoHint)
    window.flush()
    assert cell(table, 0, 2) == "14 Sep 2026"  # once saved, shown the UK way
    assert repos.get(controller.vault, "actions", "a1")["due"] == "2026-09-14"


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_due_cell_shows_a_whole_date_and_its_calendar_button(
    qtbot, controller, filled_vault, percent
):
    """The Due editor is wide enough to read "25 Nov 2026" whole, beside the calendar
    button, at every text size; the button is there to see and opens the calendar."""
    controller.view_menu.set_text_size(percent)
    try:
        window = open_window(qtbot, controller, filled_vault)
        window.open_session("s1")
        table = window.editor.ui.actionsTable
        index = table.model().index(0, 2)
        table.scrollTo(index)
        table.setCurrentIndex(index)
        table.edit(index)
        field = QApplication.focusWidget()
        assert isinstance(field, DateField)
        field.setText("25 Nov 2026")
        QApplication.processEvents()
        buttons = [b for b in field.findChildren(QToolButton) if b.isVisible()]
        assert len(buttons) == 1, "no calendar button in the Due cell"
        button = buttons[0]
        assert not button.icon().isNull() and button.width() >= 8
        assert field.rect().contains(button.geometry())
        field.setCursorPosition(0)
        start = field.cursorRect().center().x()
        field.setCursorPosition(len(field.text()))
        end = field.cursorRect().center().x()
        shown = end - start
        assert shown >= field.fontMetrics().horizontalAdvance("25 Nov 2026") - 2  # not scrolled
        assert end < button.geometry().left()  # the text ends before the button
        table.grab().save(str(tools.shots() / f"due-cell-{percent}.png"))
        button.click()
        assert field.calendar is not None and field.calendar.isVisible()
        field.calendar.parent().close()
    finally:
        controller.view_menu.set_text_size(100)
