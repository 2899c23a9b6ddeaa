"""The workspace: a sidebar of sections, the pages, the toolbar, and locking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from .. import __version__, paths
from ..core import interchange, repos, search, sessions
from ..core.errors import DeskError
from ..core.framework import SOURCE
from ..core.vault import Vault
from .forms.ui_main_window import Ui_MainWindow
from .people import PeoplePage

PEOPLE, JOURNAL, TRACKER, PROMPTS, SEARCH, SESSION = range(6)
SECTIONS = ("People", "Journal", "Tracker", "Prompts", "Search")


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self.vault: Vault | None = None
        self.setWindowIcon(QIcon(str(paths.resource("icons", "app.svg"))))
        self.ui.actionLock.setIcon(QIcon(str(paths.resource("icons", "lock.svg"))))
        self.people = PeoplePage()
        self.ui.pages.addWidget(self.people)
        # The other pages are built the first time they are needed: start-up stays quick.
        self._built: dict[int, QWidget] = {PEOPLE: self.people}
        for _ in range(SESSION):
            self.ui.pages.addWidget(QWidget())
        self.ui.sidebar.addItems(SECTIONS)
        self.ui.sidebar.currentRowChanged.connect(self.show_section)
        self.people.open_session.connect(self.open_session)
        self.people.changed.connect(self._people_changed)
        ui = self.ui
        ui.actionNewSession.triggered.connect(self.new_session)
        ui.actionNewJournal.triggered.connect(self.new_journal_entry)
        ui.actionSearch.triggered.connect(self.start_search)
        ui.actionLock.triggered.connect(self.lock_requested)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionExport.triggered.connect(self.export_pdf)
        ui.actionExportJson.triggered.connect(self.export_json)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionUndoDelete.triggered.connect(self.undo_delete)
        ui.actionAbout.triggered.connect(self.about)
        self.people.changed.connect(
            lambda: ui.actionUndoDelete.setEnabled(bool(self.people.undo_stack))
        )
        # Autosave leaves the search index to catch up once typing pauses.
        self.index_timer = QTimer(self)
        self.index_timer.setSingleShot(True)
        self.index_timer.setInterval(2000)
        self.index_timer.timeout.connect(self.catch_up_index)
        self._restore_layout()

    def catch_up_index(self) -> None:
        if self.vault is not None and self.vault.is_open:
            search.catch_up(self.vault.conn)

    # -- pages, built on first use ------------------------------------------------------

    def _page(self, index: int) -> QWidget:
        if index in self._built:
            return self._built[index]
        if index == JOURNAL:
            from .journal import JournalPage

            page = JournalPage(report=self.report)
        elif index == TRACKER:
            from .tracker_page import TrackerPage

            page = TrackerPage()
        elif index == PROMPTS:
            from .prompts_panel import PromptsPage

            page = PromptsPage()
        elif index == SEARCH:
            from .search_page import SearchPage

            page = SearchPage()
            page.open_hit.connect(self.open_hit)
        else:
            from .session_editor import SessionEditor

            page = SessionEditor()
            page.saved.connect(self.report)
            page.failed.connect(self.report)
        placeholder = self.ui.pages.widget(index)
        self.ui.pages.insertWidget(index, page)
        self.ui.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[index] = page
        if self.vault is not None and hasattr(page, "set_vault"):
            page.set_vault(self.vault)
        return page

    def built(self, index: int) -> QWidget | None:
        return self._built.get(index)

    journal = property(lambda self: self._page(JOURNAL))
    tracker = property(lambda self: self._page(TRACKER))
    prompts = property(lambda self: self._page(PROMPTS))
    search = property(lambda self: self._page(SEARCH))
    editor = property(lambda self: self._page(SESSION))

    # -- layout memory (never content) ----------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([200, 980])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.ui.splitter.saveState())
        self.settings.sync()

    # -- vault in and out -----------------------------------------------------------------

    def set_vault(self, vault: Vault) -> None:
        self.vault = vault
        sessions.ensure_self(vault)
        practitioner = vault.mode == "practitioner"
        self.ui.sidebar.item(PEOPLE).setText("My supervision" if practitioner else "People")
        owner = vault.meta().get("owner") or ""
        self.setWindowTitle(
            f"{vault.path.stem} — Supervision Desk" + (f" — {owner}" if owner else "")
        )
        for index, page in self._built.items():
            if index != TRACKER and hasattr(page, "set_vault"):
                page.set_vault(vault)  # the Tracker works out its table when it is opened
        if self.ui.sidebar.currentRow() < 0:
            self.ui.sidebar.setCurrentRow(PEOPLE)

    def flush(self) -> None:
        for index in (SESSION, JOURNAL):
            if index in self._built:
                self._built[index].flush()

    def where(self) -> dict:
        """Where the user is, so unlocking can bring them back."""
        editor, journal = self.built(SESSION), self.built(JOURNAL)
        return {
            "page": self.ui.pages.currentIndex(),
            "person": self.people.current_person(),
            "session": editor.session["id"] if editor and editor.session else None,
            "entry": journal.entry["id"] if journal and journal.entry else None,
        }

    def return_to(self, place: dict) -> None:
        self.people.select_person(place.get("person"))
        if place.get("entry"):
            self.journal.refresh(select=place["entry"])
        if place.get("page") == SESSION and place.get("session"):
            self.open_session(place["session"])
        elif place.get("page") is not None:
            self.show_section(place["page"])

    def clear(self) -> None:
        """Forget every piece of vault content shown anywhere (on lock)."""
        self.people.clear()
        for index, page in self._built.items():
            if index in (SESSION, JOURNAL, SEARCH):
                page.clear()
            if index in (SESSION, JOURNAL):
                page.prompts.set_vault(None)
            if index == PROMPTS:
                page.set_vault(None)
            if index == TRACKER:
                page.show_vault(None)
        self.vault = None
        self.ui.actionUndoDelete.setEnabled(False)
        self.setWindowTitle("Supervision Desk")

    # -- navigation ----------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        self.flush()
        self._page(index)
        if index == TRACKER and self.vault:
            self.tracker.show_vault(self.vault)
        if index == PEOPLE and self.vault:
            self.people.refresh()
        self.ui.pages.setCurrentIndex(index)
        if index < len(SECTIONS) and self.ui.sidebar.currentRow() != index:
            self.ui.sidebar.blockSignals(True)
            self.ui.sidebar.setCurrentRow(index)
            self.ui.sidebar.blockSignals(False)

    def open_session(self, session_id: str) -> None:
        self.flush()
        self.editor.load(self.vault, session_id)
        self.ui.pages.setCurrentIndex(SESSION)
        self.ui.sidebar.blockSignals(True)  # a session lives under People
        self.ui.sidebar.setCurrentRow(PEOPLE)
        self.ui.sidebar.blockSignals(False)
        self.editor.ui.agendaEdit.setFocus()

    def open_hit(self, hit) -> None:
        if hit.kind == "journal":
            self.show_section(JOURNAL)
            self.journal.refresh(select=hit.record)
            self.journal.ui.bodyEdit.setFocus()
            return
        session_id = hit.record
        if hit.kind == "actions":
            session_id = repos.get(self.vault, "actions", hit.record)["session"]
        self.open_session(session_id)
        self.editor.focus_field(hit.field)

    def new_session(self) -> None:
        self.show_section(PEOPLE)
        self.people.new_session()

    def new_journal_entry(self) -> None:
        self.show_section(JOURNAL)
        self.journal.new_entry()

    def start_search(self) -> None:
        self.show_section(SEARCH)
        self.search.focus_query()

    def _people_changed(self) -> None:
        if self.ui.pages.currentIndex() == TRACKER:
            self.show_section(TRACKER)

    def undo_delete(self) -> None:
        if self.people.undo_delete():
            self.report("Deletion undone")
        self.ui.actionUndoDelete.setEnabled(bool(self.people.undo_stack))

    def report(self, text: str) -> None:
        if text == "Saved":
            self.index_timer.start()
            text = f"Saved {QTime.currentTime().toString('HH:mm:ss')}"
        self.statusBar().showMessage(text)

    # -- files ---------------------------------------------------------------------------

    def export_pdf(self):  # -> ExportDialog | None
        """The PDF export dialog, set to what the user is looking at."""
        if self.vault is None:
            return None
        self.flush()
        page = self.ui.pages.currentIndex()
        editor = self.built(SESSION)
        session_id = editor.session["id"] if page == SESSION and editor and editor.session else None
        person_id = (
            (editor.session["person"] if session_id else None)
            or (self.tracker.selected_person() if page == TRACKER else None)
            or self.people.current_person()
        )
        choice = {SESSION: "session", TRACKER: "team", JOURNAL: "journal"}.get(page, "person")
        if self.vault.mode == "practitioner" and choice == "team":
            choice = "person"
        from .export_dialog import ExportDialog

        self.export_dialog = ExportDialog(
            self.vault, session_id=session_id, person_id=person_id, choice=choice, parent=self
        )
        self.export_dialog.finished_export.connect(lambda p: self.report(f"Exported {p}"))
        self.export_dialog.open()
        return self.export_dialog

    def export_json(self) -> None:
        self.flush()
        start = str(paths.documents_dir() / "supervision-records.json")
        name, _ = QFileDialog.getSaveFileName(
            self, "Export records as JSON", start, "JSON (*.json)"
        )
        if not name:
            return
        answer = QMessageBox.question(
            self,
            "Include the private journal?",
            "The export is plain, unencrypted text. Include your private journal in it?",
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        try:
            interchange.write_file(
                self.vault, Path(name), include_journal=answer == QMessageBox.Yes
            )
        except (DeskError, OSError) as exc:
            QMessageBox.warning(self, "Export failed", str(exc))
            return
        self.report(f"Exported to {name} (plain text: keep it safe)")

    def backup(self) -> None:
        self.flush()
        start = str(self.vault.path.parent)
        folder = QFileDialog.getExistingDirectory(self, "Back up the vault into", start)
        if not folder:
            return
        try:
            dest = self.vault.backup(Path(folder))
        except DeskError as exc:
            QMessageBox.warning(self, "Backup failed", str(exc))
            return
        self.report(f"Backup written and verified: {dest}")

    def about(self) -> None:
        QMessageBox.about(self, "About Supervision Desk", about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.save_layout()
        event.accept()


def about_text() -> str:
    return (
        f"Supervision Desk {__version__}\n\nReflective supervision records in an encrypted "
        f"local vault. Framework: {SOURCE}."
    )
