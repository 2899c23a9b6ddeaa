"""One supervision session, structured by attunement, analysis, allocation and adaptation.

Everything typed is saved within a second of a pause (and at least every second of unbroken
typing), and again on navigation, lock and close.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)

from ..core import repos, sessions
from ..core.errors import DeskError
from ..core.framework import SESSION_HELP, SOURCE
from ..core.prompts import lead_in as prompts_lead_in
from ..core.records import ACTION_STATUSES, FUNCTIONS, KINDS, SESSION_CAPACITIES
from ..core.vault import Vault
from .autosave import Autosaver
from .forms.ui_session_editor import Ui_SessionEditor
from .people import KIND_LABELS
from .prompts_panel import PromptsPanel

ACTION_COLUMNS = ("Action", "Owner", "Due", "Status")
CARRIED_COLUMNS = ("From session", "Action", "Owner", "Due", "Status")
DATE = "yyyy-MM-dd"


def _iso(edit) -> str:
    return edit.date().toString(DATE)


class SessionEditor(QWidget):
    saved = Signal(str)  # a message for the status bar
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SessionEditor()
        self.ui.setupUi(self)
        self.vault: Vault | None = None
        self.session: dict[str, Any] | None = None
        self.autosave = Autosaver(self._save, self)
        for kind in KINDS:
            self.ui.kindCombo.addItem(KIND_LABELS[kind], kind)
        for key in SESSION_CAPACITIES:
            help_label = getattr(self.ui, f"{key}Help")
            help_label.setText(f"{SESSION_HELP[key]}  ({SOURCE})")
        self.prompts = PromptsPanel()
        self.ui.promptsLayout.addWidget(self.prompts)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.prompts.insert_requested.connect(self.insert_prompt)
        self.last_section = "attunement"
        for key in SESSION_CAPACITIES:
            self.section(key).installEventFilter(self)
        self._setup_tables()
        self._size_in_lines()
        self._connect_changes()
        self.ui.closeDoneButton.clicked.connect(lambda: self._close_carried("done"))
        self.ui.closeDroppedButton.clicked.connect(lambda: self._close_carried("dropped"))
        self.ui.reopenButton.clicked.connect(self._reopen_carried)
        self.ui.addActionButton.clicked.connect(self.add_action)
        self.ui.removeActionButton.clicked.connect(self._remove_action)

    # -- set-up --------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.FocusIn:
            for key in SESSION_CAPACITIES:
                if watched is self.section(key):
                    self.last_section = key
        return False

    def section(self, key: str) -> QPlainTextEdit:
        return getattr(self.ui, f"{key}Edit")

    def _size_in_lines(self) -> None:
        """Heights in lines of text, so large system fonts keep the proportions."""
        line = self.fontMetrics().lineSpacing()
        self.ui.agendaEdit.setMaximumHeight(line * 5)
        self.ui.commentsEdit.setMaximumHeight(line * 6)
        for key in SESSION_CAPACITIES:
            self.section(key).setMinimumHeight(line * 8)
            getattr(self.ui, f"{key}Help").setProperty("role", "help")
        self.ui.carriedTable.setMaximumHeight(line * 9)
        self.ui.actionsTable.setMaximumHeight(line * 9)
        self.ui.agreementLayout.setColumnStretch(2, 1)
        for box, edit in (
            (self.ui.supervisorAgreed, self.ui.supervisorDate),
            (self.ui.superviseeAgreed, self.ui.superviseeDate),
            (self.ui.nextPlanned, self.ui.nextDate),
        ):
            box.toggled.connect(edit.setEnabled)

    def _setup_tables(self) -> None:
        for table, columns in (
            (self.ui.actionsTable, ACTION_COLUMNS),
            (self.ui.carriedTable, CARRIED_COLUMNS),
        ):
            table.setColumnCount(len(columns))
            table.setHorizontalHeaderLabels(columns)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            header.setSectionResizeMode(
                1 if table is self.ui.carriedTable else 0, QHeaderView.Stretch
            )
        self.ui.actionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ui.actionsTable.itemChanged.connect(lambda _: self._changed())

    def _connect_changes(self) -> None:
        ui = self.ui
        for edit in (ui.agendaEdit, ui.commentsEdit, *map(self.section, SESSION_CAPACITIES)):
            edit.textChanged.connect(self._changed)
        for date_edit in (ui.dateEdit, ui.supervisorDate, ui.superviseeDate, ui.nextDate):
            date_edit.dateChanged.connect(self._changed)
        ui.startEdit.timeChanged.connect(self._changed)
        ui.minutesSpin.valueChanged.connect(self._changed)
        ui.wellbeingSpin.valueChanged.connect(self._changed)
        ui.kindCombo.currentIndexChanged.connect(self._changed)
        for box in (
            ui.supervisorAgreed,
            ui.superviseeAgreed,
            ui.nextPlanned,
            *(getattr(ui, f"{f}Check") for f in FUNCTIONS),
        ):
            box.toggled.connect(self._changed)

    # -- loading -------------------------------------------------------------------------

    def load(self, vault: Vault, session_id: str) -> None:
        self.flush()
        self.vault = vault
        self.prompts.set_vault(vault)
        self.session = repos.get(vault, "sessions", session_id)
        person = repos.get(vault, "people", self.session["person"])
        s, ui = self.session, self.ui
        self._loading = True
        self.blockSignals(True)
        widgets = self.findChildren(QWidget)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            ui.personLabel.setText(f"Supervision with {person['name']}")
            ui.dateEdit.setDate(QDate.fromString(s["date"], DATE))
            ui.startEdit.setTime(QTime.fromString(s["start"] or "10:00", "HH:mm"))
            ui.minutesSpin.setValue(s["minutes"])
            ui.kindCombo.setCurrentIndex(KINDS.index(s["kind"]))
            ui.agendaEdit.setPlainText(s["agenda"])
            for key in SESSION_CAPACITIES:
                self.section(key).setPlainText(s[key])
            for function in FUNCTIONS:
                getattr(ui, f"{function}Check").setChecked(function in s["functions"])
            ui.wellbeingSpin.setValue(-1 if s["wellbeing"] is None else s["wellbeing"])
            ui.commentsEdit.setPlainText(s["supervisee_comments"])
            for box, edit, value in (
                (ui.supervisorAgreed, ui.supervisorDate, s["agreed_by_supervisor"]),
                (ui.superviseeAgreed, ui.superviseeDate, s["agreed_by_supervisee"]),
                (ui.nextPlanned, ui.nextDate, s["next_date"]),
            ):
                box.setChecked(value is not None)
                edit.setEnabled(value is not None)
                edit.setDate(
                    QDate.fromString(value, DATE) if value else QDate.fromString(s["date"], DATE)
                )
            self._fill_actions()
            self._fill_carried()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self.blockSignals(False)
            self._loading = False
        self.autosave.discard()
        ui.attunementEdit.document().clearUndoRedoStacks()

    def _fill_actions(self) -> None:
        table = self.ui.actionsTable
        table.setRowCount(0)
        for action in sessions.actions_of(self.vault, self.session["id"]):
            self._append_action_row(action)

    def _append_action_row(self, action: dict[str, Any]) -> None:
        table = self.ui.actionsTable
        row = table.rowCount()
        table.insertRow(row)
        text = QTableWidgetItem(action["text"])
        text.setData(Qt.UserRole, action.get("id"))
        table.setItem(row, 0, text)
        table.setItem(row, 1, QTableWidgetItem(action["owner"]))
        table.setItem(row, 2, QTableWidgetItem(action["due"] or ""))
        status = QComboBox()
        status.addItems(ACTION_STATUSES)
        status.setCurrentText(action["status"])
        status.setAccessibleName("Action status")
        status.currentIndexChanged.connect(self._changed)
        table.setCellWidget(row, 3, status)

    def _fill_carried(self) -> None:
        table = self.ui.carriedTable
        table.setRowCount(0)
        carried = sessions.carried_forward(self.vault, self.session)
        dates = {
            s["id"]: s["date"] for s in sessions.for_person(self.vault, self.session["person"])
        }
        for action in carried:
            row = table.rowCount()
            table.insertRow(row)
            values = (
                dates.get(action["session"], ""),
                action["text"],
                action["owner"],
                action["due"] or "",
                action["status"],
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, action["id"])
                table.setItem(row, column, item)
        self.ui.carriedBox.setTitle(
            f"Actions carried forward from earlier sessions ({len(carried)})"
        )

    # -- saving --------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self.session is not None and not getattr(self, "_loading", False):
            self.autosave.touch()

    def flush(self) -> None:
        """Save now if anything is unsaved (navigation, lock, close)."""
        self.autosave.flush()

    def collect(self) -> dict[str, Any]:
        ui = self.ui

        def when(box, edit) -> str | None:
            return _iso(edit) if box.isChecked() else None

        record = {
            **self.session,
            "date": _iso(ui.dateEdit),
            "start": ui.startEdit.time().toString("HH:mm"),
            "minutes": ui.minutesSpin.value(),
            "kind": ui.kindCombo.currentData(),
            "agenda": ui.agendaEdit.toPlainText(),
            "functions": [f for f in FUNCTIONS if getattr(ui, f"{f}Check").isChecked()],
            "wellbeing": None if ui.wellbeingSpin.value() < 0 else ui.wellbeingSpin.value(),
            "supervisee_comments": ui.commentsEdit.toPlainText(),
            "agreed_by_supervisor": when(ui.supervisorAgreed, ui.supervisorDate),
            "agreed_by_supervisee": when(ui.superviseeAgreed, ui.superviseeDate),
            "next_date": when(ui.nextPlanned, ui.nextDate),
        }
        for key in SESSION_CAPACITIES:
            record[key] = self.section(key).toPlainText()
        return record

    def _collect_actions(self) -> list[dict[str, Any]]:
        table, found = self.ui.actionsTable, []
        for row in range(table.rowCount()):
            text_item = table.item(row, 0)
            text = text_item.text().strip() if text_item else ""
            if not text:
                continue
            owner = table.item(row, 1).text().strip() if table.item(row, 1) else ""
            due = table.item(row, 2).text().strip() if table.item(row, 2) else ""
            found.append(
                {
                    "id": text_item.data(Qt.UserRole),
                    "session": self.session["id"],
                    "text": text,
                    "owner": owner or "supervisee",
                    "due": due or None,
                    "status": table.cellWidget(row, 3).currentText(),
                    "closed_in_session": None,
                }
            )
        return found

    def _save(self) -> None:
        if self.vault is None or self.session is None or not self.vault.is_open:
            return
        try:
            with self.vault.write():
                self.session = repos.save(self.vault, "sessions", self.collect(), index_now=False)
                for row, action in enumerate(self._collect_actions()):
                    stored = repos.save(self.vault, "actions", action)
                    self.ui.actionsTable.item(row, 0).setData(Qt.UserRole, stored["id"])
        except DeskError as exc:
            self.failed.emit(f"Not saved: {exc}")
            return
        self.saved.emit("Saved")

    # -- actions -------------------------------------------------------------------------

    def add_action(self, text: str = "", owner: str = "supervisee", due: str = "") -> None:
        self._append_action_row(
            {"text": text, "owner": owner, "due": due or None, "status": "open", "id": None}
        )
        row = self.ui.actionsTable.rowCount() - 1
        if text:
            self._changed()
        else:
            self.ui.actionsTable.setCurrentCell(row, 0)
            self.ui.actionsTable.editItem(self.ui.actionsTable.item(row, 0))

    def _remove_action(self) -> None:
        row = self.ui.actionsTable.currentRow()
        if row < 0:
            return
        action_id = self.ui.actionsTable.item(row, 0).data(Qt.UserRole)
        self.flush()
        if action_id:
            repos.delete(self.vault, "actions", action_id)
        self.ui.actionsTable.removeRow(row)
        self.saved.emit("Saved")

    def _selected_carried(self) -> str | None:
        item = self.ui.carriedTable.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _close_carried(self, status: str) -> None:
        action_id = self._selected_carried()
        if action_id:
            self.flush()
            sessions.close_action(self.vault, action_id, self.session["id"], status)
            self._fill_carried()
            self.saved.emit("Saved")

    def _reopen_carried(self) -> None:
        action_id = self._selected_carried()
        if action_id:
            sessions.reopen_action(self.vault, action_id)
            self._fill_carried()
            self.saved.emit("Saved")

    def insert_prompt(self, prompt) -> None:
        """Put the prompt into its section as a quoted lead-in and record its id."""
        if self.session is None:
            return
        key = prompt.capacity if prompt.capacity in SESSION_CAPACITIES else self.last_section
        edit = self.section(key)
        cursor = edit.textCursor()
        if not edit.hasFocus():
            cursor.movePosition(cursor.MoveOperation.End)
        block_start = cursor.positionInBlock() == 0
        cursor.insertText(("" if block_start else "\n") + prompts_lead_in(prompt))
        edit.setTextCursor(cursor)
        edit.setFocus()
        used = self.session.setdefault("prompts_used", [])
        if prompt.id not in used:
            used.append(prompt.id)
        self.autosave.touch()

    def clear(self) -> None:
        self.autosave.discard()
        self.vault = None
        self.session = None
        for widget in self.findChildren(QPlainTextEdit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.ui.actionsTable.setRowCount(0)
        self.ui.carriedTable.setRowCount(0)
        self.ui.personLabel.clear()

    def focus_field(self, field: str) -> None:
        widget = {
            "agenda": self.ui.agendaEdit,
            "supervisee_comments": self.ui.commentsEdit,
            **{k: self.section(k) for k in SESSION_CAPACITIES},
        }.get(field)
        if widget is not None:
            widget.setFocus()
            self.ui.scroll.ensureWidgetVisible(widget)
