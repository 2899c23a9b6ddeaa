"""Setting the quick-unlock PIN: the PIN and its repeat in one dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..core.errors import DeskError
from . import a11y, secret_fields
from .fit import FittedDialog
from .forms.ui_pin_dialog import Ui_PinDialog
from .pages import plain_text_labels


class PinDialog(FittedDialog):
    """Asks for a PIN twice and hands it to ``enable``; a refusal from core is shown under
    the fields and the dialog stays open with what was typed."""

    def __init__(
        self, enable: Callable[[str], None], hours: int, min_length: int, parent: QWidget | None
    ):
        super().__init__(parent)
        self.ui = Ui_PinDialog()
        self.ui.setupUi(self)
        plain_text_labels(self)
        secret_fields.mark(self.ui.pinEdit, self.ui.repeatEdit)
        self._enable = enable
        self.ui.intro.setText(
            f"After the vault locks, this PIN reopens it for up to {hours} hours. It is kept "
            f"in memory only; three wrong PINs, or quitting, ask for the full passphrase. "
            f"A PIN has at least {min_length} characters."
        )
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setText("Set PIN")
        self.ui.buttonBox.accepted.connect(self._set)
        self.ui.buttonBox.rejected.connect(self.reject)
        # Wide enough that the window's own title bar shows the whole title.
        title = self.fontMetrics().horizontalAdvance(self.windowTitle())
        self.setMinimumWidth(min(title + 160, 900))

    def _set(self) -> None:
        pin, again = self.ui.pinEdit.text(), self.ui.repeatEdit.text()
        if pin != again:
            a11y.say(self.ui.message, "The two PINs differ.", error=True)
            self.ui.repeatEdit.setFocus()
            self.ui.repeatEdit.selectAll()
            return
        try:
            self._enable(pin)
        except DeskError as exc:
            a11y.say(self.ui.message, str(exc), error=True)
            self.ui.pinEdit.setFocus()
            return
        self.accept()
