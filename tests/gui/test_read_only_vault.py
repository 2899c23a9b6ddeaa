"""A vault on a read-only disk, folder or file opens in the app to be read, not changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit

from supervision_desk.core import cases, repos
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.pages import KEYS
from tests.core.test_hardening import (  # noqa: F401  (read_only_vault is a fixture)
    _read_only_ways,
    make_read_only_vault,
    read_only_vault,
)
from tests.gui.conftest import open_window, unlock


def test_the_app_opens_a_read_only_vault_read_only_and_says_so(
    qtbot,
    controller,
    read_only_vault,  # noqa: F811
):
    before = read_only_vault.read_bytes()
    controller.ask_unlock(read_only_vault)
    unlock(qtbot, controller)
    window = controller.window
    assert controller.vault.read_only
    assert "(read-only)" in window.windowTitle()
    assert window.read_only_label.isVisibleTo(window)
    assert not window.ui.actionNewSession.isEnabled()
    people = window.people.ui
    assert not people.addPersonButton.isVisibleTo(window)
    assert not people.newSessionButton.isVisibleTo(window)
    window.show_section(mw.JOURNAL)
    fields = window.journal.findChildren(QTextEdit) + window.journal.findChildren(QPlainTextEdit)
    assert fields and all(field.isReadOnly() for field in fields)
    controller.lock()
    assert read_only_vault.read_bytes() == before


def _fill_team(make_vault):
    def fill(path):
        with make_vault(path) as vault:
            repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
            repos.save(
                vault,
                "sessions",
                {
                    "id": "s1",
                    "person": "p1",
                    "date": "2026-03-02",
                    "minutes": 60,
                    "analysis": "Peer group shifted.",
                },
            )
            repos.save(vault, "actions", {"id": "a1", "session": "s1", "text": "Call school"})
            repos.save(vault, "journal", {"id": "j1", "date": "2026-03-03", "body": "Tired."})
            cases.allocate(
                vault,
                {
                    "person": "p1",
                    "reference": "YP-014",
                    "weight": 3,
                    "allocated": "2026-01-05",
                    "allocation_rationale": "Knows the family.",
                },
            )

    return fill


@pytest.fixture(params=_read_only_ways())
def read_only_team(request, make_vault, tmp_path):
    return make_read_only_vault(request, tmp_path, _fill_team(make_vault))


# What can still be pressed on each page of a read-only vault: reading, finding, exporting.
READING_BUTTONS = {
    "people": {"Agreement…", "Open"},
    "journal": set(),
    "tracker": {"Export CSV…", "Export calendar…"},
    "prompts": {"Export pack…"},
    "search": set(),
    "session": {"Copy for the case file", "Extract for the child's record…"},
    "received": set(),
}


def _pressable(page) -> set[str]:
    return {
        b.text().replace("&", "")
        for b in page.findChildren(QPushButton)
        if b.isVisibleTo(page) and b.isEnabled()
    }


def test_a_read_only_vault_stays_read_only_when_a_session_opens(
    qtbot,
    controller,
    read_only_team,
    answers,
):
    before = read_only_team.read_bytes()
    window = open_window(qtbot, controller, read_only_team)
    assert controller.vault.read_only
    window.open_session("s1")
    editor = window.editor
    assert editor.section("analysis").toPlainText() == "Peer group shifted."
    # Typing changes nothing, in any text field of the record.
    editor.section("analysis").setFocus()
    qtbot.keyClicks(editor.section("analysis"), "More words")
    assert editor.section("analysis").toPlainText() == "Peer group shifted."
    fields = editor.findChildren(QPlainTextEdit)
    assert fields and all(f.isReadOnly() for f in fields)
    for widget in (editor.ui.dateEdit, editor.ui.minutesSpin, editor.ui.agreementBox):
        assert not widget.isEnabled()
    assert editor.ui.actionsTable.editTriggers() == QAbstractItemView.NoEditTriggers
    assert not editor.ui.amendButton.isVisibleTo(editor)
    assert window.unsaved() == []  # nothing typed, nothing to lose
    for index, key in enumerate(KEYS):
        if key != "session":
            window.show_section(index)
        page = window.page(index)
        assert _pressable(page) <= READING_BUTTONS[key], key
        editable = [
            f.objectName()
            for kind in (QLineEdit, QTextEdit, QPlainTextEdit)
            for f in page.findChildren(kind)
            if f.isVisibleTo(page) and f.isEnabled() and not f.isReadOnly()
        ]
        # Finding words is reading: the search and filter boxes stay open to typing.
        assert set(editable) <= {"queryEdit", "searchEdit", "qt_spinbox_lineedit"}, key
    controller.lock()
    assert read_only_team.read_bytes() == before
