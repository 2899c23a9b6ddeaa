"""The window shown while slow work runs off the UI thread (an import, a backup): what is
being done, a bar and words saying how far it has got, and Cancel. Cancel, Escape and the
window's close button all stop the work, which then changes nothing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import Cancelled
from ..core.progress import Progress
from . import a11y
from .fit import FittedDialog

# The bar is moved at most this often: enough to look smooth, few enough signals that the
# window's thread is not kept busy by a fast import.
EVERY_S = 0.05


class _Reporter(QObject):
    """Carries progress from the working thread to the window's."""

    moved = Signal(int, int)


class WorkWindow(FittedDialog):
    """Shown at once and window-modal, so nothing else in the window is typed into while
    the work holds the vault. ``words(done, total)`` says how far the work has got under the
    bar; ``stage`` starts another part of the work with its own heading and words. Work that
    cannot be stopped part way (``stoppable`` false) runs to its end without a Cancel."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        heading: str,
        words: Callable[[int, int], str] | None = None,
        *,
        stoppable: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModal)
        self.setMinimumWidth(460)
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy, until the work first says how far it has got
        self.bar.setAccessibleName(title)
        self.detail = QLabel("", self)
        self.detail.setAccessibleName("Progress")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.Cancel)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.setVisible(stoppable)  # work that cannot be stopped offers no Cancel
        self.stoppable = stoppable
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.cancelled = threading.Event()
        self._words = words
        self._reporter = _Reporter(self)
        self._reporter.moved.connect(self._moved)

    def stage(self, heading: str, words: Callable[[int, int], str] | None = None) -> None:
        """A new part of the work: its heading, its words, the bar from the start."""
        self.heading.setText(heading)
        self._words = words
        self.bar.setRange(0, 0)
        self.detail.setText("")
        self.cancel_button.setEnabled(not self.cancelled.is_set())
        a11y.announce(self.heading, heading)

    def progress(self) -> Progress:
        """The function the work calls on its own thread: it moves the bar (a few times a
        second at most) and, once Cancel is pressed, stops the work by raising Cancelled."""
        cancelled, moved = self.cancelled, self._reporter.moved
        last = [0.0]

        def report(done: int, total: int) -> None:
            if cancelled.is_set():
                raise Cancelled("Stopped: nothing was changed.")
            now = time.monotonic()
            if now - last[0] >= EVERY_S or done >= total:
                last[0] = now
                moved.emit(done, total)

        return report

    def _moved(self, done: int, total: int) -> None:
        # The bar counts in thousandths: a file's size in bytes does not fit Qt's int.
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000 * done // max(total, 1))
        if self._words is not None and not self.cancelled.is_set():
            self.detail.setText(self._words(done, total))

    def cancel(self) -> None:
        """Stop the work: it ends at its next step, and the window closes when it has."""
        if self.cancelled.is_set():
            return
        self.cancelled.set()
        self.cancel_button.setEnabled(False)
        self.detail.setText("Stopping…")
        a11y.announce(self.detail, "Stopping")

    def reject(self) -> None:
        if self.stoppable:  # Escape and the close button stop the work; its end closes it
            self.cancel()

    def finish(self) -> None:
        """Close for good, once the work has ended."""
        super().reject()
