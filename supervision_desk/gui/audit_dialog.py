"""Record → Audit a sample of records: a principal social worker draws a random sample of the
period's one-to-one records, reads each one here and answers five plain questions about it.
Each answer is saved as it is given; the team summary reports them beside the computed quality
indicators."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ..core import audit, clock, labels, schedule
from ..core.errors import DeskError
from ..core.records import AUDIT_ANSWERS, AUDIT_QUESTIONS
from ..core.vault import Vault
from . import a11y
from .fit import FittedDialog
from .forms.ui_audit_dialog import Ui_AuditDialog
from .pages import plain_text_labels, show_writing

ANSWERS = (None, *AUDIT_ANSWERS)  # each question's choices, in order; None: not scored


def _date(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditDialog(FittedDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault = vault
        self.items: list[dict] = []
        self.loading = False
        ui = self.ui
        # The three calendar months before this one, unless the auditor picks others.
        first = clock.today().replace(day=1)
        ui.startDate.setDate(_date(schedule.add_months(first, -3)))
        ui.endDate.setDate(_date(first).addDays(-1))
        ui.sizeSpin.setValue(audit.SAMPLE_SIZE)
        ui.auditorEdit.setText(vault.meta().get("owner") or "")
        self.answers: dict[str, QComboBox] = {}
        ui.scoresForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # question above
        for question in AUDIT_QUESTIONS:
            combo = QComboBox(self)
            combo.addItem("Not scored")
            combo.addItems([labels.AUDIT_ANSWER[a] for a in AUDIT_ANSWERS])
            combo.setAccessibleName(labels.AUDIT_QUESTION[question])
            combo.currentIndexChanged.connect(lambda _: self._save_scores())
            label = QLabel(labels.AUDIT_QUESTION[question], self)
            label.setWordWrap(True)
            label.setBuddy(combo)
            ui.scoresForm.addRow(label, combo)
            self.answers[question] = combo
        ui.noteEdit.editingFinished.connect(self._save_scores)
        ui.drawButton.clicked.connect(lambda: self.draw())
        ui.auditCombo.currentIndexChanged.connect(lambda _: self._show_audit())
        ui.itemsList.currentRowChanged.connect(lambda _: self._show_item())
        ui.buttonBox.rejected.connect(self.reject)
        self.read_only = vault.read_only
        show_writing([ui.drawBox], self.read_only)
        self._list_audits()

    # -- audits and their records --------------------------------------------------------

    def _list_audits(self, choose: str | None = None) -> None:
        self.loading = True
        self.ui.auditCombo.clear()
        for found in audit.audits(self.vault):
            self.ui.auditCombo.addItem(audit.audit_line(self.vault, found), found["id"])
        if choose is not None:
            self.ui.auditCombo.setCurrentIndex(self.ui.auditCombo.findData(choose))
        self.loading = False
        self._show_audit()

    def current_audit(self) -> str | None:
        return self.ui.auditCombo.currentData()

    def _show_audit(self) -> None:
        if self.loading:
            return
        audit_id = self.current_audit()
        self.items = audit.items(self.vault, audit_id) if audit_id else []
        self.ui.itemsList.clear()
        self.ui.itemsList.addItems([audit.item_line(self.vault, i) for i in self.items])
        if self.items:
            self.ui.itemsList.setCurrentRow(0)
        else:
            self.ui.recordText.setPlainText(
                "No audit yet: choose the period and how many records to read, then Draw a sample."
            )
            self._enable_scores(False)
        self._show_summary()

    def _show_summary(self) -> None:
        audit_id = self.current_audit()
        a11y.show_text(
            self.ui.summaryLabel,
            audit.describe(audit.summary_of(self.vault, audit_id), len(self.items))
            if audit_id
            else "",
        )

    def _enable_scores(self, on: bool) -> None:
        for combo in self.answers.values():
            combo.setEnabled(on and not self.read_only)
        self.ui.noteEdit.setEnabled(on and not self.read_only)

    def current_item(self) -> dict | None:
        row = self.ui.itemsList.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_item(self) -> None:
        item = self.current_item()
        self._enable_scores(item is not None)
        if item is None:
            return
        self.loading = True
        self.ui.recordText.setPlainText(audit.record_text(self.vault, item["session"]))
        for question, combo in self.answers.items():
            combo.setCurrentIndex(ANSWERS.index(item[question]))
        self.ui.noteEdit.setText(item["note"])
        self.loading = False

    # -- commands --------------------------------------------------------------------------

    def draw(self) -> None:
        """A new sample from the chosen period, shown at once."""
        try:
            found = audit.draw(
                self.vault,
                self.ui.startDate.date().toPython(),
                self.ui.endDate.date().toPython(),
                self.ui.auditorEdit.text(),
                self.ui.sizeSpin.value(),
                today=clock.today(),
            )
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        a11y.say(self.ui.message, "")
        self._list_audits(choose=found["id"])

    def _save_scores(self) -> None:
        item = self.current_item()
        if self.loading or item is None or self.read_only:
            return
        answers = {q: ANSWERS[c.currentIndex()] for q, c in self.answers.items()}
        note = self.ui.noteEdit.text().strip()
        if answers == {q: item[q] for q in AUDIT_QUESTIONS} and note == item["note"]:
            return
        try:
            saved = audit.score(self.vault, item, answers, note)
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        row = self.ui.itemsList.currentRow()
        self.items[row] = saved
        self.ui.itemsList.item(row).setText(audit.item_line(self.vault, saved))
        index = self.ui.auditCombo.currentIndex()
        found = next(a for a in audit.audits(self.vault) if a["id"] == self.current_audit())
        self.ui.auditCombo.setItemText(index, audit.audit_line(self.vault, found))
        self._show_summary()
