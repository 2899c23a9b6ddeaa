"""What a lock does to the windows: every window but the unlock screen goes, so nothing from
the vault stays on screen or editable against a closed vault.

A dialog is rejected (its question answered "no", its edits not saved) and then deleted, so
the names and text in its fields leave with it. A dialog waiting in its own event loop
(a question asked with ``exec``) returns "cancelled" once the lock has finished.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

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
