"""Long work tells how far it has got, and can be stopped.

Long work (an import, a backup) takes ``progress(done, total)``, a function it calls on its
own thread every so often. To stop the work, that function raises ``errors.Cancelled``: the
work undoes what it had started (a transaction rolled back, a half-written copy removed) and
lets the exception through. Without a function the work runs as it always did.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

import sqlcipher3

Progress = Callable[[int, int], None]


class Steps:
    """Work made of steps of known size, reported as one count that rises from 0 to the sum
    of the sizes and never goes back. A step may report in any units of its own."""

    def __init__(self, progress: Progress | None, sizes: dict[str, int]):
        self.progress = progress
        self.total = max(1, sum(sizes.values()))
        self._span: dict[str, tuple[int, int]] = {}
        start = 0
        for name, size in sizes.items():
            self._span[name] = (start, size)
            start += size
        self._done = 0

    def tell(self, name: str, done: int, of: int) -> None:
        """``done`` of ``of`` of the step ``name`` (an estimate past its end waits there)."""
        if self.progress is None:
            return
        start, size = self._span[name]
        self._done = max(self._done, start + (size * min(done, of) // of if of > 0 else size))
        self.progress(self._done, self.total)  # called even when unchanged: Stop is heard

    def teller(self, name: str, of: int) -> Callable[[int], None] | None:
        """A function of how much of the step is done, out of ``of``; None without progress."""
        if self.progress is None:
            return None
        return lambda done: self.tell(name, done, of)

    def reporter(self, name: str) -> Progress | None:
        """A ``progress(done, total)`` for the step ``name``; None without progress."""
        if self.progress is None:
            return None
        return lambda done, of: self.tell(name, done, of)

    def finish(self) -> None:
        if self.progress is not None:
            self._done = self.total
            self.progress(self.total, self.total)


EVERY = 1000  # SQLite steps between two reports: a few hundred a second


@contextlib.contextmanager
def watching(conn: sqlcipher3.Connection, tell: Callable[[int], None] | None) -> Iterator[list]:
    """While a statement of this thread runs on ``conn``, ``tell(steps)`` hears how many
    SQLite steps it has taken so far (``EVERY`` at a time), the only measure SQLite gives of
    a scan. An exception from ``tell`` (``Cancelled``, or Ctrl+C) interrupts the statement
    and comes through in place of SQLite's own. Statements of other threads are left alone.
    Yields a one-item list holding the steps counted, for the caller to read afterwards."""
    counted = [0]
    if tell is None:
        yield counted
        return
    mine = threading.get_ident()
    stopped: list[BaseException] = []

    def handler() -> int:
        if threading.get_ident() != mine:
            return 0
        counted[0] += EVERY
        try:
            tell(counted[0])
        except BaseException as exc:  # handed on once SQLite has stopped
            stopped.append(exc)
            return 1
        return 0

    conn.set_progress_handler(handler, EVERY)
    try:
        yield counted
    except sqlcipher3.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
