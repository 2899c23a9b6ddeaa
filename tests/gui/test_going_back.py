"""Back (Alt+Left, View → Back) returns to the page the user came from, as they left it, like
a browser's Back within the app: a session opened from a person's page goes back to that
person, one opened from search results goes back to the results, and a page left for another
comes back with its record at the field the keyboard was in. What was typed is saved first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from supervision_desk.core import repos
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import choose, open_window, texts
from tests.gui.test_keyboard_only import active, focused, press

ALT = Qt.KeyboardModifier.AltModifier


def _shown(qtbot, controller, path):
    window = open_window(qtbot, controller, path)
    window.show()
    active(window)
    return window


def _back() -> None:
    """Alt+Left where the keyboard is, as the user presses it."""
    press(Qt.Key.Key_Left, ALT)


def test_alt_left_from_a_session_goes_back_to_its_person_with_the_typing_saved(
    qtbot, controller, filled_vault
):
    window = _shown(qtbot, controller, filled_vault)
    people = window.people
    people.select_person("p1")
    choose(people.ui.sessionList, 0)
    press(Qt.Key.Key_Return)  # opens the session chosen
    editor = window.editor
    assert window.ui.pages.currentWidget() is editor
    field = editor.section("analysis")
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(focused(), " Then the heron spoke up.")

    _back()  # before the autosave's pause has passed

    assert window.ui.pages.currentWidget() is people
    assert window.ui.sidebar.currentRow() == mw.PEOPLE
    assert people.current_person() == "p1"
    assert people.current_session() == "s1"  # the row it was opened from, with the keyboard
    assert focused() is people.ui.sessionList
    saved = repos.get(controller.vault, "sessions", "s1")["analysis"]
    assert saved == "Peer group shifted. Then the heron spoke up."
    assert not window.ui.actionBack.isEnabled()  # nowhere further back
    _back()  # and pressed again there, it changes nothing
    assert window.ui.pages.currentWidget() is people


def test_back_goes_to_the_search_results_and_then_to_the_page_before(
    qtbot, controller, filled_vault
):
    window = _shown(qtbot, controller, filled_vault)
    window.show_section(mw.JOURNAL)
    window.ui.actionSearch.trigger()
    query = window.search.ui.queryEdit
    qtbot.keyClicks(query, "peer")
    qtbot.waitUntil(lambda: len(texts(window.search.ui.results)) == 1, timeout=5000)
    qtbot.keyClick(query, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.ui.results, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.editor

    _back()
    assert window.ui.pages.currentWidget() is window.search
    assert query.text() == "peer"  # the results as they were, to open the next one
    assert len(texts(window.search.ui.results)) == 1
    assert focused() is window.search.ui.results
    _back()
    assert window.ui.pages.currentWidget() is window.journal


def test_back_to_a_session_puts_the_keyboard_in_the_field_it_left(qtbot, controller, filled_vault):
    window = _shown(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    editor.section("allocation").setFocus()
    qtbot.keyClicks(focused(), "Rota first.")
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.ui.pages.currentWidget() is window.search

    window.ui.actionBack.trigger()  # View → Back
    assert window.ui.pages.currentWidget() is editor
    assert editor.session["id"] == "s1"
    assert editor.section("allocation").hasFocus()
    assert editor.section("allocation").toPlainText() == "Rota first."


def test_back_to_a_session_deleted_since_goes_to_its_person(
    qtbot, controller, filled_vault, answers
):
    window = _shown(qtbot, controller, filled_vault)
    window.open_session("s1")
    window.show_section(mw.TRACKER)
    window.show_section(mw.PEOPLE)
    window.people.select_person("p1")
    qtbot.mouseClick(window.people.ui.deleteSessionButton, Qt.LeftButton)  # asked: yes
    assert not repos.exists(controller.vault, "sessions", "s1")
    window.ui.actionBack.trigger()
    assert window.ui.pages.currentWidget() is window.tracker
    window.ui.actionBack.trigger()  # the session, gone: its person's list instead
    assert window.ui.pages.currentWidget() is window.people
    assert window.people.current_person() == "p1"
    # The People page it was opened from is where the user is now: no Back that does nothing.
    assert not window.ui.actionBack.isEnabled()


def test_back_is_in_the_view_menu_with_its_key_and_forgotten_at_the_lock(
    qtbot, controller, filled_vault
):
    window = _shown(qtbot, controller, filled_vault)
    action = window.ui.actionBack
    assert window.ui.menuView.actions()[0] is action
    assert action.text().replace("&", "") == "Back"
    assert QKeySequence("Alt+Left") in action.shortcuts()
    assert QKeySequence(Qt.Key.Key_Backspace) not in action.shortcuts()  # deletes, only
    assert not action.isEnabled()
    window.open_session("s1")
    assert action.isEnabled()
    controller.lock()
    assert window.back_places == [] and not action.isEnabled()
