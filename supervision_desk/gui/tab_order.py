"""Tab in reading order: down a page as its layouts lay it out, and across each row.

Qt's Tab goes through a window's widgets in the order they were given their parent. A widget
moved into a new parent after the form was built (a group box whose title was made to wrap,
check boxes and rows made in code) goes to the end of that order, so Tab jumped over it and
met it only after everything else. Here the order is set again from the layouts themselves.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QScrollArea,
    QSplitter,
    QWidget,
)

# Controls that look after their own parts (a spin box's text, a table's cell editors).
_WHOLE = (QAbstractSpinBox, QComboBox)


def _layout_parts(layout: QLayout) -> list[QWidget]:
    """The widgets of ``layout`` (and of the layouts inside it) in reading order."""
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        places = [layout.getItemPosition(i)[:2] for i in range(layout.count())]
        items = [item for _, item in sorted(zip(places, items, strict=True), key=lambda p: p[0])]
    elif isinstance(layout, QFormLayout):
        items = []
        for row in range(layout.rowCount()):
            for role in (
                QFormLayout.ItemRole.LabelRole,
                QFormLayout.ItemRole.FieldRole,
                QFormLayout.ItemRole.SpanningRole,
            ):
                item = layout.itemAt(row, role)
                if item is not None:
                    items.append(item)
    widgets: list[QWidget] = []
    for item in items:
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets.extend(_layout_parts(item.layout()))
    return widgets


def _parts(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, QScrollArea):
        return [widget.widget()] if widget.widget() is not None else []
    if isinstance(widget, QSplitter):
        return [widget.widget(i) for i in range(widget.count())]
    if isinstance(widget, (*_WHOLE, QAbstractScrollArea)):
        return []
    layout = widget.layout()
    return _layout_parts(layout) if layout is not None else []


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab can stop at, top to bottom and left to right as
    laid out; hidden and disabled ones too, in their places, for when they are shown."""
    found: list[QWidget] = []

    def visit(widget: QWidget) -> None:
        if widget is not root and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        for part in _parts(widget):
            visit(part)

    visit(root)
    return found


def tab_in_reading_order(root: QWidget) -> None:
    """Set Tab's order through ``root`` to its reading order. Called again whenever widgets
    are made in code, which Qt puts at the end of the order."""
    order = reading_order(root)
    for before, after in pairwise(order):
        QWidget.setTabOrder(before, after)
