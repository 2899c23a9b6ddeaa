"""Check boxes and the keyboard's place are seen on both schemes: measured on screenshots of
the real session editor, pixel by pixel, against the WCAG 2.2 non-text contrast of 3:1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from supervision_desk.gui import theme
from tests.gui.conftest import open_window
from tests.gui.test_contrast import contrast


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def scheme(request, qapp):
    theme.apply(qapp, dark=request.param)
    yield request.param
    theme.apply(qapp)


def _editor(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    window.activateWindow()
    window.open_session("s1")
    qtbot.waitExposed(window)
    return window.editor


def _indicator(box) -> QRect:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SE_CheckBoxIndicator, option, box)


def _strongest(image, rect: QRect, against: QColor) -> float:
    """The highest contrast of any pixel in ``rect`` against the background colour."""
    return max(
        contrast(image.pixelColor(x, y), against)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


def test_an_empty_check_box_is_seen_on_either_scheme(qtbot, controller, filled_vault, scheme):
    editor = _editor(qtbot, controller, filled_vault)
    box = editor.ui.managementCheck
    assert not box.isChecked()
    image = box.grab().toImage()
    window = box.palette().color(QPalette.Window)
    # The edge of the empty box stands out from the window around it.
    assert _strongest(image, _indicator(box), window) >= 3.0
    list_view = editor.ui.attendeesList
    first = list_view.visualItemRect(list_view.item(0))
    shot = list_view.viewport().grab().toImage()
    assert _strongest(shot, first.adjusted(0, 0, -first.width() // 2, 0), window) >= 3.0


def test_the_keyboard_focus_is_framed_on_either_scheme(qtbot, controller, filled_vault, scheme):
    editor = _editor(qtbot, controller, filled_vault)
    boxes = [editor.ui.managementCheck, editor.ui.supportCheck]
    boxes[0].setFocus()
    QTest.keyClick(boxes[0], Qt.Key_Tab)  # as a keyboard user moves on
    assert boxes[1].hasFocus()
    focus = QColor(theme.LINES[scheme]["focus"])
    window = boxes[1].palette().color(QPalette.Window)
    assert contrast(focus, window) >= 3.0
    host = boxes[1].parentWidget()
    image = host.grab().toImage()
    around = boxes[1].geometry().adjusted(-3, -3, 3, 3)

    def framed(x: int, y: int) -> bool:
        return contrast(image.pixelColor(x, y), focus) < 1.2  # the focus colour, near enough

    top = [
        framed(x, around.top() + dy)
        for x in range(around.left(), around.right())
        for dy in (0, 1, 2)
    ]
    side = [
        framed(around.left() + dx, y)
        for y in range(around.top(), around.bottom())
        for dx in (0, 1, 2)
    ]
    assert sum(top) >= around.width() // 2 and sum(side) >= around.height() // 2
    # The box that lost the focus is not framed any more.
    other = boxes[0].geometry().adjusted(-3, -3, 3, 3)
    assert not any(framed(x, other.top() + 1) for x in range(other.left() + 4, other.right() - 4))


def test_the_sidebar_shows_where_the_keyboard_is_on_either_scheme(
    qtbot, controller, filled_vault, scheme
):
    """WCAG 2.2 focus appearance, measured: when the keyboard comes to the sidebar, the
    pixels around its current section change by 3:1 or more, in a band at least 2 px thick
    all round it."""
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    bar = window.ui.sidebar
    window.people.ui.peopleList.setFocus(Qt.TabFocusReason)
    away = bar.viewport().grab().toImage()
    bar.setFocus(Qt.TabFocusReason)
    assert bar.hasFocus()
    here = bar.viewport().grab().toImage()
    ring = bar.visualItemRect(bar.currentItem())

    def changed(x: int, y: int) -> bool:
        return contrast(away.pixelColor(x, y), here.pixelColor(x, y)) >= 3.0

    def thick(points) -> bool:
        return sum(changed(x, y) for x, y in points) >= 2

    inner = 6  # how far in from the section's edge the band is looked for
    middle_x = range(ring.left() + ring.width() // 10, ring.right() - ring.width() // 10)
    middle_y = range(ring.top() + ring.height() // 4, ring.bottom() - ring.height() // 4)
    for x in middle_x:
        assert thick((x, ring.top() + d) for d in range(inner)), ("top", x)
        assert thick((x, ring.bottom() - d) for d in range(inner)), ("bottom", x)
    for y in middle_y:
        assert thick((ring.left() + d, y) for d in range(inner)), ("left", y)
        assert thick((ring.right() - d, y) for d in range(inner)), ("right", y)
    # The other sections do not change: the mark says where the keyboard is, and only that.
    other = bar.visualItemRect(bar.item(2))
    assert not any(changed(x, other.center().y()) for x in range(other.left(), other.right()))
