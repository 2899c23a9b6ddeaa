"""The File menu's vault actions: open another vault, restore from a backup, back up now,
automatic backups, change passphrase, import records. Each runs the same core calls as the
command line; slow steps run off the UI thread behind a progress window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog

from .. import paths
from ..core import labels, preferences
from ..core.errors import DeskError
from ..core.shown import shown as shown_path
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


class VaultMenu(QObject):
    """Owned by the controller; ``busy`` is true while a slow step runs."""

    finished = Signal(str)  # what was done, for the status bar

    def __init__(self, controller: Controller):
        super().__init__(controller)
        self.controller = controller
        self.busy = False
        self._task = None
        self._progress: QProgressDialog | None = None
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

    @property
    def window(self):
        return self.controller.window

    @property
    def vault(self):
        return self.controller.vault

    # -- running slow steps ---------------------------------------------------------------

    def _run(
        self, label: str, work: Callable[[], Any], done: Callable[[Any], None], title: str
    ) -> None:
        self.busy = True
        self._progress = QProgressDialog(label, "", 0, 0, self.window)
        self._progress.setWindowTitle(title)
        self._progress.setCancelButton(None)  # a copy half-made is removed, never kept
        self._progress.setWindowModality(Qt.WindowModal)
        self._progress.setMinimumDuration(300)

        def finish(result: Any) -> None:
            self._end()
            done(result)

        def fail(exc: Exception) -> None:
            self._end()
            from . import messages

            text = str(exc) if isinstance(exc, DeskError) else f"{title} failed: {exc}"
            messages.tell(self.window, f"{title} failed", text, warning=True)

        self._task = run_in_background(work, finish, fail)

    def _end(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        self.busy = False

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
            "Writing and checking an encrypted copy…",
            lambda: vault.backup(folder),
            lambda dest: self.finished.emit(f"Backup written and verified: {shown_path(dest)}"),
            "Backup",
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
            "When the vault closes, at most once a day, a verified encrypted copy is kept in "
            f"your data folder. {latest}How many copies to keep (0 turns them off):",
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

        def check() -> tuple[interchange.Document, interchange.Preview]:
            doc = interchange.read_file(source)
            return doc, interchange.preview(vault, doc)

        def checked(result: tuple[interchange.Document, interchange.Preview]) -> None:
            doc, preview = result
            if self.vault is not vault:
                return  # locked meanwhile: nothing is imported
            if not sum(preview.added.values()) and not preview.changes:
                self.finished.emit(
                    f"Nothing to import: every record in {source.name} is already in this vault"
                )
                return
            from . import messages

            if messages.ask(
                self.window, "Import records", import_question(source.name, preview), "Import"
            ):
                self._run(
                    "Importing the records…",
                    lambda: interchange.import_records(vault, doc),
                    lambda added: imported(added, sum(doc.counts.values()) - sum(added.values())),
                    "Import",
                )

        def imported(added: dict[str, int], present: int) -> None:
            self.window.set_vault(vault)  # every page shows the new records
            self.finished.emit(
                f"Imported {labels.records(added) or 'nothing new'}; "
                f"{labels.count(present, 'record')} already present"
            )

        self._run("Checking the records in the file…", check, checked, "Import")

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
            "Writing every record to the file…",
            lambda: interchange.write_file(vault, dest, include_journal=journal),
            lambda counts: self.finished.emit(
                f"Exported {labels.count(sum(counts.values()), 'record')} to {shown_path(dest)} "
                "(plain text: keep it safe)"
            ),
            "Export",
        )

    def open_another(self, path: Path | None = None, title: str = "Open a vault") -> None:
        if path is None:
            from .unlock import VAULT_FILTER

            start = str(self.vault.path.parent if self.vault else paths.data_dir())
            name, _ = QFileDialog.getOpenFileName(self.window, title, start, VAULT_FILTER)
            if not name:
                return
            path = Path(name)
        self.controller.switch_to(path)

    def restore(self, path: Path | None = None) -> None:
        """Restoring is opening a backup: the vault in use is closed, never overwritten."""
        if path is None:
            from .unlock import VAULT_FILTER

            start = str(backups_root() if backups_root().is_dir() else paths.data_dir())
            name, _ = QFileDialog.getOpenFileName(self.window, "Open a backup", start, VAULT_FILTER)
            if not name:
                return
            path = Path(name)
        self.controller.switch_to(path)
