"""The private journal: entries only the owner reads, tagged with the framework's capacities."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..core import journal_templates, labels, my_supervision, repos, sessions
from ..core.errors import DeskError
from ..core.framework import CAPACITIES
from ..core.prompts import lead_in
from ..core.vault import Vault
from . import messages
from .autosave import Autosaver
from .cpd_dialog import CpdDialog
from .fit import sized_by_text
from .flow import BesideOrBelow, ColumnsLayout, wrap_row, wrap_title
from .forms.ui_journal_page import Ui_JournalPage
from .markdown_keys import MarkdownKeys
from .models import Column, PagedModel, current_id, select_id
from .pages import Page, plain_text_labels, show_writing
from .prompts_panel import PromptsPanel
from .spelling_ui import SpellService
from .tab_order import tab_in_reading_order

DATE = "yyyy-MM-dd"


def entry_line(entry: dict[str, Any]) -> str:
    return f"{labels.short_date(entry['date'])}  {entry['title'] or '(untitled)'}"


class JournalPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_JournalPage()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault: Vault | None = None
        self.entry: dict[str, Any] | None = None
        self.autosave = Autosaver(self._save, self)
        self.boxes: dict[str, QCheckBox] = {}
        # The nine capacities in threes, one under another when a row of three does not fit.
        self.ui.capacitiesLayout = ColumnsLayout(3, self.ui.capacitiesBox)
        for capacity in CAPACITIES:
            box = QCheckBox(capacity.title)
            box.setToolTip(capacity.definition)
            box.toggled.connect(self._changed)
            self.ui.capacitiesLayout.addWidget(box)
            self.boxes[capacity.key] = box
        wrap_title(self.ui.capacitiesBox)
        # Twenty years of entries are read a page at a time as the list is scrolled.
        self.entries = PagedModel(
            [Column("Entry", entry_line)], self._entries_after, sessions.JOURNAL_PAGE, parent=self
        )
        self.ui.entryList.setModel(self.entries)
        self.ui.entryList.installEventFilter(self)
        self.ui.entryList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ui.entryList.setUniformItemSizes(True)
        self.ui.entryList.selectionModel().currentChanged.connect(lambda *_: self._open_current())
        self.ui.newEntryButton.clicked.connect(lambda: self.new_entry())
        self.ui.templateCombo.addItem("Blank", None)  # short: the column is narrow
        for template in journal_templates.TEMPLATES:
            self.ui.templateCombo.addItem(template.name, template.key)
            index = self.ui.templateCombo.count() - 1
            self.ui.templateCombo.setItemData(index, template.source, Qt.ToolTipRole)
        self.ui.deleteEntryButton.clicked.connect(lambda: self.delete_entry())
        self.ui.cpdButton.clicked.connect(lambda: self.open_cpd())
        self.ui.cpdButton.setEnabled(False)
        self.ui.titleEdit.textChanged.connect(self._changed)
        self.ui.tagsEdit.textChanged.connect(self._changed)
        self.ui.bodyEdit.textChanged.connect(self._changed)
        MarkdownKeys.attach(self.ui.bodyEdit)  # lists and emphasis, kept as Markdown
        SpellService.instance().attach(self.ui.bodyEdit)
        self.ui.dateEdit.dateChanged.connect(self._changed)
        self.ui.sessionCombo.currentIndexChanged.connect(self._changed)
        self.prompts = PromptsPanel()
        self.prompts.set_filters(role="practitioner")
        self.prompts.set_list_lines(8)
        self.ui.promptsLayout.addWidget(self.prompts)
        # The prompts go under the entry when there is no room beside it for both.
        self.beside = BesideOrBelow(self.ui.layout, self.ui.editorStack, self.ui.promptsHost, 44)
        # The list of entries and the entry share the width two to five.
        self.ui.layout.setStretch(0, 2)
        self.ui.layout.setStretch(1, 5)
        # Sizes in letters follow the text size; rows wrap rather than widen the page.
        sized_by_text(self, self._size_in_letters)
        self.ui.templateCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.templateCombo.setMinimumContentsLength(12)
        # A linked session names the person: a long name must not widen the page.
        self.ui.sessionCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.sessionCombo.setMinimumContentsLength(16)
        self.ui.templateRow = wrap_row(self.ui.templateRow)
        self.ui.entryButtons = wrap_row(self.ui.entryButtons)
        self.prompts.insert_requested.connect(self.insert_prompt)
        self._set_editable(False)
        # Tab down the entry as it reads: the capacities, made above, had gone to the end.
        tab_in_reading_order(self)

    def _size_in_letters(self) -> None:
        letter = self.fontMetrics().averageCharWidth()
        self.ui.promptsHost.setMaximumWidth(letter * 48)
        # Room for "25 Nov 2026  " and a title's first words; a longer title ends in "…".
        self.ui.entryList.setMaximumWidth(letter * 34)

    def _entries_after(self, last: dict[str, Any] | None) -> list[dict[str, Any]]:
        if self.vault is None or not self.vault.is_open:
            return []
        after = last["at"] if last else None
        return sessions.journal_list(self.vault, sessions.JOURNAL_PAGE, after=after)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # End (and Ctrl+End) go to the oldest entry, as in a list read all at once: the rest
        # of the list is read first. The list itself then moves there.
        if event.type() == QEvent.KeyPress and event.key() == Qt.Key_End:
            self.entries.fetch_all()
        return False

    def insert_prompt(self, prompt) -> None:
        if self.read_only:
            return
        if self.entry is None:
            self.new_entry()
        cursor = self.ui.bodyEdit.textCursor()
        if not self.ui.bodyEdit.hasFocus():
            cursor.movePosition(cursor.MoveOperation.End)
        start = cursor.positionInBlock() == 0
        cursor.insertText(("" if start else "\n") + lead_in(prompt))
        self.ui.bodyEdit.setTextCursor(cursor)
        self.ui.bodyEdit.setFocus()
        box = self.boxes.get(prompt.capacity)
        if box is not None:
            box.setChecked(True)
        self.autosave.touch()

    def _set_editable(self, on: bool) -> None:
        """``on`` when an entry is open; a read-only vault keeps it readable, not editable."""
        ui = self.ui
        for field in (ui.titleEdit, ui.tagsEdit, ui.bodyEdit):
            field.setEnabled(on)
            field.setReadOnly(self.read_only)
        for widget in (ui.dateEdit, ui.sessionCombo, ui.capacitiesBox, ui.deleteEntryButton):
            widget.setEnabled(on and not self.read_only)
        ui.editorStack.setCurrentWidget(ui.entryPage if on else ui.emptyPage)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.prompts.set_read_only(read_only)
        ui = self.ui
        show_writing([ui.newEntryButton, ui.deleteEntryButton, ui.cpdButton], read_only)
        self._set_editable(self.entry is not None)

    def set_vault(self, vault: Vault | None) -> None:
        """Remember the vault; the list fills when the page is first shown."""
        if vault is None:
            self.clear()
            return
        self.vault = vault
        self.ui.cpdButton.setEnabled(True)
        self.prompts.set_vault(vault)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def shown(self) -> None:
        if getattr(self, "_stale", False):
            self.refresh()

    def showEvent(self, event) -> None:
        self.shown()
        super().showEvent(event)

    # The fields of an entry the keyboard can be brought back to, by a name a place keeps.
    FIELDS = ("titleEdit", "tagsEdit", "bodyEdit", "dateEdit", "sessionCombo")

    def place(self) -> dict:
        """The entry open, and the field the keyboard was in (the window's own memory of it:
        a dialog open at the lock has the application's focus, not this page)."""
        if not self.entry:
            return {}
        focus = self.window().focusWidget()
        field = next(
            (
                name
                for name in self.FIELDS
                if focus is not None
                and (getattr(self.ui, name) is focus or getattr(self.ui, name).isAncestorOf(focus))
            ),
            None,
        )
        return {"entry": self.entry["id"], "field": field, "cursor": self._cursor()}

    def _cursor(self, at: int | None = None) -> int:
        """Where the cursor is in the body or a line field (a number, never text); with
        ``at``, put it there, as far as the text now reaches."""
        field = self.window().focusWidget()
        if isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            if at is not None:
                cursor.setPosition(min(at, len(field.toPlainText())))
                field.setTextCursor(cursor)
            return cursor.position()
        if isinstance(field, QLineEdit):
            if at is not None:
                field.setCursorPosition(at)
            return field.cursorPosition()
        return 0

    def return_to(self, place: dict) -> None:
        if place.get("entry") and self.vault is not None:
            self.refresh(select=place["entry"])
            if place.get("field") in self.FIELDS and self.entry:
                # Typing after the unlock goes on where it stopped, not into the sidebar.
                getattr(self.ui, place["field"]).setFocus()
                if isinstance(place.get("cursor"), int):
                    self._cursor(place["cursor"])

    def refresh(self, select: str | None = None) -> None:
        self._stale = False
        if self.vault is None:
            return
        keep = select or (self.entry["id"] if self.entry else None)
        self.ui.sessionCombo.blockSignals(True)
        self.ui.sessionCombo.clear()
        self.ui.sessionCombo.addItem("No session", None)
        names = {p["id"]: p["name"] for p in sessions.people(self.vault, include_archived=True)}
        for session in my_supervision.recent_list(self.vault):  # received records too
            who = names.get(session["person"], "")
            self.ui.sessionCombo.addItem(
                f"{labels.short_date(session['date'])} session with {who}", session["id"]
            )
        self.ui.sessionCombo.blockSignals(False)
        blocker = self.ui.entryList.selectionModel()
        blocker.blockSignals(True)
        self.entries.reload()
        if keep is not None and self.entries.row_of(keep) < 0:  # an older entry: read down to it
            last = self.entries.records[-1]["at"] if self.entries.records else None
            self.entries.extend(sessions.journal_through(self.vault, keep, after=last))
        found = select_id(self.ui.entryList, keep)
        if not found and self.entries.rowCount():
            select_id(self.ui.entryList, self.entries.ids()[0])
        blocker.blockSignals(False)
        self._open_current()

    def _open_current(self) -> None:
        self.flush()
        entry_id = current_id(self.ui.entryList)
        if entry_id is None or self.vault is None:
            self.entry = None
            self._set_editable(False)
            return
        self.open_entry(entry_id)

    def open_entry(self, entry_id: str) -> None:
        self.entry = repos.get(self.vault, "journal", entry_id)
        widgets = [
            self.ui.titleEdit,
            self.ui.tagsEdit,
            self.ui.bodyEdit,
            self.ui.dateEdit,
            self.ui.sessionCombo,
            *self.boxes.values(),
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.ui.dateEdit.setDate(QDate.fromString(self.entry["date"], DATE))
        self.ui.titleEdit.setText(self.entry["title"])
        self.ui.tagsEdit.setText(", ".join(self.entry["tags"]))
        self.ui.bodyEdit.setPlainText(self.entry["body"])
        index = self.ui.sessionCombo.findData(self.entry["session"])
        if index < 0 and self.entry["session"]:
            # Linked to a record off the list (archived, or older than the list): the link is
            # kept and shown, never dropped by the next save.
            self._add_linked(self.entry["session"])
            index = self.ui.sessionCombo.findData(self.entry["session"])
        self.ui.sessionCombo.setCurrentIndex(max(index, 0))
        for key, box in self.boxes.items():
            box.setChecked(key in self.entry["capacities"])
        for widget in widgets:
            widget.blockSignals(False)
        self.autosave.discard()
        self._set_editable(True)

    def _add_linked(self, session_id: str) -> None:
        received = my_supervision.get(self.vault, session_id)
        if received is not None:
            words = f"{labels.short_date(received['date'])} record from my supervisor"
            self.ui.sessionCombo.addItem(words, session_id)
            return
        if not repos.exists(self.vault, "sessions", session_id):
            return
        session = repos.get(self.vault, "sessions", session_id)
        who = ""
        if session["person"] and repos.exists(self.vault, "people", session["person"]):
            who = repos.get(self.vault, "people", session["person"])["name"]
        note = " (archived record)" if session["archived"] else ""
        when = labels.short_date(session["date"])
        self.ui.sessionCombo.addItem(f"{when} session with {who}{note}", session_id)

    def _changed(self, *_args: object) -> None:
        if self.entry is not None:
            self.autosave.touch()

    def flush(self) -> None:
        self.autosave.flush()

    def _save(self) -> None:
        if self.vault is None or self.entry is None or not self.vault.is_open or self.read_only:
            return
        tags = [t.strip() for t in self.ui.tagsEdit.text().split(",") if t.strip()]
        record = {
            **self.entry,
            "date": self.ui.dateEdit.date().toString(DATE),
            "title": self.ui.titleEdit.text(),
            "body": self.ui.bodyEdit.toPlainText(),
            "tags": list(dict.fromkeys(tags)),
            "capacities": [k for k, box in self.boxes.items() if box.isChecked()],
            "session": self.ui.sessionCombo.currentData(),
        }
        try:
            self.entry = repos.save(self.vault, "journal", record, index_now=False)
        except DeskError as exc:
            self.status.emit(f"Not saved: {labels.message(exc)}")
            return
        row = self.entries.row_of(self.entry["id"])
        if row >= 0:  # the row shows the new date and title; it keeps its place until a refresh
            listed = self.entries.records[row]
            saved = {"date": self.entry["date"], "title": self.entry["title"]}
            self.entries.records[row] = {**listed, **saved}
            index = self.entries.index(row, 0)
            self.entries.dataChanged.emit(index, index)
        self.status.emit("Saved")

    def new_entry(self) -> None:
        self.flush()
        entry = journal_templates.new_entry(self.vault, self.ui.templateCombo.currentData())
        self.refresh(select=entry["id"])
        self.ui.titleEdit.setFocus()

    def open_cpd(self) -> CpdDialog | None:
        """The CPD log, able to start a piece from the entry open now."""
        if self.vault is None:
            return None
        self.flush()
        dialog = CpdDialog(self.vault, self.entry["id"] if self.entry else None, self)
        dialog.open()
        self.cpd_dialog = dialog
        return dialog

    def delete_entry(self) -> None:
        if self.entry is None:
            return
        self.flush()  # what was just typed goes with it, and comes back with Undo
        title = self.entry["title"] or "(untitled)"
        if not messages.ask(
            self,
            "Delete entry",
            f"Delete the journal entry “{title}” of {labels.long_date(self.entry['date'])}?"
            "\n\nYou can undo this until the vault locks or closes.",
            "Delete entry",
        ):
            return
        entry = repos.delete(self.vault, "journal", self.entry["id"])
        self.entry = None
        self.refresh()
        self.removed.emit(f"Journal entry “{title}”", [("journal", entry)])

    def clear(self) -> None:
        self.autosave.discard()
        self.vault = None
        self.entry = None
        self.ui.cpdButton.setEnabled(False)
        dialog = getattr(self, "cpd_dialog", None)
        if dialog is not None:
            dialog.reject()  # a lock closes the log with the journal
            self.cpd_dialog = None
        self.entries.clear()
        self.ui.sessionCombo.clear()
        self.prompts.set_vault(None)
        for widget in (self.ui.titleEdit, self.ui.tagsEdit, self.ui.bodyEdit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self._set_editable(False)
