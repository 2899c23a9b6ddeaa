"""The one protocol every page of the main window follows, and the registry the window is
built from (no if/elif chain of pages).

A page is given the vault (or ``None`` on lock), saves what it can on ``flush()``, lists what it
could not save in ``unsaved()`` so the window can ask before the user leaves, and reports to
the status bar through ``status``. A read-only vault is passed on with ``set_read_only``: each
page knows which of its own controls write, and the window never reaches into a page. Each
page says where the user is on it (``place``) and shows that place again (``return_to``),
so that unlocking after a lock brings the user back to what they had open.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ..core.vault import Vault


class Page(QWidget):
    status = Signal(str)  # a message for the status bar
    removed = Signal(str, object)  # what was deleted (words), and the bundle that undoes it

    def set_vault(self, vault: Vault | None) -> None:
        """Show this vault's records; ``None`` forgets every record shown (lock)."""
        raise NotImplementedError

    def flush(self) -> None:
        """Save everything that can be saved now."""

    def unsaved(self) -> list[str]:
        """What was typed but could not be saved, in words, one item each."""
        return []

    def shown(self) -> None:
        """Called when the page becomes the current page."""

    def place(self) -> dict:
        """Where the user is on this page, as record ids and choices, never text: a lock
        hands it to the fresh process it starts. Empty when there is nothing to return to."""
        return {}

    def return_to(self, place: dict) -> None:
        """Show again what ``place`` (from ``place()``) names, as far as it still exists."""

    read_only = False

    def set_read_only(self, read_only: bool) -> None:
        """Show a read-only vault: everything can be read, searched and exported, and no
        control that would change the vault can be reached."""
        raise NotImplementedError


def show_writing(controls: list[QWidget], read_only: bool) -> None:
    """Hide the controls that change a vault while it is read-only. Hidden, not disabled: a
    page re-enables its buttons as the selection changes, and must not bring these back."""
    for control in controls:
        control.setVisible(not read_only)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: str  # "module:Class" under supervision_desk.gui, imported on first use
    in_sidebar: bool = True
    practitioner_title: str | None = None

    @property
    def module(self) -> str:
        return f"supervision_desk.gui.{self.factory.split(':')[0]}"

    def build(self, parent: QWidget | None = None) -> Page:
        """The page, made inside ``parent`` (the window's stack of pages): one made outside
        would have the style sheet worked out for every widget of it twice, once more as it
        moves in."""
        page = getattr(importlib.import_module(self.module), self.factory.split(":")[1])(parent)
        if parent is not None:
            restyle_marked(page)
        enter_presses_buttons(page)
        return page


def enter_presses_buttons(root: QWidget) -> None:
    """Enter presses the button with the focus, as Space does. Qt gives a button Enter only
    inside a dialog, so a keyboard user on a page pressed Enter on "Add action" to no effect."""
    for button in root.findChildren(QPushButton):
        button.setAutoDefault(True)


STYLED_BY = (b"role", b"severity", b"titled")  # the properties the style sheet's rules read


def restyle_marked(root: QWidget) -> None:
    """Widgets made inside a window take the style sheet's look as they are made; those marked
    afterwards with a property the style sheet reads (``role`` "heading" or "help", say) take
    it again now, as they would have on moving into the window."""
    for widget in (root, *root.findChildren(QWidget)):
        if any(bytes(name) in STYLED_BY for name in widget.dynamicPropertyNames()):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


PAGES = (
    PageSpec("people", "People", "people:PeoplePage", practitioner_title="My supervision"),
    PageSpec("journal", "Journal", "journal:JournalPage"),
    PageSpec("tracker", "Tracker", "tracker_page:TrackerPage"),
    PageSpec("prompts", "Prompts", "prompts_panel:PromptsPage"),
    PageSpec("search", "Search", "search_page:SearchPage"),
    # A practitioner's desk only: the row is hidden in a supervisor's vault.
    PageSpec("received", "Records from my supervisor", "desks:ReceivedPage"),
    PageSpec("session", "Session", "session_editor:SessionEditor", in_sidebar=False),
)
KEYS = tuple(spec.key for spec in PAGES)
# Pages whose code is loaded while the window is idle after it opens, likeliest first visit
# first (see MainWindow.preload): the first visit then only builds the page.
PRELOAD = ("session", "journal", "search", "tracker", "prompts")


def plain_text_labels(widget: QWidget) -> None:
    """Every label under ``widget`` shows text as typed: a name such as ``<img src=...>`` is
    never rendered as markup. Labels that show our own formatted text opt out by setting the
    dynamic property ``richText`` to true."""
    for label in widget.findChildren(QLabel):
        # A label with a buddy is a field's own name (ours), and keeps its & mnemonic.
        if label.buddy() is None and not label.property("richText"):
            label.setTextFormat(Qt.PlainText)
