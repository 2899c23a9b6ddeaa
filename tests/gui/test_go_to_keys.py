"""Ctrl+1, Ctrl+2 … go to the sidebar's sections in its order (View → Go to), from
anywhere in the window, and put the keyboard on the page shown: a keyboard user reached the
Tracker, Journal or Prompts only by Shift+Tab into the sidebar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.core import repos, sessions
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window
from tests.gui.test_keyboard_only import active, focused, press

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]


def go_to_items(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuGoTo.actions() if a.isVisible()]


def test_each_ctrl_digit_shows_its_sidebar_section(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    active(window)
    assert "Go to" in [a.text().replace("&", "") for a in window.ui.menuView.actions()]
    assert go_to_items(window) == ["People", "Journal", "Tracker", "Prompts", "Search"]
    window.open_session("s1")
    note = window.editor.section("analysis")
    note.setFocus()  # from inside a note the keys work too
    qtbot.waitUntil(lambda: focused() is note)
    written = note.toPlainText()
    for row in [mw.TRACKER, mw.JOURNAL, mw.PROMPTS, mw.SEARCH, mw.PEOPLE]:
        press(DIGITS[row], CTRL)
        qtbot.waitUntil(lambda row=row: window.ui.pages.currentIndex() == row)
        assert window.ui.sidebar.currentRow() == row
        page = window.ui.pages.currentWidget()
        assert page.isAncestorOf(focused()), f"{mw.PAGES[row].title}: {focused()!r}"
    assert note.toPlainText() == written  # no digit typed into the note
    # The section not on this desk is not reached.
    press(Qt.Key.Key_6, CTRL)
    assert window.ui.pages.currentIndex() == mw.PEOPLE


def test_ctrl_6_reaches_records_from_a_supervisor_on_a_practitioners_desk(
    qtbot, make_vault, controller
):
    vault = make_vault(mode="practitioner", role="social_worker")
    repos.save(vault, "people", {"id": "me", "name": "Alex Morgan", "role": "social_worker"})
    sessions.ensure_self(vault)
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.show()
    active(window)
    assert go_to_items(window) == [
        "My supervision",
        "Journal",
        "Tracker",
        "Prompts",
        "Search",
        "Records from my supervisor",
    ]
    press(Qt.Key.Key_6, CTRL)
    qtbot.waitUntil(lambda: window.ui.pages.currentIndex() == mw.RECEIVED)
    press(Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: window.ui.pages.currentIndex() == mw.PEOPLE)
    qtbot.wait(100)  # the keys' work settled, the vault still locks
    controller.lock()
    assert controller.vault is None
