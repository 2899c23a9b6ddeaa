"""The lock's shortcut inside every dialog. A modal dialog blocks the main window's menus
and their shortcuts, so without this a user who has to step away from a half-typed dialog
could not lock the vault by hand (what they typed is kept: see core/lock_drafts.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

_lock: tuple[QKeySequence, Callable[[], None]] | None = None


def set_lock(sequence: QKeySequence, lock: Callable[[], None]) -> None:
    global _lock
    _lock = (QKeySequence(sequence), lock)


def add_to(dialog: QWidget) -> None:
    """Give ``dialog`` the lock's shortcut (once)."""
    if _lock is None or dialog.property("lockKey"):
        return
    sequence, lock = _lock
    shortcut = QShortcut(sequence, dialog)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: lock())
    dialog.setProperty("lockKey", True)
