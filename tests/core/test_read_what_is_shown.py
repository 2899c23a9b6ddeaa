"""The reads behind the app's lists: a page at a time, only what is shown, and each one the
same as reading everything at once."""

from __future__ import annotations

import threading

import pytest

from supervision_desk.core import repos, search, sessions, team
from tests import team_of_six


def _journal(vault, count: int) -> None:
    with vault.write():
        for n in range(count):
            # Three entries a day: the order among them is the order they were written.
            repos.save(
                vault,
                "journal",
                {"id": f"j{n:03d}", "date": f"2020-01-{1 + n // 3:02d}", "title": f"T{n}"},
            )


def test_the_journal_read_page_by_page_is_the_whole_journal(make_vault):
    vault = make_vault()
    _journal(vault, 40)
    whole = sessions.journal_list(vault)
    assert [e["title"] for e in whole[:4]] == ["T39", "T38", "T37", "T36"]
    pages, last = [], None
    while True:
        page = sessions.journal_list(vault, 7, after=last["at"] if last else None)
        pages += page
        if len(page) < 7:
            break
        last = page[-1]
    assert [e["id"] for e in pages] == [e["id"] for e in whole]
    assert sessions.journal_count(vault) == 40


def test_reading_down_to_an_older_entry(make_vault):
    vault = make_vault()
    _journal(vault, 40)
    first = sessions.journal_list(vault, 10)
    rest = sessions.journal_through(vault, "j004", after=first[-1]["at"])
    assert [e["title"] for e in first + rest] == [f"T{n}" for n in range(39, 3, -1)]
    assert sessions.journal_through(vault, "j035", after=first[-1]["at"]) == []  # above it
    assert sessions.journal_through(vault, "j-none") == []


def test_the_newest_sessions_leave_out_archived_ones(make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
    for n in range(30):
        repos.save(
            vault,
            "sessions",
            {
                "id": f"s{n:02d}",
                "person": "p1",
                "date": f"2025-{1 + n % 12:02d}-01",
                "minutes": 60,
                "archived": n % 2 == 1,
            },
        )
    found = sessions.recent_list(vault, 5)
    kept = sorted(
        (s for s in repos.select(vault, "sessions", "archived = 0", order="rowid")),
        key=lambda s: s["date"],
        reverse=True,
    )
    # Newest first; on the same day the later-written first, as the list always showed.
    assert [s["id"] for s in found] == ["s22", "s10", "s20", "s08", "s18"]
    assert {s["id"] for s in found} <= {s["id"] for s in kept}
    assert len(sessions.recent_list(vault, 100)) == 15
    assert sessions.dates_of(vault, ["s03", "s00", "s03"]) == {
        "s03": "2025-04-01",
        "s00": "2025-01-01",
    }


def test_a_session_names_only_the_cases_it_discussed(make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
    for n in range(3):
        repos.save(
            vault,
            "cases",
            {
                "id": f"c{n}",
                "person": "p1",
                "reference": f"YP-{n}",
                "weight": 1,
                "allocated": "2025-01-01",
            },
        )
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2025-02-01", "minutes": 60})
    repos.save(vault, "case_discussions", {"session": "s1", "case": "c1", "decision": "Stay put."})
    assert sessions.case_references(vault, "s1") == {"c1": "YP-1"}


def test_the_team_table_worked_out_a_person_at_a_time_is_the_same(make_vault):
    vault = make_vault()
    team_of_six.build(vault)
    steps = list(team.rows_stepwise(vault, team_of_six.TODAY))
    assert steps[:-1] == [None] * 6  # one step a person
    whole = team.rows(vault, team_of_six.TODAY)
    assert [(r.person["id"], r.flags) for r in steps[-1]] == [
        (r.person["id"], r.flags) for r in whole
    ]


def test_a_search_can_be_stopped_and_changes_nothing(make_vault):
    vault = make_vault()
    with vault.write():
        for n in range(400):
            repos.save(
                vault, "journal", {"date": "2024-05-01", "body": f"Lantern walk number {n}."}
            )
    stop = threading.Event()
    assert search.search(vault.conn, "lantern", stop=stop).total == 400
    before = vault.conn.total_changes
    search._ranked.clear()  # not the ranking kept from the search above
    stop.set()
    with pytest.raises(search.Stopped):
        search.search(vault.conn, "lantern", stop=stop)
    assert vault.conn.total_changes == before
    # The connection is as it was: the next search runs to the end.
    assert search.search(vault.conn, "lantern walk").total == 400
