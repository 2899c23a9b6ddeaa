"""Spelling in UK English: a misspelt word is underlined as it is typed and corrected from the
right-click menu; "Add to dictionary" keeps the word in the vault, not on disk elsewhere."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from supervision_desk.core import spelling
from supervision_desk.gui.spelling_ui import SpellService
from tests.gui.conftest import unlock


def _underlined(edit) -> list[str]:
    found = []
    block = edit.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == QTextCharFormat.SpellCheckUnderline:
                found.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return found


def _point_at(edit, word: str):
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(text.index(word) + 2)
    return edit.cursorRect(cursor).center()


def test_a_misspelling_is_underlined_and_corrected_from_the_menu(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    service = SpellService.instance()
    qtbot.waitUntil(lambda: service.checker is not None, timeout=20_000)
    assert service.checker.language == "en_GB"
    controller.window.open_session("s1")
    edit = controller.window.editor.section("analysis")
    edit.setPlainText("")
    qtbot.keyClicks(edit, "Recieved the colour of the organisation's judgement from Tyrese")
    assert _underlined(edit) == ["Recieved", "Tyrese"]  # UK spellings pass
    menu = service.menu_for(edit, _point_at(edit, "Recieved"))
    labels = [a.text() for a in menu.actions()]
    assert "Received" in labels and "Add “Recieved” to dictionary" in labels
    next(a for a in menu.actions() if a.text() == "Received").trigger()
    assert edit.toPlainText().startswith("Received the colour")
    add = service.menu_for(edit, _point_at(edit, "Tyrese"))
    next(a for a in add.actions() if a.text().startswith("Add “Tyrese”")).trigger()
    assert _underlined(edit) == []
    assert "Tyrese" in spelling.personal_words(controller.vault)
    controller.lock()
    assert service.personal == set()  # names leave memory with the vault
    unlock(qtbot, controller)
    assert "Tyrese" in service.personal


def test_words_worth_checking():
    found = [w for _, _, w in spelling.words("Don't re-refer YOT cases 2x; multi-agency **plan**")]
    assert found == ["Don't", "re-refer", "cases", "multi-agency", "plan"]
