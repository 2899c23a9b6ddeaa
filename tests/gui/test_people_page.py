"""People: add with a clear message for a missing name, archive, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import unlock


def _names(page):
    return [page.ui.peopleList.item(i).text() for i in range(page.ui.peopleList.count())]


def test_people_lifecycle(qtbot, controller, filled_vault, monkeypatch):
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

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.select_person("p1")
    assert page.ui.sessionList.count() == 1
    qtbot.mouseClick(page.ui.deletePersonButton, Qt.LeftButton)
    assert "Sam Taylor" not in _names(page)
    controller.window.ui.actionUndoDelete.trigger()
    assert "Sam Taylor" in _names(page)
    assert page.current_person() == "p1"
    assert page.ui.sessionList.count() == 1
    assert page.ui.openActions.count() == 1


def test_idle_time_is_a_setting_that_persists(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    controller.set_idle_minutes(12)
    assert controller.settings.value("lock/idle_minutes") in (12, "12")
    assert controller.idle._timer.interval() == 12 * 60_000
