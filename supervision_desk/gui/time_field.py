"""A time of day that may be unknown, typed as a person writes it.

A plain text box, empty when no time is recorded (it reads "No time" in grey). Qt's time box
was used before: with no time it showed words in place of a time, took typing after them
("No time1000"), held Tab to step between hour and minute, and stood for "no time" with
midnight. Here a keyboard user types 10:00 (or 1000, 10.00, 2pm) and Tab moves on; Up and
Down step a time by five minutes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from ..core import dates
from ..core.errors import ValidationError
from . import a11y

HINT = "Type a time (10:00, 1000 or 2.30pm), or leave it empty for none; Up and Down step it"
STEP = 5  # minutes


def _read(text: str) -> str | None:
    try:
        return dates.parse_time(text)
    except ValidationError:
        return None


class TimeBox(QLineEdit):
    """``time()`` is the time shown, "HH:MM", or None; ``timeChanged`` says when it changes,
    whether by typing or by a step (never when a record is loaded with ``setTime``)."""

    timeChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("No time")
        self.setToolTip(HINT)
        self.setMaxLength(40)
        # As wide as a time (or "No time") needs, not stretched across the row.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._kept: str | None = None  # the last time the box read as one (or none)
        self._loading = False
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        text = self.fontMetrics().horizontalAdvance("No time  ")  # also holds "10:00 pm"
        return QSize(max(text + 2 * self.fontMetrics().averageCharWidth() + 8, 40), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def time(self) -> str | None:
        return self._kept

    def setTime(self, value: str | None) -> None:
        """Show ``value`` ("HH:MM" or None) without saying it changed: loading a record."""
        self._kept = value
        self.setText(value or "")

    def _set(self, value: str | None) -> None:
        if value != self._kept:
            self._kept = value
            self.timeChanged.emit()

    def _typed(self, text: str) -> None:
        # Only what reads as a time (or an empty box) counts; "10:" on the way to 10:00
        # keeps the time before it until the rest is typed.
        if not text.strip():
            self._set(None)
        elif (found := _read(text)) is not None:
            self._set(found)

    def _tidy(self) -> None:
        """On leaving the box (or Enter): show the time as HH:MM; put back text that is no
        time, and say so, rather than drop it silently."""
        text = self.text().strip()
        if text and _read(text) is None:
            kept = f"it is still {self._kept}" if self._kept else "it is left empty"
            said = f"“{text}” is not a time: {kept}. Write it like {dates.TIME_EXAMPLE}."
            a11y.say_for(self, said)
        self.setText(self._kept or "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: STEP, Qt.Key.Key_Down: -STEP}.get(Qt.Key(event.key()))
        if step is not None and self._kept is not None and not self.isReadOnly():
            hours, minutes = map(int, self._kept.split(":"))
            total = (hours * 60 + minutes + step) % (24 * 60)
            self._set(f"{total // 60:02d}:{total % 60:02d}")
            self.setText(self._kept)
            return
        super().keyPressEvent(event)
