"""The workspace: a sidebar of sections, the pages (built from the registry in ``pages``), the
toolbar, the undo bar after a deletion, and asking before anything unsaved is left behind."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from .. import __version__, paths
from ..core import history, labels, my_supervision, repos, sessions
from ..core.shown import shown as shown_path
from ..core.vault import Vault
from . import a11y, messages, window_keys
from . import help as help_pages
from .button_letters import letter_place
from .fit import fit, place, sized_by_text
from .forms.ui_main_window import Ui_MainWindow
from .pages import KEYS, PAGES, PRELOAD, Page

PEOPLE, JOURNAL, TRACKER, PROMPTS, SEARCH, RECEIVED, SESSION = range(len(PAGES))
SIDEBAR = [spec for spec in PAGES if spec.in_sidebar]
SECTION_NAME = Qt.ItemDataRole.UserRole  # a sidebar row's name on one line
MESSAGE_MS = 10_000  # status messages fade, so none is read as current when it is not
BACK_LIMIT = 50  # places Back remembers; ids and choices only, never text
READ_ONLY_NOTICE = "Read-only vault: you can read, search, print and export; nothing can be saved."
CHECKING_NOTICE = "Checking the vault for damage: saving starts in a moment."


def _two_lines(name: str) -> str:
    """``name`` broken at the space nearest its middle."""
    spaces = [i for i, c in enumerate(name) if c == " "]
    if not spaces:
        return name
    cut = min(spaces, key=lambda i: abs(len(name) - 2 * i))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


class UndoBar(QWidget):
    """“Deleted …  [Undo]” after a deletion, until it is undone, dismissed or the vault locks."""

    undo = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setTextFormat(Qt.PlainText)
        self.button = QPushButton("&Undo")
        self.button.setToolTip("Put it back (Edit → Undo delete, Ctrl+Shift+Backspace)")
        self.dismiss = QToolButton()
        self.dismiss.setText("✕")
        self.dismiss.setAccessibleName("Dismiss")
        self.dismiss.setAutoRaise(True)
        for widget in (self.label, self.button, self.dismiss):
            layout.addWidget(widget)
        self.button.clicked.connect(lambda: self.undo.emit())
        self.dismiss.clicked.connect(lambda: self.hide())
        self.hide()

    def show_deleted(self, what: str) -> None:
        shown = what if len(what) <= 80 else what[:77] + "…"
        self.label.setText(f"Deleted: {shown}")
        self.show()
        a11y.announce(self, f"Deleted: {shown}. Undo puts it back (Ctrl+Shift+Backspace).")


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        window_keys.menu_keys_first(self)  # Ctrl+E and the rest work from a date box too
        self.settings = settings
        self.vault: Vault | None = None
        # Asked as the window closes (quitting): False keeps it open for now (app.py).
        self.may_close: Callable[[], bool] | None = None
        self._after_paint: list[Callable[[], None]] = []  # see after_painted
        self._preload: list[str] = []  # page modules still to load ahead of a visit
        self._editor_ahead = False  # the session editor still to build ahead of a visit
        self._preload_timer = QTimer(self)  # the next step of loading ahead
        self._preload_timer.setSingleShot(True)
        self._preload_timer.timeout.connect(self._preload_next)
        self.setWindowIcon(QIcon(str(paths.resource("icons", "app.svg"))))
        self.ui.actionLock.setIcon(QIcon(str(paths.resource("icons", "lock.svg"))))
        # Pages are built the first time they are needed: start-up stays quick.
        self._built: dict[int, Page] = {}
        for _ in PAGES:
            self.ui.pages.addWidget(QWidget())
        self.ui.sidebar.addItems([spec.title for spec in SIDEBAR])
        self.ui.sidebar.currentRowChanged.connect(self._sidebar_moved)
        # Clicking the highlighted section (say People while in a session) goes back to it.
        self.ui.sidebar.itemClicked.connect(
            lambda item: self.show_section(self.ui.sidebar.row(item))
        )
        self.undo_stack: list[tuple[str, list]] = []
        self.undo_bar = UndoBar()
        self.undo_bar.undo.connect(self.undo_delete)
        self.statusBar().addPermanentWidget(self.undo_bar)
        self.read_only_label = QLabel(READ_ONLY_NOTICE)
        self.read_only_label.setObjectName("readOnlyNotice")
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        ui = self.ui
        ui.actionAddPerson.triggered.connect(lambda: self.add_person())
        ui.actionNewSession.triggered.connect(lambda: self.new_session())
        ui.actionNewJournal.triggered.connect(lambda: self.new_journal_entry())
        ui.actionSearch.triggered.connect(lambda: self.start_search())
        ui.actionLock.triggered.connect(lambda: self.lock_requested.emit())
        ui.actionQuit.triggered.connect(lambda: self.close())
        ui.actionExport.triggered.connect(lambda: self.export_pdf())
        ui.actionUndoDelete.triggered.connect(lambda: self.undo_delete())
        ui.actionAbout.triggered.connect(lambda: self.about())
        ui.actionStandards.triggered.connect(lambda: self.show_standards())
        ui.actionPolicy.triggered.connect(lambda: self.edit_policy())
        ui.actionAudit.triggered.connect(lambda: self.audit_records())
        ui.actionIdentity.triggered.connect(lambda: self.show_identity())
        ui.actionOpenExchange.triggered.connect(lambda: self.open_exchange_file())
        # Back (Alt+Left) returns to the pages left behind, newest last, each as the place
        # the user left it at (see Page.place): the person chosen, the record and its field.
        self.back_places: list[dict] = []
        ui.actionBack.setShortcuts(window_keys.back_keys())
        ui.actionBack.setEnabled(False)
        ui.actionBack.triggered.connect(lambda: self.go_back())
        self._add_go_to_menu()
        self.actionArchived = QAction("Archi&ved records…", self)
        self.actionArchived.setObjectName("actionArchived")
        in_menu = ui.menuFile.actions()  # beside the other two-desk records, before the rule
        ui.menuFile.insertAction(
            in_menu[in_menu.index(ui.actionOpenExchange) + 1], self.actionArchived
        )
        self.actionArchived.triggered.connect(lambda: self.show_archived())
        # Autosave leaves the search index to catch up once typing pauses.
        self.index_timer = QTimer(self)
        self.index_timer.setSingleShot(True)
        self.index_timer.setInterval(2000)
        self.index_timer.timeout.connect(self.catch_up_index)
        ui.actionFind.triggered.connect(lambda: self.find())
        ui.actionPrint.triggered.connect(lambda: self.print_current())
        ui.actionGettingStarted.triggered.connect(lambda: self.show_help("getting-started.html"))
        help_pages.add_to_menu(self, self.show_help)
        self.help_dialog = None
        self._find_bar = None  # made when Find is first used (see find_bar)
        self.ui.pages.currentChanged.connect(lambda _: self._find_again())
        self.ui.pages.currentChanged.connect(lambda _: self._only_current_page_sizes())
        self._restore_layout()
        self.ui.splitter.setCollapsible(0, False)
        sized_by_text(self.ui.sidebar, self._size_sidebar)

    # -- work that waits for the window to be on screen --------------------------------------

    PAINT_WAIT_MS = 300  # a window never painted (minimised, hidden) does not hold work back

    def after_painted(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has painted its first frame after this call, in the
        event loop's next turn, so what the user waits for is on screen first. Work the user
        cannot see (checks, caches) goes here; what the window shows does not."""
        self._after_paint.append(work)
        QTimer.singleShot(self.PAINT_WAIT_MS, self._painted)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._after_paint:
            QTimer.singleShot(0, self._painted)

    def _painted(self) -> None:
        waiting, self._after_paint = self._after_paint, []
        for work in waiting:
            work()

    # Soon after the first paint: each module is a short step of its own with input handled
    # between, and a page visited in the first second (a 5-year vault's page check is over
    # by then) should not pay for loading its code as well as for building itself.
    PRELOAD_AFTER_MS = 50
    PRELOAD_GAP_MS = 30  # between two modules, so input is handled between them

    def preload(self, keys: tuple[str, ...] = PRELOAD) -> None:
        """Load the code of these pages, one module at a time in the event loop, once the
        window is on screen. Visiting a page the first time then only builds it: a session's
        editor alone brings some 40 ms of modules. The editor, the page opened most and the
        costliest to build (some 60 ms of widgets), is also built as soon as its code is in,
        hidden and empty: opening the first record then only fills it."""
        self._preload = [PAGES[KEYS.index(key)].module for key in keys]
        self._editor_ahead = True
        self.after_painted(lambda: self._preload_timer.start(self.PRELOAD_AFTER_MS))

    def _preload_next(self) -> None:
        # The editor is built once the page check is over: beside it, the check's thread
        # takes turns with the window's, and the one step of building it grows by half.
        checking = self.vault is not None and self.vault.checking
        if self._editor_ahead and PAGES[SESSION].module in sys.modules and not checking:
            self._editor_ahead = False
            if self.vault is not None and SESSION not in self._built:
                self.page(SESSION)  # one step of its own, between two modules
        else:
            while self._preload:
                module = self._preload.pop(0)
                if module not in sys.modules:
                    importlib.import_module(module)
                    break
        if self._preload or (self._editor_ahead and PAGES[SESSION].module in sys.modules):
            self._preload_timer.start(self.PRELOAD_GAP_MS)

    def _size_sidebar(self) -> None:
        """The sidebar is as wide as its longest shown section name at the current text
        size, so no name is ever clipped ("Peopl", "Journa")."""
        bar = self.ui.sidebar
        rows = [row for row in range(bar.count()) if not bar.isRowHidden(row)]
        # A long name ("Records from my supervisor") takes two lines rather than widen the
        # sidebar by half the page at a large text size.
        metrics, most = bar.fontMetrics(), bar.fontMetrics().averageCharWidth() * 16
        for row in rows:
            item = bar.item(row)
            name = item.data(SECTION_NAME) or item.text()
            item.setData(SECTION_NAME, name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setText(name if metrics.horizontalAdvance(name) <= most else _two_lines(name))
        widest = max(
            (bar.sizeHintForIndex(bar.model().index(row, 0)).width() for row in rows), default=0
        )
        # The list's own padding (0.25em each side in the stylesheet) and frame, and room for
        # a scroll bar should the window be short.
        em = bar.fontMetrics().height()
        need = (
            widest
            + em
            + 2 * bar.frameWidth()
            + bar.style().pixelMetric(bar.style().PixelMetric.PM_ScrollBarExtent)
        )
        bar.setMinimumWidth(need)
        bar.setMaximumWidth(max(need, 260))

    def _only_current_page_sizes(self) -> None:
        """The page stack is as large as its current page, not its largest: a wide page
        (a session at a large text size) must not make every other page scroll sideways."""
        stack = self.ui.pages
        for index in range(stack.count()):
            page = stack.widget(index)
            policy = page.sizePolicy()
            ignored = QSizePolicy.Policy.Ignored
            if index == stack.currentIndex():
                policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
                policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
            else:
                policy.setHorizontalPolicy(ignored)
                policy.setVerticalPolicy(ignored)
            page.setSizePolicy(policy)
        stack.updateGeometry()

    @property
    def find_bar(self):  # -> FindBar
        """The Find bar under the page, made the first time it is wanted: it stays hidden
        until then, and its text-marking machinery is not needed to open the window."""
        if self._find_bar is None:
            from .find_bar import FindBar

            self._find_bar = FindBar(self.find_fields, self)
            self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self._find_bar)
        return self._find_bar

    def _find_again(self) -> None:
        """The Find bar follows the page: it marks the words again in a page with record text,
        and goes away on one with none (the Search page, the tracker), where it could only
        say "Not found" under a search of the whole vault."""
        bar = self._find_bar
        if bar is None or not bar.isVisible():
            return
        if self.find_fields():
            bar.mark()
        else:
            bar.put_away()

    def find_fields(self) -> list[QPlainTextEdit]:
        """The open page's text fields, top to bottom, for Find."""
        page = self.ui.pages.currentWidget()
        if page is None:
            return []
        fields = [f for f in page.findChildren(QPlainTextEdit) if f.isVisibleTo(page)]
        return sorted(fields, key=lambda f: f.mapTo(page, f.rect().topLeft()).y())

    def find(self, words: str | None = None) -> None:
        """Find in the open record; where no record is open, search the whole vault."""
        if self.vault is None:
            return
        if not self.find_fields():
            self.start_search()
            return
        self.find_bar.open(words)

    def catch_up_index(self) -> None:
        """Bring the search index up to date a step at a time (see search.catch_up_step),
        each a short transaction, with the UI free between steps."""
        vault = self.vault
        if vault is None or not vault.is_open or vault.read_only:
            return
        if vault.conn.in_transaction:  # an import on its own thread: its end comes first
            self.index_timer.start()
            return
        from ..core import search  # the first save made it loaded already

        if search.catch_up_step(vault.conn):
            QTimer.singleShot(0, self._next_index_step)

    def _next_index_step(self) -> None:
        if not self.index_timer.isActive():  # typing again: wait for the next pause
            self.catch_up_index()

    # -- pages, built on first use from the registry ----------------------------------------

    def page(self, index: int) -> Page:
        if index in self._built:
            return self._built[index]
        page = PAGES[index].build(self.ui.pages)
        page.status.connect(self.report)
        page.removed.connect(self._removed)
        key = KEYS[index]
        if key == "people":
            page.open_session.connect(self.open_session)
            page.changed.connect(self._people_changed)
            page.prompt_for_person.connect(self._prompt_for_person)
        elif key == "search":
            page.open_hit.connect(self.open_hit)
        placeholder = self.ui.pages.widget(index)
        current = self.ui.pages.currentIndex()
        self.ui.pages.insertWidget(index, page)
        self.ui.pages.removeWidget(placeholder)
        self.ui.pages.setCurrentIndex(current)  # swapping a placeholder never moves the user
        placeholder.deleteLater()
        self._built[index] = page
        self._only_current_page_sizes()
        if self.vault is not None:
            page.set_vault(self.vault)
            page.set_read_only(self.vault.read_only)
        return page

    def built(self, index: int) -> Page | None:
        return self._built.get(index)

    people = property(lambda self: self.page(PEOPLE))
    journal = property(lambda self: self.page(JOURNAL))
    tracker = property(lambda self: self.page(TRACKER))
    prompts = property(lambda self: self.page(PROMPTS))
    search = property(lambda self: self.page(SEARCH))
    editor = property(lambda self: self.page(SESSION))

    # -- layout memory (never content) ----------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        place(self, geometry if isinstance(geometry, QByteArray) else None)
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

    # The window's own actions that change the vault; a read-only vault (a read-only file,
    # folder or disk) turns them off. Each page turns off its own controls (set_read_only).
    WRITING_ACTIONS = (
        "actionAddPerson",
        "actionNewSession",
        "actionNewJournal",
        "actionPolicy",
        "actionAudit",
        "actionUndoDelete",
        "actionOpenExchange",
    )

    def _add_go_to_menu(self) -> None:
        """View → Go to: each sidebar section on Ctrl+1, Ctrl+2 … in the sidebar's order, so
        the keyboard reaches a page without Shift+Tab into the sidebar."""
        self.menuGoTo = QMenu("&Go to", self)
        self.menuGoTo.setObjectName("menuGoTo")
        in_menu = self.ui.menuView.actions()
        self.ui.menuView.insertMenu(in_menu[in_menu.index(self.ui.actionBack) + 1], self.menuGoTo)
        self.go_to_actions: list[QAction] = []
        for row in range(len(SIDEBAR)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, row=row: self.go_to(row))
            self.menuGoTo.addAction(action)
            self.go_to_actions.append(action)
        self._name_go_to_items(practitioner=False)

    def _name_go_to_items(self, *, practitioner: bool) -> None:
        """The Go to items named as the sidebar names its sections on this desk, each with
        its own letter; Records from my supervisor only on a practitioner's desk."""
        used: set[str] = set()
        for action, spec in zip(self.go_to_actions, SIDEBAR, strict=True):
            title = (practitioner and spec.practitioner_title) or spec.title
            at = letter_place(title, used)
            if at is not None:
                used.add(title[at].lower())
                title = title[:at] + "&" + title[at:]
            action.setText(title)
            action.setVisible(spec.key != "received" or practitioner)

    def go_to(self, row: int) -> None:
        """Show a sidebar section and put the keyboard in it, on its first control."""
        if not self.show_section(row):
            return
        page = self.ui.pages.currentWidget()
        focused = QApplication.focusWidget()
        if focused is not None and page.isAncestorOf(focused):
            return
        # A page's controls follow it in the window's chain of Tab stops; the walk stays
        # among them (walking the whole window's chain left Python's handle on an Edit menu
        # item dead, and the next lock failed on it).
        widget = page.nextInFocusChain()
        while widget is not None and page.isAncestorOf(widget):
            if (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def set_vault(self, vault: Vault) -> None:
        self.vault = vault
        self._forget_back()
        self._writable(vault)
        practitioner = vault.mode == "practitioner"
        # Auditing a team's records is the supervisor's (or principal social worker's) work.
        self.ui.actionAudit.setVisible(not practitioner)
        self._name_go_to_items(practitioner=practitioner)
        for row, spec in enumerate(SIDEBAR):
            title = spec.practitioner_title if practitioner and spec.practitioner_title else None
            item = self.ui.sidebar.item(row)
            item.setText(title or spec.title)
            item.setData(SECTION_NAME, title or spec.title)
            # Records from a supervisor arrive only at a practitioner's desk.
            self.ui.sidebar.setRowHidden(row, spec.key == "received" and not practitioner)
        self._size_sidebar()
        self._owner = vault.meta().get("owner") or ""
        self._show_title()
        for page in self._built.values():
            page.set_vault(vault)
            page.set_read_only(vault.read_only)
        self.page(PEOPLE)  # built now if it was not, with the vault
        current = self.ui.pages.currentIndex()
        self._highlight(current)
        self.page(current).shown()
        self.preload(PRELOAD + (("received",) if practitioner else ()))
        # Records an upgrade queued for the index (schema migrations 6, 7, 11) go in a step at
        # a time once the window is idle, rather than all at once at the first search or lock.
        self.index_timer.start()

    def _writable(self, vault: Vault) -> None:
        if not vault.read_only:
            sessions.ensure_self(vault)
        for name in self.WRITING_ACTIONS:
            getattr(self.ui, name).setEnabled(not vault.read_only)
        self.read_only_label.setText(CHECKING_NOTICE if vault.checking else READ_ONLY_NOTICE)
        self.read_only_label.setVisible(vault.read_only)

    def _show_title(self) -> None:
        """Names the vault, and says read-only only while it is (a read-only file, or the
        moment its pages are being checked)."""
        vault = self.vault
        self.setWindowTitle(
            shown_path(vault.path.stem)
            + (" (read-only)" if vault.read_only else "")
            + " — Supervision Desk"
            + (f" — {self._owner}" if self._owner else "")
        )

    def pages_checked(self) -> None:
        """The vault's pages all passed (see Vault.checking): what saves comes on."""
        if self.vault is None:
            return
        self._show_title()
        self._writable(self.vault)
        for page in self._built.values():
            page.set_read_only(self.vault.read_only)
        self.index_timer.start()  # saving is on: what waits for the index may go in now

    def flush(self) -> None:
        for page in self._built.values():
            page.flush()

    def unsaved(self) -> list[str]:
        self.flush()
        return [problem for page in self._built.values() for problem in page.unsaved()]

    def where(self) -> dict:
        """Where the user is, so unlocking can bring them back: the page, the person chosen,
        and each page's own place (see Page.place), by the page's key."""
        place: dict = {
            "page": KEYS[self.ui.pages.currentIndex()],
            "person": self.people.current_person(),
        }
        for index, page in self._built.items():
            here = page.place()
            if here:
                place[KEYS[index]] = here
        return place

    def record_in_view(self) -> str:
        """The record the user was on, in words ("session of 2 Mar 2026 with Sam Taylor"),
        to say where text kept at a lock belongs; "" when there is none."""
        if self.vault is None:
            return ""
        session = self.editor.session if SESSION in self._built else None
        person = (session or {}).get("person") or self.people.current_person()
        try:
            name = repos.get(self.vault, "people", person)["name"] if person else ""
        except Exception:  # gone or unreadable: the words are only a pointer
            name = ""
        if self.ui.pages.currentIndex() == SESSION and session is not None:
            return f"session of {labels.short_date(session['date'])} with {name}"
        return name

    def return_to(self, place: dict) -> None:
        """Back where ``where`` said the user was: the same page, and on each page what was
        open there (a session at its field, a record from the supervisor at its version)."""
        self.people.select_person(place.get("person"))
        for index, key in enumerate(KEYS):
            if index != SESSION and isinstance(place.get(key), dict):
                self.page(index).return_to(place[key])
        page = KEYS.index(place["page"]) if place.get("page") in KEYS else PEOPLE
        if page == SESSION:
            session = (place.get("session") or {}).get("session")
            still = session and repos.exists(self.vault, "sessions", session)
            if still and self.open_session(session):
                self.editor.return_to(place["session"])
                return
            page = PEOPLE  # the session has gone: the list it was in
        self.show_section(page)

    def clear(self) -> None:
        """Forget every piece of vault content shown anywhere (on lock)."""
        for page in self._built.values():
            page.set_vault(None)
        self.vault = None
        self._forget_back()
        self.undo_stack.clear()
        self.undo_bar.hide()
        self.ui.actionUndoDelete.setEnabled(False)
        self.statusBar().clearMessage()
        self.read_only_label.hide()
        self._owner = ""  # a name: it leaves with the vault
        self.setWindowTitle("Supervision Desk")

    # -- navigation ----------------------------------------------------------------------

    def may_leave(self) -> bool:
        """Save what can be saved; if something typed cannot be, ask before moving on."""
        current = self.ui.pages.currentWidget()
        if not isinstance(current, Page):
            return True
        current.flush()
        problems = current.unsaved()
        if not problems:
            return True
        return messages.ask(
            self,
            "Not everything is saved",
            "Some of what you typed could not be saved:\n\n"
            + "\n".join(f"• {p}" for p in problems)
            + "\n\nIf you leave now it is kept as a draft, marked where it is, until you put "
            "it right. Everything else is saved.",
            "Leave anyway",
            "Stay and fix it",
        )

    def _sidebar_moved(self, row: int) -> None:
        if row >= 0 and self.ui.pages.currentIndex() != row:
            self.show_section(row)

    def _highlight(self, index: int) -> None:
        row = index if index < len(SIDEBAR) else PEOPLE  # a session lives under People
        if self.ui.sidebar.currentRow() != row:
            self.ui.sidebar.blockSignals(True)
            self.ui.sidebar.setCurrentRow(row)
            self.ui.sidebar.blockSignals(False)

    def show_section(self, index: int, *, remember: bool = True) -> bool:
        """Go to a page; returns False if the user chose to stay where they were. The page
        left is remembered for Back unless ``remember`` is False (Back itself)."""
        here = self.ui.pages.currentIndex()
        if here != index and not self.may_leave():
            self._highlight(here)
            return False
        if here != index and remember:
            self._remember_here()
        page = self.page(index)
        self.ui.pages.setCurrentIndex(index)
        self._highlight(index)
        self.statusBar().clearMessage()
        if self.vault is not None:
            page.shown()
        return True

    def open_session(self, session_id: str, *, remember: bool = True) -> bool:
        if my_supervision.is_received(self.vault, session_id):
            # A record from the supervisor's desk is read-only here: it opens where it was
            # received, to be read, agreed or saved as its PDF.
            if not self.show_section(RECEIVED, remember=remember):
                return False
            self.page(RECEIVED).refresh(select=session_id)
            return True
        editor = self.editor
        same = (
            self.ui.pages.currentIndex() == SESSION
            and editor.session is not None
            and editor.session["id"] == session_id
        )
        if not same and not self.may_leave():
            return False
        if not same and remember:
            self._remember_here()  # the page, or the other record, it was opened from
        editor.load(self.vault, session_id)
        self.ui.pages.setCurrentIndex(SESSION)
        self._highlight(SESSION)
        if not same:  # a record opens at its top, not where the last one was left
            editor.to_top()
        return True

    # -- Back ------------------------------------------------------------------------------

    def _here(self) -> dict:
        """The page open and the place on it (see Page.place), for Back: ids, never text."""
        index = self.ui.pages.currentIndex()
        page = self._built.get(index)
        session = self.editor.session if index == SESSION and page is not None else None
        place: dict = {
            "page": KEYS[index],
            # A session's own person, so that Back to a session deleted since goes to the
            # list it was in.
            "person": session["person"] if session else self.people.current_person(),
        }
        here = page.place() if page is not None else {}
        if here:
            place[KEYS[index]] = here
        return place

    def _remember_here(self) -> None:
        if self.vault is None:
            return
        self.back_places.append(self._here())
        del self.back_places[:-BACK_LIMIT]
        self.ui.actionBack.setEnabled(True)

    def _forget_back(self) -> None:
        self.back_places.clear()
        self.ui.actionBack.setEnabled(False)

    def go_back(self) -> bool:
        """Back to the page the user came from, as they left it: the person chosen, the
        search results, the journal entry, or the record at its field and scroll. What was
        typed here is saved first, as on any move (and asked about if it cannot be).
        Returns False when there is nowhere to go back to or the user chose to stay."""
        if self.vault is None or not self.back_places:
            return False
        if not self._show_place(self.back_places[-1]):
            return False
        self.back_places.pop()
        here = self._here()
        while self.back_places and self.back_places[-1] == here:
            self.back_places.pop()  # a Back that would change nothing the user can see
        self.ui.actionBack.setEnabled(bool(self.back_places))
        return True

    def _show_place(self, place: dict) -> bool:
        """Go to a place remembered by ``_here`` without remembering this one."""
        key = place["page"]
        index = KEYS.index(key)
        there = place.get(key) or {}
        if index == SESSION:
            session = there.get("session")
            if session and repos.exists(self.vault, "sessions", session):
                if not self.open_session(session, remember=False):
                    return False
                self.editor.return_to(there)
                return True
            index, there = PEOPLE, {}  # the session has gone: the list it was in
        if not self.show_section(index, remember=False):
            return False
        if index == PEOPLE:
            self.people.select_person(place.get("person"))
        elif there:
            self.page(index).return_to(there)
        return True

    def open_hit(self, hit) -> None:
        words = self.search.ui.queryEdit.text()
        if hit.kind == "journal":
            if self.show_section(JOURNAL):
                self.journal.refresh(select=hit.record)
                self.journal.ui.bodyEdit.setFocus()
                self._show_matches(words)
            return
        session_id = hit.record
        if hit.kind in ("actions", "case_discussions"):
            session_id = repos.get(self.vault, hit.kind, hit.record)["session"]
        if hit.kind == "received":  # opens where it was received, the words marked there
            if self.open_session(session_id):
                self._show_matches(words)
                self._go_to_section(self.page(RECEIVED).recordView, hit.field)
            return
        if self.open_session(session_id):
            if hit.kind == "case_discussions":
                self.editor.cases.show(hit.record)  # in the "Cases discussed" table
                return
            self.editor.focus_field(hit.field)
            self._show_matches(words)

    def _go_to_section(self, view, field: str) -> None:
        """The find bar's current match is the first in the section the hit was found in,
        not the first in the record (often the agenda)."""
        from .desks import section_start

        start = section_start(view.toPlainText(), field)
        bar = self.find_bar
        for n, (where, cursor) in enumerate(bar.matches):
            if where is view and cursor.selectionStart() >= start:
                bar.current = n - 1
                bar.go(1)
                return

    def _show_matches(self, words: str) -> None:
        """Opening a search result marks the words that matched, as Find does."""
        if words.strip():
            focus = self.focusWidget()
            self.find_bar.open(words)
            if focus is not None:
                focus.setFocus()

    def add_person(self):  # -> PersonDialog | None
        if self.vault is not None and self.show_section(PEOPLE):
            return self.people.add_person()
        return None

    def new_session(self) -> None:
        if self.show_section(PEOPLE):
            self.people.new_session()

    def new_journal_entry(self) -> None:
        if self.show_section(JOURNAL):
            self.journal.new_entry()

    def start_search(self) -> None:
        if self.show_section(SEARCH):
            self.search.focus_query()

    def _people_changed(self) -> None:
        if self.ui.pages.currentIndex() == TRACKER:
            self.tracker.shown()

    def _prompt_for_person(self, person_id: str, prompt) -> None:
        """A suggested prompt goes into the person's latest session."""
        latest = history.latest(self.vault, person_id)
        if latest and self.open_session(latest["id"]):
            self.editor.insert_prompt(prompt)
            when = labels.short_date(latest["date"])
            self.report(f"Prompt added to the session of {when}")

    # -- deleting and undoing ------------------------------------------------------------

    def _removed(self, what: str, bundle: list) -> None:
        self.undo_stack.append((what, bundle))
        self.undo_bar.show_deleted(what)
        self.ui.actionUndoDelete.setEnabled(True)

    def undo_delete(self) -> bool:
        if not self.undo_stack or self.vault is None:
            return False
        from ..core import removal  # with the chain and identity code it needs, when first used

        what, bundle = self.undo_stack.pop()
        removal.restore(self.vault, bundle)
        current = self.ui.pages.currentWidget()
        if isinstance(current, Page):
            current.shown()
        first_kind, first = bundle[0]
        if first_kind == "people":
            self.people.refresh()
            self.people.select_person(first["id"])
        elif first_kind == "journal" and JOURNAL in self._built:
            self.journal.refresh(select=first["id"])
        elif PEOPLE in self._built:
            self.people.refresh()
        if self.undo_stack:
            self.undo_bar.show_deleted(self.undo_stack[-1][0])
        else:
            self.undo_bar.hide()
        self.ui.actionUndoDelete.setEnabled(bool(self.undo_stack))
        self.report(f"Put back: {what}")
        return True

    def report(self, text: str) -> None:
        if text == "Saved":
            self.index_timer.start()
            text = f"Saved {QTime.currentTime().toString('HH:mm:ss')}"
        self.statusBar().showMessage(text, MESSAGE_MS)
        a11y.announce(self.statusBar(), text, urgent=text.startswith("Not "))

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

    def print_current(self):  # -> ExportDialog | None
        """Print what is open, as its PDF looks: the export dialog chooses what, then the
        print preview shows it."""
        dialog = self.export_pdf()
        if dialog is not None:
            dialog.print_preview()
        return dialog

    def show_standards(self):  # -> HelpDialog
        return self.show_help("standards.html")

    def show_help(self, page: str):  # -> HelpDialog
        """Open a help page; a help window already open turns to it, so F1 never stacks
        copies of the same window."""
        open_ = self.help_dialog
        if open_ is not None and shiboken6.isValid(open_) and open_.isVisible():
            open_.show_page(page)
            open_.raise_()
            open_.activateWindow()
            return open_
        self.help_dialog = help_pages.HelpDialog(self, page)
        self.help_dialog.show()
        return self.help_dialog

    def edit_policy(self):  # -> PolicyDialog | None
        if self.vault is None:
            return None
        from .settings_dialogs import PolicyDialog

        self.policy_dialog = PolicyDialog(self.vault, self)
        self.policy_dialog.accepted.connect(self._policy_saved)
        self.policy_dialog.open()
        return self.policy_dialog

    def audit_records(self):  # -> AuditDialog | None
        if self.vault is None:
            return None
        from .audit_dialog import AuditDialog

        self.audit_dialog = AuditDialog(self.vault, self)
        self.audit_dialog.open()
        return self.audit_dialog

    def _policy_saved(self) -> None:
        self.report("Tracker settings saved in the vault")
        current = self.ui.pages.currentWidget()
        if isinstance(current, Page):
            current.shown()

    # -- two desks ------------------------------------------------------------------------

    def show_identity(self):  # -> IdentityDialog | None
        if self.vault is None:
            return None
        from .desks import IdentityDialog

        self.identity_dialog = IdentityDialog(self.vault, self)
        self.identity_dialog.open()
        return self.identity_dialog

    def show_archived(self):  # -> ArchivedDialog | None
        if self.vault is None:
            return None
        from .archived import ArchivedDialog

        self.archived_dialog = ArchivedDialog(self.vault, self)
        self.archived_dialog.removed_for_good.connect(self.report)
        self.archived_dialog.open()
        return self.archived_dialog

    def open_exchange_file(self, path: Path | None = None):  # -> exchange.Received | None
        """Open a record sent for agreement, the reply to one, or a sealed copy; show it."""
        if self.vault is None or self.vault.read_only:
            return None
        from ..core import exchange
        from ..core.errors import DeskError
        from .desks import EXCHANGE_FILTER, refused

        self.flush()
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Open an exchange file", str(paths.documents_dir()), EXCHANGE_FILTER
            )
            if not name:
                return None
            path = Path(name)
        try:
            try:
                done = exchange.receive(self.vault, path)
            except exchange.NotAboutThisDesk as exc:
                # Perhaps another person's private record, sent here by a wrong pairing:
                # opened only if the owner says it is theirs; No, the default, keeps nothing.
                if not messages.ask(
                    self,
                    "A record about someone else?",
                    f"This record is about {exc.about}, but this desk is {exc.owner}'s.\n\n"
                    "Your supervisor may have paired your desk with the wrong person. If so, "
                    "it is someone else's private record: do not open it, and tell your "
                    "supervisor. Open it only if it is about you under another name.",
                    "Open it anyway",
                    "Do not open",
                ):
                    self.report("Exchange file not opened; nothing was kept.")
                    return None
                done = exchange.receive(self.vault, path, about_someone_else=True)
        except DeskError as exc:
            refused(self, "Exchange file not opened", exc)
            return None
        if repos.exists(self.vault, "sessions", done.session):  # a reply to one of ours
            if PEOPLE in self._built:
                self.people.refresh()
            self.open_session(done.session)
        elif self.show_section(RECEIVED):
            self.page(RECEIVED).refresh(select=done.session)
        self.report(done.summary)
        if done.set_aside:  # it came after the record was agreed: said once, plainly
            messages.tell(self, "Record already agreed", done.summary)
        return done

    def about(self) -> None:
        messages.tell(self, "About Supervision Desk", about_text())

    def showEvent(self, event) -> None:
        fit(self)  # a size remembered from a larger screen, or the first size, fits this one
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        open_ = self.vault is not None and self.vault.is_open
        problems = self.unsaved() if open_ else []
        if problems and not messages.ask(
            self,
            "Quit with something unsaved?",
            "Some of what you typed could not be saved:\n\n"
            + "\n".join(f"• {p}" for p in problems)
            + "\n\nIt is kept in the vault as a draft and shown, marked, when you come back. "
            "Everything else is saved.",
            "Quit anyway",
            "Stay and fix it",
        ):
            event.ignore()
            return
        self.save_layout()
        if self.may_close is not None and not self.may_close():
            event.ignore()  # it closes again once the work it waits for has ended
            return
        event.accept()


def about_text() -> str:
    from ..core.framework import SOURCE  # reads the framework file: only when asked

    return (
        f"Supervision Desk {__version__}\n\nReflective supervision records in an encrypted "
        f"local vault. Framework: {SOURCE}."
    )
