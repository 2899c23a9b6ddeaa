"""Every menu's shortcut works wherever the keyboard is in the window: a date or time box
once kept Ctrl+E (Export PDF) for itself, and a session opens with the keyboard in its date."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_window
from tests.gui.test_keyboard_only import active, active_dialog, focused, press


def test_ctrl_e_from_the_session_date_opens_the_export_dialog(qtbot, controller, filled_vault):
    from supervision_desk.gui.export_dialog import ExportDialog

    window = open_window(qtbot, controller, filled_vault)
    window.show()
    active(window)
    window.open_session("s1")
    editor = window.editor
    editor.ui.dateEdit.setFocus()
    qtbot.waitUntil(
        lambda: editor.ui.dateEdit.isAncestorOf(focused()) or focused() is editor.ui.dateEdit
    )
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    export = active_dialog(qtbot, ExportDialog)
    assert export.choice() == "session"
    export.reject()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs an X11 display (xvfb-run)")
def test_ctrl_e_reaches_the_menu_from_a_box_on_an_x11_desktop():
    """The offscreen platform binds "end of line" to End alone; a real X11 desktop also to
    Ctrl+E, which a text or date box then kept from the menu."""
    root = str(Path(__file__).parents[2])  # this checkout's package, not an installed one
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=root)
    child = Path(__file__).with_name("x11_keys_child.py")
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, str(child)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    lines = done.stdout.splitlines()
    assert "Ctrl+E" in lines[0], lines  # the box would keep it without the window's help
    assert lines[1:] == ["UkDateEdit reached", "QLineEdit reached"], done.stderr[-2000:]
