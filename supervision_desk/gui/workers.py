"""Running slow work (key derivation, exports) off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.ended = threading.Event()  # set once ``work`` has returned or raised

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the UI thread, which shows it
            self.ended.set()
            self.signals.failed.emit(exc)
        else:
            self.ended.set()
            self.signals.done.emit(result)


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[Any], None]
) -> _Task:
    """Run ``work`` on the thread pool; the callbacks run on the UI thread."""
    task = _Task(work)
    task.setAutoDelete(False)  # the caller keeps it alive until a signal arrives
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(task)
    return task
