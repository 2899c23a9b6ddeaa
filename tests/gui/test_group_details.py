"""A group's own details in the session editor: who facilitated, the format, who presented,
and each attendee's own agreement and wellbeing; a one-to-one shows none of them."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from supervision_desk.core import repos
from tests.gui.conftest import unlock


def _team(make_vault):
    vault = make_vault()
    for pid, name in (("p1", "Sam Reid"), ("p2", "Jo Okafor"), ("p3", "Lee Chan")):
        repos.save(vault, "people", {"id": pid, "name": name, "role": "social_worker"})
    repos.save(
        vault,
        "sessions",
        {
            "id": "g1",
            "attendees": ["p1", "p2"],
            "kind": "group",
            "date": "2026-03-03",
            "minutes": 120,
            "agenda": "Exploitation risks across the team's cases.",
        },
    )
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-10", "minutes": 90})
    path = vault.path
    vault.close()
    return path


def _row(editor, name):
    return next(r for r in editor.attendance.rows if r.name.text() == name)


def test_a_groups_details_are_edited_and_read_back_after_reopening(qtbot, controller, make_vault):
    controller.ask_unlock(_team(make_vault))
    unlock(qtbot, controller)
    window = controller.window
    window.resize(1280, 720)
    window.open_session("g1")
    editor = window.editor
    ui = editor.ui
    assert ui.groupBox.isVisible() and ui.facilitatorCombo.isVisible()
    # The group's wellbeing is each attendee's own: no one score for the group.
    assert not ui.wellbeingSpin.isVisible()
    # The facilitator is the vault's owner until another is named.
    assert ui.facilitatorCombo.currentText() == "Alex Morgan"
    # One row per attendee, in the order of the list of people.
    assert [r.name.text() for r in editor.attendance.rows] == ["Jo Okafor", "Sam Reid"]

    # Lee came too: a row of their own, and they can be the presenter.
    lee = next(
        ui.attendeesList.item(i)
        for i in range(ui.attendeesList.count())
        if ui.attendeesList.item(i).text() == "Lee Chan"
    )
    lee.setCheckState(Qt.Checked)
    assert [r.name.text() for r in editor.attendance.rows] == ["Jo Okafor", "Lee Chan", "Sam Reid"]
    assert [ui.presenterCombo.itemText(i) for i in range(ui.presenterCombo.count())] == [
        "No one presented",
        "Jo Okafor",
        "Lee Chan",
        "Sam Reid",
    ]

    ui.facilitatorCombo.lineEdit().selectAll()
    qtbot.keyClicks(ui.facilitatorCombo.lineEdit(), "Dana Hughes")
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findText("Action-learning set"))
    ui.presenterCombo.setCurrentIndex(ui.presenterCombo.findText("Jo Okafor"))
    _row(editor, "Sam Reid").agreed.setChecked(True)
    _row(editor, "Sam Reid").date.setDate(QDate(2026, 3, 4))
    _row(editor, "Sam Reid").wellbeing.setValue(4)
    _row(editor, "Lee Chan").wellbeing.setValue(8)
    editor.grab().save("/tmp/group-details.png")
    editor.flush()

    stored = repos.get(controller.vault, "sessions", "g1")
    assert sorted(stored["attendees"]) == ["p1", "p2", "p3"]
    assert stored["facilitator"] == "Dana Hughes"
    assert stored["group_format"] == "action_learning"
    assert stored["presenter"] == "p2"
    assert sorted(stored["attendance"], key=lambda a: a["person"]) == [
        {"person": "p1", "agreed": "2026-03-04", "wellbeing": 4},
        {"person": "p3", "agreed": None, "wellbeing": 8},
    ]

    # A one-to-one shows none of this, and has its own wellbeing check-in.
    window.open_session("s1")
    assert not ui.groupBox.isVisible() and not ui.presenterCombo.isVisible()
    assert ui.wellbeingSpin.isVisible()

    # Reopened, the group shows what was saved.
    window.open_session("g1")
    assert ui.facilitatorCombo.currentText() == "Dana Hughes"
    assert ui.formatCombo.currentText() == "Action-learning set"
    assert ui.presenterCombo.currentText() == "Jo Okafor"
    sam, jo, lee_row = (_row(editor, n) for n in ("Sam Reid", "Jo Okafor", "Lee Chan"))
    assert sam.agreed.isChecked() and sam.date.date() == QDate(2026, 3, 4)
    assert sam.wellbeing.value() == 4 and lee_row.wellbeing.value() == 8
    assert not jo.agreed.isChecked() and jo.wellbeing.text() == "Not recorded"
    # An agreement on record stays there: it is not taken back from the editor.
    assert not sam.agreed.isEnabled()

    # A check-in cleared is cleared; the facilitator set back to the owner is the default.
    lee_row.wellbeing.setValue(-1)
    ui.facilitatorCombo.setCurrentIndex(0)
    editor.flush()
    stored = repos.get(controller.vault, "sessions", "g1")
    assert stored["attendance"] == [{"person": "p1", "agreed": "2026-03-04", "wellbeing": 4}]
    assert stored["facilitator"] is None


def test_a_presenter_who_is_unticked_stops_presenting(qtbot, controller, make_vault):
    controller.ask_unlock(_team(make_vault))
    unlock(qtbot, controller)
    window = controller.window
    window.open_session("g1")
    editor = window.editor
    ui = editor.ui
    ui.presenterCombo.setCurrentIndex(ui.presenterCombo.findText("Jo Okafor"))
    jo = next(
        ui.attendeesList.item(i)
        for i in range(ui.attendeesList.count())
        if ui.attendeesList.item(i).text() == "Jo Okafor"
    )
    jo.setCheckState(Qt.Unchecked)
    assert ui.presenterCombo.currentText() == "No one presented"
    editor.flush()
    stored = repos.get(controller.vault, "sessions", "g1")
    assert stored["attendees"] == ["p1"] and stored["presenter"] is None
