"""The app with the keyboard alone: every step below is a key press on the widget that has the
focus, found by following the focus (never a click, never a call that moves the focus for the
user). A step that cannot be reached this way fails with the controls Tab did visit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from supervision_desk.core import repos
from tests.gui.test_first_hour import STRONG

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def type_in(words: str) -> None:
    QTest.keyClicks(focused(), words)
    QApplication.processEvents()


def heard(widget: QWidget) -> str:
    """What a screen reader says for a widget: its accessible name (or its text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return " ".join(name.replace("&", "").split())


def tab_to(name: str, backwards: bool = False, limit: int = 80) -> QWidget:
    """Press Tab (or Shift+Tab) until the control a screen reader names ``name`` has the
    focus; fail with the way Tab went if it never comes."""
    visited: list[str] = []
    for _ in range(limit):
        if heard(focused()) == name:
            return focused()
        visited.append(f"{type(focused()).__name__} {heard(focused())!r}")
        press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}; it went: " + " → ".join(visited))


def active(window: QWidget) -> QWidget:
    """Wait until ``window`` is the active window. The offscreen platform has no window
    manager to activate the window left when another closes; here the test stands in for it,
    as a desktop does (the keyboard focus inside the window is still Qt's and the app's)."""
    for wait in range(250):  # up to five seconds
        if QApplication.activeWindow() is window:
            return window
        if wait == 25:
            window.activateWindow()
        QTest.qWait(20)
    raise AssertionError(f"{window!r} never became active")


def active_dialog(qtbot, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return active(QApplication.activeModalWidget())


@pytest.mark.slow
def test_a_managers_first_hour_by_keyboard(qtbot, controller, tmp_path, answers):
    from supervision_desk.gui.unlock import CreateVaultDialog, UnlockDialog

    welcome = controller.start()
    active(welcome)
    assert isinstance(welcome, UnlockDialog)
    assert heard(focused()) == "New vault…"
    press(Qt.Key.Key_Space)
    create = active_dialog(qtbot, CreateVaultDialog)
    path = tmp_path / "mine.sdvault"
    tab_to("Vault file")
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in(str(path))
    tab_to("Your name")
    type_in("Alex Morgan")
    tab_to("Passphrase")
    type_in(STRONG)
    tab_to("Passphrase again")
    type_in(STRONG)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=30_000)
    assert not create.isVisible()
    window = controller.window
    active(window)

    # Add a person: the menu's shortcut, type the name, Enter.
    from supervision_desk.gui.people import PersonDialog

    press(Qt.Key.Key_N, CTRL | SHIFT)
    person = active_dialog(qtbot, PersonDialog)
    assert heard(focused()) == "Name or initials"
    type_in("Sam Taylor")
    tab_to("Newly qualified")
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Return)
    assert not person.isVisible()
    active(window)
    vault = controller.vault
    (sam,) = repos.select(vault, "people")
    assert sam["name"] == "Sam Taylor" and sam["newly_qualified"]

    # A new session for Sam; type in the four capacities, Tab from one to the next.
    press(Qt.Key.Key_N, CTRL)
    editor = window.editor
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is editor)
    words = {
        "Attunement": "Feels shut out since release; tired.",
        "Analysis": "Peer group shifted; kaleidoscope of pulls.",
        "Allocation": "Two joint visits this fortnight.",
        "Adaptation": "Meet at the youth centre.",
    }
    for name, text in words.items():
        tab_to(name)
        type_in(text)
    # An action: the button, then type in the new row; Tab goes along the row (owner, due,
    # status) and leaves the table from its last cell.
    tab_to("Add action")
    press(Qt.Key.Key_Space)
    type_in("Ask S. where he would like to meet")
    for column in (1, 2, 3):
        press(Qt.Key.Key_Tab)
        assert editor.ui.actionsTable.isAncestorOf(focused())
        assert editor.ui.actionsTable.currentIndex().column() == column
    press(Qt.Key.Key_Tab)
    assert not editor.ui.actionsTable.isAncestorOf(focused())
    # Both agree, ticked in the room; sealing asks first (answered yes).
    tab_to("Agreed by supervisor on")
    press(Qt.Key.Key_Space)
    tab_to("Agreed by supervisee on")
    press(Qt.Key.Key_Space)
    # The ticked boxes are now fixed; the keyboard is not dropped but lands on Amend.
    assert heard(focused()) == "Amend…"
    window.flush()
    session = repos.get(vault, "sessions", editor.session["id"])
    assert session["analysis"] == words["Analysis"]
    assert session["agreed_by_supervisor"] and session["agreed_by_supervisee"]
    (action,) = repos.select(vault, "actions", "session = ?", (session["id"],))
    assert action["text"] == "Ask S. where he would like to meet"

    # Export the record as a PDF: Ctrl+E, the file's name, Enter.
    from supervision_desk.gui.export_dialog import ExportDialog

    press(Qt.Key.Key_E, CTRL)
    export = active_dialog(qtbot, ExportDialog)
    assert export.choice() == "session"
    out = tmp_path / "record.pdf"
    tab_to("File to write")
    press(Qt.Key.Key_A, CTRL)
    type_in(str(out))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists, timeout=20_000)
    assert b"%PDF" in out.read_bytes()[:8]


@pytest.mark.slow
def test_a_practitioners_journal_by_keyboard(qtbot, controller, make_vault, tmp_path):
    from supervision_desk.gui.unlock import UnlockDialog
    from tests.conftest import PASSPHRASE

    made = make_vault(mode="practitioner")
    path = made.path
    made.close()
    unlock = active(controller.ask_unlock(path))
    assert isinstance(unlock, UnlockDialog) and heard(focused()) == "Passphrase"
    type_in(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=20_000)
    window = active(controller.window)

    # A new entry: Ctrl+J opens it with the title ready for typing.
    press(Qt.Key.Key_J, CTRL)
    journal = window.journal
    assert heard(focused()) == "Entry title"
    type_in("After the panel")
    tab_to("Tags")
    type_in("panel, courage")
    tab_to("Entry text")
    type_in("I said what worried me about the plan, and was heard.")
    tab_to("Analysis")  # a capacity the entry drew on
    press(Qt.Key.Key_Space)
    # Saved without a Save button: the status line says so once typing pauses.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved"), timeout=5000)
    (entry,) = repos.select(controller.vault, "journal")
    assert entry["title"] == "After the panel"
    assert "panel" in entry["tags"] and "analysis" in entry["capacities"]

    # Lock, come back, and find it again by a word from it.
    press(Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: controller.vault is None, timeout=5000)
    active(controller.unlock_dialog)
    assert heard(focused()) == "Passphrase"
    type_in(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=20_000)
    active(window)
    press(Qt.Key.Key_F, CTRL | SHIFT)
    assert heard(focused()) == "Search words"
    type_in("worried")
    results = window.search.ui.results
    qtbot.waitUntil(lambda: results.model().rowCount() == 1, timeout=5000)
    press(Qt.Key.Key_Down)
    assert focused() is results
    press(Qt.Key.Key_Return)
    assert heard(focused()) == "Entry text"
    assert "what worried me" in focused().toPlainText()
    assert journal.entry["id"] == entry["id"]
