"""A new team records a case discussion before any case exists: the case is allocated from
inside the dialog, and nothing typed there is ever dropped without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.core import repos
from tests.gui.conftest import open_window


def _ok(dialog):
    return dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)


def _cancel(dialog):
    return dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel)


def test_a_case_is_allocated_from_inside_add_a_case(qtbot, controller, filled_vault, answers):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    qtbot.mouseClick(editor.ui.addCaseButton, Qt.LeftButton)
    dialog = editor.cases.dialog
    assert dialog.isVisible()
    assert "choose New case… to allocate one" in dialog.ui.message.text()
    qtbot.keyClicks(dialog.ui.discussionEdit, "Placement wobbling after the move.")
    qtbot.keyClicks(dialog.ui.decisionEdit, "Joint visit with the carer this week.")

    # OK with no case says why, and keeps everything typed.
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert dialog.isVisible()
    assert "what you typed stays here" in dialog.ui.message.text()
    assert dialog.ui.decisionEdit.toPlainText() == "Joint visit with the carer this week."

    qtbot.mouseClick(dialog.ui.newCaseButton, Qt.LeftButton)
    allocate = dialog.case_dialog
    assert allocate.isVisible()
    assert not allocate.ui.personCombo.isVisibleTo(allocate)  # one supervisee: no choice
    qtbot.keyClicks(allocate.ui.referenceEdit, "YP-014")
    qtbot.mouseClick(_ok(allocate), Qt.LeftButton)
    # Why it was refused, said once: the field's name is not repeated in the sentence.
    said = allocate.ui.message.text()
    assert allocate.isVisible()
    assert said == ("Write why the case is allocated this way: the reason is part of the decision.")
    qtbot.keyClicks(allocate.ui.rationaleEdit, "Knows the family from the youth offending team.")
    qtbot.mouseClick(_ok(allocate), Qt.LeftButton)
    assert not allocate.isVisible()
    assert dialog.ui.caseCombo.currentText() == "YP-014"
    assert dialog.ui.message.text() == ""
    assert dialog.ui.decisionEdit.toPlainText() == "Joint visit with the carer this week."

    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert not dialog.isVisible()
    rows = editor.ui.casesTable.model()
    assert rows.index(0, 0).data() == "YP-014"
    assert rows.index(0, 1).data() == "Joint visit with the carer this week."
    (case,) = repos.select(controller.vault, "cases")
    assert case["person"] == "p1" and case["reference"] == "YP-014"
    assert answers.asked == []


def test_cancel_asks_before_dropping_typed_text(qtbot, controller, filled_vault, answers):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    editor = window.editor
    qtbot.mouseClick(editor.ui.addCaseButton, Qt.LeftButton)
    dialog = editor.cases.dialog
    qtbot.keyClicks(dialog.ui.rationaleEdit, "Risk rose after the exclusion.")
    answers.answer = False  # "Keep editing"
    qtbot.mouseClick(_cancel(dialog), Qt.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.rationaleEdit.toPlainText() == "Risk rose after the exclusion."
    assert "without saving what you typed" in answers.asked[-1]
    qtbot.keyClick(dialog, Qt.Key_Escape)  # Escape asks the same question
    assert dialog.isVisible() and len(answers.asked) == 2

    # The allocation dialog keeps its typing the same way.
    qtbot.mouseClick(dialog.ui.newCaseButton, Qt.LeftButton)
    allocate = dialog.case_dialog
    qtbot.keyClicks(allocate.ui.referenceEdit, "YP-020")
    qtbot.mouseClick(_cancel(allocate), Qt.LeftButton)
    assert allocate.isVisible() and allocate.ui.referenceEdit.text() == "YP-020"
    answers.answer = True  # "Discard"
    qtbot.mouseClick(_cancel(allocate), Qt.LeftButton)
    assert not allocate.isVisible()
    assert repos.select(controller.vault, "cases") == []
    qtbot.mouseClick(_cancel(dialog), Qt.LeftButton)
    assert not dialog.isVisible()


def test_cancel_on_an_untouched_dialog_closes_without_a_question(
    qtbot, controller, filled_vault, answers
):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    qtbot.mouseClick(window.editor.ui.addCaseButton, Qt.LeftButton)
    dialog = window.editor.cases.dialog
    qtbot.mouseClick(_cancel(dialog), Qt.LeftButton)
    assert not dialog.isVisible() and answers.asked == []
