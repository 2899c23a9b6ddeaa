"""Types into a session's analysis section without pausing, printing each chunk's number as
it is typed, until it is killed: ``python typing_child.py VAULT PASSPHRASE``."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from supervision_desk.core.vault import Vault
from supervision_desk.gui.app import Controller, make_app, open_settings


def main() -> None:
    app = make_app()
    controller = Controller(open_settings())
    vault = Vault.open(sys.argv[1], sys.argv[2])
    controller._unlocked(vault)
    controller.window.open_session("s1")
    editor = controller.window.editor.section("analysis")
    editor.setFocus()
    count = [0]

    def type_chunk() -> None:
        # At the end of what is there, whatever a busy machine did with the focus: the
        # parent reads the typed words in order after the section's earlier text.
        editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(editor, f" w{count[0]:03d}")
        print(count[0], flush=True)
        count[0] += 1

    timer = QTimer()
    timer.timeout.connect(type_chunk)
    timer.start(100)  # steady typing: never the pause that would trigger a save
    app.exec()


if __name__ == "__main__":
    main()
