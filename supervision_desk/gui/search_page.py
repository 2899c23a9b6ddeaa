"""Full-text search across sessions, journal and actions, with the found words highlighted.

By keyboard: type, press Down to move into the results (or Enter to open the first), Enter to
open the selected one, Up from the first result to return to the query."""

from __future__ import annotations

import html
import threading
import time
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QWidget

from ..core import labels, search
from ..core.vault import Vault
from .forms.ui_search_page import Ui_SearchPage
from .models import RECORD_ROLE, Column, RecordModel
from .pages import Page, plain_text_labels
from .workers import run_in_background

KIND_NAMES = {
    "sessions": "Session",
    "journal": "Journal",
    "actions": "Action",
    "case_discussions": "Case discussed",
    "received": "From my supervisor",  # a record received on a practitioner's desk
}
# A search ranks every match in the whole history. One that answers within this many
# milliseconds is shown at once; a longer one (a common word, the first search of the day
# with nothing of the index read yet) goes on beside the window, which stays free.
WAIT_MS = 40
# The index catches up with what was saved before a search, a few steps per turn of the
# event loop: a long section rewritten (every chunk moved) takes a few hundred ms in all.
CATCH_UP_MS = 30
CATCHING_UP = -1  # ``_busy`` while the index catches up (search tickets are positive)


def snippet_html(snippet: str) -> str:
    """Escape the user's text, then turn the hit marks into bold: typed markup stays text."""
    escaped = html.escape(snippet)
    return escaped.replace(search.HIT_START, "<b>").replace(search.HIT_END, "</b>")


def heading(hit: search.Hit) -> str:
    field = labels.field(f"{hit.kind}.{hit.field}")
    # A group session names no one person and a journal entry may have no title: no dot
    # is left standing for a part that is not there.
    parts = (KIND_NAMES[hit.kind], labels.typed_date(hit.date or ""), hit.title, field)
    return " · ".join(part for part in parts if part.strip())


def hit_html(hit: search.Hit) -> str:
    return f"<small>{html.escape(heading(hit))}</small><br>{snippet_html(hit.snippet)}"


def hit_text(hit: search.Hit) -> str:
    """What a screen reader (and a test) reads: the heading and the snippet, no marks."""
    return f"{heading(hit)}\n{search.plain(hit.snippet)}"


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as two lines: where it is, then the words around it with the match in bold.
    Only text we escaped ourselves is ever treated as markup."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # Each hit's laid-out text, kept while the results stay: the list asks for a row's
        # size and then paints it, and laying out rich text twice is most of the cost.
        self._documents: dict[tuple[int, int, str], QTextDocument] = {}
        self._sizes: dict[tuple[int, int, str], QSize] = {}

    def forget(self) -> None:
        self._documents.clear()
        self._sizes.clear()

    @staticmethod
    def _width(option) -> int:
        """The width a hit is laid out to: the list's (a row is as wide; the list asks for
        sizes with other widths while it settles, which would lay every hit out again)."""
        view = option.widget
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(width - 12, 100)

    def _document(self, option, index: QModelIndex) -> QTextDocument:
        width = self._width(option)
        key = (index.row(), width, option.font.key())
        doc = self._documents.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setHtml(hit_html(index.data(RECORD_ROLE)))
            doc.setTextWidth(width)
            self._documents[key] = doc
        return doc

    def paint(self, painter, option, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.State_Selected
        role = QPalette.HighlightedText if selected else QPalette.Text
        context.palette.setColor(QPalette.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        key = (index.row(), self._width(option), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            # The view's own option carries the font; the rest of initStyleOption (the
            # row's text, asked of the model) is for painting, not for laying out.
            doc = self._document(option, index)
            size = self._sizes[key] = QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)
        return size


class SearchPage(Page):
    open_hit = Signal(object)  # a search.Hit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SearchPage()
        self.ui.setupUi(self)
        plain_text_labels(self)
        self.vault: Vault | None = None
        # Each hit's text, kept while the results stay: the list asks for a row's text each
        # time it paints the row.
        self._texts: dict[search.Hit, str] = {}
        self.hits = RecordModel(
            [Column("Result", self._text)],
            id_of=lambda h: f"{h.kind}:{h.record}:{h.field}",
            parent=self,
        )
        self._ran_for: str | None = None
        self._shown: search.Results | None = None
        results = self.ui.results
        results.setModel(self.hits)
        self._delegate = HitDelegate(results)
        results.setItemDelegate(self._delegate)
        self.hits.modelAboutToBeReset.connect(self._delegate.forget)
        self.hits.modelAboutToBeReset.connect(self._texts.clear)
        results.setEditTriggers(QAbstractItemView.NoEditTriggers)
        results.setUniformItemSizes(False)
        # Always there: a scroll bar that comes and goes changes the width, and every hit
        # would be laid out again for it.
        results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        results.activated.connect(self._activate)
        # The "more" button keeps its place while hidden, so the list keeps its size as one
        # search follows another: results are laid out and drawn once, not again when the
        # button comes or goes and the page's layout moves the list.
        policy = self.ui.moreButton.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.moreButton.setSizePolicy(policy)
        results.installEventFilter(self)
        self.ui.queryEdit.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run)
        self.ui.queryEdit.textChanged.connect(lambda _: self._timer.start())
        self.ui.queryEdit.returnPressed.connect(self._enter_in_query)
        self.ui.moreButton.clicked.connect(self.show_more)
        # Searches running beside the window: one at a time, each known by its ticket.
        self._tasks: dict[int, object] = {}  # kept until each reports back
        self._ticket = 0
        self._busy: int | None = None  # the ticket of the search still running
        self._wanted: str | None = None  # asked for while one ran: it runs next
        self._then: str | None = None  # "open" or "focus": Enter or Down pressed while waiting
        self._retried: str | None = None
        self._stop = threading.Event()  # set to give up the search running now
        self._running: str | None = None  # its query

    def _text(self, hit: search.Hit) -> str:
        text = self._texts.get(hit)
        if text is None:
            text = self._texts[hit] = hit_text(hit)
        return text

    def set_vault(self, vault: Vault | None) -> None:
        if vault is None:
            self.clear()
        self.vault = vault
        if vault is not None:
            # A practitioner's desk also holds the records received from the supervisor.
            received = vault.mode == "practitioner"
            self.ui.searchHeading.setText(
                "Search sessions, journal, actions, cases discussed and records received"
                if received
                else "Search sessions, journal, actions and cases discussed"
            )

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only  # searching only reads: nothing here changes

    def run(self) -> None:
        """Search for what is typed (the pause after typing runs this)."""
        self._timer.stop()
        query = self.ui.queryEdit.text()
        self._ran_for = query
        if not self._live() or not query.strip():  # a search due after a lock finds nothing
            self._busy = self._wanted = None  # nor is one still running shown
            self._show(None)
            return
        if self._busy is not None:
            self._wanted = query  # after the one running now
            return
        self._start(query)

    def searching(self) -> bool:
        """Whether a search is still on its way."""
        return self._busy is not None or self._wanted is not None

    def _live(self) -> bool:
        return self.vault is not None and self.vault.is_open

    def _start(self, query: str, wait: bool = True) -> None:
        """Search for ``query`` beside the window; ``wait``: show it at once if it is quick
        (a search asked for by the user, not one that follows another)."""
        conn = self.vault.conn
        # Anything saved since goes into the index first, here and in short steps: the search
        # itself only reads, so it can run on another thread beside this one.
        if not self._caught_up(conn):
            self._busy, self._wanted = CATCHING_UP, query
            self.ui.summary.setText("Searching…")
            QTimer.singleShot(0, self._catch_up_more)
            return
        self._ticket += 1
        ticket = self._ticket
        finished, stop = threading.Event(), threading.Event()
        answer: list[search.Results] = []

        def work() -> search.Results:
            try:
                answer.append(search.search(conn, query, caught_up=True, stop=stop))
                return answer[0]
            finally:
                finished.set()

        self._busy, self._stop, self._running = ticket, stop, query
        self._tasks[ticket] = run_in_background(
            work, partial(self._arrived, ticket, query), partial(self._failed, ticket, query)
        )
        if wait and finished.wait(WAIT_MS / 1000) and answer:
            self._busy = None  # quick: shown now, as if it had run here
            self._show(answer[0])
        else:
            self.ui.summary.setText("Searching…")

    @staticmethod
    def _caught_up(conn) -> bool:
        if not search.pending(conn):
            return True
        started = time.perf_counter()
        while search.catch_up_step(conn):
            if time.perf_counter() - started > CATCH_UP_MS / 1000:
                return False
        return True

    def _catch_up_more(self) -> None:
        if self._busy != CATCHING_UP:
            return  # the vault locked, or the page was cleared, meanwhile
        self._busy = None
        if not self._live():
            self._wanted = None
            return
        if self.isVisible():
            wanted, self._wanted = self._wanted, None
            if wanted:
                self._start(wanted, wait=False)

    def _arrived(self, ticket: int, query: str, found: search.Results) -> None:
        self._tasks.pop(ticket, None)
        if self._busy != ticket:
            return  # shown already, or the vault has locked since
        self._busy = None
        if self._wanted == query:
            self._wanted = None  # left as it finished: nothing to run again
        self._show(found)
        self._follow()

    def _failed(self, ticket: int, query: str, exc: Exception) -> None:
        self._tasks.pop(ticket, None)
        if self._busy != ticket:
            return
        self._busy = None
        if isinstance(exc, search.Stopped):
            pass  # the page was left: it runs again when the page is back (see hideEvent)
        elif self._live() and self._retried != query:
            self._retried = query  # once more: a change saved as it ran can interrupt it
            self._wanted = self._wanted or query
        elif self._live():
            self.ui.summary.setText(f"The search could not be finished: {exc}")
        self._follow()

    def _follow(self) -> None:
        """Run the search asked for while another ran; a page the user has left waits until
        it is shown again, so that no search holds the vault while another page reads it."""
        if self._wanted is None or not self._live():
            self._wanted = None
            return
        if self.isVisible():
            wanted, self._wanted = self._wanted, None
            self._start(wanted, wait=False)

    def shown(self) -> None:
        if self._busy is None:
            self._follow()

    def hideEvent(self, event) -> None:
        # Leaving the page stops a search still running, which would otherwise hold the
        # vault while the next page reads it; it runs again when the page is back.
        if self._busy is not None and not event.spontaneous():  # not a minimised window
            self._stop.set()
            self._wanted = self._wanted or self._running
        super().hideEvent(event)

    def _show(self, found: search.Results | None) -> None:
        self._shown = found
        self._retried = None
        self.hits.set_records(found.hits if found else [])
        if found and found.hits:
            self.ui.results.setCurrentIndex(self.hits.index(0, 0))
        self._summarise()
        then, self._then = self._then, None
        if then is None or not self.hits.rowCount():
            return
        if then == "open":
            self._activate(self.ui.results.currentIndex())
        else:
            self.ui.results.setFocus()

    def show_more(self) -> None:
        """The next page of results, added below those shown (the current one stays)."""
        shown = self._shown
        if shown is None or not shown.more or self.vault is None or not self.vault.is_open:
            return
        found = search.search(self.vault.conn, shown.query, offset=self.hits.rowCount())
        current = self.ui.results.currentIndex()
        first_new = self.hits.rowCount()
        self.hits.set_records([*self.hits.records, *found.hits])
        self._shown = found
        row = current.row() if current.isValid() else first_new
        self.ui.results.setCurrentIndex(self.hits.index(min(row, self.hits.rowCount() - 1), 0))
        self._summarise()

    def _summarise(self) -> None:
        found = self._shown
        query = self.ui.queryEdit.text()
        more = bool(found and found.more)
        self.ui.moreButton.setVisible(more)
        if not query.strip() or found is None:
            self.ui.summary.clear()
        elif not found.total:
            self.ui.summary.setText("Nothing found.")
        else:
            count, shown = found.total, self.hits.rowCount()
            words = f"{count:,} result{'s' if count != 1 else ''}"
            if shown < count:
                words += f", the best {shown:,} shown"
            self.ui.summary.setText(f"{words} — Down to choose, Enter to open")

    def _enter_in_query(self) -> None:
        if self._ran_for != self.ui.queryEdit.text():
            self.run()
        if self.searching():
            self._then = "open"  # the first result opens when the search is done
            return
        index = self.ui.results.currentIndex()
        if not index.isValid() and self.hits.rowCount():
            index = self.hits.index(0, 0)
        if index.isValid():
            self._activate(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.KeyPress:
            return False
        key = event.key()
        query_down = watched is self.ui.queryEdit and key == Qt.Key_Down
        if query_down and (self.hits.rowCount() or self.searching()):
            if self._ran_for != self.ui.queryEdit.text():
                self.run()
            if self.searching():
                self._then = "focus"  # into the results when they come
                return True
            self.ui.results.setFocus()
            if not self.ui.results.currentIndex().isValid():
                self.ui.results.setCurrentIndex(self.hits.index(0, 0))
            return True
        if (
            watched is self.ui.results
            and key == Qt.Key_Up
            and self.ui.results.currentIndex().row() <= 0
        ):
            self.ui.queryEdit.setFocus()
            return True
        last = self.hits.rowCount() - 1
        at_end = watched is self.ui.results and self.ui.results.currentIndex().row() == last
        if at_end and key == Qt.Key_Down and self._shown is not None and self._shown.more:
            self.show_more()  # Down past the last result brings the next page
            self.ui.results.setCurrentIndex(self.hits.index(last + 1, 0))
            return True
        if watched is self.ui.results and key in (Qt.Key_Return, Qt.Key_Enter):
            index = self.ui.results.currentIndex()
            if index.isValid():
                self._activate(index)
                return True
        return False

    def _activate(self, index: QModelIndex) -> None:
        self.open_hit.emit(index.data(RECORD_ROLE))

    def focus_query(self) -> None:
        self.ui.queryEdit.setFocus()
        self.ui.queryEdit.selectAll()

    def clear(self) -> None:
        self.vault = None
        self._ran_for = None
        self._busy = self._wanted = self._then = None  # a search still running is not shown
        self._shown = None
        self.ui.moreButton.hide()
        self.hits.clear()
        self.ui.queryEdit.blockSignals(True)
        self.ui.queryEdit.clear()
        self.ui.queryEdit.blockSignals(False)
        self.ui.summary.clear()
