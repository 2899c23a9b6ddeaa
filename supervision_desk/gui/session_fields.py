"""Which widget of the session editor holds which field of a session record, and how.

The editor loads, collects, watches for autosave, opens or closes (agreed records, read-only
vaults) and focuses its fields by looping over ``FIELDS``, so a field added to the record is
added here once and every one of those follows. A field not shown in the editor is named in
``KEPT``: it is carried through from the stored record untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate

from ..core.chain import SESSION_FIELDS
from ..core.records import FUNCTIONS, KINDS, SESSION_CAPACITIES, SESSION_STATUSES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .session_editor import SessionEditor

DATE = "yyyy-MM-dd"
# Fields the editor shows nowhere: kept as stored (tags and prompts used change elsewhere).
KEPT = frozenset({"id", "prompts_used", "tags", "archived"})

Changed = Callable[..., None]


class Binding:
    """One entry of the table: the record fields it holds and the widget that holds them."""

    fields: tuple[str, ...] = ()
    name = ""  # the widget on the form (and where the keyboard goes for these fields)
    lock = ""  # what is disabled while the record is closed to changes; the widget if blank

    def widget(self, editor: SessionEditor) -> QWidget:
        return getattr(editor.ui, self.name)

    def load(self, editor: SessionEditor, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def collect(self, editor: SessionEditor) -> dict[str, Any]:
        raise NotImplementedError

    def connect(self, editor: SessionEditor, changed: Changed) -> None:
        raise NotImplementedError

    def set_editable(self, editor: SessionEditor, editable: bool) -> None:
        getattr(editor.ui, self.lock or self.name).setEnabled(editable)


class Text(Binding):
    """Free text in a plain text editor, kept as Markdown."""

    def __init__(self, field: str, name: str):
        self.fields, self.name = (field,), name

    def load(self, editor, record):
        self.widget(editor).setPlainText(record[self.fields[0]])

    def collect(self, editor):
        return {self.fields[0]: self.widget(editor).toPlainText()}

    def connect(self, editor, changed):
        self.widget(editor).textChanged.connect(changed)

    def set_editable(self, editor, editable):
        # Read-only, not disabled: an agreed record can still be selected, copied and read aloud.
        self.widget(editor).setReadOnly(not editable)


class Date(Binding):
    def __init__(self, field: str, name: str):
        self.fields, self.name = (field,), name

    def load(self, editor, record):
        self.widget(editor).setDate(QDate.fromString(record[self.fields[0]], DATE))

    def collect(self, editor):
        return {self.fields[0]: self.widget(editor).date().toString(DATE)}

    def connect(self, editor, changed):
        self.widget(editor).dateChanged.connect(changed)


class Time(Binding):
    """A time of day that may be unknown, in a box of its own (gui/time_field.py): empty,
    reading "No time" in grey, when none is recorded, rather than showing a time the record
    does not hold (a box reading 10:00 over an empty field let people believe a start time
    was kept when it was not)."""

    def __init__(self, field: str, name: str):
        self.fields, self.name = (field,), name

    def load(self, editor, record):
        # Opening a record must never write into it: loading says nothing has changed.
        self.widget(editor).setTime(record[self.fields[0]])

    def collect(self, editor):
        return {self.fields[0]: self.widget(editor).time()}

    def connect(self, editor, changed):
        self.widget(editor).timeChanged.connect(changed)


class Number(Binding):
    """A spin box; with ``optional`` its lowest value (-1, "Not recorded") stands for none."""

    def __init__(self, field: str, name: str, optional: bool = False):
        self.fields, self.name, self.optional = (field,), name, optional

    def load(self, editor, record):
        value = record[self.fields[0]]
        self.widget(editor).setValue(-1 if self.optional and value is None else value)

    def collect(self, editor):
        value = self.widget(editor).value()
        return {self.fields[0]: None if self.optional and value < 0 else value}

    def connect(self, editor, changed):
        self.widget(editor).valueChanged.connect(changed)


class Choice(Binding):
    """A combo box whose items carry the stored codes, in the order of ``choices``."""

    def __init__(self, field: str, name: str, choices: tuple[str, ...]):
        self.fields, self.name, self.choices = (field,), name, choices

    def load(self, editor, record):
        self.widget(editor).setCurrentIndex(self.choices.index(record[self.fields[0]]))

    def collect(self, editor):
        return {self.fields[0]: self.widget(editor).currentData()}

    def connect(self, editor, changed):
        self.widget(editor).currentIndexChanged.connect(changed)


class Ticks(Binding):
    """A list of codes, one check box each (``<code>Check``), inside the box ``name``."""

    def __init__(self, field: str, name: str, codes: tuple[str, ...]):
        self.fields, self.name, self.codes = (field,), name, codes

    def boxes(self, editor):
        return [(code, getattr(editor.ui, f"{code}Check")) for code in self.codes]

    def widget(self, editor):
        return self.boxes(editor)[0][1]  # the keyboard goes to the first box

    def load(self, editor, record):
        for code, box in self.boxes(editor):
            box.setChecked(code in record[self.fields[0]])

    def collect(self, editor):
        return {self.fields[0]: [code for code, box in self.boxes(editor) if box.isChecked()]}

    def connect(self, editor, changed):
        for _code, box in self.boxes(editor):
            box.toggled.connect(changed)


class TickedDate(Binding):
    """A date that may be absent: a check box says whether there is one, the date beside it
    is open only while it is ticked, and shows the session's date until one is chosen."""

    def __init__(self, field: str, name: str, date: str, lock: str):
        self.fields, self.name, self.date, self.lock = (field,), name, date, lock

    def load(self, editor, record):
        value = record[self.fields[0]]
        box, edit = self.widget(editor), getattr(editor.ui, self.date)
        box.setChecked(value is not None)
        edit.setEnabled(value is not None)
        edit.setDate(QDate.fromString(value or record["date"], DATE))

    def collect(self, editor):
        box, edit = self.widget(editor), getattr(editor.ui, self.date)
        return {self.fields[0]: edit.date().toString(DATE) if box.isChecked() else None}

    def connect(self, editor, changed):
        box, edit = self.widget(editor), getattr(editor.ui, self.date)
        box.toggled.connect(edit.setEnabled)  # first, so the date is open when it is saved
        box.toggled.connect(changed)
        edit.dateChanged.connect(changed)


class Group(Binding):
    """Who came and the group's own details: the attendees list, its size, facilitator,
    format, presenter and each attendee's row (gui/attendance_rows.py). A one-to-one keeps
    its one person and none of these."""

    fields = ("person", "attendees", "group_size", "facilitator", "group_format")
    fields += ("presenter", "attendance")
    name = "attendeesList"
    lock = "groupBox"

    def load(self, editor, record):
        editor.fill_attendees()
        editor.fill_group_details()

    def collect(self, editor):
        ui = editor.ui
        ticked = editor.ticked()
        if editor.is_group() and ticked:
            # A group session is with those who came, not one person.
            return {
                "person": None,
                "attendees": ticked,
                "group_size": ui.groupSizeSpin.value(),
                "facilitator": editor.facilitator(),
                "group_format": ui.formatCombo.currentData(),
                "presenter": ui.presenterCombo.currentData(),
                "attendance": editor.attendance.values(),
            }
        session = editor.session
        return {
            "person": session["person"] or (session["attendees"] or [None])[0],
            "attendees": [],
            "group_size": None,
            "facilitator": None,
            "group_format": None,
            "presenter": None,
            "attendance": [],
        }

    def connect(self, editor, changed):
        ui = editor.ui
        ui.attendeesList.itemChanged.connect(lambda _: editor.attendees_changed())
        ui.groupSizeSpin.valueChanged.connect(changed)
        ui.facilitatorCombo.currentTextChanged.connect(changed)
        ui.formatCombo.currentIndexChanged.connect(changed)
        ui.presenterCombo.currentIndexChanged.connect(changed)
        editor.attendance.changed.connect(changed)


# In the order of the form, top to bottom.
FIELDS: tuple[Binding, ...] = (
    Date("date", "dateEdit"),
    Time("start", "startEdit"),
    Number("minutes", "minutesSpin"),
    Choice("kind", "kindCombo", KINDS),
    Choice("status", "statusCombo", SESSION_STATUSES),
    Group(),
    Text("agenda", "agendaEdit"),
    *(Text(key, f"{key}Edit") for key in SESSION_CAPACITIES),
    Text("learning", "learningEdit"),
    Ticks("functions", "functionsBox", FUNCTIONS),
    Number("wellbeing", "wellbeingSpin", optional=True),
    Text("supervisee_comments", "commentsEdit"),
    Text("disagreement", "disagreementEdit"),
    Text("confidential_note", "confidentialEdit"),
    TickedDate("agreed_by_supervisor", "supervisorAgreed", "supervisorDate", "agreementBox"),
    TickedDate("agreed_by_supervisee", "superviseeAgreed", "superviseeDate", "agreementBox"),
    TickedDate("next_date", "nextPlanned", "nextDate", "agreementBox"),
)


def sent(binding: Binding) -> bool:
    """Whether the binding holds part of the record sent for agreement (the version snapshot
    of core/chain.py): those are kept as sent while an answer is awaited; the confidential
    note and the agreement ticks are not in it and stay open."""
    return bool(set(binding.fields) & set(SESSION_FIELDS))


def binding_for(field: str) -> Binding | None:
    return next((b for b in FIELDS if field in b.fields), None)


def text_edits(editor: SessionEditor) -> list[QWidget]:
    """The free-text editors, for lists and emphasis, spelling and sizes."""
    return [b.widget(editor) for b in FIELDS if isinstance(b, Text)]
