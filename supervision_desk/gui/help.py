"""The Help menu's pages and the window that shows them: a list of the pages beside the page
open, with links between pages followed inside the window. The pages are our own text (never
user text), the one place rich text is shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from .. import paths
from .fit import FittedDialog


@dataclass(frozen=True)
class HelpPage:
    file: str  # under resources/help
    title: str  # as the page's heading, the list and the window title say it
    menu_text: str | None = None  # its own Help menu item, made here (None: one in the form)


PAGES = (
    HelpPage("getting-started.html", "Getting started and shortcuts"),
    HelpPage("two-desks.html", "Two desks: agreeing a record", "&Two desks: agreeing a record"),
    HelpPage(
        "my-supervision.html",
        "Your own supervision (practitioner)",
        "Your &own supervision (practitioner)",
    ),
    HelpPage("cpd-asye.html", "CPD and ASYE", "&CPD and ASYE"),
    HelpPage("exports-backups.html", "Exports and backups", "&Exports and backups"),
    HelpPage("lock.html", "The lock and your typing", "The &lock and your typing"),
    HelpPage("standards.html", "Standards and sources"),
)
FILES = tuple(page.file for page in PAGES)


def page_for(file: str) -> HelpPage:
    return PAGES[FILES.index(file)]


def add_to_menu(window: QMainWindow, show) -> list[QAction]:
    """Put an item for each page the form does not already list into the Help menu, after
    Getting started and before Standards and sources, so the menu reads in the pages'
    order. ``show(file)`` opens a page."""
    ui = window.ui
    made = []
    for page in PAGES:
        if page.menu_text is None:
            continue
        action = QAction(page.menu_text, window)
        action.setObjectName("actionHelp_" + page.file.removesuffix(".html").replace("-", "_"))
        action.triggered.connect(lambda _=False, file=page.file: show(file))
        ui.menuHelp.insertAction(ui.actionStandards, action)
        made.append(action)
    return made


class HelpDialog(FittedDialog):
    """The pages listed on the left (arrow keys move through them); the page on the right,
    whose links to other pages open them here."""

    def __init__(self, parent: QWidget | None = None, page: str = "standards.html"):
        super().__init__(parent)
        from .forms.ui_help_dialog import Ui_HelpDialog  # when first opened, not at start-up

        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.page = ""
        for each in PAGES:
            self.ui.pageList.addItem(each.title)
        self.ui.pageList.setSpacing(2)  # titles a little apart, easier to aim at and read
        # A title too long for the list's share of the dialog wraps; none is cut off.
        self.ui.pageList.setWordWrap(True)
        self._fit_list()
        self.ui.pageList.currentRowChanged.connect(self._row_chosen)
        self.ui.browser.anchorClicked.connect(self.follow)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.show_page(page)

    def _fit_list(self) -> None:
        """As wide as the longest title, but never more than a third of the dialog: at a
        large text size the page itself needs the room more."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(p.title) for p in PAGES) + 3 * metrics.height()
        least = metrics.averageCharWidth() * 18  # a word or two a line, still readable
        self.ui.pageList.setFixedWidth(min(widest, max(least, self.width() // 3)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def show_page(self, file: str) -> None:
        """Show one page (by its file name) and select it in the list."""
        if file not in FILES:
            raise ValueError(f"no help page {file}")
        self.page = file
        found = page_for(file)
        self.ui.browser.setHtml(paths.resource("help", file).read_text("utf-8"))
        self.setWindowTitle(f"{found.title} — Help")
        row = FILES.index(file)
        if self.ui.pageList.currentRow() != row:
            self.ui.pageList.blockSignals(True)
            self.ui.pageList.setCurrentRow(row)
            self.ui.pageList.blockSignals(False)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(PAGES) and PAGES[row].file != self.page:
            self.show_page(PAGES[row].file)

    def follow(self, url: QUrl) -> None:
        """A link to another help page opens it here; one to a heading of this page scrolls
        to it. Nothing else is followed: the pages give web addresses as text to read."""
        target = url.fileName()
        if target in FILES:
            self.show_page(target)
            self.ui.browser.setFocus()
        if url.fragment():
            self.ui.browser.scrollToAnchor(url.fragment())
