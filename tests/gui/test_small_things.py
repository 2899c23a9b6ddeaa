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
