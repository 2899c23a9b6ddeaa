"""Exporting a PDF: what to include, anonymising, a password; rendered off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from .. import paths
from ..core import agreements, casefile, chain, clock, filenames, labels, repos, sessions
from ..core.errors import Cancelled, DeskError
from ..core.shown import shown as shown_path
from ..core.vault import Vault
from . import a11y, messages, secret_fields
from .fit import FittedDialog, fit, sized_by_text
from .forms.ui_export_dialog import Ui_ExportDialog
from .pages import plain_text_labels
from .workers import run_in_background

if TYPE_CHECKING:
    from ..core.pdf.base import Progress  # reportlab loads with the first PDF, not at start

DATE = "yyyy-MM-dd"
JOURNAL_PAGE = 100  # journal entries listed at a time


def file_part(name: str) -> str:
    """A name as a safe piece of a file name on every system: letters, digits and dashes."""
    words = "".join(c if c.isalnum() else " " for c in name).split()
    return "-".join(words)[:40] or "person"


# The folder the last PDF was saved to, while the app runs: the next export is offered there.
# Kept in memory only, never in the settings: a folder's name can say whose records it holds.
_last_folder: Path | None = None


def export_folder() -> Path:
    """Where an export is offered: the folder last used, else the Documents folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    return paths.documents_dir()


class _Reporter(QObject):
    """Carries progress from the thread making the PDF to the dialog's bar."""

    moved = Signal(int, int)


class ExportDialog(FittedDialog):
    finished_export = Signal(str)

    def __init__(
        self,
        vault: Vault,
        *,
        session_id: str | None = None,
        person_id: str | None = None,
        choice: str = "person",
        case_reference: str | None = None,
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
        self._may_replace: Path | None = None  # a file the save dialog already asked about
        self._making: Progress | None = None  # the PDF being made, while it is
        self._reporter = _Reporter(self)
        self._reporter.moved.connect(self._moved)
        ui = self.ui
        ui.progress.hide()
        ui.stopButton.clicked.connect(self.stop)
        ui.openButton.hide()
        ui.folderButton.hide()
        today = QDate(clock.today())
        ui.toDate.setDate(today)
        ui.fromDate.setDate(today.addYears(-1).addDays(1))
        self._add_case_and_agreement(case_reference)
        ui.sessionRadio.setEnabled(session_id is not None)
        # While an amendment awaits agreement, the record as it stands is that proposal (a
        # draft), and the version both agreed is offered beside it.
        self.agreed_number: int | None = None
        self.agreedRadio = QRadioButton(ui.whatBox)
        ui.whatLayout.insertWidget(ui.whatLayout.indexOf(ui.sessionRadio) + 1, self.agreedRadio)
        if session_id is not None:
            session = repos.get(vault, "sessions", session_id)
            pending = chain.awaiting(vault, session_id)
            agreed = chain.latest(vault, session_id, sealed=True)
            if not (session["agreed_by_supervisor"] and session["agreed_by_supervisee"]):
                ui.sessionRadio.setText("The &record of this session (a draft: not yet agreed)")
            elif pending is not None and agreed is not None:
                ui.sessionRadio.setText(
                    f"The &record of this session: version {pending.number}, an amendment "
                    "awaiting agreement (a draft)"
                )
                self.agreed_number = agreed.number
                self.agreedRadio.setText(
                    f"The agreed record as it stands &before the amendment (version "
                    f"{agreed.number})"
                )
        self.agreedRadio.setVisible(self.agreed_number is not None)
        ui.personRadio.setEnabled(person_id is not None)
        ui.teamRadio.setEnabled(vault.mode == "supervisor")
        # The journal's newest entries, a page at a time: twenty years of them are not read
        # to open the dialog.
        self._journal_total = sessions.journal_count(vault)
        self._journal_after: tuple[str, int] | None = None
        self._journal_more = True
        ui.olderButton.clicked.connect(lambda: self.show_older_entries())
        ui.olderRow.setStretch(0, 1)  # the count takes the width, not the gap after the button
        ui.olderRow.setStretch(2, 0)
        self._add_entries()
        radio = self._radios()[choice]
        if not radio.isEnabled():
            radio = next(
                r for r in (ui.personRadio, ui.teamRadio, ui.journalRadio) if r.isEnabled()
            )
        radio.setChecked(True)
        for r in self._radios().values():
            r.toggled.connect(self._choice_changed)
        self.caseCombo.currentIndexChanged.connect(lambda _: self._choice_changed())
        ui.passwordCheck.toggled.connect(self._password_toggled)
        ui.browseButton.clicked.connect(self._browse)
        ui.exportButton.clicked.connect(self.export)
        ui.printButton.clicked.connect(self.print_preview)
        ui.closeButton.clicked.connect(self.reject)
        ui.openButton.clicked.connect(self._open_file)
        ui.folderButton.clicked.connect(self._open_folder)
        sized_by_text(ui.journalList, self._size_journal_list)
        # The password and the same again side by side: a row less, for the dialog to fit
        # a laptop's screen without scrolling.
        form = ui.protectForm
        form.takeRow(ui.repeatEdit)
        form.takeRow(ui.passwordEdit)
        both = QHBoxLayout()
        both.addWidget(ui.passwordEdit)
        both.addWidget(ui.repeatEdit)
        form.insertRow(0, ui.passwordCheck, both)
        self._choice_changed()

    def _size_journal_list(self) -> None:
        """A few entries' height, in lines of the text size: the rest scroll in the list;
        and the period's short labels whole."""
        view = self.ui.journalList
        view.setMaximumHeight(4 * view.fontMetrics().lineSpacing() + 2 * view.frameWidth() + 8)
        # A label measures its words kerned ("To"), but its shortcut's underline draws the
        # letters apart, a little wider: the last letter was cut ("Tc").
        for label in (self.ui.fromLabel, self.ui.toLabel):
            metrics = label.fontMetrics()
            letters = label.text().replace("&", "")
            label.setMinimumWidth(sum(metrics.horizontalAdvance(c) for c in letters) + 2)

    def sizeHint(self) -> QSize:
        """As tall as the whole form: a scroll area hints only some lines of what it holds,
        and the form scrolled on a laptop's screen with room below it. ``fit`` keeps the
        dialog to the screen, where the form then scrolls."""
        hint = super().sizeHint()
        scroll = self.ui.scroll
        whole = scroll.widget().sizeHint().height() + 2 * scroll.frameWidth()
        return QSize(hint.width(), hint.height() + max(0, whole - scroll.sizeHint().height()))

    def _add_entries(self) -> int:
        """The next page of journal entries, older than those listed; returns how many."""
        if not self._journal_more:
            return 0
        entries = sessions.journal_list(self.vault, JOURNAL_PAGE, after=self._journal_after)
        about = sessions.journal_about(self.vault, [e["id"] for e in entries])
        for entry in entries:
            when = labels.short_date(entry["date"])
            item = QListWidgetItem(f"{when}  {entry['title'] or '(untitled)'}")
            item.setData(Qt.UserRole, entry["id"])
            # Whose session the entry is about: it can go only into their record or summary.
            item.setData(Qt.UserRole + 1, about.get(entry["id"]))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.ui.journalList.addItem(item)
        if entries:
            self._journal_after = entries[-1]["at"]
        listed = self.ui.journalList.count()
        self._journal_more = len(entries) == JOURNAL_PAGE and listed < self._journal_total
        self.ui.olderButton.setVisible(self._journal_more)
        total = labels.count(self._journal_total, "entry", "entries")
        if not self._journal_total:
            text = "The journal has no entries yet."
        elif self._journal_more:
            text = f"Listed: the newest {listed} of {total}."
        else:
            text = f"Listed: all {total}." if listed > 1 else f"Listed: {total}."
        a11y.show_text(self.ui.journalCount, text)
        return len(entries)

    def show_older_entries(self) -> int:
        """Add the next older journal entries to the list and move to the first of them;
        returns how many were added."""
        first = self.ui.journalList.count()
        added = self._add_entries()
        self._filter_entries(self.choice())
        if added:
            self.ui.journalList.setCurrentRow(first)
            self.ui.journalList.setFocus()
        a11y.announce(self.ui.journalCount, self.ui.journalCount.text())
        return added

    def _add_case_and_agreement(self, reference: str | None) -> None:
        """The child's-file extract and the agreement: kept here, beside the form's choices."""
        ui = self.ui
        self.caseRadio = QRadioButton("An e&xtract for a child's record (one case):", ui.whatBox)
        self.caseCombo = QComboBox(ui.whatBox)
        self.caseCombo.setAccessibleName("Case reference")
        # Every case reference is read only when an extract is chosen (a long history holds
        # thousands); the one asked for is there at once.
        self._cases_listed = False
        if reference:
            self.caseCombo.addItem(reference, reference)
        self.caseRadio.setEnabled(casefile.any_case(self.vault))
        self.agreement = agreements.latest(self.vault, self.person_id) if self.person_id else None
        self.agreementRadio = QRadioButton("This person's supervision a&greement", ui.whatBox)
        self.agreementRadio.setEnabled(self.agreement is not None)
        at = ui.whatLayout.indexOf(ui.journalRadio)
        ui.whatLayout.insertWidget(at, self.agreementRadio)
        ui.whatLayout.insertWidget(at, self.caseCombo)
        ui.whatLayout.insertWidget(at, self.caseRadio)
        self.notCopiedCheck = QCheckBox(
            "Only decisions not yet copied to the child's file", ui.optionsBox
        )
        self.markCopiedCheck = QCheckBox(
            "Mark these decisions as copied to the child's file once saved", ui.optionsBox
        )
        ui.optionsLayout.addWidget(self.notCopiedCheck)
        ui.optionsLayout.addWidget(self.markCopiedCheck)

    def _radios(self) -> dict[str, QRadioButton]:
        ui = self.ui
        return {
            "session": ui.sessionRadio,
            "agreed": self.agreedRadio,
            "person": ui.personRadio,
            "team": ui.teamRadio,
            "case": self.caseRadio,
            "agreement": self.agreementRadio,
            "journal": ui.journalRadio,
        }

    def choice(self) -> str:
        for name, radio in self._radios().items():
            if radio.isChecked():
                return name
        return "person"

    def _suggested_name(self) -> str:
        """A file name that says whose record it is and when: never just "summary.pdf"."""
        choice = self.choice()
        if choice in ("session", "agreed"):
            session = repos.get(self.vault, "sessions", self.session_id)
            who = file_part(repos.get(self.vault, "people", session["person"])["name"])
            # Two sessions can fall on one day: the start time tells their records apart.
            at = f"-{session['start'].replace(':', '')[:4]}" if session.get("start") else ""
            version = f"-v{self.agreed_number}" if choice == "agreed" else ""
            return f"supervision-record-{who}-{session['date']}{at}{version}.pdf"
        end = self.ui.toDate.date().toString(DATE)
        if choice == "person":
            who = file_part(repos.get(self.vault, "people", self.person_id)["name"])
            return f"supervision-summary-{who}-{end}.pdf"
        if choice == "team":
            return f"team-summary-{end}.pdf"
        if choice == "case":
            ref = file_part(self.caseCombo.currentText() or "case")
            return f"child-record-extract-{ref}-{clock.today().isoformat()}.pdf"
        if choice == "agreement" and self.agreement:
            who = file_part(repos.get(self.vault, "people", self.person_id)["name"])
            return f"supervision-agreement-{who}-{self.agreement['agreed']}.pdf"
        return f"journal-entries-{clock.today().isoformat()}.pdf"

    def _choice_changed(self) -> None:
        ui, choice = self.ui, self.choice()
        ui.periodBox.setEnabled(choice in ("person", "team"))
        ui.anonymiseCheck.setVisible(choice == "team")
        ui.appendixCheck.setVisible(choice == "person")
        ui.initialsCheck.setVisible(choice in ("person", "case"))
        ui.confidentialCheck.setVisible(choice in ("session", "person"))
        self.caseCombo.setEnabled(choice == "case")
        self.notCopiedCheck.setVisible(choice == "case")
        # Marking writes to the vault: not offered when it is open read-only.
        self.markCopiedCheck.setVisible(choice == "case" and not self.vault.read_only)
        if choice == "case":
            self._list_cases()
        # No empty "Include" box where the choice has nothing to add.
        options = ui.optionsBox.findChildren(QCheckBox)
        ui.optionsBox.setVisible(any(not c.isHidden() for c in options))
        # The agreed version goes as both agreed it: nothing added to it.
        listing = choice not in ("team", "case", "agreement", "agreed")
        ui.journalList.setVisible(listing)
        ui.journalCount.setVisible(listing)
        ui.olderButton.setVisible(listing and self._journal_more)
        ui.journalList.setToolTip(
            "Private journal entries go into an export only when ticked here."
        )
        self._filter_entries(choice)
        suggested = filenames.free_path(export_folder(), self._suggested_name())
        ui.destEdit.setText(str(suggested))
        self._password_toggled(ui.passwordCheck.isChecked())
        if self.isVisible():  # the choice's own options shown: grown to them, as room allows
            QTimer.singleShot(0, self, lambda: fit(self))

    def _filter_entries(self, choice: str) -> None:
        """Entries about someone else's supervision are hidden (and unticked) for a record
        or summary: they can go only into their own."""
        people = self._people_of_choice(choice)
        for i in range(self.ui.journalList.count()):
            item = self.ui.journalList.item(i)
            about = item.data(Qt.UserRole + 1)
            hidden = people is not None and about is not None and not (about & people)
            item.setHidden(hidden)
            if hidden:
                item.setCheckState(Qt.Unchecked)

    def _list_cases(self) -> None:
        """Every case reference in the combo, once, the one chosen kept."""
        if self._cases_listed:
            return
        self._cases_listed = True
        chosen = self.caseCombo.currentData()
        self.caseCombo.blockSignals(True)
        self.caseCombo.clear()
        for ref in casefile.references(self.vault):
            self.caseCombo.addItem(ref, ref)
        if chosen and self.caseCombo.findData(chosen) >= 0:
            self.caseCombo.setCurrentIndex(self.caseCombo.findData(chosen))
        self.caseCombo.blockSignals(False)

    def _password_toggled(self, on: bool) -> None:
        # Only the password fields follow the box; the chosen file name stays as it is.
        self.ui.passwordEdit.setEnabled(on)
        self.ui.repeatEdit.setEnabled(on)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the PDF as", self.ui.destEdit.text(), "PDF (*.pdf)"
        )
        if name:
            path = name if name.lower().endswith(".pdf") else name + ".pdf"
            self.ui.destEdit.setText(path)
            # The save dialog asked before offering a file that exists (only for this name).
            self._may_replace = Path(path) if path == name else None

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
        if self.choice() == "case" and not self.caseCombo.currentData():
            return "Choose the case."
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
        reference, not_copied = self.caseCombo.currentData(), self.notCopiedCheck.isChecked()
        agreement_id = self.agreement["id"] if self.agreement else None
        agreed_number = self.agreed_number

        progress = self._start_progress()

        def build() -> bytes:
            from ..core.pdf.base import reporting

            with reporting(progress):
                return make()

        def make() -> bytes:
            from ..core import pdf  # reportlab loads when the first PDF is made, not at start

            if choice == "agreed":
                from ..core.pdf import agreed_pdf

                data = agreed_pdf.export(
                    vault, session_id, password=password if saving else None, number=agreed_number
                )
            elif choice == "session" and saving:
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
            elif choice == "case":
                data = pdf.case_extract(
                    vault, reference, include_labels=initials, not_copied=not_copied
                )
            elif choice == "agreement":
                data = pdf.agreement_document(vault, agreement_id)
            else:
                data = pdf.journal_export(vault, entries)
            return data

        return build

    def _start_progress(self) -> Progress:
        """A bar that moves as the PDF's pages are laid out, and Stop to end it."""
        from ..core.pdf.base import Progress

        reporter = self._reporter
        self._making = Progress(lambda done, total: reporter.moved.emit(done, total))
        self.ui.progress.setRange(0, 0)  # until the first report: reading the records
        self.ui.stopButton.show()
        self.ui.stopButton.setEnabled(True)
        return self._making

    def _moved(self, done: int, total: int) -> None:
        if self._making is not None:
            self.ui.progress.setRange(0, total)
            self.ui.progress.setValue(done)

    def stop(self) -> None:
        """Stop the PDF being made: it ends at the next step and nothing is written."""
        if self._making is not None:
            self._making.cancel()
            self.ui.stopButton.setEnabled(False)
            a11y.say(self.ui.message, "Stopping…")

    def _finished(self) -> None:
        self._making = None
        self.ui.progress.hide()
        self.ui.stopButton.hide()

    def reject(self) -> None:
        self.stop()  # closing the dialog stops a PDF still being made
        super().reject()

    def print_preview(self) -> None:
        """The same document as the PDF, shown in a print preview to print from."""
        problem = self._problem(printing=True)
        if problem:
            a11y.say(self.ui.message, problem, error=True)
            return
        self.ui.progress.show()
        self.ui.printButton.setEnabled(False)
        a11y.say(self.ui.message, "Preparing the print preview…")
        self._task = run_in_background(self._builder(), self._print_ready, self._failed)

    def _print_ready(self, data: bytes) -> None:
        from . import printing

        self._finished()
        self.ui.printButton.setEnabled(True)
        a11y.say(self.ui.message, "")
        title = dict(  # the choices of this dialog, not stored codes
            session="Session record",
            person="Practitioner summary",
            team="Team summary",
            case="Extract for the child's record",
            agreement="Supervision agreement",
        ).get(self.choice(), "Journal")
        self.preview_dialog = printing.preview(data, title, self)
        self.preview_dialog.open()

    def export(self) -> None:
        problem = self._problem()
        if problem:
            a11y.say(self.ui.message, problem, error=True)
            return
        ui = self.ui
        dest = Path(ui.destEdit.text()).expanduser()
        if dest.exists() and dest != self._may_replace and not self._replace_ok(dest):
            a11y.say(ui.message, "Not exported: choose another file name.", error=True)
            return
        password = ui.passwordEdit.text() if ui.passwordCheck.isChecked() else None
        signed = self.choice() == "session"
        build = self._builder(password, saving=True)

        making = self._making

        def work() -> Path:
            from ..core import pdf

            data = build()
            if making is not None and making.cancelled.is_set():  # Stop came as it finished
                raise Cancelled("Stopped: no PDF was made.")
            return pdf.write(data, dest, None if signed else password)

        ui.progress.show()
        ui.exportButton.setEnabled(False)
        a11y.say(ui.message, "Exporting…")
        self._task = run_in_background(work, self._done, self._failed)

    def _replace_ok(self, dest: Path) -> bool:
        """Whether the user wants an existing file replaced; the safe answer, No, is the
        default, since the file may be an earlier agreed record."""
        return messages.ask(
            self,
            "Replace the file?",
            f"Replace “{dest.name}”? A file of that name is already in "
            f"{shown_path(dest.parent)}; replacing it loses what it holds.",
            "Replace",
            "No",
        )

    def _done(self, path: Path) -> None:
        global _last_folder
        self.written = path
        _last_folder = path.parent
        self._finished()
        self.ui.exportButton.setEnabled(True)
        a11y.say(
            self.ui.message,
            f"Saved {shown_path(path)}"
            + (" (password protected)" if self.ui.passwordCheck.isChecked() else ""),
        )
        self.ui.openButton.show()
        self.ui.folderButton.show()
        if (
            self.choice() == "case"
            and self.markCopiedCheck.isVisibleTo(self)
            and (self.markCopiedCheck.isChecked())
        ):
            decisions = casefile.for_case(self.vault, self.caseCombo.currentData(), not_copied=True)
            marked = casefile.mark_all_copied(self.vault, decisions)
            a11y.say(
                self.ui.message,
                self.ui.message.text()
                + f"; {labels.count(marked, 'decision')} marked as copied to the child's file",
            )
        self.finished_export.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        self._finished()
        self.ui.exportButton.setEnabled(True)
        self.ui.printButton.setEnabled(True)
        if isinstance(exc, Cancelled):
            a11y.say(self.ui.message, "Stopped: nothing was saved.")
            return
        reason = str(exc) if isinstance(exc, DeskError | OSError) else repr(exc)
        a11y.say(self.ui.message, f"Not exported: {reason}", error=True)

    def _open_file(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def _open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
