"""Exporting a PDF: what to include, anonymising, a password; rendered off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from .. import paths
from ..core import clock, filenames, repos, sessions
from ..core.errors import DeskError
from ..core.vault import Vault
from . import secret_fields
from .fit import FittedDialog
from .forms.ui_export_dialog import Ui_ExportDialog
from .pages import plain_text_labels
from .workers import run_in_background

DATE = "yyyy-MM-dd"


def file_part(name: str) -> str:
    """A name as a safe piece of a file name on every system: letters, digits and dashes."""
    words = "".join(c if c.isalnum() else " " for c in name).split()
    return "-".join(words)[:40] or "person"


class ExportDialog(FittedDialog):
    finished_export = Signal(str)

    def __init__(
        self,
        vault: Vault,
        *,
        session_id: str | None = None,
        person_id: str | None = None,
        choice: str = "person",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        secret_fields.mark(self.ui.passwordEdit, self.ui.repeatEdit)
        self.vault, self.session_id, self.person_id = vault, session_id, person_id
        self.written: Path | None = None
        self._task = None
        ui = self.ui
        ui.progress.hide()
        ui.openButton.hide()
        ui.folderButton.hide()
        today = QDate(clock.today())
        ui.toDate.setDate(today)
        ui.fromDate.setDate(today.addYears(-1).addDays(1))
        ui.sessionRadio.setEnabled(session_id is not None)
        ui.personRadio.setEnabled(person_id is not None)
        ui.teamRadio.setEnabled(vault.mode == "supervisor")
        involved = {}
        for entry in sessions.journal_entries(vault):
            if entry["session"] not in involved and entry["session"]:
                linked = repos.get(vault, "sessions", entry["session"])
                involved[entry["session"]] = {linked["person"], *linked["attendees"]} - {None}
            item = QListWidgetItem(f"{entry['date']}  {entry['title'] or '(untitled)'}")
            item.setData(Qt.UserRole, entry["id"])
            # Whose session the entry is about: it can go only into their record or summary.
            item.setData(Qt.UserRole + 1, involved.get(entry["session"]))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            ui.journalList.addItem(item)
        radio = {
            "session": ui.sessionRadio,
            "person": ui.personRadio,
            "team": ui.teamRadio,
            "journal": ui.journalRadio,
        }[choice]
        if not radio.isEnabled():
            radio = next(
                r for r in (ui.personRadio, ui.teamRadio, ui.journalRadio) if r.isEnabled()
            )
        radio.setChecked(True)
        for r in (ui.sessionRadio, ui.personRadio, ui.teamRadio, ui.journalRadio):
            r.toggled.connect(self._choice_changed)
        ui.passwordCheck.toggled.connect(self._password_toggled)
        ui.browseButton.clicked.connect(self._browse)
        ui.exportButton.clicked.connect(self.export)
        ui.printButton.clicked.connect(self.print_preview)
        ui.closeButton.clicked.connect(self.reject)
        ui.openButton.clicked.connect(self._open_file)
        ui.folderButton.clicked.connect(self._open_folder)
        self._choice_changed()

    def choice(self) -> str:
        ui = self.ui
        for name, radio in (
            ("session", ui.sessionRadio),
            ("person", ui.personRadio),
            ("team", ui.teamRadio),
            ("journal", ui.journalRadio),
        ):
            if radio.isChecked():
                return name
        return "person"

    def _suggested_name(self) -> str:
        """A file name that says whose record it is and when: never just "summary.pdf"."""
        choice = self.choice()
        if choice == "session":
            session = repos.get(self.vault, "sessions", self.session_id)
            who = file_part(repos.get(self.vault, "people", session["person"])["name"])
            return f"supervision-record-{who}-{session['date']}.pdf"
        end = self.ui.toDate.date().toString(DATE)
        if choice == "person":
            who = file_part(repos.get(self.vault, "people", self.person_id)["name"])
            return f"supervision-summary-{who}-{end}.pdf"
        if choice == "team":
            return f"team-summary-{end}.pdf"
        return f"journal-entries-{clock.today().isoformat()}.pdf"

    def _choice_changed(self) -> None:
        ui, choice = self.ui, self.choice()
        ui.periodBox.setEnabled(choice in ("person", "team"))
        ui.anonymiseCheck.setVisible(choice == "team")
        ui.appendixCheck.setVisible(choice == "person")
        ui.initialsCheck.setVisible(choice == "person")
        ui.confidentialCheck.setVisible(choice in ("session", "person"))
        ui.journalList.setVisible(choice != "team")
        ui.journalList.setToolTip(
            "Private journal entries go into an export only when ticked here."
        )
        people = self._people_of_choice(choice)
        for i in range(ui.journalList.count()):
            item = ui.journalList.item(i)
            about = item.data(Qt.UserRole + 1)
            hidden = people is not None and about is not None and not (about & people)
            item.setHidden(hidden)
            if hidden:
                item.setCheckState(Qt.Unchecked)
        ui.destEdit.setText(str(filenames.fit_path(paths.documents_dir(), self._suggested_name())))
        self._password_toggled(ui.passwordCheck.isChecked())

    def _password_toggled(self, on: bool) -> None:
        # Only the password fields follow the box; the chosen file name stays as it is.
        self.ui.passwordEdit.setEnabled(on)
        self.ui.repeatEdit.setEnabled(on)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the PDF as", self.ui.destEdit.text(), "PDF (*.pdf)"
        )
        if name:
            self.ui.destEdit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _people_of_choice(self, choice: str) -> set[str] | None:
        """Whose record or summary this is (``None``: a journal export, anyone's entries)."""
        if choice == "session" and self.session_id:
            session = repos.get(self.vault, "sessions", self.session_id)
            return {session["person"], *session["attendees"]} - {None}
        if choice == "person" and self.person_id:
            return {self.person_id}
        return None

    def _picked_entries(self) -> list[str]:
        items = (self.ui.journalList.item(i) for i in range(self.ui.journalList.count()))
        return [
            i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked and not i.isHidden()
        ]

    def _problem(self, printing: bool = False) -> str:
        ui = self.ui
        if ui.passwordCheck.isChecked():
            if not ui.passwordEdit.text():
                return "Enter a password, or untick the box."
            if ui.passwordEdit.text() != ui.repeatEdit.text():
                return "The two passwords differ."
        if self.choice() == "journal" and not self._picked_entries():
            return "Tick the journal entries to export."
        if ui.fromDate.date() > ui.toDate.date():
            return "The period ends before it starts."
        if not printing and not ui.destEdit.text().strip():
            return "Choose where to save the PDF."
        name = Path(ui.destEdit.text().strip()).name
        if not printing and filenames.safe_name(name) != name:
            return (
                f"“{name}” cannot be used as a file name on every system; "
                f"try “{filenames.safe_name(name)}”."
            )
        return ""

    def _builder(self, password: str | None = None, *, saving: bool = False):
        """A function that makes the chosen document's PDF bytes (run off the UI thread). A
        session record being saved is the agreed record: signed, and encrypted first if a
        password is given, since encrypting afterwards would break the signature."""
        ui, vault, choice = self.ui, self.vault, self.choice()
        start = dt.date.fromisoformat(ui.fromDate.date().toString(DATE))
        end = dt.date.fromisoformat(ui.toDate.date().toString(DATE))
        confidential = ui.confidentialCheck.isChecked()
        entries = self._picked_entries()
        session_id, person_id = self.session_id, self.person_id
        appendix, initials = ui.appendixCheck.isChecked(), ui.initialsCheck.isChecked()
        anonymise = ui.anonymiseCheck.isChecked()

        def build() -> bytes:
            from ..core import pdf  # reportlab loads when the first PDF is made, not at start

            if choice == "session" and saving:
                from ..core.pdf import agreed_pdf

                data = agreed_pdf.export(
                    vault,
                    session_id,
                    journal=entries,
                    confidential=confidential,
                    password=password,
                )
            elif choice == "session":
                data = pdf.session_record(
                    vault, session_id, journal=entries, confidential=confidential
                )
            elif choice == "person":
                data = pdf.person_summary(
                    vault,
                    person_id,
                    start,
                    end,
                    appendix=appendix,
                    include_initials=initials,
                    journal=entries,
                    confidential=confidential,
                )
            elif choice == "team":
                data = pdf.team_summary(vault, start, end, anonymise=anonymise)
            else:
                data = pdf.journal_export(vault, entries)
            return data

        return build

    def print_preview(self) -> None:
        """The same document as the PDF, shown in a print preview to print from."""
        problem = self._problem(printing=True)
        if problem:
            self.ui.message.setText(problem)
            return
        self.ui.progress.show()
        self.ui.printButton.setEnabled(False)
        self.ui.message.setText("Preparing the print preview…")
        self._task = run_in_background(self._builder(), self._print_ready, self._failed)

    def _print_ready(self, data: bytes) -> None:
        from . import printing

        self.ui.progress.hide()
        self.ui.printButton.setEnabled(True)
        self.ui.message.setText("")
        title = {"session": "Session record", "person": "Practitioner summary"}.get(
            self.choice(), "Team summary" if self.choice() == "team" else "Journal"
        )
        self.preview_dialog = printing.preview(data, title, self)
        self.preview_dialog.open()

    def export(self) -> None:
        problem = self._problem()
        if problem:
            self.ui.message.setText(problem)
            return
        ui = self.ui
        dest = Path(ui.destEdit.text()).expanduser()
        password = ui.passwordEdit.text() if ui.passwordCheck.isChecked() else None
        signed = self.choice() == "session"
        build = self._builder(password, saving=True)

        def work() -> Path:
            from ..core import pdf

            return pdf.write(build(), dest, None if signed else password)

        ui.progress.show()
        ui.exportButton.setEnabled(False)
        ui.message.setText("Exporting…")
        self._task = run_in_background(work, self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.written = path
        self.ui.progress.hide()
        self.ui.exportButton.setEnabled(True)
        self.ui.message.setText(
            f"Saved {path}" + (" (password protected)" if self.ui.passwordCheck.isChecked() else "")
        )
        self.ui.openButton.show()
        self.ui.folderButton.show()
        self.finished_export.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        self.ui.progress.hide()
        self.ui.exportButton.setEnabled(True)
        self.ui.printButton.setEnabled(True)
        reason = str(exc) if isinstance(exc, DeskError | OSError) else repr(exc)
        self.ui.message.setText(f"Not exported: {reason}")

    def _open_file(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def _open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
