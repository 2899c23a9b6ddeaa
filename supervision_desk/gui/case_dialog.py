"""Allocating a case: its reference, weight, date and rationale, and who holds it."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from ..core import cases, clock, labels, repos
from ..core.errors import DeskError
from ..core.vault import Vault
from . import a11y, messages
from .fit import FittedDialog
from .forms.ui_case_dialog import Ui_CaseDialog
from .pages import plain_text_labels
from .spelling_ui import note_tools

DATE = "yyyy-MM-dd"


class CaseDialog(FittedDialog):
    """Allocates a case to ``person_id``, or to one of ``people`` (ids) chosen in the dialog."""

    def __init__(
        self,
        vault: Vault,
        person_id: str | None,
        parent: QWidget | None = None,
        people: list[str] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        note_tools(self)  # lists, emphasis and spelling in its note fields
        self.vault, self.person_id, self.case = vault, person_id, None
        self.ui.dateEdit.setDate(QDate(clock.today()))
        for pid in people or []:
            self.ui.personCombo.addItem(repos.get(vault, "people", pid)["name"], pid)
        chooses = self.ui.personCombo.count() > 1
        self.ui.personLabel.setVisible(chooses)
        self.ui.personCombo.setVisible(chooses)
        if person_id is None and self.ui.personCombo.count():
            self.person_id = self.ui.personCombo.itemData(0)
        self.ui.personCombo.currentIndexChanged.connect(
            lambda _: setattr(self, "person_id", self.ui.personCombo.currentData())
        )
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def reject(self) -> None:
        typed = any(
            (
                self.ui.referenceEdit.text(),
                self.ui.labelEdit.text(),
                self.ui.rationaleEdit.toPlainText(),
            )
        )
        if messages.may_discard(self, bool(typed) and self.case is None, "this case"):
            super().reject()

    def _save(self) -> None:
        record = {
            "person": self.person_id,
            "reference": self.ui.referenceEdit.text().strip(),
            "label": self.ui.labelEdit.text().strip() or None,
            "weight": self.ui.weightSpin.value(),
            "allocated": self.ui.dateEdit.date().toString(DATE),
            "allocation_rationale": self.ui.rationaleEdit.toPlainText(),
        }
        try:
            self.case = cases.allocate(self.vault, record)
        except DeskError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        self.accept()
