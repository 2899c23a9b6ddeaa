"""File → Archived records: agreed records that were deleted (kept in the vault, off every
list), and the tombstones of those removed for good. Removing one for good, at the end of its
retention, asks for the reason and then asks again, since it cannot be undone; the vault
keeps a dated tombstone, signed by this vault, saying why (core/removal.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import removal, repos
from ..core.errors import DeskError
from ..core.vault import Vault
from . import a11y, messages
from .fit import FittedDialog


class ArchivedDialog(FittedDialog):
    removed_for_good = Signal(str)  # the words of the tombstone left

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("Archived records")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Agreed records that were deleted stay here with their history, off every list "
            "and out of the search and the figures. At the end of a record's retention, "
            "delete it for good: the vault then keeps only a dated note of when and why."
        )
        intro.setWordWrap(True)
        archived_label = QLabel("&Archived records")
        self.recordList = QListWidget()
        self.recordList.setObjectName("archivedList")
        self.recordList.setAccessibleName("Archived records")
        self.recordList.setWordWrap(True)
        archived_label.setBuddy(self.recordList)
        self.deleteButton = QPushButton("&Delete for good…")
        self.deleteButton.setObjectName("deleteForGoodButton")
        self.deleteButton.setToolTip("At the end of its retention; this cannot be undone")
        removed_label = QLabel("&Removed for good")
        self.stoneList = QListWidget()
        self.stoneList.setObjectName("tombstoneList")
        self.stoneList.setAccessibleName("Records removed for good")
        self.stoneList.setWordWrap(True)
        removed_label.setBuddy(self.stoneList)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (intro, archived_label, self.recordList, self.deleteButton):
            layout.addWidget(widget)
        for widget in (removed_label, self.stoneList, self.message, buttons):
            layout.addWidget(widget)
        layout.setAlignment(self.deleteButton, Qt.AlignmentFlag.AlignLeft)
        layout.setStretchFactor(self.recordList, 2)  # the lists give way, never the message
        layout.setStretchFactor(self.stoneList, 1)
        for label in (intro, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.deleteButton.clicked.connect(lambda: self.delete_for_good())
        self.recordList.currentRowChanged.connect(lambda _: self._enable())
        if vault.read_only:
            self.deleteButton.hide()
        self.resize(720, 520)
        self.refresh()

    def refresh(self) -> None:
        self.recordList.clear()
        for session in removal.archived_sessions(self.vault):
            item = QListWidgetItem(removal.archived_words(self.vault, session))
            item.setData(Qt.ItemDataRole.UserRole, session["id"])
            self.recordList.addItem(item)
        if not self.recordList.count():
            self.recordList.addItem(QListWidgetItem("No archived records."))
            self.recordList.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.recordList.setCurrentRow(0)
        self.stoneList.clear()
        for stone in removal.tombstones(self.vault):
            self.stoneList.addItem(removal.tombstone_words(stone))
        if not self.stoneList.count():
            self.stoneList.addItem(QListWidgetItem("None."))
            self.stoneList.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._enable()

    def current(self) -> str | None:
        item = self.recordList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _enable(self) -> None:
        self.deleteButton.setEnabled(self.current() is not None)

    def delete_for_good(self) -> bool:
        """Two steps: why (required), then a last yes. Nothing changes until both."""
        session_id = self.current()
        if session_id is None:
            return False
        what = removal.archived_words(self.vault, repos.get(self.vault, "sessions", session_id))
        reason = messages.ask_text(
            self,
            "Delete for good: why?",
            f"{what}\n\nSay why this record is deleted for good (for instance: its retention "
            "period ended). The reason is kept, dated and signed, in its place.",
        )
        if not reason:
            a11y.say(self.message, "Not deleted: a reason is needed.", error=True)
            return False
        if not messages.ask(
            self,
            "Delete for good",
            f"Delete this agreed record and its history for good?\n\n{what}\n\nReason: "
            f"{reason}\n\nThis cannot be undone. The vault keeps only the date, the reason "
            "and the fingerprint of its last version.",
            "Delete for good",
        ):
            a11y.say(self.message, "Not deleted.")
            return False
        try:
            stone = removal.remove_for_good(self.vault, session_id, reason)
        except DeskError as exc:
            a11y.say(self.message, str(exc), error=True)
            return False
        words = removal.tombstone_words(stone) if stone else "Deleted."
        self.refresh()
        a11y.say(self.message, "Deleted for good. Its dated note is under Removed for good.")
        self.removed_for_good.emit(words)
        return True
