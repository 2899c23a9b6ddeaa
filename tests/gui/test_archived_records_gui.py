"""Archived records in the app: a journal entry keeps its link to one; the Archived records
view lists them and the tombstones of those removed for good, and removing one for good asks
twice, needs a reason, and leaves a vault that still checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from supervision_desk.core import removal, repos, sessions
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window, texts


def _agreed(vault, sid, day, **extra):
    repos.save(
        vault,
        "sessions",
        {"id": sid, "person": "p1", "date": day, "minutes": 60, "status": "held", **extra},
    )
    record = repos.get(vault, "sessions", sid)
    sessions.save_record(
        vault, {**record, "agreed_by_supervisor": day, "agreed_by_supervisee": day}
    )


@pytest.fixture
def archived_vault(make_vault):
    """Sam with a live record (s1) and an agreed one since deleted (s2, archived), and a
    journal entry about the archived one."""
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    _agreed(vault, "s1", "2026-03-02", attunement="Settled.")
    _agreed(vault, "s2", "2026-01-12", attunement="Worried about the move.")
    repos.save(
        vault,
        "journal",
        {"id": "j1", "date": "2026-01-13", "title": "After the January session", "session": "s2"},
    )
    removal.remove_session(vault, "s2")
    path = vault.path
    vault.close()
    return path


def test_a_journal_entry_keeps_its_link_to_an_archived_record(qtbot, controller, archived_vault):
    window = open_window(qtbot, controller, archived_vault)
    window.show_section(mw.JOURNAL)
    page = window.journal
    combo = page.ui.sessionCombo
    assert combo.currentData() == "s2"
    assert combo.currentText() == "12 Jan 2026 session with Sam Taylor (archived record)"
    assert texts(page.ui.entryList)  # the entry itself is listed
    qtbot.keyClicks(page.ui.titleEdit, " (reread)")
    page.flush()
    saved = repos.get(window.vault, "journal", "j1")
    assert saved["title"] == "After the January session (reread)"
    assert saved["session"] == "s2"  # the link survives the save
    qtbot.mouseClick(page.ui.newEntryButton, Qt.LeftButton)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "s1" in offered and "s2" not in offered  # an archived record is not offered anew


def test_delete_for_good_asks_why_then_again_and_leaves_a_dated_tombstone(
    qtbot, controller, archived_vault, answers, monkeypatch
):
    from supervision_desk.core import chain
    from supervision_desk.gui import messages
    from tests import tools

    window = open_window(qtbot, controller, archived_vault)
    vault = window.vault
    assert window.actionArchived in window.ui.menuFile.actions()
    window.actionArchived.trigger()
    dialog = window.archived_dialog
    assert dialog.isVisible()
    assert texts(dialog.recordList) == [
        "12 January 2026 · One-to-one with Sam Taylor · version 1, agreement recorded"
    ]
    assert texts(dialog.stoneList) == ["None."]
    dialog.grab().save(str(tools.shots() / "archived-records.png"))

    # No reason given: nothing changes, and no second question is asked.
    monkeypatch.setattr(messages, "ask_text", lambda *a, **k: None)
    qtbot.mouseClick(dialog.deleteButton, Qt.LeftButton)
    assert "a reason is needed" in dialog.message.text() and answers.asked == []
    assert repos.exists(vault, "sessions", "s2")

    # A reason, then No at the last question: still nothing changes.
    asked_why = []

    def why(parent, title, text):
        asked_why.append(text)
        return "Retention period of six years ended."

    monkeypatch.setattr(messages, "ask_text", why)
    answers.answer = False
    qtbot.mouseClick(dialog.deleteButton, Qt.LeftButton)
    assert "12 January 2026" in asked_why[0]
    assert "cannot be undone" in answers.asked[-1]
    assert "Retention period of six years ended." in answers.asked[-1]
    assert repos.exists(vault, "sessions", "s2") and chain.versions(vault, "s2")

    # Yes: gone for good, the tombstone shown with its date and reason; the vault checks.
    answers.answer = True
    qtbot.mouseClick(dialog.deleteButton, Qt.LeftButton)
    assert not repos.exists(vault, "sessions", "s2") and chain.versions(vault, "s2") == []
    [shown] = texts(dialog.stoneList)
    assert shown.startswith("Record s2 removed for good on ")
    assert "Retention period of six years ended." in shown
    assert texts(dialog.recordList) == ["No archived records."]
    assert not dialog.deleteButton.isEnabled()
    assert "removed for good" in window.statusBar().currentMessage()
    dialog.grab().save(str(tools.shots() / "archived-records-tombstone.png"))
    assert vault.check().ok and chain.check_chains(vault) == []
    assert repos.get(vault, "journal", "j1")["session"] is None  # the entry itself is kept
    assert [s["id"] for s in sessions.for_person(vault, "p1")] == ["s1"]


def test_undo_of_an_earlier_delete_does_not_bring_back_a_record_removed_for_good(vault):
    from supervision_desk.core import chain

    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    _agreed(vault, "s2", "2026-01-12", attunement="Worried.")
    repos.save(vault, "actions", {"id": "a2", "session": "s2", "text": "Call school"})
    bundle = removal.remove_session(vault, "s2")  # archived; the app could still undo it
    removal.remove_for_good(vault, "s2", "Retention ended.")
    removal.restore(vault, bundle)
    assert not repos.exists(vault, "sessions", "s2") and not repos.exists(vault, "actions", "a2")
    assert chain.check_chains(vault) == [] and vault.check().ok
