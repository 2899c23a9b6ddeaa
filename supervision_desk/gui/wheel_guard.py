"""The mouse wheel scrolls the page, not a list or number box it happens to pass over.

A combo box or spin box takes the wheel as soon as the pointer is over it: scrolling a long
form changed "Supervisor's role" on the way down. Here such a box takes the wheel only once
it has the keyboard focus (clicked, or reached by Tab); until then the wheel goes on to the
page around it. The style sets this up as it first dresses each widget: no filter runs for
every event of the application.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QProxyStyle, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # passed on to the page, which scrolls
            return True
        return False


class WheelGuardStyle(QProxyStyle):
    """``base`` (a style's name) as it is, with the wheel guarded as above."""

    def __init__(self, base: str):
        super().__init__(base)
        self._guard = _WheelGuard(self)

    def polish(self, widget):  # also called for palettes and the application: pass those on
        if isinstance(widget, GUARDED):
            # Not taken by the wheel (WheelFocus), so the wheel passing over never focuses it.
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self._guard)
        return super().polish(widget)

    def unpolish(self, widget):
        if isinstance(widget, QWidget) and isinstance(widget, GUARDED):
            widget.removeEventFilter(self._guard)
        return super().unpolish(widget)
