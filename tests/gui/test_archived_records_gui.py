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
    assert combo.currentText() == "2026-01-12 session with Sam Taylor (archived record)"
    assert texts(page.ui.entryList)  # the entry itself is listed
    qtbot.keyClicks(page.ui.titleEdit, " (reread)")
    page.flush()
    saved = repos.get(window.vault, "journal", "j1")
    assert saved["title"] == "After the January session (reread)"
    assert saved["session"] == "s2"  # the link survives the save
    qtbot.mouseClick(page.ui.newEntryButton, Qt.LeftButton)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "s1" in offered and "s2" not in offered  # an archived record is not offered anew
