"""The supervision agreement with one person: edit it, start a new one after a review, and
save it as its own PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import paths
from ..core import agreements, clock, labels
from ..core.errors import DeskError
from ..core.vault import Vault
from . import messages
from .export_dialog import file_part
from .fit import FittedDialog
from .forms.ui_agreement_dialog import Ui_AgreementDialog
from .pages import plain_text_labels
from .spelling_ui import note_tools

DATE = "yyyy-MM-dd"
TEXTS = {
    "confidentiality": "confidentialityEdit",
    "recording": "recordingEdit",
    "disagreement": "disagreementEdit",
    "other": "otherEdit",
}


class AgreementDialog(FittedDialog):
    def __init__(self, vault: Vault, person: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        note_tools(self)  # lists, emphasis and spelling in its note fields
        self.vault, self.person = vault, person
        self.agreement = agreements.latest(vault, person["id"]) or {}
        ui = self.ui
        self.setWindowTitle(f"Supervision agreement: {person['name']}")
        today = QDate(clock.today())
        for edit in (ui.agreedDate, ui.reviewDate, ui.supervisorDate, ui.superviseeDate):
            edit.setDate(today)
        ui.reviewDate.setDate(today.addYears(1))
        for box, edit in (
            (ui.supervisorSigned, ui.supervisorDate),
            (ui.superviseeSigned, ui.superviseeDate),
        ):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        a = self.agreement
        if a:
            ui.intro.setText(
                f"The agreement in force since {labels.long_date(a['agreed'])}. To record a new "
                "one after a review, tick “new agreement”."
            )
            ui.agreedDate.setDate(QDate.fromString(a["agreed"], DATE))
            if a["review"]:
                ui.reviewDate.setDate(QDate.fromString(a["review"], DATE))
            ui.frequencySpin.setValue(a["frequency_days"])
            ui.minutesSpin.setValue(a["minutes"])
            ui.locationEdit.setText(a["location"])
            for field, name in TEXTS.items():
                getattr(ui, name).setPlainText(a[field])
            for box, edit, value in (
                (ui.supervisorSigned, ui.supervisorDate, a["signed_by_supervisor"]),
                (ui.superviseeSigned, ui.superviseeDate, a["signed_by_supervisee"]),
            ):
                box.setChecked(value is not None)
                if value:
                    edit.setDate(QDate.fromString(value, DATE))
        else:
            ui.intro.setText(
                "No agreement is recorded yet. What you agree here can set this person's "
                "standard (Edit… → Supervision standard: as set in their agreement)."
            )
            ui.newCheck.hide()
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.pdfButton.clicked.connect(lambda: self.save_pdf())

    def collect(self) -> dict[str, Any]:
        ui = self.ui

        def signed(box, edit) -> str | None:
            return edit.date().toString(DATE) if box.isChecked() else None

        return {
            **self.agreement,
            "person": self.person["id"],
            "agreed": ui.agreedDate.date().toString(DATE),
            "review": ui.reviewDate.date().toString(DATE),
            "frequency_days": ui.frequencySpin.value(),
            "minutes": ui.minutesSpin.value(),
            "location": ui.locationEdit.text().strip(),
            **{field: getattr(ui, name).toPlainText().strip() for field, name in TEXTS.items()},
            "signed_by_supervisor": signed(ui.supervisorSigned, ui.supervisorDate),
            "signed_by_supervisee": signed(ui.superviseeSigned, ui.superviseeDate),
        }

    def _store(self) -> bool:
        try:
            self.agreement = agreements.save(
                self.vault, self.collect(), as_new=self.ui.newCheck.isChecked()
            )
        except DeskError as exc:
            self.ui.message.setText(labels.message(exc))
            return False
        self.ui.newCheck.setChecked(False)
        return True

    def _save(self) -> None:
        if self._store():
            self.accept()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Save what is on the form, then write it as its own PDF."""
        if not self._store():
            return None
        if path is None:
            start = paths.documents_dir() / (
                f"supervision-agreement-{file_part(self.person['name'])}-"
                f"{self.agreement['agreed']}.pdf"
            )
            name, _ = QFileDialog.getSaveFileName(
                self, "Save the agreement as", str(start), "PDF (*.pdf)"
            )
            if not name:
                return None
            path = Path(name)
        from ..core import pdf

        written = messages.file_action(
            self,
            "Agreement not saved as PDF",
            lambda: pdf.write(pdf.agreement_document(self.vault, self.agreement["id"]), path),
        )
        if written:
            self.ui.message.setText(f"Saved {written}")
        return written
