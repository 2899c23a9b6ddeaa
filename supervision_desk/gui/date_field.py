"""A date typed as a person writes it, with a calendar to pick from instead. What is typed is
kept as typed; ``core.dates`` reads it (UK order) when the record is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from ..core import dates
from ..core.errors import ValidationError

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
HINT = "Type a date (3/8/2026, 3 Aug 2026 or 2026-08-03) or pick one (Alt+Down)"


class DateField(QLineEdit):
    picked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("3 Aug 2026")
        self.setToolTip(HINT)
        self.setAccessibleName("Due date")
        icon = QIcon.fromTheme("x-office-calendar")
        self.calendar_action = QAction(icon, "Pick a date", self)
        if icon.isNull():
            self.calendar_action.setText("📅")
        self.calendar_action.setToolTip("Pick a date from a calendar (Alt+Down)")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def current(self) -> dt.date | None:
        try:
            return dates.parse(self.text()) if self.text().strip() else None
        except ValidationError:
            return None

    def show_calendar(self) -> QMenu:
        menu = QMenu(self)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        chosen = self.current()
        if chosen is not None:
            self.calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.calendar.activated.connect(lambda day: self.choose(day, menu))
        self.calendar.clicked.connect(lambda day: self.choose(day, menu))
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()
        return menu

    def choose(self, day: QDate, menu: QMenu | None = None) -> None:
        picked = dt.date(day.year(), day.month(), day.day())
        # English month names whatever the system's language: core.dates reads these.
        self.setText(f"{picked.day} {MONTHS[picked.month - 1]} {picked.year}")
        if menu is not None:
            menu.close()
        self.picked.emit()
