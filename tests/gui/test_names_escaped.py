"""The app's messages about a file show its name escaped: a name holding a newline or an
escape sequence is one visible line in the box, never control characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from supervision_desk.core import team
from supervision_desk.gui import messages

pytestmark = pytest.mark.posix

NAME = "x\n\x1b[31m\u202e"


def _told(qtbot, work) -> str:
    seen = {}

    def read() -> None:
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        box.accept()

    QTimer.singleShot(0, read)
    assert messages.file_action(None, "Export", work) is None
    return seen["text"]


def test_a_failed_export_names_the_file_escaped(qtbot, tmp_path):
    target = tmp_path / NAME / "due.csv"
    text = _told(qtbot, lambda: team.write_csv([], target))
    assert text.isprintable(), repr(text)
    assert "x\\n\\x1b[31m\\u202e" in text


def test_an_unreadable_file_names_it_escaped(qtbot, tmp_path):
    text = _told(qtbot, lambda: Path(tmp_path / f"{NAME}.json").read_bytes())
    assert text.isprintable(), repr(text)
    assert "x\\n\\x1b[31m\\u202e.json" in text
