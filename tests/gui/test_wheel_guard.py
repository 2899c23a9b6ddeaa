"""The mouse wheel scrolls the page it is over; a list or number box the pointer passes on
the way keeps its value, unless the user is in it (clicked, or reached by Tab)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from supervision_desk.gui import main_window as mw
from supervision_desk.gui.cpd_dialog import CpdDialog
from tests.gui.conftest import open_window

DOWN = QPoint(0, -120)  # one notch of the wheel, towards the user


def wheel_over(widget, notch: QPoint = DOWN) -> None:
    """Turn the wheel with the pointer over ``widget``, as the desktop sends it."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), at, notch)
    QApplication.processEvents()


def test_scrolling_the_record_past_its_boxes_changes_none_of_them(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    qtbot.waitExposed(window)
    window.open_session("s1")
    editor = window.editor
    ui = editor.ui
    ui.agendaEdit.setFocus()
    bar = ui.scroll.verticalScrollBar()
    bar.setValue(0)
    kind, minutes = ui.kindCombo.currentText(), ui.minutesSpin.value()
    wheel_over(ui.kindCombo)
    assert ui.kindCombo.currentText() == kind
    assert bar.value() > 0  # the record scrolled instead
    bar.setValue(0)
    wheel_over(ui.minutesSpin)
    assert ui.minutesSpin.value() == minutes
    assert bar.value() > 0
    assert ui.agendaEdit.hasFocus()  # the wheel took the keyboard nowhere

    # In the box, the wheel goes through its values as before.
    bar.setValue(0)
    ui.minutesSpin.setFocus()
    wheel_over(ui.minutesSpin, QPoint(0, 120))
    assert ui.minutesSpin.value() == minutes + 1
    ui.statusCombo.setFocus()
    status = ui.statusCombo.currentIndex()
    wheel_over(ui.statusCombo)
    assert ui.statusCombo.currentIndex() == status + 1


def test_no_box_in_the_window_or_the_cpd_log_is_focused_by_the_wheel(
    qtbot, controller, filled_vault
):
    window = open_window(qtbot, controller, filled_vault)
    window.show_section(mw.JOURNAL)
    window.open_session("s1")
    dialog = CpdDialog(controller.vault, None, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    role = dialog.ui.roleCombo
    assert role.focusPolicy() == Qt.FocusPolicy.StrongFocus
    for root in (window, dialog):
        boxes = root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox)
        assert boxes
        wheeled = [b.objectName() for b in boxes if b.focusPolicy() == Qt.FocusPolicy.WheelFocus]
        assert wheeled == []
    dialog.close()
