"""Under a real X11 display (where a one-line box keeps Ctrl+E as "end of line"), press
Ctrl+E in a date box and a text box of the app's window and print whether Export PDF ran."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from supervision_desk.gui.date_field import UkDateEdit
from supervision_desk.gui.main_window import MainWindow


def main() -> None:
    app = QApplication([])
    print(
        "bound",
        ",".join(
            k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
        ),
    )
    window = MainWindow(QSettings("x11-keys-child", "x11-keys-child"))
    (export,) = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+E")]
    hits = []
    export.setEnabled(True)
    export.triggered.disconnect()
    export.triggered.connect(lambda: hits.append(1))
    window.show()
    for kind in (UkDateEdit, QLineEdit):
        field = kind(window.statusBar())
        field.show()
        window.activateWindow()
        field.setFocus()
        QTest.qWait(300)
        hits.clear()
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        print(kind.__name__, "reached" if hits else "kept")


if __name__ == "__main__":
    main()
