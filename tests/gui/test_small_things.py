"""Smaller stumbles of the first hour, each as a user meets it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window


def test_import_pack_opens_a_file_dialog(qtbot, controller, filled_vault, monkeypatch):
    window = open_window(qtbot, controller, filled_vault)
    window.show_section(mw.PROMPTS)
    asked = []

    def choose(parent, title, folder, kinds):
        asked.append(title)
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    qtbot.mouseClick(window.prompts.ui.importButton, Qt.LeftButton)
    assert asked == ["Import a prompt pack"]
    assert "went wrong" not in window.prompts.ui.message.text()


def test_the_actions_model_follows_the_item_model_rules(
    qtbot, qtmodeltester, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    model = window.editor.actions
    qtmodeltester.check(model)
    window.editor.add_action("Book the room", "supervisor", "3 Aug 2026")
    qtmodeltester.check(model)
    assert not model.flags(model.index(-1, -1)) & Qt.ItemIsEditable


def _export_as_suggested(qtbot, window):
    """Open the PDF export for the person and press Export without touching the file name."""
    from pathlib import Path

    window.show_section(mw.PEOPLE)
    dialog = window.export_pdf()
    suggested = Path(dialog.ui.destEdit.text())
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.written is not None or "Not" in dialog.ui.message.text(), timeout=20_000
    )
    return dialog, suggested


def test_the_first_pdf_export_suggests_a_folder_that_exists(
    qtbot, controller, filled_vault, private_home
):
    assert not (private_home / "documents").exists()  # a fresh account: no Documents folder
    window = open_window(qtbot, controller, filled_vault)
    dialog, suggested = _export_as_suggested(qtbot, window)
    assert suggested.parent == private_home  # the home folder instead
    assert dialog.ui.message.text() == f"Saved {suggested}"
    assert suggested.read_bytes().startswith(b"%PDF")


def test_the_pdf_export_suggests_documents_when_there_is_one(
    qtbot, controller, filled_vault, private_home
):
    (private_home / "documents").mkdir()
    window = open_window(qtbot, controller, filled_vault)
    dialog, suggested = _export_as_suggested(qtbot, window)
    assert suggested.parent == private_home / "documents"
    assert dialog.ui.message.text() == f"Saved {suggested}"


def test_the_extract_button_sits_in_the_row_of_case_buttons(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    window.open_session("s1")
    ui, extract = window.editor.ui, window.editor.cases.extractButton
    qtbot.waitExposed(window)
    # Not left floating over the record's top corner: beside "mark copied", in its row.
    assert extract.parentWidget() is ui.markCopiedButton.parentWidget()
    beside = ui.markCopiedButton.geometry()
    assert extract.geometry().top() == beside.top()
    assert extract.geometry().left() > beside.right()
