"""The window's menu shortcuts reach their menus from every field in it.

Qt asks the focused widget first (a ShortcutOverride event) and a text or date box may keep
the key: on X11 desktops a one-line box takes Ctrl+E as "end of line", so Ctrl+E (Export PDF)
did nothing from a session's date. Here a key that a menu item of the window is bound to goes
to the menu, except the editing keys a box needs (copy, paste, undo, select all …)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

# Keys a field keeps even if a menu item also has them: the field's own meaning is the one
# the user means there (the Edit menu's items act on the field anyway).
FIELD_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
)


class MenuKeysFirst(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window

    def _actions(self) -> list[QAction]:
        found = list(self._window.actions())
        for menu in self._window.menuBar().findChildren(QMenu):
            found.extend(menu.actions())
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if any(event.matches(key) for key in FIELD_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions():
            if action.isEnabled() and any(
                shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for shortcut in action.shortcuts()
            ):
                event.ignore()  # not the field's: Qt goes on to the menu's shortcut
                return True
        return False


def menu_keys_first(window: QMainWindow) -> None:
    """Let ``window``'s menu shortcuts win over the fields inside it (see above)."""
    QApplication.instance().installEventFilter(MenuKeysFirst(window))
