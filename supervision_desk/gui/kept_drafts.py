"""After an unlock: the text that was typed into dialogs open at the lock, to copy back."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import lock_drafts
from ..core.errors import DeskError
from . import a11y
from .fit import FittedDialog


class KeptDialog(FittedDialog):
    """Shows what was kept; Copy puts it on the clipboard (cleared like any copy), Discard
    removes it from the vault, Close keeps it for the next unlock."""

    def __init__(self, vault, drafts: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("Typed before the lock")
        layout = QVBoxLayout(self)
        count = len(drafts)
        intro = QLabel(
            f"When the vault locked, {'a window was' if count == 1 else f'{count} windows were'} "
            "open with text you had typed and not saved. The lock closed "
            f"{'it' if count == 1 else 'them'}; the text was kept, encrypted in the vault. "
            "Copy what you need into the record it belongs to."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(lock_drafts.as_text(drafts))
        self.text.setAccessibleName("Text typed before the lock")
        intro.setBuddy(self.text)
        layout.addWidget(self.text)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton("&Copy all")
        self.discard_button = QPushButton("&Discard")
        self.discard_button.setToolTip("Remove this text from the vault")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton("Keep for later", QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.setDefault(True)  # the safe answer: Enter never discards
        self.discard_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.discard_button.clicked.connect(self.discard)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        a11y.say(self.message, "Copied. Paste it where it belongs, then Discard.")

    def discard(self) -> None:
        try:
            lock_drafts.discard(self.vault)
        except DeskError as exc:
            a11y.say(self.message, str(exc), error=True)
            return
        self.accept()
