"""Asking and telling: message boxes that show user text as plain text, one way to run a file
action and report its error, and the handler for anything unexpected."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.errors import DeskError
from ..core.shown import shown as shown_path
from .button_letters import give_buttons_letters

T = TypeVar("T")


def _box(parent: QWidget | None, icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    box.setTextFormat(Qt.PlainText)  # names and notes are never markup
    return box


def _exec(box: QMessageBox) -> None:
    give_buttons_letters(box)  # each button an Alt letter, Cancel its usual C, as in dialogs
    box.exec()


def ask(
    parent: QWidget | None, title: str, text: str, yes: str, no: str = "Cancel", *, safe=True
) -> bool:
    """A question with buttons that say what they do; the safe answer is the default."""
    box = _box(parent, QMessageBox.Question, title, text)
    yes_button = box.addButton(yes, QMessageBox.AcceptRole)
    no_button = box.addButton(no, QMessageBox.RejectRole)
    box.setDefaultButton(no_button if safe else yes_button)
    box.setEscapeButton(no_button)
    _exec(box)
    return box.clickedButton() is yes_button


_locking = False  # set while a lock closes the windows (``closing_for_lock``)


@contextlib.contextmanager
def closing_for_lock() -> Iterator[None]:
    """While a lock closes every window, nothing asks: the typing in them has been kept in
    the vault already (core/lock_drafts.py), and a lock that waited for an answer would
    leave the notes on screen."""
    global _locking
    before, _locking = _locking, True
    try:
        yield
    finally:
        _locking = before


def may_discard(parent: QWidget | None, typed: bool, what: str = "what you typed") -> bool:
    """Whether a dialog holding typed text may close without saving it: asks, and the safe
    answer keeps the dialog open with the text. A lock closes it without asking."""
    if not typed or _locking:
        return True
    return ask(
        parent,
        "Discard typing?",
        f"This closes the dialog without saving {what}.",
        "Discard",
        "Keep editing",
    )


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """A question with several answers, each saying what it does; Cancel (and Escape) does
    nothing. Returns the index of the answer chosen, or None."""
    box = _box(parent, QMessageBox.Question, title, text)
    buttons = [box.addButton(option, QMessageBox.AcceptRole) for option in options]
    cancel = box.addButton("Cancel", QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    _exec(box)
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_text(parent: QWidget | None, title: str, text: str) -> str | None:
    """Ask for a few words (a reason); ``None`` if the user cancels or gives none."""
    from PySide6.QtWidgets import QInputDialog

    answer, ok = QInputDialog.getMultiLineText(parent, title, text)
    return answer.strip() if ok and answer.strip() else None


def tell(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    icon = QMessageBox.Warning if warning else QMessageBox.Information
    box = _box(parent, icon, title, text)
    box.addButton(QMessageBox.Ok)
    _exec(box)


def file_action(parent: QWidget | None, title: str, work: Callable[[], T]) -> T | None:
    """Run something that reads or writes a file; an expected failure becomes one clear
    message (returning ``None``), never a traceback."""
    try:
        return work()
    except DeskError as exc:
        tell(parent, title, shown_path(str(exc)), warning=True)
    except OSError as exc:
        where = f" ({shown_path(exc.filename)})" if exc.filename else ""
        tell(parent, title, f"{exc.strerror or exc}{where}", warning=True)
    return None


def _unexpected(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    """Log where it happened (not the message: it may hold record text) and tell the user."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    import logging  # loaded when first needed: start-up does not pay for it
    import traceback

    # Where, not what: file, line and function only. Source lines and the message are left
    # out, since either may quote a note.
    frames = "\n".join(
        f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(tb)
    )
    logging.getLogger("supervision_desk").error("Unexpected %s\n%s", kind.__name__, frames)
    if isinstance(exc, DeskError):
        text = str(exc)
    elif _damage(exc):
        text = (
            "Part of the vault file could not be read: it may be damaged. Nothing was "
            "written to it. Lock the vault and run File → Open another vault… on a backup, "
            "or check the file with `supervision-desk vault check`; the check that runs "
            "when a vault opens will name the damaged pages."
        )
    else:
        text = (
            "Something went wrong that the app did not expect "
            f"({kind.__name__}). Your saved records are safe; what you were doing may "
            "not have finished. If it happens again, please report it."
        )
    if QApplication.instance() is not None:
        tell(QApplication.activeWindow(), "Unexpected problem", text, warning=True)


def _damage(exc: BaseException) -> bool:
    """SQLCipher's words for a page that fails its check (a damaged file, not a bug)."""
    words = str(exc).lower()
    return type(exc).__name__ == "DatabaseError" and (
        "not a database" in words or "malformed" in words or "hmac" in words
    )


def install_exception_handler() -> None:
    sys.excepthook = _unexpected
