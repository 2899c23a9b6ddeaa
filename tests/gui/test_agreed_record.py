"""An agreed record in the app: read-only once both agree, amended only with a reason, and
nothing typed during an amendment is dropped without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from supervision_desk.core import agreed, repos
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import messages
from tests.gui.conftest import unlock


def test_agreeing_seals_the_record_and_changes_become_amendments(
    qtbot, controller, filled_vault, answers, monkeypatch
):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    window = controller.window
    window.open_session("s1")
    editor = window.editor
    assert not editor.ui.sealBar.isVisible()
    qtbot.keyClicks(editor.ui.learningEdit, "Read the relocation study.")
    editor.ui.supervisorAgreed.setChecked(True)
    editor.ui.superviseeAgreed.setChecked(True)
    editor.flush()
    stored = repos.get(controller.vault, "sessions", "s1")
    assert agreed.is_sealed(stored) and stored["learning"] == "Read the relocation study."
    assert editor.ui.sealBar.isVisible() and "Version 1" in editor.ui.sealLabel.text()
    assert editor.section("analysis").isReadOnly()
    assert not editor.ui.addActionButton.isEnabled()

    # Amending asks why; without a reason nothing opens for editing.
    monkeypatch.setattr(messages, "ask_text", lambda *a, **k: None)
    qtbot.mouseClick(editor.ui.amendButton, Qt.LeftButton)
    assert editor.section("analysis").isReadOnly()
    monkeypatch.setattr(messages, "ask_text", lambda *a, **k: "Named the wrong peer group.")
    qtbot.mouseClick(editor.ui.amendButton, Qt.LeftButton)
    assert not editor.section("analysis").isReadOnly()
    editor.section("analysis").moveCursor(QTextCursor.End)
    qtbot.keyClicks(editor.section("analysis"), " Corrected.")
    editor.flush()  # autosave never rewrites an agreed record behind the user's back
    assert repos.get(controller.vault, "sessions", "s1")["analysis"] == "Peer group shifted."

    # Leaving with the amendment unsaved asks first.
    answers.answer = False
    window.show_section(mw.JOURNAL)
    assert window.ui.pages.currentWidget() is editor
    assert "amendment to this agreed record is not saved" in answers.asked[-1]

    qtbot.mouseClick(editor.ui.saveAmendButton, Qt.LeftButton)
    made = agreed.amendments(controller.vault, "s1")
    assert [(a["by"], a["reason"]) for a in made] == [("supervisor", "Named the wrong peer group.")]
    assert made[0]["changes"]["analysis"]["to"] == "Peer group shifted. Corrected."
    assert "Version 2" in editor.ui.sealLabel.text()
    assert editor.section("analysis").isReadOnly()


def test_a_case_decision_is_recorded_copied_and_marked(qtbot, controller, filled_vault):
    from PySide6.QtGui import QGuiApplication

    from supervision_desk.core import casefile
    from tests.gui.conftest import choose, texts

    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    vault = controller.vault
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-014",
            "label": "S.",
            "weight": 6,
            "allocated": "2026-01-05",
            "allocation_rationale": "Complex.",
        },
    )
    window = controller.window
    window.open_session("s1")
    editor = window.editor
    dialog = editor.cases.open_dialog(None)
    assert dialog.ui.caseCombo.currentText() == "YP-014"
    dialog.ui.discussionEdit.setPlainText("Missed three meetings.")
    dialog.ui.decisionEdit.setPlainText("Joint visit this week.")
    dialog.ui.rationaleEdit.setPlainText("Keeps the trusted relationship central.")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    assert texts(editor.ui.casesTable) == ["YP-014"]
    assert "1 decision from these sessions still to be copied" in editor.ui.waitingLabel.text()
    window.show_section(mw.TRACKER)
    assert "1 decision to copy" in window.tracker.dashboard.records[0].flags
    window.open_session("s1")
    choose(editor.ui.casesTable, 0)
    text = editor.cases.copy()
    assert QGuiApplication.clipboard().text() == text
    assert text.splitlines()[0] == "Case YP-014: decisions from supervision"  # no initials
    assert "Decision: Joint visit this week." in text
    assert "Missed three meetings" not in text  # the discussion stays in the record
    qtbot.mouseClick(editor.ui.markCopiedButton, Qt.LeftButton)
    assert casefile.waiting(vault) == []
    assert editor.cases.model.index(0, 3).data() != "waiting"
