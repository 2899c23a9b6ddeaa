"""A user's first hour, driven through the widgets and checked by what they show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from supervision_desk.core import repos
from supervision_desk.core.vault import Vault
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import unlock

STRONG = "granite compass brook lagoon beacon willow"


def _create_vault(qtbot, controller, tmp_path):
    dialog = controller.start()
    assert dialog.ui.message.text().startswith("Welcome")
    qtbot.mouseClick(dialog.ui.createButton, Qt.LeftButton)
    create = dialog.create_dialog
    path = tmp_path / "mine.sdvault"
    create.ui.pathEdit.setText(str(path))
    create.ui.ownerEdit.setText("Alex Morgan")
    qtbot.keyClicks(create.ui.passEdit, "password1")
    assert "Too weak" in create.ui.feedback.text()
    assert not create.ui.buttonBox.button(create.ui.buttonBox.StandardButton.Ok).isEnabled()
    create.ui.passEdit.setText(STRONG)
    create.ui.repeatEdit.setText(STRONG[:-1])
    assert "differ" in create.ui.feedback.text()
    create.ui.repeatEdit.setText(STRONG)
    assert create.ui.feedback.text() == "Strong enough."
    qtbot.mouseClick(
        create.ui.buttonBox.button(create.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=30_000)
    assert controller.window.isVisible()
    return path


def _add_person(qtbot, window, name):
    qtbot.mouseClick(window.people.ui.addPersonButton, Qt.LeftButton)
    dialog = window.people.person_dialog
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    dialog.ui.newlyQualified.setChecked(True)
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    assert not dialog.isVisible()


def _saved(window):
    return window.statusBar().currentMessage().startswith("Saved")


def test_first_hour(qtbot, controller, tmp_path, monkeypatch):
    path = _create_vault(qtbot, controller, tmp_path)
    window = controller.window
    assert window.ui.sidebar.item(mw.PEOPLE).text() == "People"

    _add_person(qtbot, window, "Sam Taylor")
    people = window.people.ui
    assert people.peopleList.currentItem().text() == "Sam Taylor"
    assert "weekly (first 6 weeks)" in people.nextDue.text()

    # Hold a session, writing in all four sections.
    qtbot.mouseClick(people.newSessionButton, Qt.LeftButton)
    editor = window.editor
    assert window.ui.pages.currentWidget() is editor
    assert editor.ui.personLabel.text() == "Supervision with Sam Taylor"
    words = {
        "attunement": "Feels shut out since release; tired.",
        "analysis": "Peer group shifted; kaleidoscope of pulls.",
        "allocation": "Two joint visits this fortnight.",
        "adaptation": "Meet at the youth centre.",
    }
    for key, text in words.items():
        qtbot.keyClicks(editor.section(key), text)
    editor.ui.supportCheck.setChecked(True)
    qtbot.mouseClick(editor.ui.addActionButton, Qt.LeftButton)
    table = editor.ui.actionsTable
    table.item(0, 0).setText("Ask S. where he would like to meet")
    table.item(0, 2).setText("2026-12-01")
    qtbot.waitUntil(lambda: _saved(window), timeout=3000)
    qtbot.waitUntil(lambda: not editor.autosave.dirty, timeout=3000)

    # Walk away: the idle lock closes the vault and clears every view.
    controller.idle.set_minutes(0.005)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=5000)
    assert not window.isVisible()
    assert controller.unlock_dialog.isVisible()
    assert editor.section("analysis").toPlainText() == ""
    assert people.peopleList.count() == 0
    assert window.search.ui.results.count() == 0

    # Come back: a wrong passphrase first, then the right one returns to the same place.
    dialog = unlock(qtbot, controller, "not my passphrase")
    assert "does not open" in dialog.ui.message.text()
    unlock(qtbot, controller, STRONG)
    assert window.isVisible()
    assert window.ui.pages.currentWidget() is editor
    assert editor.section("analysis").toPlainText() == words["analysis"]
    assert editor.ui.supportCheck.isChecked()
    assert table.item(0, 0).text() == "Ask S. where he would like to meet"

    # Find the words by search and open the record at that place.
    window.ui.actionSearch.trigger()
    qtbot.keyClicks(window.search.ui.queryEdit, "kaleidoscope")
    qtbot.waitUntil(lambda: window.search.ui.results.count() == 1, timeout=3000)
    item = window.search.ui.results.item(0)
    shown = window.search.ui.results.itemWidget(item).text()
    assert "<b>kaleidoscope</b>" in shown and "analysis" in shown
    window.search.ui.results.itemActivated.emit(item)
    assert window.ui.pages.currentWidget() is editor
    assert editor.section("analysis").hasFocus() or editor.section("analysis").isVisible()

    # The next session shows the open action carried forward; close it there.
    window.show_section(mw.PEOPLE)
    first_session = editor.session["id"]
    qtbot.mouseClick(people.newSessionButton, Qt.LeftButton)
    assert editor.session["id"] != first_session
    carried = editor.ui.carriedTable
    assert carried.rowCount() == 1
    assert carried.item(0, 1).text() == "Ask S. where he would like to meet"
    carried.setCurrentCell(0, 1)
    qtbot.mouseClick(editor.ui.closeDoneButton, Qt.LeftButton)
    assert carried.item(0, 4).text() == "done"
    window.show_section(mw.PEOPLE)
    assert people.openActions.count() == 0
    assert people.sessionList.count() == 2

    # Delete a session, then undo it.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    people.sessionList.setCurrentRow(0)
    qtbot.mouseClick(people.deleteSessionButton, Qt.LeftButton)
    assert people.sessionList.count() == 1
    assert window.ui.actionUndoDelete.isEnabled()
    window.ui.actionUndoDelete.trigger()
    assert people.sessionList.count() == 2

    controller.shutdown()
    with Vault.open(path, STRONG) as vault:
        stored = repos.get(vault, "sessions", first_session)
        assert stored["analysis"] == words["analysis"]
        assert stored["functions"] == ["support"]
