"""People: add with a clear message for a missing name, archive, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import texts, unlock


def _names(page):
    return texts(page.ui.peopleList)


def test_people_lifecycle(qtbot, controller, filled_vault, answers):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    page = controller.window.people
    assert _names(page) == ["Sam Taylor"]

    dialog = page.add_person()
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == "Enter a name or initials."
    qtbot.keyClicks(dialog.ui.nameEdit, "Ana Kowalska-Ó Briain")
    dialog.ui.fteSpin.setValue(0.6)
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert _names(page) == ["Ana Kowalska-Ó Briain", "Sam Taylor"]
    assert "FTE 0.6" in page.ui.personFacts.text()

    qtbot.mouseClick(page.ui.archivePersonButton, Qt.LeftButton)
    assert _names(page) == ["Sam Taylor"]
    page.ui.showArchived.setChecked(True)
    assert "Ana Kowalska-Ó Briain  (archived)" in _names(page)

    page.select_person("p1")
    assert len(texts(page.ui.sessionList)) == 1
    qtbot.mouseClick(page.ui.deletePersonButton, Qt.LeftButton)
    assert "Delete Sam Taylor and every record about them (1 session)?" in answers.asked[-1]
    assert "Sam Taylor" not in _names(page)
    controller.window.ui.actionUndoDelete.trigger()
    assert "Sam Taylor" in _names(page)
    assert page.current_person() == "p1"
    assert len(texts(page.ui.sessionList)) == 1
    assert len(texts(page.ui.openActions)) == 1


def test_idle_time_is_a_setting_that_persists(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.set_idle_minutes(12)
    assert controller.settings.value("lock/idle_minutes") in (12, "12")
    assert controller.idle._timer.interval() == 12 * 60_000


def test_wellbeing_over_time_is_shown_to_the_supervisor(qtbot, controller, filled_vault):
    from supervision_desk.core import repos

    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    vault = controller.vault
    for n, score in enumerate((7, 6, 3)):
        repos.save(
            vault,
            "sessions",
            {
                "id": f"w{n}",
                "person": "p1",
                "date": f"2026-0{n + 4}-01",
                "minutes": 90,
                "wellbeing": score,
            },
        )
    page = controller.window.people
    page.refresh()
    assert page.ui.wellbeingLabel.text().startswith("Wellbeing check-ins: 7 → 6 → 3")
    assert "gentle check-in" in page.ui.wellbeingLabel.text()
