"""Where an exchange file is offered to be saved: named for whose record it is and its day, so
two records of one day do not meet under one name; the sealed copy is named apart from the
file sent for agreement; and the next file is offered in the folder the last one went to."""

from __future__ import annotations

from pathlib import Path

import pytest

from supervision_desk import paths
from supervision_desk.core import repos
from supervision_desk.gui import desks, messages
from tests.received_records import make_desks, received_for_agreement


@pytest.fixture
def offered(monkeypatch):
    """The paths the save dialog offered, and the answers it gives (a path, or "" to cancel)."""
    seen: list[Path] = []
    answers: list[str] = []

    def dialog(parent, title, suggested, filter_, **kw):
        seen.append(Path(suggested))
        return (answers.pop(0) if answers else "", "")

    monkeypatch.setattr(desks.QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(desks, "_last_folder", None)
    return seen, answers


def test_the_sealed_copy_and_the_file_for_agreement_have_different_names(
    qtbot, make_vault, offered
):
    seen, _ = offered
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    repos.save(vault, "people", {"id": "p2", "name": "Priya Shah-O'Neill", "role": "other"})
    for sid, person in (("s1", "p1"), ("s2", "p2")):
        repos.save(
            vault, "sessions", {"id": sid, "person": person, "date": "2026-03-09", "minutes": 60}
        )
    repos.save(
        vault,
        "sessions",
        {
            "id": "g1",
            "person": None,
            "attendees": ["p1", "p2"],
            "kind": "group",
            "date": "2026-03-09",
            "minutes": 60,
        },
    )
    assert desks.send_record(None, vault, "s1", confidential=False) is None  # cancelled
    assert desks.send_record(None, vault, "s1", confidential=False, sealed=True) is None
    assert desks.send_record(None, vault, "s2", confidential=False) is None
    assert desks.send_record(None, vault, "g1", confidential=False) is None
    assert [p.name for p in seen] == [
        "Sam-Taylor-2026-03-09-for-agreement.sdx",
        "Sam-Taylor-2026-03-09-sealed.sdx",
        "Priya-Shah-O-Neill-2026-03-09-for-agreement.sdx",  # the same day: another name
        "group-2026-03-09-for-agreement.sdx",
    ]
    vault.close()


def test_the_reply_is_named_for_whose_record_it_is(
    qtbot, make_vault, tmp_path, offered, monkeypatch
):
    seen, _ = offered
    boss, sam = make_desks(make_vault, tmp_path)
    received_for_agreement(boss, sam, tmp_path)
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)  # "Sign version 1 …?" yes
    page = desks.ReceivedPage()
    qtbot.addWidget(page)
    page.set_vault(sam)
    page.refresh("s1")
    assert page.answer(returned=False) is None  # the save dialog cancelled: nothing written
    assert [p.name for p in seen] == ["Sam-Taylor-2026-03-09-reply.sdx"]
    boss.close()
    sam.close()


def test_the_next_file_is_offered_where_the_last_one_was_saved(qtbot, tmp_path, offered):
    seen, answers = offered
    folder = tmp_path / "Supervision files"
    folder.mkdir()
    answers.append(str(folder / "mine.contact"))
    assert desks._save_name(None, "Save", "mine.contact", "") == folder / "mine.contact"
    assert seen[0].parent == paths.documents_dir()
    (folder / "mine.contact").write_text("taken")
    desks._save_name(None, "Save", "mine.contact", "")  # cancelled
    assert seen[1].parent == folder
    assert seen[1].name != "mine.contact"  # a name not yet taken there
