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
    controller.window.open_session("s1")  # a note field: the dictionary loads for it now
    qtbot.waitUntil(lambda: service.checker is not None, timeout=20_000)
    assert service.checker.language == "en_GB"
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


def _menu_from(qtbot, ask) -> list[str]:
    """Ask for a context menu as the user does; read it, choose nothing, close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[list[str]] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(50, read)
            return
        seen.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(50, read)
    ask()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return seen[0]


def _bring_into_view(qtbot, widget) -> None:
    """Scroll every scroll area holding ``widget`` until it is on screen."""
    from PySide6.QtWidgets import QScrollArea

    for _ in range(2):  # again once the layout has settled and the scroll range is known
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()
        qtbot.wait(50)


def _choose_in_menu(qtbot, ask, label: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(50, choose)
            return
        action = next(a for a in menu.actions() if a.text() == label)
        chosen.append(action.text())
        action.trigger()
        menu.close()

    QTimer.singleShot(50, choose)
    ask()
    qtbot.waitUntil(lambda: bool(chosen), timeout=5_000)


def test_suggestions_come_on_right_click_and_the_menu_key(qtbot, controller, filled_vault):
    """A right-click reaches the field's viewport and the Menu key the field itself: both
    bring the suggestions and "Add to dictionary"; the app's own words are not marked."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    service = SpellService.instance()
    qtbot.waitUntil(lambda: service.checker is not None, timeout=20_000)
    window = controller.window
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.open_session("s1")
    edit = window.editor.ui.learningEdit
    edit.setPlainText("")
    qtbot.keyClicks(edit, "Wellbeing and safeguarding in the ASYE: Kelechi's genogram")
    assert _underlined(edit) == ["Kelechi's"]

    # The mouse: a right-click on the word, delivered as the window system delivers it.
    edit.setFocus()
    _bring_into_view(qtbot, edit)
    spot = edit.viewport().mapTo(window, _point_at(edit, "Kelechi"))
    labels = _menu_from(
        qtbot,
        lambda: QTest.mouseClick(window.windowHandle(), Qt.RightButton, Qt.NoModifier, spot),
    )
    assert "Add “Kelechi's” to dictionary" in labels
    assert any(label.startswith("&Copy") for label in labels)  # the usual items stay

    # The keyboard: the Menu key opens the menu for the word at the text cursor.
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index("Kelechi") + 3)
    edit.setTextCursor(cursor)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is edit  # the field, not its viewport

    def menu_key() -> None:
        # What the window does with the Menu key: a keyboard menu event to the focus widget.
        at = edit.cursorRect().center()
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, at, edit.mapToGlobal(at), Qt.NoModifier
        )
        assert event.type() == QEvent.Type.ContextMenu
        QApplication.sendEvent(QApplication.focusWidget(), event)

    _choose_in_menu(qtbot, menu_key, "Add “Kelechi's” to dictionary")
    assert _underlined(edit) == []
    assert "Kelechi's" in spelling.personal_words(controller.vault)


def test_the_bundled_social_work_words_pass_beside_both_dictionaries():
    checker = spelling.Checker("en_GB")
    for word in ("wellbeing", "Wellbeing", "safeguarding", "ASYE's", "genograms", "missingness"):
        assert checker.known(word), word
    assert checker.known("wellbeing-focused")
    assert not checker.known("wellbieng")
    assert checker.suggest("wellbieng")[0] == "wellbeing"
    assert checker.suggest("Safegaurding")[0] == "Safeguarding"
    assert spelling.Checker("en_US").known("wellbeing")
