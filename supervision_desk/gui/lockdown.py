"""What a lock does to the windows: every window but the unlock screen goes, so nothing from
the vault stays on screen or editable against a closed vault.

A dialog is rejected (its question answered "no", its edits not saved) and then deleted, so
the names and text in its fields leave with it. A dialog waiting in its own event loop
(a question asked with ``exec``) returns "cancelled" once the lock has finished.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QWidget,
)

from . import messages

# Asked with ``exec`` by the code that made them, which reads their answer once they return:
# they are rejected and hidden, and their maker lets them go.
ASKED = (QMessageBox, QInputDialog, QFileDialog, QProgressDialog)


def close_windows(keep: tuple[QWidget, ...] = ()) -> list[str]:
    """Close every visible window except ``keep`` (and hide ``keep``'s own dialogs too).
    Returns the titles of the windows closed, for the record of what the lock did."""
    app = QApplication.instance()
    if app is None:
        return []
    popup = app.activePopupWidget()
    while popup is not None:  # an open menu or completer list
        popup.close()
        next_popup = app.activePopupWidget()
        if next_popup is popup:
            break
        popup = next_popup
    closed = []
    with messages.closing_for_lock():
        for widget in app.topLevelWidgets():
            if widget in keep or not widget.isVisible():
                continue
            closed.append(widget.windowTitle())
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()
            if isinstance(widget, QDialog) and not isinstance(widget, ASKED):
                widget.deleteLater()  # its fields (names, typed text) go with it
    return closed


def _label(field: QWidget, dialog: QWidget) -> str:
    for label in dialog.findChildren(QLabel):
        if label.buddy() is field and label.text():
            return label.text().replace("&", "").rstrip(":")
    name = field.accessibleName()
    if name:
        return name
    if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit) and field.placeholderText():
        return field.placeholderText()
    return "Text"


def _typed(field: QWidget) -> str:
    """What the user typed into ``field`` since it was filled: "" if nothing (a field shown
    with a record's text and left alone is not typing, and passwords are never kept)."""
    if isinstance(field, QLineEdit):
        if isinstance(field.parent(), QAbstractSpinBox):  # a number or a date, not typing
            return ""
        if field.isReadOnly() or field.echoMode() != QLineEdit.EchoMode.Normal:
            return ""
        return field.text() if field.isModified() else ""
    if isinstance(field, QPlainTextEdit | QTextEdit):
        if field.isReadOnly() or not field.document().isModified():
            return ""
        return field.toPlainText()
    return ""


def typed_in_dialogs(keep: tuple[QWidget, ...] = ()) -> list[dict]:
    """The text typed into each open dialog (a question box holds none), to keep before the
    lock closes them: [{"title", "fields": [{"label", "text"}]}], with "about" from a dialog
    that says itself what it is about (its ``about`` property: "new" for a record it creates,
    "" for nothing in particular), rather than the record the window happens to show."""
    app = QApplication.instance()
    if app is None:
        return []
    found = []
    for widget in app.topLevelWidgets():
        if widget in keep or not widget.isVisible() or not isinstance(widget, QDialog):
            continue
        if isinstance(widget, ASKED):
            continue
        fields = []
        for field in (
            widget.findChildren(QLineEdit)
            + widget.findChildren(QPlainTextEdit)
            + (widget.findChildren(QTextEdit))
        ):
            if field.window() is not widget:
                continue  # a field of a dialog opened from this one: kept under its own title
            text = _typed(field)
            if text.strip():
                fields.append({"label": _label(field, widget), "text": text})
        if fields:
            draft = {"title": widget.windowTitle(), "fields": fields}
            about = widget.property("about")
            if isinstance(about, str):
                draft["about"] = about
            found.append(draft)
    return found
