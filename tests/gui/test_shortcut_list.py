"""The keyboard shortcuts listed on Help → Getting started and shortcuts (F1) are the keys the
app really has: every key a menu item or shortcut of the real window, the session editor, the
Find bar and the CPD dialog is bound to is in the list, and every key the list names is bound
there or, for the few keys a field handles itself, does what the list says when pressed."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from supervision_desk import paths
from supervision_desk.core import history, repos
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window, texts
from tests.gui.test_keyboard_only import active, focused, press

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

# Keys a field or button handles itself, not a menu item or a shortcut: each is pressed in
# test_the_keys_fields_handle_do_what_the_list_says.
IN_FIELDS = {"Ctrl+B", "Ctrl+I", "Ctrl+Z", "Ctrl+Shift+Z", "Alt+Down", "Alt+S"}


def listed() -> dict[str, str]:
    """The F1 page's shortcut table: each key it names, with what it says the key does."""
    page = paths.resource("help", "getting-started.html").read_text("utf-8")
    table = page[page.index("<h3>Keyboard shortcuts</h3>") :]
    found = {}
    for keys, what in re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", table, re.S):
        for key in keys.split(" / "):
            found[_portable(QKeySequence(key))] = " ".join(what.split())
    return found


def _portable(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.PortableText)


def bound(*roots: QWidget) -> dict[str, str]:
    """Every key a menu item or shortcut under ``roots`` is bound to, with what binds it."""
    found = {}
    for root in roots:
        for action in root.findChildren(QAction):
            for key in action.shortcuts():
                found[_portable(key)] = action.text().replace("&", "")
        for shortcut in root.findChildren(QShortcut):
            found[_portable(shortcut.key())] = f"a shortcut of {type(shortcut.parent()).__name__}"
    found.pop("", None)
    return found


def test_the_f1_list_names_every_key_bound_and_only_those(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.show()
    window.open_session("s1")  # the session editor, with its fields and tables
    window.find("peer")  # the Find bar and its keys
    window.show_section(mw.JOURNAL)
    cpd = window.journal.open_cpd()
    qtbot.waitUntil(cpd.isVisible)
    keys = bound(window, cpd)
    assert {"Ctrl+Shift+N", "Alt+Left", "F3", "Ctrl+Shift+C"} <= set(keys)  # found at all

    named = listed()
    missing = {key: what for key, what in keys.items() if key not in named}
    assert not missing, f"bound but not in the F1 list: {missing}"
    unbound = set(named) - set(keys) - IN_FIELDS
    assert not unbound, f"in the F1 list but bound to nothing: {sorted(unbound)}"
    assert not IN_FIELDS & set(keys)  # those are pressed in fields, below
    assert set(named) >= IN_FIELDS
    cpd.reject()


def test_the_keys_fields_handle_do_what_the_list_says(qtbot, controller, make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    first = dt.date(2020, 1, 6)
    for n in range(history.PAGE + 1):  # one more than a person's page lists at first
        day = (first + dt.timedelta(days=14 * n)).isoformat()
        repos.save(
            vault, "sessions", {"id": f"s{n:03d}", "person": "p1", "date": day, "minutes": 60}
        )
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.show()
    active(window)
    named = listed()

    # Alt+S: "Show older sessions, on a person's page".
    assert "older sessions" in named["Alt+S"]
    window.people.select_person("p1")
    window.people.ui.sessionList.setFocus()
    alt_s = [
        w.objectName()
        for w in window.people.findChildren(QAbstractButton)
        if w.isVisible() and QKeySequence.mnemonic(w.text()) == QKeySequence("Alt+S")
    ]
    assert alt_s == ["olderButton"]  # the page's one Alt+S
    press(Qt.Key.Key_S, ALT)  # the button shows itself pressed a moment, then acts
    qtbot.waitUntil(lambda: len(texts(window.people.ui.sessionList)) == history.PAGE + 1)

    window.open_session("s000")
    editor = window.editor
    field = editor.section("analysis")
    field.setFocus()
    qtbot.keyClicks(focused(), "Peer group")

    # Ctrl+B / Ctrl+I: "Bold / italic", on the word selected.
    word = field.textCursor()
    word.select(word.SelectionType.WordUnderCursor)  # "group"
    field.setTextCursor(word)
    press(Qt.Key.Key_B, CTRL)
    assert field.toPlainText() == "Peer **group**"

    # Ctrl+Z / Ctrl+Shift+Z: "Undo / redo typing".
    press(Qt.Key.Key_Z, CTRL)
    assert field.toPlainText() == "Peer group"
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert field.toPlainText() == "Peer **group**"
    assert named["Ctrl+Z"].startswith("Undo / redo")

    word.setPosition(0)
    word.select(word.SelectionType.WordUnderCursor)  # "Peer"
    field.setTextCursor(word)
    press(Qt.Key.Key_I, CTRL)
    assert field.toPlainText() == "*Peer* **group**"
    assert named["Ctrl+B"] == named["Ctrl+I"] == "Bold / italic"

    # Alt+Down: "Open the calendar of a date field".
    editor.ui.dateEdit.setFocus()
    press(Qt.Key.Key_Down, ALT)
    calendar = editor.ui.dateEdit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert "calendar" in named["Alt+Down"]
    QApplication.activePopupWidget().close()
