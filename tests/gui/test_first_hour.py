"""A user's first hour, driven through the widgets and checked by what they show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from supervision_desk.core import repos
from supervision_desk.core.vault import Vault
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import cell, choose, texts, unlock

STRONG = "granite compass brook lagoon beacon willow"


def _create_vault(qtbot, controller, tmp_path):
    dialog = controller.start()
    assert "encrypted file (a vault) on this computer" in dialog.ui.message.text()
    assert dialog.windowTitle() == "Welcome to Supervision Desk"
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


@pytest.mark.slow
def test_first_hour(qtbot, controller, tmp_path, answers):
    path = _create_vault(qtbot, controller, tmp_path)
    window = controller.window
    assert window.ui.sidebar.item(mw.PEOPLE).text() == "People"

    _add_person(qtbot, window, "Sam Taylor")
    people = window.people.ui
    assert texts(people.peopleList) == ["Sam Taylor"]
    assert "weekly for the first 6 weeks" in people.nextDue.text()

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
    # Add an action: the new row opens for typing; Tab moves on to the owner and the due date.
    qtbot.mouseClick(editor.ui.addActionButton, Qt.LeftButton)
    typing = QApplication.focusWidget()
    assert isinstance(typing, QLineEdit)
    qtbot.keyClicks(typing, "Ask S. where he would like to meet")
    qtbot.keyClick(typing, Qt.Key_Return)
    table = editor.ui.actionsTable
    due = table.model().index(0, 2)
    table.setCurrentIndex(due)
    table.edit(due)
    qtbot.keyClicks(QApplication.focusWidget(), "1/12/2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: _saved(window), timeout=3000)
    qtbot.waitUntil(lambda: not editor.autosave.dirty, timeout=3000)
    assert cell(table, 0, 2) == "1 Dec 2026"  # typed the UK way, saved, shown the UK way

    # Walk away: the idle lock closes the vault and clears every view.
    controller.idle.set_minutes(0.005)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=5000)
    assert not window.isVisible()
    assert controller.unlock_dialog.isVisible()
    assert editor.section("analysis").toPlainText() == ""
    assert texts(people.peopleList) == []
    assert table.model().rowCount() == 0
    assert texts(window.search.ui.results) == []

    # Come back: a wrong passphrase first, then the right one returns to the same place.
    dialog = unlock(qtbot, controller, "not my passphrase")
    assert "does not open" in dialog.ui.message.text()
    unlock(qtbot, controller, STRONG)
    assert window.isVisible()
    assert window.ui.pages.currentWidget() is editor
    assert editor.section("analysis").toPlainText() == words["analysis"]
    assert editor.ui.supportCheck.isChecked()
    assert cell(table, 0, 0) == "Ask S. where he would like to meet"

    # Find the words by search, by keyboard: type, Down, Enter opens the record at that place.
    window.ui.actionSearch.trigger()
    query = window.search.ui.queryEdit
    assert query.hasFocus()
    qtbot.keyClicks(query, "kaleidoscope")
    qtbot.waitUntil(lambda: len(texts(window.search.ui.results)) == 1, timeout=3000)
    shown = texts(window.search.ui.results)[0]
    assert "kaleidoscope of pulls" in shown and "· Analysis" in shown
    qtbot.keyClick(query, Qt.Key_Down)
    assert window.search.ui.results.hasFocus()
    qtbot.keyClick(window.search.ui.results, Qt.Key_Return)
    assert window.ui.pages.currentWidget() is editor
    assert editor.section("analysis").hasFocus()

    # Clicking the highlighted "People" in the sidebar goes back from the session.
    item = window.ui.sidebar.item(mw.PEOPLE)
    assert item.isSelected()
    rect = window.ui.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.ui.sidebar.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.ui.pages.currentWidget() is window.people

    # The next session shows the open action carried forward; close it there.
    first_session = editor.session["id"]
    qtbot.mouseClick(people.newSessionButton, Qt.LeftButton)
    assert editor.session["id"] != first_session
    carried = editor.ui.carriedTable
    assert cell(carried, 0, 1) == "Ask S. where he would like to meet"
    choose(carried, 0)
    qtbot.mouseClick(editor.ui.closeDoneButton, Qt.LeftButton)
    assert cell(carried, 0, 4) == "Done"
    window.show_section(mw.PEOPLE)
    assert texts(people.openActions) == []
    assert len(texts(people.sessionList)) == 2

    # Delete a session: asked first, by name; then a visible Undo puts it back.
    choose(people.sessionList, 0)
    qtbot.mouseClick(people.deleteSessionButton, Qt.LeftButton)
    assert "session of" in answers.asked[-1] and "with Sam Taylor" in answers.asked[-1]
    assert len(texts(people.sessionList)) == 1
    assert window.undo_bar.isVisible()
    assert window.undo_bar.label.text().startswith("Deleted: The one-to-one session of")
    qtbot.mouseClick(window.undo_bar.button, Qt.LeftButton)
    assert len(texts(people.sessionList)) == 2
    assert not window.undo_bar.isVisible()

    controller.shutdown()
    with Vault.open(path, STRONG) as vault:
        stored = repos.get(vault, "sessions", first_session)
        assert stored["analysis"] == words["analysis"]
        assert stored["functions"] == ["support"]
        actions = repos.select(vault, "actions")
        assert [(a["text"], a["due"], a["status"]) for a in actions] == [
            ("Ask S. where he would like to meet", "2026-12-01", "done")
        ]


def test_the_session_editor_reminds_to_keep_names_and_addresses_out(
    qtbot, controller, filled_vault
):
    from tests.gui.conftest import unlock as _unlock

    controller.ask_unlock(filled_vault)
    _unlock(qtbot, controller)
    controller.window.open_session("s1")
    reminder = controller.window.editor.ui.privacyReminder
    assert reminder.isVisibleTo(controller.window)
    assert "names and placement addresses" in reminder.text()
