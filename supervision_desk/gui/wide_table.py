"""A table with more columns than its room at a large text size, kept readable without
scrolling sideways: first its titles go onto two lines, then the columns that may wrap (a
person's name, a list of flags) do, and last the columns a reader needs least are folded out
of the table, for the page to show elsewhere. Nothing is cut to "…" on the way."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# Where a line may break: after a space, or after a hyphen inside a word ("Bhriain-|Fitzgerald"),
# as Qt's own line breaking does.
_BREAK = re.compile(r"(?<= )|(?<=\w-)(?=\w)")
FLOOR_LETTERS = 8  # a column that wraps is never narrower than this many letters


def width(metrics: QFontMetricsF, text: str) -> int:
    """The whole pixels a line of ``text`` takes: Qt's line breaking asks a pixel or two more
    than the letters' own width ("21 Mar", 52.1 pixels wide, goes onto two lines in 53)."""
    return math.ceil(metrics.horizontalAdvance(text)) + 2


def two_lines(metrics: QFontMetricsF, text: str) -> int:
    """The width ``text`` needs on at most two lines, broken where Qt would break it."""
    best = width(metrics, text)
    for found in _BREAK.finditer(text):
        first, second = text[: found.start()].rstrip(), text[found.start() :]
        best = min(best, max(width(metrics, first), width(metrics, second)))
    return best


def widest_word(metrics: QFontMetricsF, text: str) -> int:
    """The width ``text`` needs wrapped onto as many lines as it takes."""
    pieces = [p for p in _BREAK.split(text) if p.strip()] or [text]
    return max(width(metrics, p.rstrip()) for p in pieces)


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles may go onto two lines (``two_lines``)."""

    def __init__(self, parent: QTableView):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.two_lines = False
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def set_two_lines(self, two: bool) -> None:
        if two != self.two_lines:
            self.two_lines = two
            if self.count():  # the header's height is measured again
                self.headerDataChanged(Qt.Orientation.Horizontal, 0, self.count() - 1)

    def bold_metrics(self) -> QFontMetricsF:
        # Qt measures a header's titles in bold, so a chosen column's bold title still fits.
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetricsF(font)

    def title_width(self, logical: int, two: bool) -> int:
        """The width a title needs, on one line or at most two. Qt leaves room for a sort
        mark beside every title; only the column sorted by shows one, and in its room its
        title is not drawn."""
        size = super().sectionSizeFromContents(logical)
        title = self.model().headerData(logical, Qt.Orientation.Horizontal) or ""
        metrics = self.bold_metrics()
        wide = size.width()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        if self.isSortIndicatorShown():
            wide -= size.height() + margin
            if logical == self.sortIndicatorSection():
                height = size.height() + (math.ceil(metrics.lineSpacing()) if two else 0)
                wide += height // 2 + 2 * margin + 1
        if two:
            wide += two_lines(metrics, title) - width(metrics, title)
        return wide

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        if self.two_lines:
            size = QSize(self.title_width(logical, True), size.height())
            size.setHeight(size.height() + math.ceil(self.bold_metrics().lineSpacing()))
        return size


class ColumnFit(QObject):
    """Fits ``view``'s columns to its width whenever its contents, its text size or its width
    change (``measure`` after new contents). ``wrap``: columns (by logical index, most wanted
    first) whose text may wrap, a name onto two lines, the last of them (a list) onto as many
    as it takes; ``fold``: columns that may leave the table, the least needed first;
    ``folded`` is told which are out each time that changes."""

    def __init__(
        self,
        view: QTableView,
        wrap: Sequence[int],
        fold: Sequence[int],
        folded: Callable[[list[int]], None],
    ):
        super().__init__(view)
        self.view, self.wrap, self.fold, self.folded = view, tuple(wrap), tuple(fold), folded
        self.header = WrappingHeader(view)
        view.setHorizontalHeader(self.header)
        view.setWordWrap(True)
        self.out: list[int] = []
        self._content: dict[int, int] = {}  # each column's width on one line
        self._two: dict[int, int] = {}  # a wrapped column's on at most two lines
        self._words: dict[int, int] = {}  # and on as many as it takes
        self.header.sortIndicatorChanged.connect(lambda *_: self.arrange())
        self._width = -1
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FontChange:  # once the header has its new font too
            QTimer.singleShot(0, self, self.measure)
        elif kind == QEvent.Type.Resize and self.view.width() != self._width:
            self.arrange()
        return False

    def room(self) -> int:
        """The width the columns may take: the view less its frame and a vertical scroll bar,
        kept for it whether or not one shows (rows grow as they wrap: no back and forth)."""
        view = self.view
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return view.contentsRect().width() - bar

    def measure(self) -> None:
        """Each column's text measured, on one line and wrapped, then ``arrange``."""
        view, model = self.view, self.view.model()
        metrics = QFontMetricsF(view.font())
        style = view.style()
        # A cell's text has a margin each side, and the grid's line takes a pixel of the column.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        margin += 1 if view.showGrid() else 0
        least_letters = math.ceil(metrics.averageCharWidth() * FLOOR_LETTERS)
        rows = model.rowCount()
        self._content, self._two, self._words = {}, {}, {}
        for column in range(model.columnCount()):
            texts = [model.index(row, column).data() or "" for row in range(rows)]
            self._content[column] = max((width(metrics, t) for t in texts), default=0)
            if column in self.wrap:
                words = max((widest_word(metrics, t) for t in texts), default=0)
                pair = max((two_lines(metrics, t) for t in texts), default=0)
                self._words[column] = min(max(words, least_letters), self._content[column])
                self._two[column] = min(max(pair, least_letters), self._content[column])
        for found in (self._content, self._two, self._words):
            for column in found:
                found[column] += margin
        self.arrange()

    def arrange(self) -> None:
        """The columns' widths for the view's width now, from what ``measure`` found: every
        text whole on one line, titles on one line or else two; else ``_wrapped``."""
        view, header = self.view, self.header
        self._width = view.width()
        if not self._content:
            return
        room = self.room()
        columns = list(self._content)
        titles = {two: {c: header.title_width(c, two) for c in columns} for two in (False, True)}
        out: list[int] = []
        for two in (False, True):  # the whole of every column, titles on one line or two
            want = {c: max(self._content[c], titles[two][c]) for c in columns}
            if sum(want.values()) <= room:
                break
        else:
            want = self._wrapped(want, titles[True], out, room)
        header.set_two_lines(two)
        for column in columns:
            view.setColumnHidden(column, column in out)
            if column not in out:
                view.setColumnWidth(column, want[column])
        view.resizeRowsToContents()
        if out != self.out:
            self.out = out
            self.folded(out)

    def _wrapped(
        self, whole: dict[int, int], titles: dict[int, int], out: list[int], room: int
    ) -> dict[int, int]:
        """The widths with the wrapped columns narrowed: a name on two lines, a list on as
        many as it takes, the folded columns leaving (put in ``out``) till the rest fit;
        then, when none is left to fold, names on as many lines as they take. Room left
        over goes back to the wrapped columns, the most wanted first."""

        def least(tier: dict[int, int]) -> dict[int, int]:
            return {c: max(tier.get(c, w), titles[c]) for c, w in whole.items()}

        def total(widths: dict[int, int]) -> int:
            return sum(w for c, w in widths.items() if c not in out)

        first = self.wrap[0]
        widths = least({**self._words, first: self._two[first]})
        for column in self.fold:
            if total(widths) <= room:
                break
            out.append(column)
        if total(widths) > room:
            widths = least(self._words)
        spare = room - total(widths)
        steps = [(first, self._two[first]), *((c, whole[c]) for c in self.wrap)]
        for column, upto in steps:
            if column not in out:
                more = max(0, min(upto - widths[column], spare))
                widths[column] += more
                spare -= more
        return widths
