"""Every window and dialog fits the screen it opens on, at every text size.

Dialogs are laid out in Designer at one size; at a larger text size their word-wrapped labels
need more height than that, and on a small screen a window can be taller than the screen. Each
dialog derives from ``FittedDialog`` and the main window fits itself as it is shown;
``fit_all`` refits the open windows when the text size changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from . import lock_key
from .button_letters import give_buttons_letters

# Room for the title bar and borders a window manager adds around a window that has not been
# drawn yet (afterwards its real frame is measured).
FRAME = QSize(16, 40)


def _frame(window: QWidget) -> QSize:
    outer, inner = window.frameGeometry().size(), window.geometry().size()
    measured = outer - inner
    return measured if measured.height() > 0 else FRAME


def room(window: QWidget) -> QSize:
    """The largest size ``window`` may take: the screen's free area less its frame."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - _frame(window)


# The size a main window opens at the first time, when the screen has room for it.
FIRST_SIZE = QSize(1280, 800)


def _inside(area: QRect) -> QRect:
    """What a screen's free ``area`` leaves a window inside its frame (title bar on top)."""
    side = FRAME.width() // 2
    return area.adjusted(side, FRAME.height() - side, -side, -side)


def _kept_in(spot: QRect, area: QRect) -> QRect:
    """``spot`` shrunk to fit inside ``area`` and moved into it as little as it takes."""
    box = _inside(area)
    spot = QRect(spot.topLeft(), spot.size().boundedTo(box.size()))
    spot.moveLeft(min(max(spot.left(), box.left()), box.right() + 1 - spot.width()))
    spot.moveTop(min(max(spot.top(), box.top()), box.bottom() + 1 - spot.height()))
    return spot


def first_geometry(area: QRect) -> QRect:
    """Where a main window opens before any place is remembered: the first size, or less on
    a screen too small for it, in the middle of the screen's free ``area``. Left to the
    window manager, a window was put in a corner with its bottom off the screen."""
    box = _inside(area)
    spot = QRect(QPoint(0, 0), FIRST_SIZE.boundedTo(box.size()))
    spot.moveCenter(box.center())
    return _kept_in(spot, area)


def place(window: QWidget, saved: QByteArray | None) -> None:
    """Give a main window its place as it opens: the one remembered, shrunk and moved to be
    whole on its screen, if that screen is still connected; else the first place on the
    main screen (``first_geometry``)."""
    if saved is not None and window.restoreGeometry(saved):
        centre = window.geometry().center()
        for screen in QGuiApplication.screens():
            if screen.availableGeometry().contains(centre):
                window.setGeometry(_kept_in(window.geometry(), screen.availableGeometry()))
                return
    window.setGeometry(first_geometry(QGuiApplication.primaryScreen().availableGeometry()))


def fit(window: QWidget) -> None:
    """Grow a dialog to what its contents need at the current text size, and shrink any
    window to the screen's free area; then keep it on the screen."""
    limit = room(window)
    width, height = window.width(), window.height()
    if isinstance(window, QDialog) and not isinstance(window, QMessageBox):
        if window.layout() is not None and window.minimumSizeHint().height() > limit.height():
            scroll_body(window)
        layout = window.layout()
        width = max(width, window.sizeHint().width() + _bars(window))
        width = min(width, limit.width())
        needed = window.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            needed = max(needed, layout.totalHeightForWidth(width))
        height = max(height, needed)
    size = QSize(min(width, limit.width()), min(height, limit.height()))
    if size != window.size():
        window.resize(size)
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    spot = window.frameGeometry()
    x = min(max(spot.x(), area.x()), max(area.x(), area.right() - spot.width() + 1))
    y = min(max(spot.y(), area.y()), max(area.y(), area.bottom() - spot.height() + 1))
    if (x, y) != (spot.x(), spot.y()):
        window.move(x, y)


def _bars(dialog: QDialog) -> int:
    """Room for a vertical scroll bar beside what a dialog's scroll area holds: a dialog is
    as wide as its contents, and the bar would take that width from them, so that the area
    scrolled sideways too as soon as it scrolled down."""
    areas = [a for a in dialog.findChildren(QScrollArea) if a.widgetResizable() and a.widget()]
    return max((a.verticalScrollBar().sizeHint().width() for a in areas), default=0)


def _is_button_row(item) -> bool:
    if isinstance(item.widget(), QDialogButtonBox):
        return True
    row = item.layout()
    if row is None:
        return False
    widgets = [row.itemAt(i).widget() for i in range(row.count())]
    widgets = [w for w in widgets if w is not None]
    return any(isinstance(w, QAbstractButton) for w in widgets) and all(
        isinstance(w, QAbstractButton | QLabel) for w in widgets
    )


def scroll_body(dialog: QDialog) -> None:
    """Let what a dialog holds scroll, its row of buttons staying in view below: at a large
    text size a dialog can need more height than the screen has, and what did not fit was
    off the screen, out of reach."""
    if dialog.property("scrolledBody"):
        return
    layout = dialog.layout()
    buttons = None
    if layout.count() and _is_button_row(layout.itemAt(layout.count() - 1)):
        buttons = layout.takeAt(layout.count() - 1)
    margins = layout.contentsMargins()
    body = QWidget()
    body.setObjectName("body")
    body.setLayout(layout)  # takes the layout, and the widgets in it, off the dialog
    area = QScrollArea()
    area.setObjectName("bodyScroll")
    area.setAccessibleName(dialog.windowTitle())
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    if buttons is not None:  # with the dialog's own margins round it
        row = QVBoxLayout()
        row.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        if buttons.layout() is not None:
            row.addLayout(buttons.layout())
        else:
            row.addWidget(buttons.widget())
        outer.addLayout(row)
    dialog.setMinimumSize(0, 0)
    dialog.setProperty("scrolledBody", True)


def fit_all() -> None:
    """Refit every open window (after the text size changed)."""
    for window in QApplication.topLevelWidgets():
        if window.isVisible() and isinstance(window, QDialog | QMainWindow):
            fit(window)


def set_text_size(point_size: float) -> None:
    """Change the text size of the whole app at once: every widget, menu, toolbar and open
    dialog takes the new size (an app stylesheet otherwise keeps widgets on the old font
    until a restart), and every open window refits."""
    app = QApplication.instance()
    if abs(QApplication.font().pointSizeF() - point_size) <= 0.01:
        return
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    QApplication.setFont(font)
    # Setting the stylesheet again makes every widget take the application's new font (and
    # the sizes it gives in pixels follow the font).
    from . import theme

    app.setStyleSheet(theme.style_sheet(theme.is_dark(), font))
    fit_all()


class _FontWatch(QObject):
    def __init__(self, widget: QWidget, resize: Callable[[], None]):
        super().__init__(widget)
        self.resize = resize
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.resize()
        return False


def sized_by_text(widget: QWidget, resize: Callable[[], None]) -> None:
    """Run ``resize`` now and again whenever ``widget``'s text size changes: for sizes
    measured in lines or letters, so they follow the text size without a restart."""
    resize()
    _FontWatch(widget, resize)


class FittedDialog(QDialog):
    """A dialog that fits its contents and the screen each time it is shown. Every dialog
    of the app derives from it (a structure test checks)."""

    def showEvent(self, event) -> None:
        give_buttons_letters(self)  # Alt+O presses OK, even from a note box
        fit(self)
        lock_key.add_to(self)  # Ctrl+L locks from inside a dialog too
        super().showEvent(event)
