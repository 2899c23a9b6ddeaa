"""The start box is empty (reading "No time") when a session has no start time, instead of
showing a time the record does not hold; a keyboard user types a time straight in, it is kept
and printed on the record, and Tab goes on from the box whatever it holds."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from supervision_desk.core import pdf, repos
from tests import year_of_history
from tests.gui.conftest import open_window


def _record_words(vault, session_id: str) -> str:
    reader = PdfReader(io.BytesIO(pdf.session_record(vault, session_id)))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _window_on_a_session_without_start(qtbot, controller, make_vault):
    vault = make_vault()
    year_of_history.build(vault)
    assert repos.get(vault, "sessions", "s1-11")["start"] is None
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.show()
    qtbot.waitExposed(window)
    window.open_session("s1-11")
    return window


def _press(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    QApplication.processEvents()


def test_typing_a_time_into_a_box_with_none_sets_it_and_it_reaches_the_record(
    qtbot, controller, make_vault
):
    window = _window_on_a_session_without_start(qtbot, controller, make_vault)
    ui = window.editor.ui
    box = ui.startEdit
    # The box does not pretend a time is recorded.
    assert box.text() == "" and box.placeholderText() == "No time"
    date = repos.get(controller.vault, "sessions", "s1-11")["date"]
    assert f"Date and time {date} Length" in _record_words(controller.vault, "s1-11")

    # From the date, Tab goes to the start box; the time is typed as it is written.
    ui.dateEdit.setFocus(Qt.FocusReason.TabFocusReason)
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box
    QTest.keyClicks(box, "10:00")
    assert box.text() == "10:00"
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.minutesSpin
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] == "10:00"
    assert f"Date and time {date}, 10:00 Length" in _record_words(controller.vault, "s1-11")

    # Typed the short way, it is shown the long way; Up steps it.
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "930")
    _press(Qt.Key.Key_Up)
    _press(Qt.Key.Key_Tab)
    assert box.text() == "09:35"
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] == "09:35"

    # Emptying the box removes the time again.
    box.setFocus()
    box.selectAll()
    _press(Qt.Key.Key_Backspace)
    _press(Qt.Key.Key_Tab)
    assert box.text() == ""
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] is None


def test_words_in_the_start_box_are_put_back_with_a_message(qtbot, controller, make_vault):
    window = _window_on_a_session_without_start(qtbot, controller, make_vault)
    box = window.editor.ui.startEdit
    box.setFocus()
    QTest.keyClicks(box, "14:30")
    _press(Qt.Key.Key_Tab)
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "after lunch")
    _press(Qt.Key.Key_Tab)
    assert box.text() == "14:30"
    assert window.statusBar().currentMessage() == (
        "“after lunch” is not a time: it is still 14:30. Write it like 10:00, 14:30 or 2.30pm."
    )
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] == "14:30"


def test_a_recorded_start_time_shows_as_it_is(qtbot, controller, make_vault):
    vault = make_vault()
    year_of_history.build(vault)
    session = repos.get(vault, "sessions", "s1-11")
    repos.save(vault, "sessions", {**session, "start": "14:30"})
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.open_session("s1-11")
    assert window.editor.ui.startEdit.text() == "14:30"
    qtbot.wait(1500)  # longer than autosave waits
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] == "14:30"


def test_tab_and_shift_tab_leave_the_start_box_when_it_is_empty(qtbot, controller, make_vault):
    """Tab must move on from an empty start box, or a keyboard user is held in it."""
    window = _window_on_a_session_without_start(qtbot, controller, make_vault)
    box = window.editor.ui.startEdit
    box.setFocus()
    _press(Qt.Key.Key_Tab)
    assert window.focusWidget() is window.editor.ui.minutesSpin
    box.setFocus()
    _press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.editor.ui.dateEdit
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] is None
