"""A row of buttons that wraps onto a second line when the page is narrow (a large text size
on a laptop), instead of making the page wider than the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, starting a new line when the next one would not fit."""

    def __init__(self, parent=None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # Heights for widths asked since the items last changed: Qt asks the same width many
        # times over while it lays out a page, and each answer measures every item.
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def invalidate(self) -> None:  # Qt calls it whenever an item's size or visibility changes
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # named as QBoxLayout names it
        """Put ``widget`` at ``index`` among the items, as QBoxLayout.insertWidget does."""
        self.addWidget(widget)  # adopts it and appends its item
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # One line when there is room for it.
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self._gap() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        # As narrow as the widest single item: the rest wraps.
        size = QSize()
        for item in self._shown():  # a name and its field part when even they cannot fit
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        parent = self.parentWidget()
        return (
            parent.style().layoutSpacing(
                QSizePolicy.PushButton, QSizePolicy.PushButton, Qt.Horizontal
            )
            if parent
            else 6
        )

    def _units(self) -> list[list[QLayoutItem]]:
        """Items that wrap together: a field's name stays on the line of its field."""
        units: list[list[QLayoutItem]] = []
        for item in self._shown():
            before = units[-1][-1].widget() if units else None
            if isinstance(before, QLabel) and before.buddy() is item.widget() is not None:
                units[-1].append(item)
            else:
                units.append([item])
        return units

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self._gap()
        units = []
        for unit in self._units():
            hints = [item.sizeHint() for item in unit]
            width = sum(h.width() for h in hints) + gap * (len(unit) - 1)
            units.extend([[item] for item in unit] if width > area.width() else [unit])
        for unit in units:
            hints = [item.sizeHint() for item in unit]
            width = sum(h.width() for h in hints) + gap * (len(unit) - 1)
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + gap, 0
            tallest = max(h.height() for h in hints)
            for item, hint in zip(unit, hints, strict=True):
                if move:  # a name centred on its field's line
                    item.setGeometry(QRect(QPoint(x, y + (tallest - hint.height()) // 2), hint))
                x += hint.width() + gap
                line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def wrap_row(row: QBoxLayout) -> FlowLayout:
    """Put the widgets of a horizontal ``row`` into a wrapping row in the same place; spacers
    and stretches go (a wrapping row keeps its items to the left)."""
    parent = row.parent()
    flow = FlowLayout()
    flow.setContentsMargins(row.contentsMargins())
    widgets = []
    while row.count():
        widget = row.takeAt(0).widget()
        if widget is not None:
            widgets.append(widget)
    if isinstance(parent, QBoxLayout):
        index = parent.indexOf(row)
        parent.removeItem(row)
        parent.insertLayout(index, flow)
    elif isinstance(parent, QWidget) and parent.layout() is row:
        throwaway = QWidget()  # takes the old layout away, so the widget can have the new one
        throwaway.setLayout(row)
        parent.setLayout(flow)
        row = throwaway
    for widget in widgets:
        flow.addWidget(widget)
    row.deleteLater()
    return flow
