"""Saving shortly after the user pauses, and at least every second while they type."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 600
MAX_WAIT_S = 1.0


class Autosaver(QObject):
    def __init__(self, save: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self._dirty_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty_since is not None

    def touch(self) -> None:
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= MAX_WAIT_S:
            self.flush()  # long unbroken typing still reaches the disk every second
        else:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty_since is None:
            return
        self._dirty_since = None
        self._save()

    def discard(self) -> None:
        self._timer.stop()
        self._dirty_since = None
