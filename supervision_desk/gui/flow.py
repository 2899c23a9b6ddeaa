"""A row of buttons that wraps onto a second line when the page is narrow (a large text size
on a laptop), instead of making the page wider than the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


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


class ColumnsLayout(QLayout):
    """Items in rows of ``columns`` equal columns, read across (as a grid made in Designer),
    that become one column when the row does not fit: nine capacities in threes on a wide
    page, one under another at a large text size on a laptop."""

    def __init__(self, columns: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        cell, gap = self._cell(), self._gap()
        rows = -(-len(self._shown()) // self.columns)
        return self._framed(
            QSize(
                self.columns * cell.width() + (self.columns - 1) * gap,
                rows * cell.height() + max(rows - 1, 0) * gap,
            )
        )

    def minimumSize(self) -> QSize:
        return self._framed(QSize(self._cell().width(), self._cell().height()))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        parent = self.parentWidget()
        if gap < 0 and parent is not None:
            gap = parent.style().layoutSpacing(
                QSizePolicy.CheckBox, QSizePolicy.CheckBox, Qt.Horizontal
            )
        return max(gap, 0)

    def _cell(self) -> QSize:
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.sizeHint())
        return size

    def _framed(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        cell, gap = self._cell(), self._gap()
        across = self.columns * cell.width() + (self.columns - 1) * gap
        columns = self.columns if across <= area.width() else 1
        width = (area.width() - (columns - 1) * gap) // columns if columns > 1 else area.width()
        shown = self._shown()
        for n, item in enumerate(shown):
            row, column = divmod(n, columns)
            if move:
                x = area.x() + column * (width + gap)
                y = area.y() + row * (cell.height() + gap)
                item.setGeometry(QRect(x, y, min(width, item.sizeHint().width()), cell.height()))
        rows = -(-len(shown) // columns)
        return rows * cell.height() + max(rows - 1, 0) * gap + m.top() + m.bottom()


class BesideOrBelow(QObject):
    """``side`` beside ``main`` in ``row`` while the row has room for both (``main`` at
    ``main_letters`` letters wide at least), below ``main`` when it has not: the prompts
    beside a journal entry go under it at a large text size on a laptop, rather than
    squeeze the entry or push the page off the side of the window. ``main`` and ``side``
    are widgets or layouts held by ``row``."""

    def __init__(
        self,
        row: QBoxLayout,
        main: QWidget | QLayout,
        side: QWidget | QLayout,
        main_letters: int,
    ):
        super().__init__(row.parentWidget())
        self.row, self.main, self.side, self.main_letters = row, main, side, main_letters
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        index = _index(row, main)
        # Each keeps the share of the width it had (its stretch) while they are side by side.
        stretch, self.side_stretch = row.stretch(index), row.stretch(_index(row, side))
        _take(row, main)
        _put(self.column, main, self.column.count())
        row.insertLayout(index, self.column, stretch)
        self.below = False
        self.host = row.parentWidget()
        self.host.installEventFilter(self)
        self.area: QAbstractScrollArea | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place(self.room())
        elif event.type() == QEvent.Type.ParentChange and watched is self.host:
            self.area = None  # looked for again: the page moved into the window
        return False

    def room(self) -> int:
        """The width there is: in a scroll area, what it shows, not the page's own width
        (which is never less than the page's least width, so the page would never know it
        had become too wide)."""
        if self.area is None:
            widget = self.host.parentWidget()
            while widget is not None and not isinstance(widget, QAbstractScrollArea):
                widget = widget.parentWidget()
            if widget is not None:
                self.area = widget
                widget.viewport().installEventFilter(self)
        width = self.host.width()
        if self.area is not None:
            viewport = self.area.viewport()
            left = self.host.mapTo(viewport, QPoint()).x() + self.area.horizontalScrollBar().value()
            width = min(width, viewport.width() - left)
        return width

    def needed(self) -> int:
        """The least width of the row with ``side`` beside ``main``."""
        host = self.row.parentWidget()
        others = [
            self.row.itemAt(i)
            for i in range(self.row.count())
            if self.row.itemAt(i).layout() is not self.column and _index(self.row, self.side) != i
        ]
        main = max(_least(self.main), host.fontMetrics().averageCharWidth() * self.main_letters)
        widths = [item.minimumSize().width() for item in others if not item.isEmpty()]
        widths += [main, _least(self.side)]
        margins = self.row.contentsMargins()
        gap = max(self.row.spacing(), 0)
        return sum(widths) + gap * (len(widths) - 1) + margins.left() + margins.right()

    def place(self, width: int) -> None:
        below = width < self.needed()
        if below == self.below:
            return
        self.below = below
        if below:
            _take(self.row, self.side)
            _put(self.column, self.side, self.column.count())
        else:
            _take(self.column, self.side)
            index = self.row.indexOf(self.column) + 1
            _put(self.row, self.side, index)
            self.row.setStretch(index, self.side_stretch)


class _HeightFloor(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            layout = watched.layout()
            needed = layout.totalHeightForWidth(event.size().width())
            if needed != watched.minimumHeight():
                watched.setMinimumHeight(needed)
        return False


def keep_height_for_width(widget: QWidget) -> None:
    """Keep ``widget`` as tall as its wrapped lines need at the width it has. A splitter
    sizes its panes by their least height for no particular width, so a pane whose labels
    wrap (more lines when narrow) was given less and its parts drawn over one another."""
    widget.installEventFilter(_HeightFloor(widget))


def _index(layout: QBoxLayout, part: QWidget | QLayout) -> int:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is part or item.layout() is part:
            return i
    return -1


def _take(layout: QBoxLayout, part: QWidget | QLayout) -> None:
    if isinstance(part, QWidget):
        layout.removeWidget(part)
    else:
        layout.removeItem(part)


def _put(layout: QBoxLayout, part: QWidget | QLayout, index: int) -> None:
    if isinstance(part, QWidget):
        layout.insertWidget(index, part)
    else:
        layout.insertLayout(index, part)


def _least(part: QWidget | QLayout) -> int:
    if isinstance(part, QWidget):
        return max(part.minimumWidth(), part.minimumSizeHint().width())
    return part.minimumSize().width()


def wrap_row(row: QLayout) -> FlowLayout:
    """Put the widgets of a horizontal ``row`` (or of a grid, read across) into a wrapping
    row in the same place; spacers and stretches go (a wrapping row keeps its items to the
    left)."""
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


RING = 4  # the room the keyboard's frame takes outside a control (2 px and a gap)


def wrap_title(box: QGroupBox) -> QLabel:
    """Let a group box's title wrap. A box draws its own title on one line and is at least
    that wide, which at a large text size is wider than a laptop's window: the title moves
    into a word-wrapped label at the top of the box (the box keeps it as its accessible
    name), and what the box held moves, as laid out, into a holder below it."""
    label = QLabel(box.title())
    label.setObjectName(f"{box.objectName()}Title")
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", "boxTitle")
    holder = QWidget()
    holder.setObjectName(f"{box.objectName()}Contents")
    inner = box.layout()
    margins = QMargins(9, 9, 9, 9)
    if inner is not None:
        # What it held keeps its place inside the box's margins, with room round it in the
        # holder for the frame that marks the keyboard's place (drawn just outside a control,
        # it would be cut off at the holder's edge).
        margins = inner.contentsMargins()
        holder.setLayout(inner)  # takes the layout, and the widgets in it, off the box
        inner.setContentsMargins(RING, RING, RING, RING)
    outer = QVBoxLayout(box)
    outer.setContentsMargins(
        max(0, margins.left() - RING),
        margins.top(),
        max(0, margins.right() - RING),
        max(0, margins.bottom() - RING),
    )
    outer.addWidget(label)
    outer.addWidget(holder)
    box.setAccessibleName(box.title())
    box.setTitle("")
    box.setProperty("titled", "inside")
    return label


def set_title(box: QGroupBox, text: str) -> None:
    """Change the title of a box whose title ``wrap_title`` made wrap."""
    box.findChild(QLabel, f"{box.objectName()}Title").setText(text)
    box.setAccessibleName(text)
