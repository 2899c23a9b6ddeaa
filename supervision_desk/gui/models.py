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

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tip: Callable[[Any], str] | None = None
    colour: Callable[[Any], str | None] | None = None


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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
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
