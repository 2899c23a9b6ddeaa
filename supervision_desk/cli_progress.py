"""Progress on the command line: one line on standard error that rewrites itself while long
work runs (an import, a backup, a long PDF). Shown only when standard error is a terminal, so
scripts, pipes and logs get nothing extra.

While an import or a backup runs, Ctrl+C asks the work to stop at its next step, where it
undoes what it had started (the import's transaction, the backup's half-made copy), instead
of breaking off wherever Python happens to be; a second Ctrl+C breaks off at once.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Callable, Iterator
from typing import TextIO

from .core.errors import Interrupted

EVERY_S = 0.1  # the line is rewritten at most this often


def _terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


class Meter:
    """``meter(done, total)`` is the progress function handed to the work."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = sys.stderr if stream is None else stream
        self.shown = _terminal(self.stream)
        self._words: Callable[[int, int], str] = lambda done, total: ""
        self._stopped: str | None = None
        self.interrupted = False
        self._width = 0
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if self.interrupted and self._stopped is not None:
            raise Interrupted(self._stopped)
        if not self.shown:
            return
        now = time.monotonic()
        if now - self._last >= EVERY_S or done >= total:
            self._last = now
            self._write(self._words(done, total))

    @contextlib.contextmanager
    def step(
        self, words: Callable[[int, int], str], *, first: str = "", stopped: str | None = None
    ) -> Iterator[Meter]:
        """Show ``words(done, total)`` while the block runs (``first`` until the work first
        reports). With ``stopped``, Ctrl+C stops the work at its next report and the
        command ends with that sentence and exit code 130; the line is cleared at the end."""
        self._words, self._stopped, self._last = words, stopped, 0.0
        if first and self.shown:
            self._write(first)
        previous = None
        if stopped is not None:
            previous = signal.signal(signal.SIGINT, self._on_interrupt)
        try:
            yield self
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
            self._stopped = None
            self.clear()

    def _on_interrupt(self, _signum: int, _frame: object) -> None:
        if self.interrupted:
            raise KeyboardInterrupt  # asked twice: at once, wherever the work is
        self.interrupted = True

    def _write(self, text: str) -> None:
        pad = " " * max(0, self._width - len(text))
        self.stream.write(f"\r{text}{pad}")
        self.stream.flush()
        self._width = len(text)

    def clear(self) -> None:
        """Remove the line, so what the command prints next starts on a clean one."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
