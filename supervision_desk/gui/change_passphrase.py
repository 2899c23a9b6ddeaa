"""File → Change passphrase…: the vault copied under a new passphrase, off the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox

from ..core.errors import DeskError, WrongPassphrase
from . import a11y, secret_fields
from .fit import FittedDialog
from .forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from .pages import plain_text_labels
from .unlock import new_passphrase_problem, show_strength
from .workers import run_in_background

if TYPE_CHECKING:
    from .vault_menu import VaultMenu


class ChangePassphraseDialog(FittedDialog):
    def __init__(self, menu: VaultMenu, parent=None):
        super().__init__(parent)
        self.menu = menu
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        secret_fields.mark(self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit)
        self.ui.progress.hide()
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        self.ok.setText("Change passphrase")
        self.ui.buttonBox.accepted.connect(self.change)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.newEdit.textChanged.connect(self._assess)
        self.ui.repeatEdit.textChanged.connect(self._assess)
        self._task = None
        self.busy = False
        self._assess()

    def _hints(self) -> list[str]:
        return [self.menu.vault.meta().get("owner", "")] if self.menu.vault else []

    def _problem(self) -> str:
        if not self.ui.currentEdit.text():
            return "Enter the current passphrase."
        return new_passphrase_problem(
            self.ui.newEdit.text(), self.ui.repeatEdit.text(), self._hints()
        )

    def _assess(self) -> None:
        show_strength(self.ui.strengthBar, self.ui.newEdit.text(), self._hints())

    def _say(self, text: str, error: bool = True) -> None:
        a11y.say(self.ui.message, text, error=error)

    def change(self) -> None:
        problem = self._problem()
        if problem:
            self._say(problem)
            return
        vault, current, new = self.menu.vault, self.ui.currentEdit.text(), self.ui.newEdit.text()

        def work() -> None:
            if not vault.passphrase_matches(current):
                raise WrongPassphrase("The current passphrase is not right; nothing was changed.")
            vault.change_passphrase(new)

        self.busy = True
        self.ui.progress.show()
        self.ok.setEnabled(False)
        self._say("Copying the vault under the new passphrase and checking the copy…", error=False)
        self._task = run_in_background(work, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.busy = False
        self.menu.finished.emit("Passphrase changed. The old passphrase no longer opens the vault.")
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.ui.progress.hide()
        self.ok.setEnabled(True)
        self._say(str(exc) if isinstance(exc, DeskError) else f"Not changed: {exc}")
        if isinstance(exc, WrongPassphrase):
            self.ui.currentEdit.selectAll()
            self.ui.currentEdit.setFocus()
