"""The vault's tracker policy (Edit → Tracker settings…)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ..core import labels, policy
from ..core.errors import ValidationError
from ..core.records import ROLES, STANDARDS
from ..core.vault import Vault
from . import a11y
from .fit import FittedDialog
from .forms.ui_policy_dialog import Ui_PolicyDialog
from .pages import plain_text_labels
from .tab_order import tab_in_reading_order


class PolicyDialog(FittedDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PolicyDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault = vault
        current = policy.load(vault)
        self.ui.pointsSpin.setValue(current.points_per_fte)
        self.ui.shareSpin.setValue(round(current.newly_qualified_share * 100))
        self.ui.hoursSpin.setValue(current.contracted_hours)
        self.ui.shareForAll.setChecked(current.newly_qualified_share_for_all)
        self.combos: dict[str, QComboBox] = {}
        for role in ROLES:
            combo = QComboBox()
            combo.setAccessibleName(f"Standard for {labels.ROLE[role]}")
            for standard in (*STANDARDS, "custom:31:60", "custom:28:60", "custom:14:60"):
                combo.addItem(labels.standard(standard), standard)
            chosen = current.standard_for(role)
            if combo.findData(chosen) < 0:
                combo.addItem(labels.standard(chosen), chosen)
            combo.setCurrentIndex(combo.findData(chosen))
            label = QLabel(labels.ROLE[role])
            label.setBuddy(combo)
            self.ui.rolesForm.addRow(label, combo)
            self.combos[role] = combo
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        tab_in_reading_order(self)  # the standards made above would come after OK otherwise

    def _save(self) -> None:
        values = {
            "points_per_fte": self.ui.pointsSpin.value(),
            "newly_qualified_share": self.ui.shareSpin.value() / 100,
            "contracted_hours": self.ui.hoursSpin.value(),
            "newly_qualified_share_for_all": self.ui.shareForAll.isChecked(),
            "default_standards": {r: c.currentData() for r, c in self.combos.items()},
        }
        try:
            policy.save(self.vault, values)
        except ValidationError as exc:
            a11y.say(self.ui.message, labels.message(exc), error=True)
            return
        self.accept()
