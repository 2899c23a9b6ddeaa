"""Every window and dialog fits the screen it opens on, at every text size.

Dialogs are laid out in Designer at one size; at a larger text size their word-wrapped labels
need more height than that, and on a small screen a window can be taller than the screen. Each
dialog derives from ``FittedDialog`` and the main window fits itself as it is shown;
``fit_all`` refits the open windows when the text size changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from . import lock_key

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


def fit(window: QWidget) -> None:
    """Grow a dialog to what its contents need at the current text size, and shrink any
    window to the screen's free area; then keep it on the screen."""
    limit = room(window)
    width, height = window.width(), window.height()
    if isinstance(window, QDialog) and not isinstance(window, QMessageBox):
        layout = window.layout()
        width = max(width, window.sizeHint().width())
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
        fit(self)
        lock_key.add_to(self)  # Ctrl+L locks from inside a dialog too
        super().showEvent(event)
