"""What a screen reader needs beyond what Qt gives by itself: a label's caption as its name with
what it shows as its description, spoken status messages, and tables that Tab leaves."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyledItemDelegate,
    QWidget,
)

try:  # Qt 6.8 and later: the platform's own "announce this" call (AT-SPI, UIA, NSAccessibility).
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None


def show_text(label: QLabel, text: str) -> None:
    """Show ``text`` in a label whose accessible name is its caption ("Next supervision due"):
    the text becomes its description, so a screen reader reads both, not the caption alone."""
    label.setText(text)
    label.setAccessibleDescription(text)


def say(label: QLabel, text: str, error: bool = False) -> None:
    """A dialog's own message line: show ``text``, keep it in what a screen reader reads for
    the label, and speak it at once (an error interrupts; a status waits its turn). Every
    message line in the app is written through here, so none changes silently. A status
    that is already shown is not spoken again; an error is, since the user just acted."""
    again = text == label.text()
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setProperty("severity", "error" if error and text else "")
    label.style().polish(label)
    if error or not again:
        announce(label, text, urgent=error)


def say_for(widget: QWidget, text: str) -> None:
    """Say ``text`` where the form holding ``widget`` says things: a main window's status bar,
    else a dialog's own message line (a label named "message"), else aloud only. For input a
    box cannot take and puts back, so it is never put back without a word."""
    window = widget.window()
    report = getattr(window, "report", None)
    if callable(report):
        report(text)
        return
    label = window.findChild(QLabel, "message")
    if label is not None:
        say(label, text, error=True)
    else:
        announce(widget, text, urgent=True)


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have a screen reader speak ``text`` (a status message) without moving focus.

    Where Qt has no announcement event, the widget's description changes instead, which
    screen readers treat as a live region of the status bar."""
    if not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        return
    widget.setAccessibleDescription(text)  # pragma: no cover - older Qt
    QAccessible.updateAccessibility(  # pragma: no cover
        QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
    )


def _next_stop(view: QWidget, forward: bool) -> QWidget | None:
    """The widget Tab (or Shift+Tab) reaches after ``view``, skipping the view's own parts."""
    widget = view
    for _ in range(1000):  # the focus chain is a ring; never loop for ever
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is None or widget is view:
            return None
        if view.isAncestorOf(widget) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            return widget
    return None


def _leave(view: QWidget, forward: bool) -> None:
    stop = _next_stop(view, forward)
    if stop is not None:
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        stop.setFocus(reason)


def _tab_direction(event: QEvent) -> bool | None:
    """True for Tab and Ctrl+Tab, False for Shift+Tab and Ctrl+Shift+Tab, else None."""
    if event.type() != QEvent.Type.KeyPress:
        return None
    key = event.key()
    if key == Qt.Key.Key_Backtab:
        return False
    if key == Qt.Key.Key_Tab:
        return not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return None


class TabLeavesDelegate(QStyledItemDelegate):
    """A cell editor that Tab closes (keeping what was typed) and leaves the table with,
    instead of moving to the next cell for ever."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        forward = _tab_direction(event)
        if forward is not None and isinstance(editor, QWidget):
            view = self.parent()
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if isinstance(view, QAbstractItemView) and _step_cell(view, forward, event):
                view.edit(view.currentIndex())  # typing goes on in the next cell
            elif isinstance(view, QWidget):
                _leave(view, forward)
            return True
        return super().eventFilter(editor, event)


class _TabLeaves(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        forward = _tab_direction(event)
        if forward is not None and isinstance(watched, QWidget):
            if not (isinstance(watched, QAbstractItemView) and _step_cell(watched, forward, event)):
                _leave(watched, forward)
            return True
        return False


_WALKS_CELLS = "tabWalksCells"


def _step_cell(view: QAbstractItemView, forward: bool, event: QEvent) -> bool:
    """In a table whose rows are typed in (see ``tab_walks_cells``), make the next (or
    previous) cell current; False past the last cell of the last row or the first of the
    first, where Tab leaves the table, and for Ctrl+Tab, which always leaves it."""
    model = view.model()
    index = view.currentIndex()
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    if not view.property(_WALKS_CELLS) or model is None or not index.isValid():
        return False
    columns = model.columnCount()
    place = index.row() * columns + index.column() + (1 if forward else -1)
    if not 0 <= place < model.rowCount() * columns:
        return False
    view.setCurrentIndex(model.index(place // columns, place % columns))
    return True


def tab_leaves(view: QAbstractItemView) -> None:
    """Tab, Shift+Tab, Ctrl+Tab and Ctrl+Shift+Tab move on from the table (arrow keys move
    between its cells), while editing a cell as well as between cells."""
    view.setTabKeyNavigation(False)
    keys = _TabLeaves(view)
    view.installEventFilter(keys)
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(TabLeavesDelegate(view))


def tab_walks_cells(view: QAbstractItemView) -> None:
    """Like ``tab_leaves``, but for a table whose rows are typed in as a line of fields:
    Tab moves along the row and on to the next row (still typing if a cell was being typed
    in), and leaves the table only from its last cell (Shift+Tab from its first); Ctrl+Tab
    leaves it from any cell."""
    tab_leaves(view)
    view.setProperty(_WALKS_CELLS, True)


def name_typing_fields(root: QWidget) -> None:
    """The box a person types into inside an editable list takes the list's name: otherwise a
    screen reader meets an unnamed text field."""
    from PySide6.QtWidgets import QComboBox

    for combo in root.findChildren(QComboBox):
        if combo.isEditable() and combo.lineEdit() is not None:
            combo.lineEdit().setAccessibleName(combo.accessibleName())


@contextmanager
def focus_kept(page: QWidget, landing: Sequence[QWidget]) -> Iterator[None]:
    """Turning off the control that has the keyboard focus (or its box) leaves nothing with
    the focus: Tab starts again from the top and a screen reader falls silent. If that happens
    on ``page`` inside the block, the focus goes to the first of ``landing`` that can take it."""
    before = QApplication.focusWidget()
    yield
    if before is None or not page.isAncestorOf(before):
        return
    now = QApplication.focusWidget()
    if now is not None and now.isEnabled() and now.isVisible():
        return
    for widget in landing:
        if widget.isVisibleTo(page) and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
