"""Alt and a letter for a dialog's OK, Cancel and Close, as for its other buttons.

Qt names a button box's standard buttons from the desktop's theme: GNOME's and KDE's give
them a letter ("&OK"), a bare X11 session gives none, and Alt+O in a note box then typed an
"o" instead of pressing OK. OK, Cancel and Close get the letter every desktop gives them
(Alt+C, pressed out of habit to close a dialog, must never tick a box instead; a test keeps
the other controls off those letters). Any other button without a letter gets the first
letter of its words that no other control of the dialog uses.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

# The buttons that end a dialog and the letter each has on every desktop.
USUAL = {"ok": "&OK", "cancel": "&Cancel", "close": "&Close"}


def letter(text: str) -> str | None:
    """The Alt+letter ``text`` gives its control ("&&" is a plain ampersand), lower case."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def letters_in_use(root: QWidget) -> set[str]:
    """The letters of ``root``'s labels that name a field, its buttons and its boxes."""
    texts = [label.text() for label in root.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in root.findChildren(QAbstractButton)]
    texts += [box.title() for box in root.findChildren(QGroupBox)]
    return {found for found in map(letter, texts) if found}


def letter_place(text: str, used: set[str]) -> int | None:
    """Where to put the "&" in ``text``: a word's first letter first, then any letter."""
    starts = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or text[i - 1] == " ")]
    rest = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    return next((i for i in starts + rest if text[i].lower() not in used), None)


def closing_buttons(dialog: QWidget) -> list[QAbstractButton]:
    """The dialog's OK, Cancel and Close buttons, in a button box or on their own."""
    return [
        button
        for button in dialog.findChildren(QPushButton)
        if button.text().replace("&", "").lower() in USUAL
    ]


def give_buttons_letters(dialog: QWidget) -> None:
    used = letters_in_use(dialog)
    for button in closing_buttons(dialog):
        if "&" not in button.text():
            usual = USUAL[button.text().lower()]
            if letter(usual) not in used:
                button.setText(usual)
                used.add(letter(usual))
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            text = button.text()
            if letter(text) or "&" in text:
                continue
            at = letter_place(text, used)
            if at is not None:
                button.setText(text[:at] + "&" + text[at:])
                used.add(text[at].lower())
