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
    assert text.splitlines()[0] == "Extract for the child's record: case YP-014"  # no initials
    assert "Decision: Joint visit this week." in text
    assert "Worker: Sam Taylor" in text and "Manager: Alex Morgan" in text
    # Copying asks whether the entry is now on the child's file; the answer No leaves it.
    ask = editor.cases.ask_box
    qtbot.waitUntil(ask.isVisible)
    qtbot.mouseClick(ask.button(ask.StandardButton.No), Qt.LeftButton)
    assert len(casefile.waiting(vault)) == 1
    qtbot.mouseClick(editor.ui.markCopiedButton, Qt.LeftButton)
    assert casefile.waiting(vault) == []
    assert editor.cases.model.index(0, 3).data() != "waiting"


def test_the_case_extract_from_the_case_discussion(qtbot, controller, make_vault, tmp_path):
    import re

    from pypdf import PdfReader

    from supervision_desk.core import casefile
    from tests.core import child_file
    from tests.gui.conftest import choose
    from tests.gui.test_export_dialog import _export

    vault = make_vault()
    child_file.build(vault)
    vault.close()
    controller.ask_unlock(vault.path)
    unlock(qtbot, controller)
    window = controller.window
    window.resize(1280, 720)
    window.open_session("s1")
    editor = window.editor
    choose(editor.ui.casesTable, 0)
    assert editor.cases.extractButton.isVisible()
    qtbot.mouseClick(editor.cases.extractButton, Qt.LeftButton)
    dialog = editor.cases.export_dialog
    assert dialog.caseRadio.isChecked() and dialog.caseCombo.currentText() == "C-1001"
    assert dialog.markCopiedCheck.isVisible() and not dialog.ui.journalList.isVisible()
    dialog.grab().save(str(tmp_path.parent / "extract-dialog.png"))  # looked at by hand
    dialog.markCopiedCheck.setChecked(True)
    out = tmp_path / "extract.pdf"
    _export(qtbot, dialog, out)
    words = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Sam Reid (Social worker)" in words and "Jo Okafor (Youth justice worker)" in words
    assert child_file.OTHER not in words
    assert "2 decisions marked as copied" in dialog.ui.message.text()
    assert casefile.for_case(controller.vault, "C-1001", not_copied=True) == []
