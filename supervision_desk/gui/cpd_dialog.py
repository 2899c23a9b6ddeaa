"""The CPD log, opened from the journal: pieces of CPD for a registration year, each field
ready to copy into the regulator's online form, and the year as a PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ..core import cpd, labels, repos
from ..core.errors import DeskError
from ..core.records import CPD_TYPES, ROLES
from ..core.vault import Vault
from . import a11y, clipboard_hints, messages, pdf_export
from .autosave import Autosaver
from .fit import FittedDialog, sized_by_text
from .flow import BesideOrBelow, wrap_title
from .forms.ui_cpd_dialog import Ui_CpdDialog
from .models import Column, RecordModel, current_id, select_id
from .pages import plain_text_labels
from .tab_order import tab_in_reading_order

DATE = "yyyy-MM-dd"


def piece_line(piece: dict[str, Any]) -> str:
    marks = "" if cpd.is_ready(piece) else " · to finish"
    if cpd.has_peer_reflection(piece):
        marks += " · peer reflection"
    what = piece["description"].strip().splitlines()[0] if piece["description"].strip() else ""
    what = what if len(what) <= 40 else what[:39] + "…"
    return f"{labels.short_date(piece['date'])}  {what or labels.CPD_TYPE[piece['type']]}{marks}"


class CpdDialog(FittedDialog):
    def __init__(self, vault: Vault, entry_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CpdDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        # At a large text size the piece goes under the list, and the box's title wraps.
        self.beside = BesideOrBelow(self.ui.columns, self.ui.listColumn, self.ui.editorStack, 24)
        wrap_title(self.ui.fromSessionBox)
        tab_in_reading_order(self)  # the box's contents, moved by wrap_title, came last
        sized_by_text(  # the list of pieces about as wide as its lines
            self,
            lambda: self.ui.pieceList.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44),
        )
        self.vault = vault
        self.entry_id = entry_id  # the journal entry open when the log was opened
        self.piece: dict[str, Any] | None = None
        self.autosave = Autosaver(self._save, self)
        ui = self.ui
        ui.editorGrid.setColumnStretch(0, 1)  # labels take the width; Copy stays its own size
        # Each form field with the record field it holds: load, save and copy go through here.
        self.texts = {
            "description": ui.descriptionEdit,
            "learning": ui.learningEdit,
            "impact": ui.impactEdit,
            "peer_reflection": ui.peerEdit,
        }
        copies = {
            "type": ui.typeCopy,
            "date": ui.dateCopy,
            "description": ui.descriptionCopy,
            "learning": ui.learningCopy,
            "impact": ui.impactCopy,
            "peer_reflection": ui.peerCopy,
        }
        for name, button in copies.items():
            button.clicked.connect(lambda _=False, n=name: self.copy_field(n))
            # Tab goes from field to field, as in any form: a Tab into a Copy button left
            # the next words typed going nowhere and Space copying. From the keyboard,
            # Ctrl+Shift+C copies the field the cursor is in.
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.fields = {
            "type": ui.typeCombo,
            "date": ui.dateEdit,
            **self.texts,
        }
        copy_key = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        copy_key.activated.connect(self.copy_focused)
        for key in CPD_TYPES:
            ui.typeCombo.addItem(labels.CPD_TYPE[key], key)
        ui.roleCombo.addItem("(not said)", None)
        for key in ROLES:
            ui.roleCombo.addItem(labels.ROLE[key], key)
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("first_line_manager"))
        self.pieces = RecordModel([Column("Piece", piece_line)], parent=self)
        ui.pieceList.setModel(self.pieces)
        ui.pieceList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        ui.pieceList.selectionModel().currentChanged.connect(lambda *_: self._open_current())
        for edit in self.texts.values():
            edit.textChanged.connect(self._changed)
        ui.typeCombo.currentIndexChanged.connect(self._changed)
        ui.dateEdit.dateChanged.connect(self._changed)
        ui.newButton.clicked.connect(lambda: self.new_piece())
        ui.deleteButton.clicked.connect(lambda: self.delete_piece())
        ui.fromEntryButton.clicked.connect(lambda: self.from_entry())
        ui.fromEntryButton.setEnabled(entry_id is not None)
        ui.fromSessionButton.clicked.connect(lambda: self.from_session())
        ui.exportButton.clicked.connect(lambda: self.export_pdf())
        ui.closeButton.clicked.connect(self.accept)
        ui.yearCombo.currentIndexChanged.connect(lambda *_: self.refresh())
        self._fill_sessions()
        self._fill_years()

    # -- lists ---------------------------------------------------------------------------

    def _fill_years(self, keep: int | None = None) -> None:
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        combo.clear()
        for year in cpd.years(self.vault):
            start, end = cpd.year_bounds(year)
            combo.addItem(f"{start:%b %Y} – {end:%b %Y}", year)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        combo.blockSignals(False)
        self.refresh()

    def _fill_sessions(self) -> None:
        combo = self.ui.sessionCombo
        combo.clear()
        for session in cpd.sessions_with_learning(self.vault):
            sent = " · from my supervisor" if session.get("received") else ""
            kind = labels.KIND[session["kind"]]
            combo.addItem(f"{labels.short_date(session['date'])} · {kind}{sent}", session["id"])
        self.ui.fromSessionBox.setEnabled(combo.count() > 0)
        if not combo.count():
            self.ui.fromSessionBox.setToolTip("No held supervision has a learning section yet.")

    @property
    def year(self) -> int:
        return self.ui.yearCombo.currentData()

    def refresh(self, select: str | None = None) -> None:
        self.flush()
        keep = select or (self.piece["id"] if self.piece else None)
        a11y.show_text(self.ui.statusLabel, cpd.standing(self.vault, year=self.year).message)
        blocker = self.ui.pieceList.selectionModel()
        blocker.blockSignals(True)
        self.pieces.set_records(cpd.pieces(self.vault, self.year))
        if not select_id(self.ui.pieceList, keep) and self.pieces.rowCount():
            select_id(self.ui.pieceList, self.pieces.ids()[0])
        blocker.blockSignals(False)
        self._open_current()

    def _open_current(self) -> None:
        self.flush()
        piece_id = current_id(self.ui.pieceList)
        self.piece = repos.get(self.vault, "cpd", piece_id) if piece_id else None
        self.ui.deleteButton.setEnabled(self.piece is not None)
        self.ui.editorStack.setCurrentWidget(
            self.ui.editorPage if self.piece else self.ui.emptyPage
        )
        if self.piece is None:
            return
        widgets = [*self.texts.values(), self.ui.typeCombo, self.ui.dateEdit]
        for widget in widgets:
            widget.blockSignals(True)
        for name, edit in self.texts.items():
            edit.setPlainText(self.piece[name])
        self.ui.typeCombo.setCurrentIndex(self.ui.typeCombo.findData(self.piece["type"]))
        self.ui.dateEdit.setDate(QDate.fromString(self.piece["date"], DATE))
        for widget in widgets:
            widget.blockSignals(False)
        self.autosave.discard()

    # -- editing -------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self.piece is not None:
            self.autosave.touch()

    def flush(self) -> None:
        self.autosave.flush()

    def _save(self) -> None:
        if self.piece is None or not self.vault.is_open:
            return
        record = {
            **self.piece,
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
            "type": self.ui.typeCombo.currentData(),
            "date": self.ui.dateEdit.date().toString(DATE),
        }
        try:
            self.piece = cpd.save(self.vault, record)
        except DeskError as exc:
            a11y.say(self.ui.message, f"Not saved: {labels.message(exc)}", error=True)
            return
        a11y.say(self.ui.message, "Saved")
        a11y.show_text(self.ui.statusLabel, cpd.standing(self.vault, year=self.year).message)
        row = self.pieces.row_of(self.piece["id"])
        if row >= 0:
            self.pieces.records[row] = self.piece
            index = self.pieces.index(row, 0)
            self.pieces.dataChanged.emit(index, index)

    def _made(self, piece: dict[str, Any], said: str) -> None:
        self._fill_years(cpd.registration_year(dt.date.fromisoformat(piece["date"])))
        self.refresh(select=piece["id"])
        a11y.say(self.ui.message, said)

    def new_piece(self) -> None:
        self.flush()
        self._made(cpd.new(self.vault), "New piece: fill in each field as the form asks.")
        self.ui.descriptionEdit.setFocus()

    def from_entry(self) -> None:
        if self.entry_id is None:
            return
        self.flush()
        try:
            piece = cpd.from_journal(self.vault, self.entry_id)
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        self._made(piece, "Made from the journal entry: add the impact on your practice.")

    def from_session(self) -> None:
        session_id = self.ui.sessionCombo.currentData()
        if session_id is None:
            return
        self.flush()
        try:
            piece = cpd.from_session(self.vault, session_id, self.ui.roleCombo.currentData())
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        self._made(piece, "Made from the record's learning, as peer reflection.")

    def delete_piece(self) -> None:
        if self.piece is None:
            return
        self.flush()
        if not messages.ask(
            self,
            "Delete piece",
            f"Delete the piece of CPD of {labels.long_date(self.piece['date'])}?",
            "Delete piece",
        ):
            return
        repos.delete(self.vault, "cpd", self.piece["id"])
        self.piece = None
        self.refresh()

    def copy_focused(self) -> None:
        """Copy the field that holds the keyboard focus (Ctrl+Shift+C)."""
        focus = QApplication.focusWidget()
        for name, field in self.fields.items():
            if focus is not None and (focus is field or field.isAncestorOf(focus)):
                self.copy_field(name)
                return
        a11y.say(self.ui.message, "Put the cursor in a field first, then Ctrl+Shift+C copies it.")

    def copy_field(self, name: str) -> None:
        """Put one field on the clipboard, marked so clipboard managers do not keep it."""
        self.flush()
        if self.piece is None:
            return
        shown = dict(zip((n for n, _ in cpd.FORM), cpd.form_fields(self.piece), strict=True))
        label, value = shown[name]
        QGuiApplication.clipboard().setMimeData(clipboard_hints.marked(text=value))
        a11y.say(self.ui.message, f"Copied “{label}”: paste it into the online form.")

    # -- export --------------------------------------------------------------------------

    def export_pdf(self, dest: Path | None = None) -> None:
        self.flush()
        if dest is None:
            dest = pdf_export.ask_destination(self, "Export CPD log", f"cpd-log-{self.year}.pdf")
            if dest is None:
                return
        vault, year = self.vault, self.year

        def make():
            from ..core.pdf.practitioner import cpd_log

            return cpd_log(vault, year)

        pdf_export.export(self, make, dest)

    def done(self, result: int) -> None:
        self.flush()
        super().done(result)
