"""Lists and emphasis in a note: typed as a person would, kept as Markdown, found by search
by their words, and shown as lists, bold and italic in the record's PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from supervision_desk.core import pdf, repos, search
from supervision_desk.gui.markdown_keys import next_marker, toggle
from tests.gui.conftest import unlock


def test_typed_lists_and_bold_survive_save_reload_search_and_pdf(qtbot, controller, filled_vault):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    window = controller.window
    window.open_session("s1")
    edit = window.editor.section("analysis")
    edit.setPlainText("")
    edit.setFocus()
    qtbot.keyClicks(edit, "- peer group")
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.keyClicks(edit, "training placement")
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.keyClick(edit, Qt.Key_Return)  # an empty item ends the list
    qtbot.keyClicks(edit, "1. joint visits")
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.keyClicks(edit, "youth centre")
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=3)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key_B, Qt.ControlModifier)
    expected = "- peer group\n- training placement\n1. joint visits\n2. **youth centre**"
    assert edit.toPlainText() == expected
    edit.undo()  # the bold is one step of its own
    assert edit.toPlainText().endswith("2. youth centre")
    edit.redo()
    window.flush()
    vault = controller.vault
    assert repos.get(vault, "sessions", "s1")["analysis"] == expected
    controller.lock()
    unlock(qtbot, controller)
    window.open_session("s1")
    assert window.editor.section("analysis").toPlainText() == expected
    vault = controller.vault
    search.catch_up(vault.conn)
    assert any(hit.record == "s1" for hit in search.run(vault.conn, "centre"))
    reader = PdfReader(io.BytesIO(pdf.session_record(vault, "s1")))
    page = reader.pages[0]
    words = page.extract_text()
    assert "• peer group" in words and "• training placement" in words
    assert "2. youth centre" in words and "**" not in words
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("Bold" in font for font in fonts)


def test_list_markers_and_emphasis_rules():
    assert next_marker("- item") == ("- ", False)
    assert next_marker("  9. item") == ("  10. ", False)
    assert next_marker("3) ") == ("4) ", True)
    assert next_marker("plain words") is None
    assert toggle("word", "**") == "**word**"
    assert toggle("**word**", "**") == "word"
    assert toggle("*word*", "*") == "word"
    assert toggle("**word**", "*") == "***word***"


def test_ctrl_b_on_a_selection_ending_in_a_space_keeps_the_space_outside(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from supervision_desk.gui.markdown_keys import MarkdownKeys

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    MarkdownKeys.attach(edit)
    edit.setPlainText("felt anxious today")
    cursor = edit.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(13, QTextCursor.KeepAnchor)  # "anxious " with its space
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key_B, Qt.ControlModifier)
    assert edit.toPlainText() == "felt **anxious** today"
