"""The session's action buttons are open only when they have something to act on: Close as
done was offered on a record with no action carried forward, and pressed did nothing."""

from __future__ import annotations

from supervision_desk.core import repos
from tests.gui.conftest import cell, choose, open_window


def buttons(editor) -> dict[str, bool]:
    ui = editor.ui
    return {
        "remove": ui.removeActionButton.isEnabled(),
        "done": ui.closeDoneButton.isEnabled(),
        "dropped": ui.closeDroppedButton.isEnabled(),
        "reopen": ui.reopenButton.isEnabled(),
    }


def test_action_buttons_wait_for_something_to_act_on(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    # The first session: nothing carried forward into it, its own action not chosen yet.
    window.open_session("s1")
    editor = window.editor
    assert editor.carried.rowCount() == 0
    assert editor.ui.addActionButton.isEnabled()
    assert buttons(editor) == dict.fromkeys(["remove", "done", "dropped", "reopen"], False)
    choose(editor.ui.actionsTable, 0)
    assert buttons(editor)["remove"]

    # A later session carries that action forward: closing waits for it to be chosen.
    repos.save(
        controller.vault,
        "sessions",
        {"id": "s2", "person": "p1", "date": "2026-04-06", "minutes": 60},
    )
    window.open_session("s2")
    carried = editor.ui.carriedTable
    assert cell(carried, 0, 1) == "Ask S. where he would like to meet"
    assert not buttons(editor)["done"] and not buttons(editor)["remove"]
    choose(carried, 0)
    assert buttons(editor) == {"remove": False, "done": True, "dropped": True, "reopen": False}
    editor.ui.closeDoneButton.click()
    assert cell(carried, 0, 4) == "Done"
    # Closed, it can be reopened and not closed again.
    assert buttons(editor) == {"remove": False, "done": False, "dropped": False, "reopen": True}
    editor.ui.reopenButton.click()
    assert cell(carried, 0, 4) == "Open"
    assert buttons(editor)["done"] and not buttons(editor)["reopen"]
