"""Qt item models over records. A row carries its record's id (``ID_ROLE``), so a view, a proxy
or a test always asks the model which record a row is; nothing trusts a row number.

Models are thin: they show what ``core`` returned and hold no rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

# Roles as plain ints: views ask data() for every cell and role, and comparing an int with
# one of PySide's enum members takes microseconds each time (it shows at start-up).
_DISPLAY, _ACCESSIBLE = int(Qt.DisplayRole), int(Qt.AccessibleTextRole)
_TOOLTIP, _FOREGROUND = int(Qt.ToolTipRole), int(Qt.ForegroundRole)
ID_ROLE = Qt.UserRole + 1  # the record's id
SORT_ROLE = Qt.UserRole + 2  # a value that sorts as a person expects (numbers, dates)
RECORD_ROLE = Qt.UserRole + 3  # the whole record, for delegates and details
_HORIZONTAL = Qt.Horizontal

Index = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset(
    int(r) for r in (_DISPLAY, _ACCESSIBLE, ID_ROLE, SORT_ROLE, RECORD_ROLE, _TOOLTIP, _FOREGROUND)
)


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tip: Callable[[Any], str] | None = None
    colour: Callable[[Any], str | None] | None = None
    # What a screen reader says for the cell, when the text on screen is shortened ("3 Nov"
    # for 3 November this year): the whole of it.
    spoken: Callable[[Any], str] | None = None


class RecordModel(QAbstractTableModel):
    """Read-only rows of records (dicts or objects) with the columns given."""

    def __init__(
        self,
        columns: Sequence[Column],
        id_of: Callable[[Any], str] = lambda r: r["id"],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.id_of = id_of
        self.records: list[Any] = []

    # -- contents ------------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def record(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, record_id: str | None) -> int:
        for row, record in enumerate(self.records):
            if self.id_of(record) == record_id:
                return row
        return -1

    def ids(self) -> list[str]:
        return [self.id_of(r) for r in self.records]

    # -- Qt's interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # A view asks for a dozen roles a cell, most of which no model here answers: those
        # are turned away first (a table sized to its contents asks for every cell).
        if role not in _ANSWERED or not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role == _ACCESSIBLE and column.spoken:
            return column.spoken(record)
        if role in (_DISPLAY, _ACCESSIBLE):
            return column.text(record)
        if role == ID_ROLE:
            return self.id_of(record)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record).casefold()
        if role == _TOOLTIP and column.tip:
            return plain_tip(column.tip(record))
        if role == _FOREGROUND and column.colour:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        return None


class PagedModel(RecordModel):
    """A long list read a page at a time: the first page when it is loaded, the next ones as
    the view comes to the end of what it holds (Qt asks ``canFetchMore`` and ``fetchMore``
    when its scroll bar reaches the bottom). ``next_page(last)`` reads the records after
    ``last`` (``None``: from the start) and returns at most ``page_size`` of them."""

    def __init__(
        self,
        columns: Sequence[Column],
        next_page: Callable[[Any | None], Sequence[Any]],
        page_size: int,
        id_of: Callable[[Any], str] = lambda r: r["id"],
        parent: QObject | None = None,
    ):
        super().__init__(columns, id_of, parent)
        self.next_page = next_page
        self.page_size = page_size
        self._ids: set[str] = set()
        self._complete = True

    def set_records(self, records: Sequence[Any]) -> None:
        """Every record at once: nothing more to read."""
        self._complete = True
        self._ids = {self.id_of(r) for r in records}
        super().set_records(records)

    def reload(self) -> None:
        """Back to the first page, read again."""
        first = list(self.next_page(None))
        self.set_records(first)
        self._complete = len(first) < self.page_size

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        more = list(self.next_page(self.records[-1] if self.records else None))
        self._complete = len(more) < self.page_size
        self.extend(more)

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def extend(self, records: Sequence[Any]) -> None:
        """Rows added at the end; a record already listed is not listed twice (one whose
        place in the order changed after it was read may come round again)."""
        new = []
        for record in records:
            key = self.id_of(record)
            if key not in self._ids:
                self._ids.add(key)
                new.append(record)
        if not new:
            return
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.records.extend(new)
        self.endInsertRows()


class SortProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` so numbers and dates order as numbers and dates."""

    def __init__(self, source: RecordModel, parent: QObject | None = None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseInsensitive)


def plain_tip(text: str) -> str:
    """A tooltip that shows typed text as typed (Qt guesses markup in tooltips otherwise)."""
    if not text:
        return ""
    import html  # with its table of entities: only when a tooltip is made

    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def current_id(view) -> str | None:
    """The id of the record at a view's current row, through any proxy."""
    index = view.currentIndex()
    return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None


def select_id(view, record_id: str | None) -> bool:
    """Make the row of ``record_id`` current in a view (through any proxy)."""
    model = view.model()
    if isinstance(model, RecordModel):  # found in Python, not row by row through Qt
        row = model.row_of(record_id) if record_id is not None else -1
        rows = [row] if row >= 0 else []
    else:
        rows = range(model.rowCount())
    for row in rows:
        index = model.index(row, 0)
        if index.data(ID_ROLE) == record_id:
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False


def fill_who(combo, current: str | None = None) -> None:
    """An editable list of supervisor / supervisee that also takes a typed name."""
    from ..core import labels

    for who in ("supervisor", "supervisee"):
        combo.addItem(labels.owner(who), who)
    if current is not None:
        index = combo.findData(current)
        if index < 0:
            combo.addItem(current, current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)


def chosen_who(combo) -> str:
    """The role chosen, or the name typed into the editable box."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return combo.itemData(index) if index >= 0 else text
