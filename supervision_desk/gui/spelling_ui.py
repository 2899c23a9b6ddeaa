"""Spelling in note fields: misspellings underlined as you type, suggestions and "Add to
dictionary" in the right-click menu. One service for the app loads the dictionary off the UI
thread and holds the user's own words while the vault is open (they come from the vault)."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit

from ..core import spelling
from .workers import run_in_background

OFF = "off"


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, edit: QPlainTextEdit, service: SpellService):
        super().__init__(edit.document())
        self.service = service
        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.mark.setUnderlineColor(QColor("#d0312d"))

    def highlightBlock(self, text: str) -> None:
        checker = self.service.checker
        if checker is None:
            return
        for start, length, word in spelling.words(text):
            if not checker.known(word):
                self.setFormat(start, length, self.mark)


def _load(language: str) -> spelling.Checker:
    """Load a dictionary and let the garbage it left be collected here, beside the window."""
    checker = spelling.Checker(language)
    gc.collect()
    return checker


class SpellService(QObject):
    """``SpellService.instance()``; ``ready`` is emitted when a dictionary has loaded."""

    ready = Signal()
    _instance: SpellService | None = None

    def __init__(self) -> None:
        super().__init__(QApplication.instance())
        self.checker: spelling.Checker | None = None
        self.language = OFF
        self.personal: set[str] = set()
        self.add_word: Callable[[str], set[str]] | None = None  # saves into the open vault
        self._highlighters: list[SpellHighlighter] = []
        self._task = None
        self.last_menu: QMenu | None = None  # the menu on screen, while it is
        self._loading: str | None = None
        self._delay = self.LOAD_DELAY_MS

    @classmethod
    def instance(cls) -> SpellService:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    # -- language and the user's words ------------------------------------------------------

    # Loading reads a large word list in Python, which holds back the window while it runs
    # and takes about 80 MB: it starts only once a note field exists (a session or the
    # journal opened), and once the window has settled, not while it is being drawn.
    LOAD_DELAY_MS = 1500

    def set_language(self, language: str, *, delay_ms: int | None = None) -> None:
        if language == self.language:
            return
        self.language = language
        if language == OFF:
            self.checker = None
            self._refresh()
            return
        self._delay = self.LOAD_DELAY_MS if delay_ms is None else delay_ms
        if self._highlighters:
            self._schedule()

    def _schedule(self) -> None:
        language = self.language
        QTimer.singleShot(self._delay, lambda: self._load(language))

    def _load(self, language: str) -> None:
        if language != self.language or (self.checker and self.checker.language == language):
            return
        if self._task is not None and self._loading == language:
            return  # already on its way
        self._loading = language
        self._task = run_in_background(lambda: _load(language), self._loaded, self._not_loaded)

    def _not_loaded(self, _exc: Exception) -> None:
        self._task = self._loading = None  # no spell-check; typing goes on as before

    def _loaded(self, checker: spelling.Checker) -> None:
        self._task = self._loading = None
        if checker.language != self.language:
            return  # the user chose another language while this one loaded
        # The dictionary is a great many small objects that live as long as the app: keep
        # them out of the garbage collector's full passes, which would otherwise slow down
        # (collected beside the window, in ``_load``; freezing is quick).
        gc.freeze()
        checker.personal = self.personal
        self.checker = checker
        self._refresh(later=True)
        self.ready.emit()

    def set_personal(self, words: set[str]) -> None:
        self.personal = set(words)
        if self.checker is not None:
            self.checker.personal = self.personal
        self._refresh()

    def _refresh(self, later: bool = False) -> None:
        # A word added to the dictionary shows at once. A dictionary that has just loaded
        # underlines one field per turn of the event loop: a session's sections all at once
        # would hold the window for as long as all of them take.
        for highlighter in list(self._highlighters):
            if later:
                QTimer.singleShot(0, lambda h=highlighter: self._rehighlight(h))
            else:
                self._rehighlight(highlighter)

    def _rehighlight(self, highlighter) -> None:
        if highlighter not in self._highlighters:
            return
        try:
            highlighter.rehighlight()
        except RuntimeError:  # its field has gone
            self._highlighters.remove(highlighter)

    # -- note fields ------------------------------------------------------------------------

    def attach(self, edit: QPlainTextEdit) -> None:
        first = not self._highlighters
        self._highlighters.append(SpellHighlighter(edit, self))
        # A right-click lands on the field's viewport, the Menu key on the field itself:
        # both are watched, so the suggestions appear however the menu is asked for.
        edit.installEventFilter(self)
        edit.viewport().installEventFilter(self)
        edit.viewport().setProperty("spellField", True)
        if first and self.checker is None and self.language != OFF:
            self._schedule()  # the first note field: now the dictionary is worth loading

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu:
            return False
        if isinstance(watched, QPlainTextEdit):
            edit = watched
            # From the keyboard: the word at the text cursor, the menu beside it.
            pos = edit.cursorRect().center()
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            if not keyboard:
                pos = edit.viewport().mapFrom(edit, event.pos())
        elif watched.property("spellField") and isinstance(watched.parent(), QPlainTextEdit):
            edit, pos = watched.parent(), event.pos()
        else:
            return False
        self.last_menu = menu = self.menu_for(edit, pos)
        menu.exec(edit.viewport().mapToGlobal(pos))
        menu.deleteLater()
        self.last_menu = None
        return True

    def word_at(self, edit: QPlainTextEdit, pos) -> tuple[QTextCursor, str] | None:
        """The misspelt word under ``pos`` (in the field's viewport), selected in a cursor."""
        if self.checker is None:
            return None
        cursor = edit.cursorForPosition(pos)
        block, column = cursor.block(), cursor.positionInBlock()
        for start, length, word in spelling.words(block.text()):
            if start <= column <= start + length and not self.checker.known(word):
                found = QTextCursor(block)
                found.setPosition(block.position() + start)
                found.setPosition(block.position() + start + length, QTextCursor.KeepAnchor)
                return found, word
        return None

    def menu_for(self, edit: QPlainTextEdit, pos) -> QMenu:
        """The field's usual menu, with suggestions first when ``pos`` is on a misspelling."""
        menu = edit.createStandardContextMenu(pos)
        found = None if edit.isReadOnly() else self.word_at(edit, pos)
        if found is None:
            return menu
        cursor, word = found
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.checker.suggest(word) if self.checker else []
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self._replace(edit, cursor, s)
            )
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction("No suggestions", menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QAction(f"Add “{word}” to dictionary", menu)
        add.setEnabled(self.add_word is not None)
        add.triggered.connect(lambda _checked=False: self._add(word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu

    @staticmethod
    def _replace(edit: QPlainTextEdit, cursor: QTextCursor, word: str) -> None:
        cursor.beginEditBlock()
        cursor.insertText(word)
        cursor.endEditBlock()
        edit.setTextCursor(cursor)

    def _add(self, word: str) -> None:
        if self.add_word is not None:
            self.set_personal(self.add_word(word))


def note_tools(widget) -> None:
    """Lists, emphasis and spelling for every multi-line note field inside ``widget``."""
    from .markdown_keys import MarkdownKeys

    for field in widget.findChildren(QPlainTextEdit):
        MarkdownKeys.attach(field)
        SpellService.instance().attach(field)
