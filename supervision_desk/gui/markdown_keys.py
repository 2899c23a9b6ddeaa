"""Lists and emphasis while typing a note, kept as plain Markdown in the text itself.

Typing "- " or "1. " starts a list; Enter continues it with the next bullet or number, and
Enter on an empty item ends it. Ctrl+B and Ctrl+I put ** or * around the selection (or take
them away), as word processors do with bold and italic. Each change is one undo step, and
Undo takes back typing a word at a time.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

_ITEM = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+]|(?P<number>\d{1,9})(?P<dot>[.)]))\s+")
BOLD, ITALIC = "**", "*"


def next_marker(line: str) -> tuple[str, bool] | None:
    """The start of the next list line after ``line``, and whether ``line`` is an empty item
    (Enter then ends the list); None when ``line`` is not a list item."""
    match = _ITEM.match(line)
    if not match:
        return None
    empty = not line[match.end() :].strip()
    number = match["number"]
    marker = f"{int(number) + 1}{match['dot']}" if number else match["marker"]
    return f"{match['indent']}{marker} ", empty


def toggle(text: str, mark: str) -> str:
    """``text`` with ``mark`` around it, or without it when it already has it. Spaces at
    either end stay outside the marks: ``**word **`` is not bold in Markdown."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    return text[:start] + _toggled(core, mark) + text[start + len(core) :]


def _toggled(text: str, mark: str) -> str:
    if len(text) >= 2 * len(mark) and text.startswith(mark) and text.endswith(mark):
        inner = text[len(mark) : -len(mark)]
        if mark == BOLD or not inner.startswith(ITALIC) or inner.startswith(BOLD):
            return inner
    return f"{mark}{text}{mark}"


class MarkdownKeys(QObject):
    """Install on a plain-text note field: ``MarkdownKeys.attach(edit)``."""

    @classmethod
    def attach(cls, edit: QPlainTextEdit) -> MarkdownKeys:
        keys = cls(edit)
        edit.installEventFilter(keys)
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPlainTextEdit):
            return False
        if watched.isReadOnly():
            return False
        key_event: QKeyEvent = event
        if key_event.matches(QKeySequence.StandardKey.Bold) or (
            key_event.key() == Qt.Key.Key_B and key_event.modifiers() == Qt.ControlModifier
        ):
            self.emphasise(watched, BOLD)
            return True
        if key_event.matches(QKeySequence.StandardKey.Italic) or (
            key_event.key() == Qt.Key.Key_I and key_event.modifiers() == Qt.ControlModifier
        ):
            self.emphasise(watched, ITALIC)
            return True
        if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            key_event.modifiers() & Qt.ShiftModifier
        ):
            return self.continue_list(watched)
        if key_event.text() == " " and not key_event.modifiers() & ~Qt.ShiftModifier:
            # A space typed as its own edit closes the word before it: Undo then takes back
            # a word at a time, not everything typed since the last pause.
            cursor = watched.textCursor()
            cursor.beginEditBlock()
            cursor.insertText(" ")
            cursor.endEditBlock()
            watched.setTextCursor(cursor)
            return True
        return False

    @staticmethod
    def emphasise(edit: QPlainTextEdit, mark: str) -> None:
        cursor = edit.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            chosen = cursor.selectedText()
            cursor.insertText(toggle(chosen, mark))
        else:
            cursor.insertText(mark * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(mark))
        cursor.endEditBlock()
        edit.setTextCursor(cursor)

    @staticmethod
    def continue_list(edit: QPlainTextEdit) -> bool:
        cursor = edit.textCursor()
        if cursor.hasSelection():
            return False
        line = cursor.block().text()
        if cursor.positionInBlock() < len(line.rstrip()):
            return False  # Enter in the middle of an item splits it as plain text would
        found = next_marker(line)
        if found is None:
            return False
        marker, empty = found
        cursor.beginEditBlock()
        if empty:  # Enter on an empty item ends the list: the marker goes
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.KeepAnchor)
            cursor.removeSelectedText()
        else:
            cursor.insertText("\n" + marker)
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        return True
