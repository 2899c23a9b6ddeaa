"""An action's due date typed as a person writes it, or picked from a calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication

from supervision_desk.core import repos
from supervision_desk.gui.date_field import DateField
from tests.gui.conftest import cell, unlock
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
    assert cell(table, 0, 2) == "2026-09-14"  # once saved, shown as the date it is
    assert repos.get(controller.vault, "actions", "a1")["due"] == "2026-09-14"
