"""Tab goes round every dialog of the app as it reads: real Tab presses on the control with the
focus, from the dialog's first control until the focus comes back to it, reach every control
a user types into or operates, each below the one before or to its right. Sections a dialog
makes in code (an agreement's purposes and written sections, a CPD piece's titled box) were
met only after the OK and Cancel buttons."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QScrollArea, QWidget

from tests.gui.conftest import open_window
from tests.gui.test_dialog_letters import open_every_dialog
from tests.gui.test_tab_order import _name, _place, _way, operable


def _scroller(widget: QWidget) -> QWidget | None:
    """The scroll area ``widget`` is in, within its own window."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _where(widget: QWidget, beside: QWidget) -> QRect:
    """Where ``widget`` is drawn, to compare with ``beside``: inside a scroll area that
    ``beside`` is not in, the place of the scroll area (its contents run on below it)."""
    area = _scroller(widget)
    return _place(area) if area is not None and area is not _scroller(beside) else _place(widget)


def _before(one: QWidget, other: QWidget) -> bool:
    """Whether ``one`` is read before ``other``: above it, or on its line and to its left."""
    a, b = _where(one, other), _where(other, one)
    same_line = a.top() <= b.bottom() and b.top() <= a.bottom()
    return (a.bottom() <= b.top() + 2 and not same_line) or (same_line and a.right() <= b.left())


def _round(dialog: QWidget, first: QWidget) -> list[QWidget]:
    """The controls Tab stops at from ``first`` until it comes back to it."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    stops: list[QWidget] = []
    for _ in range(300):
        focus = QApplication.focusWidget()
        while focus.focusProxy() is not None:
            focus = focus.focusProxy()
        if stops and focus is stops[0] and stops[-1] is not focus:
            return stops
        if not stops or stops[-1] is not focus:  # a date's day, month and year: one stop
            assert focus not in stops, f"Tab went round without {_name(stops[0])}"
            stops.append(focus)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
    raise AssertionError(f"{dialog.windowTitle()}: Tab stayed in {_name(stops[-1])}")


def test_tab_goes_round_every_dialog_in_reading_order(qtbot, controller, filled_vault, answers):
    window = open_window(qtbot, controller, filled_vault)
    problems = []
    for dialog in open_every_dialog(window, controller):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        # A scroll area takes a stop of its own, to scroll by keys; it is no field.
        controls = [w for w in operable(dialog) if not isinstance(w, QScrollArea)]
        if len(controls) < 2:  # nothing to go round
            dialog.close()
            continue
        first = min(controls, key=lambda w: (_place(w).top(), _place(w).left()))
        stops = [w for w in _round(dialog, first) if not isinstance(w, QScrollArea)]
        # Read from the control nothing comes before: Tab comes back round to it from the last.
        top = next(i for i, w in enumerate(stops) if not any(_before(o, w) for o in stops))
        stops = stops[top:] + stops[:top]
        # Radio buttons of one group are one stop: the arrows move between them.
        missed = [
            _name(w)
            for w in controls
            if w not in stops and not (isinstance(w, QRadioButton) and w.autoExclusive())
        ]
        if missed:
            problems.append(f"{dialog.windowTitle()}: Tab never reached {missed}")
        back = [(a, b) for a, b in pairwise(stops) if _before(b, a)]
        if back:
            a, b = back[0]
            problems.append(
                f"{dialog.windowTitle()}: Tab went back from {_name(a)} to {_name(b)}: "
                + _way(stops)
            )
        dialog.close()
    assert problems == [], "\n".join(problems)
