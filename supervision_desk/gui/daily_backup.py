"""The day's automatic backup, made off the UI thread and never by a lock.

It is made at the first quiet moment of the day (a minute with no keyboard or mouse input
while the vault is open, or half the idle-lock time if that is shorter), with a line in the
status bar saying how far it has got; or, if none came, when the app quits, behind the
long-work window, whose Cancel quits without it.

Why not as the vault locks, as it used to be: a backup derives a key for its copy from the
passphrase and reads the vault with the vault's key for as long as it takes (15 to 20 s at
twenty years of records on a slow machine). Made on the window's thread it froze the window
and held the lock back; made in the background after the lock, the key and the passphrase
would outlive the lock by as long, across a sleep too (sleeping locks the vault), the process
restart that clears its memory would wait for it, and unlocking would wait or lose the copy.
Made while the vault is open anyway, it holds nothing the open vault does not: a lock, a
write to the vault or the user coming back stops it at its next step, with no copy and
nothing else left, and it is made at the next quiet moment. A lock hides the window first,
then waits for that next step (milliseconds); it never waits for the copy's key to be
derived, which touches neither the vault nor the disk and ends by itself (on Linux and macOS
the lock's restart ends it at once). When the copy ends, its own database handles are closed
(SQLCipher clears the keys they held) and nothing here keeps the vault, its key or the work
any longer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel

from ..core import autobackup, preferences
from ..core.errors import Cancelled, DeskError
from ..core.progress import Progress
from ..core.vault import backup_stage
from . import a11y
from .long_work import WorkWindow
from .vault_menu import backups_root
from .workers import run_in_background

if TYPE_CHECKING:
    from ..core.vault import Vault
    from .main_window import MainWindow

QUIET_MINUTES = 1.0  # no input for this long is a quiet moment
EVERY_S = 0.25  # the status line moves at most this often
SKIP = "Quit without today's backup"


def quiet_minutes(idle_lock_minutes: float) -> float:
    """A quiet moment comes before the idle lock, with time to make the copy in between."""
    return min(QUIET_MINUTES, idle_lock_minutes / 2)


class DailyBackup(QObject):
    """Makes the open vault's automatic copy; at most one at a time."""

    moved = Signal(int, int)  # from the copy's thread: how far it has got

    def __init__(self, window: MainWindow, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)  # not the window's: it may be deleted first, at the end
        self.window = window
        self.settings = settings
        self.line = QLabel(window)
        self.line.setObjectName("dailyBackupLine")
        self.line.setTextFormat(Qt.TextFormat.PlainText)  # a reason may name a folder
        self.line.setAccessibleName("Daily backup")
        self.line.hide()
        window.statusBar().addPermanentWidget(self.line)
        self._task: Any = None
        self._last: Any = None  # the task before: its signal may still be on its way
        self._alive: set[Any] = set()  # tasks whose thread may still run (kept till it ends)
        self._stop = threading.Event()
        self._gate = threading.Lock()  # between a copy starting on the vault and a stop
        self._in_vault = [False]
        self._quiet = False  # the copy under way began at a quiet moment
        self._after: Callable[[], None] | None = None  # starts once the copy under way ends
        self._failed: set[Path] = set()  # vaults whose copy failed this session
        self.moved.connect(self._moved)

    @property
    def running(self) -> bool:
        return self._task is not None

    def wanted(self, vault: Vault) -> bool:
        """The day's copy is due (a copy that failed this session is not tried again:
        the user was told, and the reason, a full disk or a folder they cannot write, stays)."""
        if vault.path in self._failed:
            return False
        keep = preferences.read(self.settings, "backup/auto_keep")
        return autobackup.wanted(vault, backups_root(), keep)

    # -- at a quiet moment ----------------------------------------------------------------

    def start_quietly(self, vault: Vault) -> bool:
        """Begin the day's copy if it is due and nothing stands in its way."""
        if self.running or vault.checking or not self.wanted(vault):
            return False
        self._quiet = True
        moved, last = self.moved, [0.0]

        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= EVERY_S or done >= total:
                last[0] = now
                moved.emit(done, total)

        self._show("Making today's backup…")
        a11y.announce(self.line, "Making today's backup")
        self._run(vault, report, lambda error: self._quiet_ended(vault, error))
        return True

    def interrupt(self) -> None:
        """The user is back: a copy begun at a quiet moment stops (another comes later)."""
        if self.running and self._quiet:
            self._stop.set()

    def _moved(self, done: int, total: int) -> None:
        if self.running and self._quiet and not self._stop.is_set():
            self._show(f"Making today's backup… {100 * done // max(total, 1)} %")

    def _show(self, text: str) -> None:
        if not shiboken6.isValid(self.line):
            return  # the window has gone (the app is ending)
        self.line.setText(text)
        self.line.setAccessibleDescription(text)
        self.line.show()

    def _quiet_ended(self, vault: Vault, error: Exception | None) -> None:
        self._hide()
        if not shiboken6.isValid(self.window):
            return
        if error is None:
            self.window.report("Today's backup was made and checked")
        elif not isinstance(error, Cancelled):  # stopped: made at the next quiet moment
            self._failed.add(vault.path)  # not tried again every minute of this session
            text = str(error) if isinstance(error, DeskError) else f"it failed ({error})"
            self._show(f"The automatic backup was not made: {text}")
            a11y.announce(self.line, self.line.text(), urgent=True)

    # -- on quitting ----------------------------------------------------------------------

    def before_quit(self, vault: Vault, then: Callable[[], None]) -> WorkWindow:
        """Make the day's copy behind the long-work window, then ``then()`` (also after
        Cancel, which quits without it, or a failure, which is told first). A copy begun at
        a quiet moment is stopped, and this one starts once it has ended."""
        window = WorkWindow(
            self.window, "Quitting", "Making today's backup before closing…", backup_stage
        )
        window.cancel_button.setText(SKIP)
        window.show()

        def ended(error: Exception | None) -> None:
            if shiboken6.isValid(window):
                window.finish()
                window.deleteLater()
            if not shiboken6.isValid(self.window):
                then()
                return
            if error is not None and not isinstance(error, Cancelled):
                from . import messages

                text = str(error) if isinstance(error, DeskError) else f"It failed ({error})."
                messages.tell(
                    self.window,
                    "Today's backup was not made",
                    f"{text}\n\nThe vault closes as it was.",
                    warning=True,
                )
            then()

        def go() -> None:
            self._quiet = False
            self._hide()
            if window.cancelled.is_set():  # Cancel pressed while a quiet copy was stopping
                ended(Cancelled("Stopped: no copy was made."))
                return
            self._run(vault, window.progress(), ended)

        if self.running:
            self._stop.set()
            self._after = go
        else:
            go()
        return window

    # -- running and stopping -------------------------------------------------------------

    def _run(
        self, vault: Vault, progress: Progress, ended: Callable[[Exception | None], None]
    ) -> None:
        self._stop = stop = threading.Event()
        self._gate = gate = threading.Lock()
        self._in_vault = in_vault = [False]
        root = backups_root()
        keep = preferences.read(self.settings, "backup/auto_keep")

        def report(done: int, total: int) -> None:
            if stop.is_set():
                raise Cancelled("Stopped: no copy was made.")
            progress(done, total)

        def work() -> Any:
            # The copy's key first (a second or two of key derivation), touching neither
            # the vault nor the disk: a lock meanwhile need not wait for it to end.
            key = vault.copy_key()
            with gate:
                if stop.is_set():
                    raise Cancelled("Stopped: no copy was made.")
                in_vault[0] = True  # from here on, the vault is not closed under it
            return autobackup.make_while_unchanged(vault, root, keep, report, key)

        holder: list[Any] = []
        task = run_in_background(
            work,
            lambda _dest: self._ended(holder[0], None, ended),
            lambda exc: self._ended(holder[0], exc, ended),
        )
        holder.append(task)
        self._task = task
        self._alive.add(task)

    def _ended(self, task: Any, error: Exception | None, ended: Callable) -> None:
        self._alive.discard(task)
        self._last = task  # kept until the next ends: its signal is being delivered now
        task.work = None  # nothing keeps the vault (and its key) for this copy any longer
        if self._task is not task:
            return  # stopped already (a lock)
        self._task = None
        ended(error)
        after, self._after = self._after, None
        if after is not None:
            after()

    def stop(self, *, to_the_end: bool = False) -> None:
        """Stop the copy under way before the vault closes: it leaves no copy, not even
        part of one. Once it works on the vault, this waits for its next step (a few
        milliseconds); while it is still deriving the copy's key it is only told, and ends
        by itself without touching the vault. ``to_the_end`` (the app is ending) waits for
        every copy's thread to end. What was to follow the copy is dropped."""
        task = self._task
        self._after = None
        self._hide()
        if task is not None:
            with self._gate:
                self._stop.set()
                in_vault = self._in_vault[0]
            if in_vault:
                task.ended.wait()
            self._task, self._last = None, task
        if to_the_end:
            for alive in list(self._alive):
                alive.ended.wait()

    def _hide(self) -> None:
        if shiboken6.isValid(self.line):
            self.line.hide()
