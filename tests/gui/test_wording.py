"""What a person's page says reads as plain English: one pair of brackets, "1 day" not
"1 days", and the Tracker's verdicts the same."""

from __future__ import annotations

import datetime as dt

from supervision_desk.core import clock, repos
from supervision_desk.core.tracker import Gap
from tests.gui.conftest import open_window


def test_next_due_reads_plainly_for_a_newly_qualified_worker(qtbot, controller, make_vault):
    vault = make_vault()
    repos.save(
        vault,
        "people",
        {
            "id": "p1",
            "name": "Zoë Ćwik",
            "role": "social_worker",
            "started_role": "2026-03-02",
            "newly_qualified": True,
            "supervision_standard": "lga_newly_qualified",
        },
    )
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-09", "minutes": 60})
    path = vault.path
    vault.close()
    clock.set_today(dt.date(2026, 3, 17))  # due 16 March: one day late
    try:
        window = open_window(qtbot, controller, path)
        window.people.select_person("p1")
        shown = window.people.ui.nextDue.text()
    finally:
        clock.set_today(None)
    assert shown == (
        "Next supervision due 16 Mar 2026 (weekly for the first 6 weeks) — overdue by 1 day"
    )
    assert shown.count("(") == 1


def test_a_gap_one_day_late_says_one_day():
    gap = Gap(session=None, due=dt.date(2026, 3, 16), late_days=1, missed=0)
    assert gap.verdict == "late by 1 day"
