"""A frame around whatever has the keyboard focus, on every scheme. Fusion marks focus with a
faint line in the highlight colour that is hard to see on the dark scheme and absent on lists;
one QFocusFrame follows the focus instead, drawn by the stylesheet (``QFocusFrame``)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QWidget,
)

# Text fields show focus with their own frame and cursor; these do not.
RINGED = (QAbstractButton, QAbstractItemView, QComboBox, QAbstractSpinBox)


class FocusRing(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The frame is a sibling of the widget it rings: it goes when that window closes.
        if self.frame is None or not shiboken6.isValid(self.frame):
            self.frame = QFocusFrame()
        ringed = new is not None and isinstance(new, RINGED) and not new.isWindow()
        self.frame.setWidget(new if ringed else None)
        if not ringed:
            self.frame.hide()


def install(app: QApplication) -> None:
    if not isinstance(getattr(app, "focus_ring", None), FocusRing):
        app.focus_ring = FocusRing(app)
