"""The team table reads only the cases and session fields its window needs, and shows
exactly what the full history would give: years of closed cases and old sessions change
nothing in a row."""

from __future__ import annotations

import datetime as dt
import random

from supervision_desk.core import repos, team, tracker

TODAY = dt.date(2026, 3, 20)


def _history(vault, years: int = 8) -> None:
    rng = random.Random(5)
    start = TODAY - dt.timedelta(days=365 * years)
    repos.save(
        vault,
        "people",
        {"id": "p1", "name": "Sam Taylor", "role": "social_worker", "started_role": "2015-01-05"},
    )
    for n in range(12 * years):
        date = start + dt.timedelta(days=30 * n + rng.randint(0, 9))
        repos.save(
            vault,
            "sessions",
            {
                "id": f"s{n:03d}",
                "person": "p1",
                "date": date.isoformat(),
                "minutes": rng.choice([45, 60, 90]),
                "kind": rng.choice(["one_to_one", "one_to_one", "ad_hoc"]),
                "functions": ["support"],
                "analysis": "notes " * 50,
            },
        )
    for c in range(40):
        allocated = start + dt.timedelta(days=rng.randint(0, 365 * years - 1))
        closed = allocated + dt.timedelta(days=rng.randint(20, 500))
        repos.save(
            vault,
            "cases",
            {
                "id": f"c{c:02d}",
                "person": "p1",
                "reference": f"YP-{c:03d}",
                "label": "A.B.",
                "weight": rng.randint(1, 10),
                "allocated": allocated.isoformat(),
                "closed": closed.isoformat() if closed < TODAY else None,
            },
        )


def test_a_row_from_the_window_equals_the_row_from_the_whole_history(vault):
    _history(vault)
    shown = team.rows(vault, TODAY)[0]
    everything = team.records_of(vault, "p1")  # every case and every session, with the notes
    assert len(everything.cases) == 40
    full = tracker.row(
        everything.person,
        everything.cases,
        everything.sessions,
        everything.logs,
        everything.concerns,
        TODAY,
        team.settings_of(vault),
        everything.agreements,
    )
    assert shown.caseload_today == full.caseload_today
    assert shown.open_cases == full.open_cases and shown.open_cases > 0
    assert shown.minutes_28 == full.minutes_28
    assert shown.trend == full.trend
    assert [(m.first, m.caseload, m.minutes) for m in shown.months] == [
        (m.first, m.caseload, m.minutes) for m in full.months
    ]
    assert any(m.minutes for m in shown.months) and any(m.caseload for m in shown.months)
    assert shown.standing.last["id"] == full.standing.last["id"]
    assert shown.standing.due == full.standing.due
    assert shown.flags == full.flags


def test_the_window_reaches_back_to_the_first_month_of_the_chart():
    since = tracker.window_start(TODAY)
    assert since <= dt.date(2025, 4, 1)
    old = {"closed": "2025-03-31"}
    running = {"closed": "2025-04-02"}
    assert tracker.recent_cases([old, running, {"closed": None}], since) == [
        running,
        {"closed": None},
    ]
