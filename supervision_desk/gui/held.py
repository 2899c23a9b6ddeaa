"""The question a planned session asks once its date has passed: was it held? Asked from the
People page and the Tracker alike."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..core import labels, sessions
from ..core.errors import DeskError
from ..core.vault import Vault
from . import messages

ANSWERS = ["It was held", "It was not held"]


def ask(parent: QWidget, vault: Vault, session: dict, name: str) -> bool:
    """Ask, and record the answer; True when something changed."""
    answer = messages.choose(
        parent,
        "Was it held?",
        f"Supervision with {name} was planned for {labels.long_date(session['date'])}. "
        "Was it held? Held, it counts as supervision received. Not held, the diary entry is "
        "removed (a session with notes in it is kept: change its date instead).",
        ANSWERS,
    )
    if answer is None:
        return False
    try:
        sessions.answer_planned(vault, session["id"], held=answer == 0)
    except DeskError as exc:
        messages.tell(parent, "Was it held?", str(exc), warning=True)
        return False
    return True
