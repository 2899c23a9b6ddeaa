"""The ASYE reviews on the Tracker, as the user reads them: a review held in a session tagged
"ASYE review", or recorded as held on the ASYE page, is not flagged; one missed is, with its
date the UK way; a year long over never is. The Tracker, the team summary PDF and the ASYE page
say the same of the same vault on the same day."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from supervision_desk.core import asye, clock, pdf, repos, team_summary, tracker
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import choose, open_window, texts

TODAY = dt.date(2026, 4, 10)
STARTED = "2025-11-03"  # the 3-month review fell due on 3 February 2026

PEOPLE = [
    ("t", "Tam Rees", STARTED),  # the review held in a session tagged "ASYE review"
    ("r", "Rhi Owen", STARTED),  # the review recorded as held on the ASYE page
    ("m", "Mo Ahmed", STARTED),  # no review held
    ("s", "Sol Jones", "2026-01-20"),  # the 3-month review falls due on 20 April 2026
    ("o", "Ola Berg", "2019-09-02"),  # ASYE year over in 2020, no review ever recorded
]


@pytest.fixture
def vault_path(make_vault):
    vault = make_vault()
    for pid, name, started in PEOPLE:
        repos.save(
            vault,
            "people",
            {
                "id": pid,
                "name": name,
                "role": "social_worker",
                "started_role": started,
                "newly_qualified": True,
            },
        )
        # Supervised every few weeks up to now: nothing else on the row to read past.
        for n, day in enumerate(("2026-02-05", "2026-03-02", "2026-03-30")):
            tags = ["ASYE review"] if pid == "t" and n == 0 else ["court"]
            session = {"id": f"{pid}{n}", "person": pid, "date": day, "minutes": 90}
            repos.save(vault, "sessions", {**session, "tags": tags})
    asye.record_review(vault, "r", 3, dt.date(2026, 2, 5), "on_track")
    path = vault.path
    vault.close()
    clock.set_today(TODAY)
    yield path
    clock.set_today(None)


def _rows(page) -> dict[str, dict[str, str]]:
    """Each row of the Tracker's table as the user reads it: person -> header -> cell."""
    model = page.ui.table.model()
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    found = {}
    for r in range(model.rowCount()):
        row = {h: model.index(r, c).data() for c, h in enumerate(headers)}
        found[row["Person"]] = row
    return found


def _asye(text: str) -> list[str]:
    return [f.strip() for f in re.split(r"[;:]\s", text) if "ASYE review" in f]


def _tracker(qtbot, controller, path, tmp_path):
    window = open_window(qtbot, controller, path)
    window.show_section(mw.TRACKER)
    page = window.tracker
    page.show_vault(controller.vault, TODAY)
    window.grab().save(str(tmp_path / "tracker-asye.png"))
    return window, page


def _detail(page, name: str) -> str:
    """The words under the chart once the person's row is clicked."""
    model = page.ui.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    choose(page.ui.table, row)
    assert page.ui.personHeading.text() == name
    return page.ui.explain.text()


MISSED = "3-month ASYE review not held (due 3 Feb 2026)"
COMING = "3-month ASYE review due 20 Apr 2026"


def test_the_tracker_flags_only_the_reviews_not_held(qtbot, controller, vault_path, tmp_path):
    _window, page = _tracker(qtbot, controller, vault_path, tmp_path)
    rows = _rows(page)
    assert {name: _asye(rows[name]["Flags"]) for name in rows} == {
        "Tam Rees": [],
        "Rhi Owen": [],
        "Mo Ahmed": [MISSED],
        "Sol Jones": [COMING],
        "Ola Berg": [],
    }
    assert all(rows[name]["Status"] == "On time" for name in rows)
    assert "ASYE" not in _detail(page, "Tam Rees")
    assert "ASYE" not in _detail(page, "Rhi Owen")
    assert "ASYE" not in _detail(page, "Ola Berg")
    assert f"ASYE: {MISSED}." in _detail(page, "Mo Ahmed")
    assert f"ASYE: {COMING}." in _detail(page, "Sol Jones")
    page.ui.attentionOnly.setChecked(True)
    assert sorted(_rows(page)) == ["Mo Ahmed", "Sol Jones"]
    # The session tagged "ASYE review" reaches the ASYE page too: the page and the Tracker
    # agree that Tam's review was held.
    found = asye.progress(controller.vault, "t", TODAY)
    assert found.reviews[0].words(TODAY) == (
        'held 5 February 2026 in a session tagged "ASYE review" (no outcome recorded here)'
    )
    # Held on the day the Tracker is shown, the missed review is no longer flagged.
    asye.record_review(controller.vault, "m", 3, TODAY, "on_track")
    page.show_vault(controller.vault, TODAY)
    assert sorted(_rows(page)) == ["Sol Jones"]  # only those needing attention still shown
    page.ui.attentionOnly.setChecked(False)
    assert _asye(_rows(page)["Mo Ahmed"]["Flags"]) == []


def test_the_asye_page_counts_the_tagged_session(qtbot, controller, vault_path, tmp_path):
    window = open_window(qtbot, controller, vault_path)
    window.show_section(mw.PEOPLE)
    people = window.people
    people.select_person("t")
    qtbot.mouseClick(people.ui.asyeButton, Qt.LeftButton)
    ui = people.asye_dialog.ui
    people.asye_dialog.grab().save(str(tmp_path / "asye-tagged.png"))
    assert texts(ui.reviewList) == [
        '3-month review: held 5 February 2026 in a session tagged "ASYE review" '
        "(no outcome recorded here)",
        "6-month review: due 3 May 2026",
        "12-month review: due 3 November 2026",
    ]
    people.asye_dialog.close()
    people.select_person("m")
    qtbot.mouseClick(people.ui.asyeButton, Qt.LeftButton)
    assert texts(people.asye_dialog.ui.reviewList)[0] == (
        "3-month review: not yet held (was due 3 February 2026)"
    )


def _words(data: bytes) -> str:
    return re.sub(
        r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    )


@pytest.mark.slow
def test_the_tracker_and_the_team_summary_say_the_same(qtbot, controller, vault_path, tmp_path):
    _window, page = _tracker(qtbot, controller, vault_path, tmp_path)
    shown = {name: _asye(row["Flags"]) for name, row in _rows(page).items()}
    vault = controller.vault
    start = tracker.window_start(TODAY)  # the months the Tracker's row looks at
    found = team_summary.figures(vault, start, TODAY, TODAY, names=True)
    summary = {p.name: [f for f in p.flags if "ASYE" in f] for p in found.practitioners}
    assert summary == shown
    text = _words(pdf.team_summary(vault, start, TODAY, anonymise=False, today=TODAY, found=found))
    assert MISSED in text and COMING in text
    assert text.count("ASYE review") == 2
    # The person summary's ASYE section reads the review held in the tagged session as held.
    person = _words(pdf.person_summary(vault, "t", start, TODAY, today=TODAY))
    reviews = person.split("ASYE reviews")[1]
    assert (
        "Review Due Held Outcome 3-month review 3 Feb 2026 5 Feb 2026 in a session tagged "
        '"ASYE review" 6-month review 3 May 2026 not yet held' in reviews
    )
