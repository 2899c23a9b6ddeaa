"""Opening a record and leaving it alone writes nothing into it: a session without a start
time keeps none (the box reads "No time" until the user types one)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.core import repos
from tests import year_of_history
from tests.gui.conftest import open_window


def test_a_session_without_a_start_time_keeps_none_when_opened(qtbot, controller, make_vault):
    vault = make_vault()
    year_of_history.build(vault)
    before = repos.get(vault, "sessions", "s1-11")
    assert before["start"] is None
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.open_session("s1-11")
    qtbot.wait(1500)  # longer than autosave waits
    window.flush()
    after = repos.get(controller.vault, "sessions", "s1-11")
    assert after["start"] is None
    assert {k: v for k, v in after.items() if k != "updated"} == {
        k: v for k, v in before.items() if k != "updated"
    }
    # A time the user sets is kept.
    box = window.editor.ui.startEdit
    box.setFocus()
    qtbot.keyClicks(box, "14:30")
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    window.flush()
    assert repos.get(controller.vault, "sessions", "s1-11")["start"] == "14:30"
