"""The practitioner marks an action from the supervisor's record done on their own desk, by
keyboard: the Open actions list then shows it done, with the day, after the open ones, and
no longer counts it open; Reopen takes the mark back. The received record itself, the text
both agreed and signed, is not touched. Two real vaults: the records travel as exchange
files; Sam's vault is then unlocked in the app as Sam would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.core import chain, my_supervision
from supervision_desk.gui import main_window as mw
from tests import tools
from tests.gui.conftest import texts
from tests.gui.test_received_records import sam_desk  # noqa: F401 - the fixture


def _versions(vault) -> list[tuple]:
    return vault.conn.execute(
        "SELECT session, number, hash, content, sealed FROM record_versions ORDER BY 1, 2"
    ).fetchall()


def test_mark_done_and_reopen_by_keyboard_on_my_desk(qtbot, sam_desk):  # noqa: F811
    window = sam_desk
    vault = window.vault
    window.show_section(mw.PEOPLE)
    people = window.people
    people.select_person("me")
    ui = people.ui
    before = _versions(vault)
    assert ui.markDoneButton.isVisible() and ui.reopenActionButton.isVisible()
    assert ui.markDoneButton.accessibleName() == "Mark done"
    assert ui.actionsHeading.text() == "Open actions: all 2"

    # Home to the first action in the list, then Tab to Mark done and press space.
    view = ui.openActions
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Home)
    assert view.currentIndex().row() == 0
    assert ui.markDoneButton.isEnabled() and not ui.reopenActionButton.isEnabled()
    qtbot.keyClick(view, Qt.Key_Tab)
    assert ui.markDoneButton.hasFocus()
    qtbot.keyClick(ui.markDoneButton, Qt.Key_Space)

    shown = texts(view)
    assert [line.split(" — ")[0] for line in shown] == [
        "Write to the virtual school head",
        "Book the family meeting",  # after the open one, marked done
    ]
    assert shown[1].endswith(
        "done 20 Mar 2026, marked by you (your supervisor's record of 16 March 2026 shows it open)"
    )
    assert ui.actionsHeading.text() == "Open actions: 1; 1 action marked done by you"
    assert my_supervision.open_actions_count(vault, "me") == 1
    # The keyboard stays on the same action, now marked: Reopen is the one to press.
    assert view.hasFocus() and view.currentIndex().row() == 1
    assert not ui.markDoneButton.isEnabled() and ui.reopenActionButton.isEnabled()
    assert window.statusBar().currentMessage() == (
        "Marked done on your desk, 20 Mar 2026: Book the family meeting"
    )
    # The supervisor's record is as it was received, and still verifies.
    assert _versions(vault) == before
    assert chain.check_chains(vault) == []
    qtbot.wait(50)
    window.resize(1280, 720)
    window.grab().save(str(tools.shots() / "practitioner-action-marked-done.png"))

    # Reopen, by keyboard again (Tab passes over Mark done, which has nothing to do): open
    # once more, and counted.
    qtbot.keyClick(view, Qt.Key_Tab)
    assert ui.reopenActionButton.hasFocus()
    qtbot.keyClick(ui.reopenActionButton, Qt.Key_Space)
    assert [line.split(" — ")[0] for line in texts(view)] == [
        "Book the family meeting",
        "Write to the virtual school head",
    ]
    assert ui.actionsHeading.text() == "Open actions: all 2"
    assert my_supervision.marked_done(vault, "me") == []
    assert _versions(vault) == before


def test_a_supervisors_desk_has_no_marks_to_make(qtbot, controller, make_vault):
    """The supervisor's own actions close in a session record, as before: no buttons here."""
    from supervision_desk.core import repos

    boss = make_vault()
    repos.save(boss, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    controller._unlocked(boss)
    window = controller.window
    window.show()
    window.show_section(mw.PEOPLE)
    assert not window.people.ui.markDoneButton.isVisible()
    assert not window.people.ui.reopenActionButton.isVisible()
