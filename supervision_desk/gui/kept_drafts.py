"""After an unlock: the text that was typed into dialogs open at the lock, to copy back.

The window is not modal: the user reopens the dialog the text was for (a dialog that blocks
the main window) and goes back and forth, copying one field at a time. It belongs to the main
window (its transient parent), so it stays above the app's own windows and not above other
programs; while a dialog of the app is open it moves above that dialog instead, which is
what keeps it usable then (a dialog blocks its parent's whole family of windows)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core import lock_drafts
from ..core.errors import DeskError
from . import a11y, clipboard_hints
from .fit import FittedDialog
from .idle import CLIPBOARD_SECONDS

MENU_NAME = "Edit ▸ Typed before the lock…"


def source(draft: dict, field: dict) -> str:
    """Which window a kept field came from, and its name there: "Add a case — Reference"."""
    return f"{draft.get('title') or 'A window'} — {field['label']}"


class FieldCopy(QWidget):
    """One kept field: where it came from, its text (read-only), and a Copy button."""

    def __init__(self, draft: dict, field: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = source(draft, field)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.name)
        heading.setTextFormat(Qt.PlainText)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(field["text"])
        self.text.setAccessibleName(self.name)
        self.text.setTabChangesFocus(True)
        lines = max(2, min(6, field["text"].count("\n") + 1 + len(field["text"]) // 55))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * lines + 24)
        heading.setBuddy(self.text)
        self.copy_button = QPushButton("Copy")
        self.copy_button.setAccessibleName(f"Copy {self.name}")
        self.copy_button.setAutoDefault(False)
        layout.addWidget(heading, 0, 0, 1, 2)
        layout.addWidget(self.text, 1, 0)
        layout.addWidget(self.copy_button, 1, 1, Qt.AlignTop)


class KeptDialog(FittedDialog):
    """Shows what was kept, field by field; each Copy puts that one field on the clipboard
    (cleared like any copy), Discard removes it all from the vault, Keep for later closes the
    window and leaves it in the vault (the Edit menu shows it again)."""

    def __init__(self, vault, drafts: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("Typed before the lock")
        self.setModal(False)
        self._above: QWindow | None = None  # the dialog it sits above, while one is open
        layout = QVBoxLayout(self)
        count = len(drafts)
        intro = QLabel(
            f"When the vault locked, {'a window was' if count == 1 else f'{count} windows were'} "
            "open with text you had typed and not saved. The lock closed "
            f"{'it' if count == 1 else 'them'}; the text was kept, encrypted in the vault. "
            "This window stays open beside the app: reopen the window the text was for, then "
            "copy one field here and paste it there."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        self.fields: list[FieldCopy] = []
        for draft in drafts:
            about = f" ({draft['about']})" if draft.get("about") else ""
            when = QLabel(
                f"{draft.get('title') or 'A window'}{about}, open at the lock, "
                f"{lock_drafts.when(draft)}"
            )
            when.setTextFormat(Qt.PlainText)
            when.setWordWrap(True)
            when.setProperty("role", "help")
            rows_layout.addWidget(when)
            for field in draft["fields"]:
                row = FieldCopy(draft, field)
                row.copy_button.clicked.connect(lambda _=False, r=row: self.copy(r))
                rows_layout.addWidget(row)
                self.fields.append(row)
            line = QFrame()
            line.setFrameShape(QFrame.HLine)
            rows_layout.addWidget(line)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        self.message = QLabel(
            f"A copy stays on the clipboard for {CLIPBOARD_SECONDS} seconds, then it is cleared."
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.discard_button = QPushButton("&Discard")
        self.discard_button.setToolTip("Remove all of this text from the vault")
        self.discard_button.setAutoDefault(False)
        self.keep_button = buttons.addButton(
            "&Keep for later", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button.setToolTip(f"Close this window; {MENU_NAME} shows it again")
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.discard_button.clicked.connect(self.discard)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowBlocked:
            self._follow_dialogs()  # a dialog opened: above it, so not blocked by it
        return super().event(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._follow_dialogs()

    def _follow_dialogs(self) -> None:
        """Sit above the app's dialog open now (the one that blocks the rest), else above
        the main window. Qt blocks a window whose parent a dialog blocks, not one whose
        parent is that dialog."""
        handle = self.windowHandle()
        if handle is None:
            return
        modal = QGuiApplication.modalWindow()
        if modal is handle or (modal is not None and not modal.isVisible()):
            modal = None
        owner = self.parentWidget()
        above = modal or (owner.window().windowHandle() if owner is not None else None)
        if handle.transientParent() is not above:
            handle.setTransientParent(above)
        if modal is not None and modal is not self._above:
            # Once it closes, back above the dialog under it or the main window: looked at
            # when the closing is over, so the dialog closing is no longer the one open.
            modal.visibleChanged.connect(self._dialog_shown)
        self._above = modal

    def _dialog_shown(self, shown: bool) -> None:
        if not shown:
            QTimer.singleShot(0, self, self._follow_dialogs)

    def copy(self, row: FieldCopy) -> None:
        text = row.text.toPlainText()
        QGuiApplication.clipboard().setMimeData(clipboard_hints.marked(text=text))
        a11y.say(
            self.message,
            f"Copied “{row.name}”. Paste it into that field (Ctrl+V) within "
            f"{CLIPBOARD_SECONDS} seconds: the clipboard is cleared then. "
            "Discard when everything is back where it belongs.",
        )

    def discard(self) -> None:
        try:
            lock_drafts.discard(self.vault)
        except DeskError as exc:
            a11y.say(self.message, str(exc), error=True)
            return
        self.accept()
