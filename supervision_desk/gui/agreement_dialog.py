"""The supervision agreement with one person: edit it, start a new one after a review, and
save it as its own PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from .. import paths
from ..core import agreements, clock, labels
from ..core.errors import DeskError
from ..core.vault import Vault
from . import a11y, messages
from .export_dialog import file_part
from .fit import FittedDialog
from .forms.ui_agreement_dialog import Ui_AgreementDialog
from .pages import plain_text_labels
from .spelling_ui import note_tools
from .tab_order import tab_in_reading_order

DATE = "yyyy-MM-dd"
# Sections the form itself holds; the others are added beside them from labels.
ON_FORM = {
    "confidentiality": "confidentiality",
    "recording": "recording",
    "disagreement": "disagreement",
    "other": "other",
}


class AgreementDialog(FittedDialog):
    def __init__(self, vault: Vault, person: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault, self.person = vault, person
        self.agreement = agreements.latest(vault, person["id"]) or {}
        ui = self.ui
        self._add_sections()
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
            for field, edit in self.edits.items():
                edit.setPlainText(a[field])
            for function, box in self.purpose.items():
                box.setChecked(function in a["purpose"])
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
        tab_in_reading_order(self)  # the sections made above would come after OK otherwise

    def _add_sections(self) -> None:
        """The purpose (Morrison's four functions) and every written section, in the order
        the PDF prints them, each named as in ``labels``."""
        ui = self.ui
        layout, page = ui.fieldsLayout, ui.fields
        on_form = {f: getattr(ui, f"{f}Edit") for f in ON_FORM}
        at = layout.indexOf(ui.confidentialityLabel)
        for field, edit in on_form.items():
            layout.removeWidget(getattr(ui, f"{field}Label"))
            layout.removeWidget(edit)
        box = QGroupBox("What supervision is for (Morrison's four functions)", page)
        row = QHBoxLayout(box)
        self.purpose: dict[str, QCheckBox] = {}
        for function, label in labels.FUNCTION.items():
            check = QCheckBox(label, box)
            check.setToolTip(labels.PURPOSE[function])
            row.addWidget(check)
            self.purpose[function] = check
        widgets: list[QWidget] = [box]
        self.edits: dict[str, QPlainTextEdit] = {}
        lines = self.fontMetrics().lineSpacing()
        for field, title in labels.AGREEMENT_SECTION.items():
            if field in on_form:
                edit, label = on_form[field], getattr(ui, f"{field}Label")
                label.setText(title)
            else:
                edit = QPlainTextEdit(page)
                edit.setTabChangesFocus(True)
                label = QLabel(title, page)
                label.setBuddy(edit)
            edit.setAccessibleName(title)
            edit.setMinimumHeight(lines * 4)
            widgets += [label, edit]
            self.edits[field] = edit
        for offset, widget in enumerate(widgets):
            layout.insertWidget(at + offset, widget)
        note_tools(self)  # lists, emphasis and spelling in every note field

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
            **{field: edit.toPlainText().strip() for field, edit in self.edits.items()},
            "purpose": [f for f, box in self.purpose.items() if box.isChecked()],
            "signed_by_supervisor": signed(ui.supervisorSigned, ui.supervisorDate),
            "signed_by_supervisee": signed(ui.superviseeSigned, ui.superviseeDate),
        }

    def _store(self) -> bool:
        try:
            self.agreement = agreements.save(
                self.vault, self.collect(), as_new=self.ui.newCheck.isChecked()
            )
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
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
            a11y.say(self.ui.message, f"Saved {written}")
        return written
