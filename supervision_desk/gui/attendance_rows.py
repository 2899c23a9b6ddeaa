"""One row per attendee of a group: their own agreement to the record and their own wellbeing
check-in. The wellbeing is personal: it goes on the attendee's own summary, never on the
group's record, which every attendee reads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QWidget

from .date_field import UkDateEdit

DATE = "yyyy-MM-dd"


class _Row:
    def __init__(self, parent: QWidget, person: str, name: str):
        self.person = person
        self.name = QLabel(name, parent)
        self.name.setTextFormat(Qt.PlainText)  # a name is text, whatever it looks like
        self.agreed = QCheckBox("Agreed on", parent)
        self.agreed.setAccessibleName(f"{name} agreed the record")
        self.date = UkDateEdit(parent)
        self.date.setAccessibleName(f"Date {name} agreed")
        self.date.setEnabled(False)
        self.agreed.toggled.connect(self.date.setEnabled)
        self.wellbeing = QSpinBox(parent)
        self.wellbeing.setRange(-1, 10)
        self.wellbeing.setSpecialValueText("Not recorded")
        self.wellbeing.setAccessibleName(f"{name}'s wellbeing check-in (0 to 10)")
        self.wellbeing.setToolTip("Their own check-in, 0 to 10: shown on their summary only")
        self.wellbeing_label = QLabel("Wellbeing (0–10)", parent)
        self.wellbeing_label.setBuddy(self.wellbeing)
        self.widgets = (self.name, self.agreed, self.date, self.wellbeing_label, self.wellbeing)

    def show(self, entry: dict[str, Any], day: str) -> None:
        for widget in self.widgets:
            widget.blockSignals(True)
        agreed = entry.get("agreed")
        self.agreed.setChecked(agreed is not None)
        self.date.setEnabled(agreed is not None)
        self.date.setDate(QDate.fromString(agreed or day, DATE))
        wellbeing = entry.get("wellbeing")
        self.wellbeing.setValue(-1 if wellbeing is None else wellbeing)
        for widget in self.widgets:
            widget.blockSignals(False)

    def value(self) -> dict[str, Any]:
        score = self.wellbeing.value()
        return {
            "person": self.person,
            "agreed": self.date.date().toString(DATE) if self.agreed.isChecked() else None,
            "wellbeing": None if score < 0 else score,
        }


class AttendanceRows(QObject):
    """The rows live in ``grid``; ``changed`` fires on any edit a user makes."""

    changed = Signal()

    def __init__(self, grid: QGridLayout, host: QWidget):
        super().__init__(host)
        self.grid = grid
        self.host = host
        self.rows: list[_Row] = []
        self.kept: set[str] = set()  # agreements already on record: never taken back here
        grid.setColumnStretch(5, 1)

    def fill(self, attendees: list[tuple[str, str]], attendance: list[dict], day: str) -> None:
        """Rows for ``attendees`` ((id, name) in order), showing ``attendance`` as stored."""
        self.kept = {a["person"] for a in attendance if a.get("agreed")}
        self._build(attendees, {a["person"]: a for a in attendance}, day)

    def follow(self, attendees: list[tuple[str, str]], day: str) -> None:
        """New ticks in the attendees list: keep what each remaining attendee has so far."""
        self._build(attendees, {r.person: r.value() for r in self.rows}, day)

    def _build(self, attendees: list[tuple[str, str]], entries: dict, day: str) -> None:
        for row in self.rows:
            for widget in row.widgets:
                self.grid.removeWidget(widget)
                widget.hide()  # gone from the screen now, not at the next turn of the loop
                widget.deleteLater()
        self.rows = []
        for line, (person, name) in enumerate(attendees):
            row = _Row(self.host, person, name)
            row.show(entries.get(person, {}), day)
            if person in self.kept:
                # An attendee's recorded agreement (perhaps their signed reply) stays on record.
                row.agreed.setEnabled(False)
                row.agreed.setToolTip("Their agreement is on record and stays there")
            for column, widget in enumerate(row.widgets):
                self.grid.addWidget(widget, line, column)
                widget.show()
            row.agreed.toggled.connect(self.changed)
            row.date.dateChanged.connect(self.changed)
            row.wellbeing.valueChanged.connect(self.changed)
            self.rows.append(row)

    def values(self) -> list[dict[str, Any]]:
        """The attendance as the record keeps it: only attendees with something to keep."""
        return [
            v for v in (r.value() for r in self.rows) if v["agreed"] or v["wellbeing"] is not None
        ]
