"""Find within the open record (Ctrl+F): every match in the page's text fields is marked,
Enter or F3 goes to the next, Shift+F3 to the previous, Esc closes the bar."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

MATCH = QColor("#f6d365")
CURRENT = QColor("#f0a030")


class FindBar(QToolBar):
    """``fields`` gives the text fields of whatever is open, top to bottom."""

    def __init__(self, fields: Callable[[], list[QPlainTextEdit]], parent: QWidget | None = None):
        super().__init__("Find", parent)
        self.setObjectName("findBar")
        self.setMovable(False)
        self.fields = fields
        label = QLabel("Find ")
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(label)
        self.query = QLineEdit()
        self.query.setAccessibleName("Find in this record")
        self.query.setPlaceholderText("Words in this record")
        self.query.setClearButtonEnabled(True)
        self.query.setMaximumWidth(320)
        self.addWidget(self.query)
        for text, tip, step in (("Previous", "Shift+F3", -1), ("Next", "F3 or Enter", 1)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, s=step: self.go(s))
            self.addWidget(button)
        self.count = QLabel("")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(self.count)
        close = QToolButton()
        close.setText("Close")
        close.setToolTip("Esc")
        close.clicked.connect(self.close_bar)
        self.addWidget(close)
        self.query.textChanged.connect(lambda _: self.mark())
        # As the user types, the page follows the first match; words put in by opening a
        # search result leave the page at the section the result named.
        self.query.textEdited.connect(lambda _: self.reveal())
        self.query.returnPressed.connect(lambda: self.go(1))
        QShortcut(QKeySequence("F3"), self.query, lambda: self.go(1))
        QShortcut(QKeySequence("Shift+F3"), self.query, lambda: self.go(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.query, self.close_bar)
        self.matches: list[tuple[QPlainTextEdit, QTextCursor]] = []
        self.current = -1
        self.hide()

    def open(self, words: str | None = None) -> None:
        self.show()
        if words is not None:
            self.query.setText(words)
        self.query.setFocus()
        self.query.selectAll()
        self.mark()

    def close_bar(self) -> None:
        self.query.clear()
        self.mark()
        self.hide()

    def put_away(self) -> None:
        """Hide the bar and take its marks off the fields it marked, keeping the words for
        the next Find: the page now shown has no record text to find in."""
        for field in {field for field, _ in self.matches}:
            field.setExtraSelections([])
        self.matches, self.current = [], -1
        self.hide()

    def _pattern(self) -> re.Pattern | None:
        words = [w for w in self.query.text().split() if w]
        if not words:
            return None
        # Each word the user typed, matched as typed but ignoring case; search hits give
        # word beginnings, so "refer" also marks "referral".
        return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)

    def mark(self) -> None:
        """Mark every match in every field; the current one darker."""
        pattern = self._pattern()
        self.matches = []
        for field in self.fields():
            cursors = []
            if pattern is not None:
                text = field.toPlainText()
                for found in pattern.finditer(text):
                    cursor = QTextCursor(field.document())
                    cursor.setPosition(found.start())
                    cursor.setPosition(found.end(), QTextCursor.KeepAnchor)
                    cursors.append(cursor)
            self.matches += [(field, c) for c in cursors]
        self.current = -1 if not self.matches else min(max(self.current, 0), len(self.matches) - 1)
        self._paint()

    def _paint(self) -> None:
        by_field: dict[QPlainTextEdit, list[QTextEdit.ExtraSelection]] = {
            f: [] for f in self.fields()
        }
        for n, (field, cursor) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = QTextCharFormat()
            selection.format.setBackground(CURRENT if n == self.current else MATCH)
            selection.format.setForeground(QColor("#1d1d1d"))
            by_field.setdefault(field, []).append(selection)
        for field, selections in by_field.items():
            field.setExtraSelections(selections)
        shown = self.query.text().strip()
        if not shown:
            self.count.setText("")
        elif not self.matches:
            self.count.setText("  Not found")
        else:
            self.count.setText(f"  {self.current + 1} of {len(self.matches)}")

    def go(self, step: int) -> None:
        if not self.matches:
            self.mark()
            if not self.matches:
                return
        self.current = (self.current + step) % len(self.matches)
        self._paint()
        self.reveal()

    def reveal(self) -> None:
        """Scroll the current match into sight: inside its field, then in every scrolling
        page around the field (the record's form scrolls as a whole), innermost first."""
        if not 0 <= self.current < len(self.matches):
            return
        field, cursor = self.matches[self.current]
        shown = QTextCursor(cursor)
        shown.setPosition(cursor.selectionStart())
        field.setTextCursor(shown)
        field.ensureCursorVisible()
        place = field.cursorRect(shown)
        parent = field.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None:
                inner = parent.widget()
                centre = field.viewport().mapTo(inner, place.center())
                margin = place.height() * 2
                parent.ensureVisible(centre.x(), centre.y(), margin, margin)
            parent = parent.parentWidget()
