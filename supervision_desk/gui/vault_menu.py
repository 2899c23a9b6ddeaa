"""The File menu's vault actions: open another vault, restore from a backup, back up now,
automatic backups, change passphrase, import records. Each runs the same core calls as the
command line; slow steps run off the UI thread behind a progress window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog

from .. import paths
from ..core import labels, preferences
from ..core.errors import Cancelled, DeskError
from ..core.progress import Progress
from ..core.shown import shown as shown_path
from ..core.vault import backup_stage
from .long_work import WorkWindow
from .workers import run_in_background

if TYPE_CHECKING:
    from .app import Controller
    from .change_passphrase import ChangePassphraseDialog

# The dialogs behind these actions (and the unlock screen's helpers) are imported when an
# action is chosen: the menu is built at every start, the dialogs are seldom opened.

JSON_FILTER = "Interchange files (*.json);;All files (*)"


def backups_root() -> Path:
    return paths.data_dir() / "backups"


def import_question(name: str, preview) -> str:
    """What importing a file will add and change, asked before anything is written."""
    lines = [f"Importing {name} adds {labels.records(preview.added) or 'no records'}."]
    if preview.present:
        one = preview.present == 1
        lines.append(
            f"{labels.count(preview.present, 'record')} in it "
            f"{'is' if one else 'are'} already in this vault and "
            f"{'stays as it is' if one else 'stay as they are'}."
        )
    if preview.changes:
        lines.append("")
        lines.append("It also changes these settings of this vault:")
        lines += [f"• {what}: {now} → {after}" for what, now, after in preview.changes]
    lines += ["", "Import the file?"]
    return "\n".join(lines)


class _Reply:
    """The answer to a question asked for work on another thread, which waits for it."""

    def __init__(self) -> None:
        self.given = threading.Event()
        self.yes = False

    def give(self, yes: bool) -> None:
        self.yes = yes
        self.given.set()


class VaultMenu(QObject):
    """Owned by the controller; ``busy`` is true while a slow step runs."""

    finished = Signal(str)  # what was done, for the status bar
    # (file name, preview, reply): an import's question, sent from its thread to this one
    _question = Signal(object)

    def __init__(self, controller: Controller):
        super().__init__(controller)
        self.controller = controller
        self.busy = False
        self._task = self._previous = None
        self.work_window: WorkWindow | None = None  # while slow work runs
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        ui = controller.window.ui
        ui.actionOpenVault.triggered.connect(lambda: self.open_another())
        ui.actionRestore.triggered.connect(lambda: self.restore())
        ui.actionBackup.triggered.connect(lambda: self.back_up_now())
        ui.actionAutoBackup.triggered.connect(lambda: self.automatic_backups())
        ui.actionChangePassphrase.triggered.connect(lambda: self.change_passphrase())
        ui.actionImportJson.triggered.connect(lambda: self.import_records())
        ui.actionExportJson.triggered.connect(lambda: self.export_records())
        self.finished.connect(controller.window.report)
        self._question.connect(self._ask_import)

    @property
    def window(self):
        return self.controller.window

    @property
    def vault(self):
        return self.controller.vault

    # -- running slow steps ---------------------------------------------------------------

    def _run(
        self,
        title: str,
        heading: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        *,
        words: Callable[[int, int], str] | None = None,
        stopped: str = "",
        going_on: WorkWindow | None = None,
    ) -> WorkWindow:
        """Run ``work(progress)`` off the UI thread behind a window with a bar and Cancel
        (``going_on``: the window of the step before, showing this step next). ``done`` runs
        with the result and closes the window or goes on in it; Cancel ends with ``stopped``
        in the status bar (without ``stopped``, the work has no Cancel), a failure with its
        message."""
        self.busy = True
        window = going_on or WorkWindow(self.window, title, heading, words, stoppable=bool(stopped))
        if going_on is not None:
            window.stage(heading, words)
        else:
            window.show()
        self.work_window = window
        progress = window.progress()

        def finish(result: Any) -> None:
            if self.work_window is window:  # not given up meanwhile (the vault closed)
                done(result)

        def fail(exc: Exception) -> None:
            if self.work_window is not window:
                return
            self._end()
            if isinstance(exc, Cancelled):
                self.finished.emit(stopped)
                return
            from . import messages

            text = str(exc) if isinstance(exc, DeskError) else f"{title} failed: {exc}"
            messages.tell(self.window, f"{title} failed", text, warning=True)

        self._previous = self._task  # its signal may still be on its way to ``done``
        self._task = run_in_background(lambda: work(progress), finish, fail)
        return window

    def _end(self) -> None:
        window, self.work_window = self.work_window, None
        if window is not None and shiboken6.isValid(window):
            window.finish()
            window.deleteLater()
        self.busy = False

    def stop_work(self) -> None:
        """Stop the work under way and wait for it to end: before the vault closes (a lock,
        another vault, quitting), so that nothing still uses it. Stopped, it changed nothing."""
        window, task = self.work_window, self._task
        if window is None or task is None:
            return
        if shiboken6.isValid(window):
            window.cancel()
        else:  # already closed by the lock: its flag is all that is left to set
            window.cancelled.set()
        task.ended.wait()
        self._end()

    # -- actions ---------------------------------------------------------------------------

    def back_up_now(self, folder: Path | None = None) -> None:
        if self.vault is None:
            return
        self.window.flush()
        if folder is None:
            start = str(self.vault.path.parent)
            name = QFileDialog.getExistingDirectory(self.window, "Back up the vault into", start)
            if not name or self.vault is None:  # the vault may have locked meanwhile
                return
            folder = Path(name)
        vault = self.vault
        self._run(
            "Backup",
            "Writing an encrypted copy of the vault and checking it…",
            lambda progress: vault.backup(folder, progress=progress),
            lambda dest: self._done(f"Backup written and verified: {shown_path(dest)}"),
            words=backup_stage,
            stopped="Backup stopped: no copy was made.",
        )

    def automatic_backups(self) -> None:
        settings = self.controller.settings
        keep = preferences.read(settings, "backup/auto_keep")
        latest = ""
        if self.vault is not None:
            from ..core import autobackup

            found = autobackup.copies(autobackup.folder_for(backups_root(), self.vault.path))
            latest = (
                f"The newest is from {labels.long_date(found[0].made.date())}, in "
                f"{shown_path(found[0].path.parent)}.\n\n"
                if found
                else "None has been made yet.\n\n"
            )
        count, ok = QInputDialog.getInt(
            self.window,
            "Automatic backups",
            "Once a day, at the first minute without typing or the mouse (or when you quit), "
            f"a verified encrypted copy is kept in your data folder. {latest}How many copies "
            "to keep (0 turns them off):",
            keep,
            0,
            60,
        )
        if ok:
            preferences.write(settings, "backup/auto_keep", count)
            self.finished.emit(
                f"Automatic backups: keeping {count}" if count else "Automatic backups are off"
            )

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        if self.vault is None:
            return None
        from .change_passphrase import ChangePassphraseDialog

        self.window.flush()
        self.passphrase_dialog = ChangePassphraseDialog(self, self.window)
        self.passphrase_dialog.open()
        return self.passphrase_dialog

    def import_records(self, source: Path | None = None) -> None:
        if self.vault is None:
            return
        self.window.flush()
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, "Import records", str(paths.documents_dir()), JSON_FILTER
            )
            if not name or self.vault is None:
                return
            source = Path(name)
        vault = self.vault
        from ..core import interchange  # loaded when first used: start-up does not pay for it

        stopped = "Import stopped: nothing was changed."

        def read(doc: interchange.Document) -> None:
            window = self.work_window

            def agree(preview: interchange.Preview) -> bool:
                """Asked on the import's own thread, its records written and not yet kept:
                the question goes to the window's thread, and the transaction waits."""
                if not sum(preview.added.values()) and not preview.changes:
                    return False  # nothing to ask
                reply = _Reply()
                self._question.emit((source.name, preview, reply))
                while not reply.given.wait(0.05):
                    if window is None or window.cancelled.is_set():
                        return False  # a lock or quitting while the question was open
                return reply.yes

            self._run(
                "Import",
                f"Checking {source.name}: what importing it would add and change…",
                lambda progress: interchange.import_if_agreed(vault, doc, agree, progress),
                lambda result: ended(doc, *result),
                words=lambda done, total: f"{labels.amount(done, total)} checked",
                stopped=stopped,
                going_on=window,
            )

        def ended(doc, preview: interchange.Preview, added: dict[str, int] | None) -> None:
            self._end()
            if self.vault is not vault:
                return  # locked meanwhile: nothing was kept
            if added is not None:
                self.window.set_vault(vault)  # every page shows the new records
                present = sum(doc.counts.values()) - sum(added.values())
                self.finished.emit(
                    f"Imported {labels.records(added) or 'nothing new'}; "
                    f"{labels.count(present, 'record')} already present"
                )
            elif not sum(preview.added.values()) and not preview.changes:
                self.finished.emit(
                    f"Nothing to import: every record in {source.name} is already in this vault"
                )

        self._run(
            "Import",
            f"Reading {source.name}…",
            lambda progress: interchange.read_file(source, progress),
            read,
            words=lambda done, total: f"{labels.amount(done, total)} read",
            stopped=stopped,
        )

    def _ask_import(self, asked: tuple[str, Any, _Reply]) -> None:
        """Whether to keep an import its thread holds written and uncommitted. The progress
        window steps aside for the question; the answer lets the import's thread go on."""
        name, preview, reply = asked
        if self.work_window is None or self.vault is None:
            reply.give(False)  # stopped or locked before the question came
            return
        from . import messages

        if shiboken6.isValid(self.work_window):
            self.work_window.hide()
        yes = messages.ask(self.window, "Import records", import_question(name, preview), "Import")
        reply.give(yes)

    def _done(self, message: str) -> None:
        self._end()
        self.finished.emit(message)

    def export_records(self, dest: Path | None = None, journal: bool | None = None) -> None:
        """Every record as an interchange file: plain text, so the user is told so."""
        if self.vault is None:
            return
        self.window.flush()
        from . import messages

        if dest is None:
            start = str(paths.documents_dir() / "supervision-records.json")
            name, _ = QFileDialog.getSaveFileName(
                self.window, "Export records as JSON", start, JSON_FILTER
            )
            if not name:
                return
            dest = Path(name)
        if journal is None:
            journal = messages.ask(
                self.window,
                "Include the private journal?",
                "The export is plain, unencrypted text. Include your private journal in it?",
                "Include the journal",
                "Leave the journal out",
            )
        if self.vault is None:  # locked while the questions were open: nothing is written
            return
        vault = self.vault
        from ..core import interchange  # loaded when first used: start-up does not pay for it

        self._run(
            "Export",
            "Writing every record to the file…",
            lambda progress: interchange.write_file(
                vault, dest, include_journal=journal, progress=progress
            ),
            lambda counts: self._done(
                f"Exported {labels.count(sum(counts.values()), 'record')} to {shown_path(dest)} "
                "(plain text: keep it safe)"
            ),
            words=lambda done, total: f"{done:,} of {total:,} records written",
            stopped="Export stopped: no file was written.",
        )

    def open_another(
        self, path: Path | None = None, title: str = "Open a vault", start: str = ""
    ) -> bool:
        """Close the vault in use and ask to unlock the one chosen, once the file chosen
        can be a vault: a file that cannot (or the vault already open) is named, and the
        vault in use stays open. Returns whether the switch went ahead."""
        from .unlock import VAULT_FILTER, not_a_vault

        if path is None:
            start = start or str(self.vault.path.parent if self.vault else paths.data_dir())
            name, _ = QFileDialog.getOpenFileName(self.window, title, start, VAULT_FILTER)
            if not name:
                return False
            path = Path(name)
        from . import messages

        current = self.vault
        if current is not None and path.resolve() == current.path.resolve():
            messages.tell(self.window, "Open a vault", f"{shown_path(path)} is open now.")
            return False
        problem = not_a_vault(path)
        if problem:
            named = shown_path(path)
            said = problem if named in problem else f"{named}: {problem}"
            stays = " The vault you have open stays open." if current is not None else ""
            messages.tell(self.window, "Vault not opened", said + stays, warning=True)
            return False
        self.controller.switch_to(path)
        return True

    def restore(self, path: Path | None = None) -> bool:
        """Restoring is opening a backup: the vault in use is closed, never overwritten, and
        only once the file chosen can be a vault."""
        start = str(backups_root() if backups_root().is_dir() else paths.data_dir())
        return self.open_another(path, title="Open a backup", start=start)
