"""Locking after a quiet spell, and clearing vault text the app put on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from . import clipboard_hints

ACTIVITY = {
    QEvent.KeyPress,
    QEvent.MouseButtonPress,
    QEvent.MouseMove,
    QEvent.Wheel,
    QEvent.TouchBegin,
    QEvent.InputMethod,
}
CLIPBOARD_SECONDS = 30


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` with no keyboard or mouse input in any app window.

    Input reaches the active window first and then the widget with the focus, so those two
    are watched, each as it becomes active or focused. Not every object in the app: a filter
    on the whole application is a Python call for every event Qt sends anywhere (layouts,
    paints, timers), which made opening the window take a third longer."""

    idle = Signal()
    # Input again after ``idle`` was emitted (and the watcher not stopped since): the timer
    # starts again from there.
    woke = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ran_out)
        self._asleep = False
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self._watch)
        app.focusObjectChanged.connect(self._watch)
        self._watch(app.focusWindow())
        self._watch(app.focusObject())

    def _watch(self, target: QObject | None) -> None:
        if target is not None:
            target.installEventFilter(self)  # once: installing again only moves it first

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self._asleep = False
        self._timer.start()

    def stop(self) -> None:
        self._asleep = False
        self._timer.stop()

    def _ran_out(self) -> None:
        self._asleep = True
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            if self._timer.isActive():
                self._timer.start()
            elif self._asleep:
                self._asleep = False
                self._timer.start()
                self.woke.emit()
        return False


class ClipboardGuard(QObject):
    """Text copied out of the app carries the marks that keep it out of clipboard managers'
    history (``clipboard_hints``) and is cleared after 30 seconds if it is still there, the
    X11 primary selection with it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self._timer.timeout.connect(self.clear)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def _changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        # Not every platform reports ownership; a copy made while one of our windows has
        # focus came from us.
        if clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None:
            mime = clipboard.mimeData()
            if mime is not None and not clipboard_hints.is_marked(mime):
                # Setting the marked copy calls this again; it is marked then, so it stops.
                clipboard.setMimeData(clipboard_hints.marked(mime))
                return
            self._copied = clipboard.text()
            self._timer.start()

    def clear(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        if clipboard.supportsSelection():  # text selected in our windows, pasted by middle-click
            clipboard.clear(QClipboard.Mode.Selection)
        self._copied = None
        self._timer.stop()
