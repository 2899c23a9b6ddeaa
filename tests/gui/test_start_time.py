"""The start box says when a session has no start time, instead of showing a time the record
does not hold; a time the user sets is kept and printed on the record."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime

from supervision_desk.core import pdf, repos
from tests import year_of_history
from tests.gui.conftest import open_window


def _record_words(vault, session_id: str) -> str:
    reader = PdfReader(io.BytesIO(pdf.session_record(vault, session_id)))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_no_start_time_reads_as_none_and_a_set_one_reaches_the_record(
    qtbot, controller, make_vault
):
    vault = make_vault()
    year_of_history.build(vault)
    assert repos.get(vault, "sessions", "s1-11")["start"] is None
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.open_session("s1-11")
    box = window.editor.ui.startEdit
    # The box does not pretend a time is recorded.
    assert box.text() == "No time"
    window.editor.grab().save(str(path.parent / "start-none.png"))
    date = repos.get(controller.vault, "sessions", "s1-11")["date"]
    assert f"Date and time {date} Length" in _record_words(controller.vault, "s1-11")

    # The user steps the hour up to ten o'clock: the time is kept and printed.
    box.setFocus()
    box.setCurrentSection(box.Section.HourSection)
    for _ in range(10):
        qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.text() == "10:00"
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] == "10:00"
    assert f"Date and time {date}, 10:00 Length" in _record_words(controller.vault, "s1-11")

    # Back down to "No time" removes it again.
    box.setTime(QTime(0, 0))
    assert box.text() == "No time"
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] is None


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


def test_tab_and_shift_tab_leave_a_box_that_reads_no_time(qtbot, controller, make_vault):
    """A time box showing words has no hour and minute to step between: Tab must move on,
    or a keyboard user is held in it for good."""
    vault = make_vault()
    year_of_history.build(vault)
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.open_session("s1-11")
    box = window.editor.ui.startEdit
    assert box.text() == "No time"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    after = window.focusWidget()
    assert after is window.editor.ui.minutesSpin
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.editor.ui.dateEdit
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] is None
