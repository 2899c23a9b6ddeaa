"""The window's menu shortcuts reach their menus from every field in it.

Qt asks the focused widget first (a ShortcutOverride event) and a text or date box may keep
the key: on X11 desktops a one-line box takes Ctrl+E as "end of line", so Ctrl+E (Export PDF)
did nothing from a session's date. Here a key that a menu item of the window is bound to goes
to the menu, except the editing keys a box needs (copy, paste, undo, select all …)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
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
    """Watches only the widget that has the keyboard (Qt asks it alone about a shortcut):
    a filter on the whole application would be a Python call for every event of every
    widget, which the window's busiest moments feel."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the widget may have gone already
                self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)
            self._watched = new

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


def menu_keys_first(window: QMainWindow) -> MenuKeysFirst:
    """Let ``window``'s menu shortcuts win over the fields inside it (see above)."""
    return MenuKeysFirst(window)


def back_keys() -> list[QKeySequence]:
    """The keys for Back: Alt+Left where the platform's Back has it (Windows and Linux
    desktops, and Qt's own key for a keyboard's Back button), else the platform's own (⌘[ on
    a Mac, where Alt+Left moves by a word). Never a bare Backspace, which Windows also lists:
    in a form full of text boxes it must only ever delete."""
    alt_left = QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)
    backspace = QKeySequence(Qt.Key.Key_Backspace)
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Back)
    if alt_left in platform or not platform:
        return [alt_left]
    return [key for key in platform if key != backspace] or [alt_left]
