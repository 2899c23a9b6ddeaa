"""A date typed as a person writes it, with a calendar to pick from instead. What is typed is
kept as typed; ``core.dates`` reads it (UK order) when the record is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QMouseEvent, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QLineEdit,
    QMenu,
    QToolTip,
    QWidget,
    QWidgetAction,
)

from .. import paths
from ..core import dates, labels
from ..core.errors import ValidationError
from . import a11y

HINT = "Type a date (3/8/2026, 3 Aug 2026 or 2026-08-03) or pick one (Alt+Down)"


class DateField(QLineEdit):
    picked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("3 Aug 2026")
        self.setToolTip(HINT)
        self.setAccessibleName("Due date")
        # The system's calendar icon where it has one, else the app's own: a line edit's
        # button shows only an icon, so without one there would be no button to see.
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            icon = QIcon(str(paths.resource("icons", "calendar.svg")))
        self.calendar_action = QAction(icon, "Pick a date", self)
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
        self.setText(labels.short_date(picked))
        if menu is not None:
            menu.close()
        self.picked.emit()


class UkDateEdit(QDateEdit):
    """The one date box of every form: shows 25 Nov 2026, takes a date typed the UK way
    (1/9/2015, 1 Sep 2015, 2015-09-01) and opens its calendar on Alt+Down."""

    FORMAT = "d MMM yyyy"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(self.FORMAT)
        self.setCalendarPopup(True)
        self._monday_first = False  # the calendar is made when first opened, not with the box
        self.setToolTip(HINT)

    def calendarWidget(self) -> QCalendarWidget:
        calendar = super().calendarWidget()
        if not self._monday_first:
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._monday_first = True
        return calendar

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.calendarWidget()  # made now, weeks from Monday, before Qt opens it
        super().mousePressEvent(event)

    def setDisplayFormat(self, _format: str) -> None:
        # Forms made in Designer ask for yyyy-MM-dd; every date box shows the UK way.
        super().setDisplayFormat(self.FORMAT)

    def textFromDateTime(self, value) -> str:
        day = value.date()
        if not day.isValid():
            return ""
        return labels.short_date(dt.date(day.year(), day.month(), day.day()))

    def _parse(self, text: str) -> dt.date | None:
        try:
            return dates.parse(text)
        except ValidationError:
            return None

    def validate(self, text: str, pos: int):
        if self._parse(text) is not None:
            return QValidator.State.Acceptable, text, pos
        # Anything a date could still become while it is typed is let through.
        if len(text) <= 20 and all(c.isalnum() or c in " /.-," for c in text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str):
        found = self._parse(text)
        if found is None:
            return self.dateTime()
        return QDateTime(QDate(found.year, found.month, found.day), QTime(0, 0))

    def fixup(self, text: str) -> str:
        found = self._parse(text)
        day = self.date() if found is None else QDate(found.year, found.month, found.day)
        return self.textFromDateTime(QDateTime(day, QTime(0, 0)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.AltModifier:
            self.show_calendar()
            return
        edit = self.lineEdit()
        if event.matches(QKeySequence.StandardKey.SelectAll):
            edit.selectAll()  # the whole date, not one part of it
            return
        typed = event.text()
        if typed and typed.isprintable() and edit.selectedText() == edit.text() != "":
            # Typing over a date that is all selected replaces it, as in any text box
            # (a date box otherwise types into the day, month or year part alone).
            edit.clear()
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab leave the box, as they leave any other box. A date box takes them
        # to step between day, month and year, so Tab pressed to move on put what came next
        # into the date (and it was lost when the box put the date back). The parts are still
        # reached with Left and Right, and a whole date is typed with its separators.
        return QWidget.focusNextPrevChild(self, next)

    def focusOutEvent(self, event) -> None:
        text = self.lineEdit().text().strip()
        if text and self._parse(text) is None:
            # Put back to the date it held; say so, rather than change it silently.
            kept = self.textFromDateTime(self.dateTime())
            said = f"“{text}” is not a date: it is still {kept}. Write it like 3/8/2026."
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), said, self)
            self.setAccessibleDescription(said)
            a11y.say_for(self, said)  # where the form says things, not a passing tip alone
        else:
            self.setAccessibleDescription("")
        super().focusOutEvent(event)

    def show_calendar(self) -> None:
        """Open the calendar as a click on the box's arrow does (Qt offers no call for it)."""
        arrow = QPointF(self.width() - 4, self.height() / 2)
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            arrow,
            self.mapToGlobal(arrow),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self.mousePressEvent(press)
