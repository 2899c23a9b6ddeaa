"""Records at the core boundary: validation, references, carried-forward actions, search."""

from __future__ import annotations

import pytest

from supervision_desk.core import repos, search, sessions
from supervision_desk.core.errors import NotFound, ValidationError


def _person(vault, pid="p1", **kw):
    return repos.save(
        vault, "people", {"id": pid, "name": "Sam Taylor", "role": "youth_worker", **kw}
    )


def _session(vault, sid, date=None, person="p1", **kw):
    record = {"id": sid, "person": person, "date": date, "minutes": 90, **kw}
    return repos.save(vault, "sessions", record)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("date", "2026-02-30", "must be a date"),
        ("date", "09/03/2026", "must be a date"),
        ("minutes", 0, "from 1 to 600"),
        ("minutes", 601, "from 1 to 600"),
        ("minutes", 90.5, "whole number"),
        ("wellbeing", 11, "from 0 to 10"),
        ("kind", "chat", "must be one of"),
        ("functions", ["support", "coffee"], "must be one of"),
        ("start", "9:00", "HH:MM"),
        ("colour", "blue", "not a known field"),
    ],
)
def test_bad_session_values_are_refused_with_the_field_named(vault, field, value, problem):
    _person(vault)
    with pytest.raises(ValidationError, match=problem) as caught:
        _session(vault, "s1", **{"date": "2026-03-09", field: value})
    assert caught.value.path.startswith(f"sessions.{field}")
    assert repos.select(vault, "sessions") == []


def test_people_ranges_and_standards(vault):
    with pytest.raises(ValidationError, match="more than 0"):
        _person(vault, fte=0)
    _person(vault, fte=1.5, supervision_standard="custom:28:60")
    with pytest.raises(ValidationError, match="custom:<days>:<minutes>"):
        _person(vault, "p2", supervision_standard="custom:0:60")
    assert repos.get(vault, "people", "p1")["fte"] == 1.5


def test_iso_weeks_know_which_years_have_53(vault):
    _person(vault)
    repos.save(vault, "time_logs", {"person": "p1", "week": "2026-W53", "hours_worked": 37.5})
    with pytest.raises(ValidationError, match="ISO week"):
        repos.save(vault, "time_logs", {"person": "p1", "week": "2025-W53"})


def test_a_reference_to_a_missing_record_is_refused_and_nothing_is_written(vault):
    with pytest.raises(ValidationError, match="does not exist"):
        _session(vault, "s1", "2026-03-09", person="nobody")
    assert repos.select(vault, "sessions") == []
    with pytest.raises(NotFound):
        repos.get(vault, "sessions", "s1")


def test_case_cannot_close_before_it_was_allocated(vault):
    _person(vault)
    with pytest.raises(ValidationError, match="before the date"):
        repos.save(
            vault,
            "cases",
            {
                "id": "c1",
                "person": "p1",
                "reference": "YP-1",
                "weight": 4,
                "allocated": "2026-03-01",
                "closed": "2026-02-01",
            },
        )


def test_open_actions_are_carried_into_the_next_session_and_closed_there(vault):
    _person(vault)
    _session(vault, "s1", "2026-03-02")
    repos.save(vault, "actions", {"id": "a1", "session": "s1", "text": "Book the joint visit"})
    repos.save(
        vault, "actions", {"id": "a2", "session": "s1", "text": "Read the plan", "status": "done"}
    )
    s2 = _session(vault, "s2", "2026-03-16")
    carried = sessions.carried_forward(vault, s2)
    assert [a["text"] for a in carried] == ["Book the joint visit"]

    sessions.close_action(vault, "a1", "s2")
    still = sessions.carried_forward(vault, s2)  # stays visible where it was closed
    assert [(a["id"], a["status"]) for a in still] == [("a1", "done")]
    s3 = _session(vault, "s3", "2026-03-30")
    assert sessions.carried_forward(vault, s3) == []
    assert [s["id"] for s in sessions.for_person(vault, "p1")] == ["s3", "s2", "s1"]


def test_deleting_a_session_removes_its_actions_and_its_search_rows(vault):
    _person(vault)
    _session(vault, "s1", "2026-03-02", analysis="peer group shifted after custody")
    repos.save(vault, "actions", {"id": "a1", "session": "s1", "text": "custody follow-up"})
    assert len(search.run(vault.conn, "custody")) == 2
    removed = repos.delete(vault, "sessions", "s1")
    assert removed["analysis"].startswith("peer group")
    assert search.run(vault.conn, "custody") == []
    assert repos.select(vault, "actions") == []


def test_search_ranks_and_marks_the_words_found(vault):
    _person(vault)
    _session(
        vault,
        "s1",
        "2026-03-02",
        analysis="Trust after custody; trust is fragile.",
        attunement="Tired and worried.",
    )
    _session(
        vault,
        "s2",
        "2026-03-09",
        agenda="Budget meeting mentions trust once among "
        "many other long words about rotas and allocations and leave",
    )
    repos.save(
        vault,
        "journal",
        {"id": "j1", "date": "2026-03-10", "title": "Café visit", "body": "Met at the café."},
    )
    hits = search.run(vault.conn, "trust")
    assert [(h.record, h.field) for h in hits] == [("s1", "analysis"), ("s2", "agenda")]
    assert f"{search.HIT_START}Trust{search.HIT_END}" in hits[0].snippet
    assert hits[0].date == "2026-03-02" and hits[0].title == "Sam Taylor"
    assert [h.record for h in search.run(vault.conn, "cafe")] == ["j1", "j1"]  # accents folded
    assert [h.field for h in search.run(vault.conn, "wor")] == ["attunement", "agenda"]


def test_each_kind_of_hit_on_a_page_says_where_it_was_found(vault):
    """One page holds hits of every kind; each names its own date and title."""
    _person(vault)
    _person(vault, "p2", name="Rhian Bowen")
    _session(vault, "s1", "2026-03-02", analysis="Lantern walk went well.")
    _session(
        vault,
        "g1",
        "2026-03-04",
        person=None,
        attendees=["p1", "p2"],
        kind="group",
        agenda="Lantern making together.",
    )
    repos.save(vault, "actions", {"id": "a1", "session": "s1", "text": "Book the lantern room"})
    repos.save(
        vault,
        "cases",
        {"id": "c1", "person": "p2", "reference": "YP-7", "weight": 3, "allocated": "2026-01-01"},
    )
    _session(vault, "s2", "2026-03-06", person="p2")
    repos.save(
        vault,
        "case_discussions",
        {"id": "d1", "session": "s2", "case": "c1", "decision": "Lantern group for YP-7."},
    )
    repos.save(
        vault,
        "journal",
        {"id": "j1", "date": "2026-03-08", "title": "After the walk", "body": "The lantern light."},
    )
    found = {h.record: (h.kind, h.date, h.title) for h in search.run(vault.conn, "lantern")}
    assert found == {
        "s1": ("sessions", "2026-03-02", "Sam Taylor"),
        "g1": ("sessions", "2026-03-04", ""),  # a group names no one person
        "a1": ("actions", "2026-03-02", "Book the lantern room"),
        "d1": ("case_discussions", "2026-03-06", "YP-7"),
        "j1": ("journal", "2026-03-08", "After the walk"),
    }


@pytest.mark.parametrize("query", ['"', "*", "AND", "NEAR(", "trust OR", "a:b", "'; --", "   "])
def test_search_treats_operators_as_plain_words(vault, query):
    _person(vault)
    _session(vault, "s1", "2026-03-02", analysis="trust")
    search.run(vault.conn, query)  # never raises


def test_removing_a_person_takes_everything_and_undo_puts_it_back(vault):
    from supervision_desk.core import interchange, removal

    _person(vault)
    _person(vault, "p2")
    _session(vault, "s1", "2026-03-02", analysis="words to find")
    _session(vault, "s2", "2026-03-09", person="p2")
    repos.save(vault, "actions", {"id": "a1", "session": "s1", "text": "visit"})
    repos.save(
        vault,
        "actions",
        {"id": "a2", "session": "s2", "text": "call", "status": "done", "closed_in_session": "s2"},
    )
    repos.save(
        vault,
        "cases",
        {"id": "c1", "person": "p1", "reference": "YP-1", "weight": 3, "allocated": "2026-01-01"},
    )
    repos.save(vault, "time_logs", {"person": "p1", "week": "2026-W10", "hours_worked": 40})
    repos.save(vault, "journal", {"id": "j1", "date": "2026-03-03", "session": "s1"})
    before = interchange.export(vault)

    bundle = removal.remove_person(vault, "p1")
    after = interchange.export(vault)
    assert [p["id"] for p in after["people"]] == ["p2"]
    assert after["cases"] == [] and after["time_logs"] == []
    assert [s["id"] for s in after["sessions"]] == ["s2"]
    assert after["journal"][0]["session"] is None  # the private entry itself is kept
    assert search.run(vault.conn, "words") == []

    removal.restore(vault, bundle)
    restored = interchange.export(vault)
    for kind in ("people", "cases", "sessions", "actions", "journal", "time_logs"):
        key = "week" if kind == "time_logs" else "id"
        assert sorted(restored[kind], key=lambda r: r[key]) == sorted(
            before[kind], key=lambda r: r[key]
        )
    assert len(search.run(vault.conn, "words")) == 1


def _rows(vault, record):
    return {
        r[0] for r in vault.conn.execute("SELECT id FROM search_rows WHERE record = ?", (record,))
    }


def test_an_edit_reindexes_only_the_chunk_that_changed(vault):
    _person(vault)
    text = " ".join(f"Sentence {n} about the visit." for n in range(40))
    _session(vault, "s1", "2026-03-02", analysis=text)
    before = _rows(vault, "s1")
    assert len(before) == 10  # four sentences a chunk
    edited = text.replace("Sentence 17 about", "Sentence 17 (kaleidoscope) about")
    _session(vault, "s1", "2026-03-02", analysis=edited)
    after = _rows(vault, "s1")
    assert len(before - after) == 1 and len(after - before) == 1
    hits = search.run(vault.conn, "kaleidoscope")
    assert [(h.record, h.field) for h in hits] == [("s1", "analysis")]
    assert "Sentence 17" in hits[0].snippet and "Sentence 3 " not in hits[0].snippet


def test_one_result_per_record_and_field(vault):
    _person(vault)
    _session(
        vault, "s1", "2026-03-02", analysis=" ".join("Trust again and again." for _ in range(30))
    )
    assert len(search.run(vault.conn, "trust")) == 1


def test_search_finds_every_match_in_the_whole_history_with_a_count_and_pages(vault):
    """Ranking covers every match, old and new: the count says how many records and fields
    matched, and paging through them shows each exactly once."""
    _person(vault)
    for n in range(130):
        date = f"20{10 + n // 12:02d}-{1 + n % 12:02d}-01"
        _session(vault, f"s{n:03d}", date, agenda=f"curfew {n}")
    first = search.search(vault.conn, "curfew")
    assert first.total == 130 and len(first.hits) == search.PAGE and first.more
    seen = [h.record for h in first.hits]
    page = first
    while page.more:
        page = search.search(vault.conn, "curfew", offset=page.offset + len(page.hits))
        assert page.total == 130
        seen += [h.record for h in page.hits]
    assert sorted(seen) == [f"s{n:03d}" for n in range(130)]  # every one, none twice
    assert not page.more and len(page.hits) == 130 - 2 * search.PAGE


def test_a_word_used_once_in_the_oldest_record_of_a_long_history_is_found(vault):
    _person(vault)
    _session(vault, "s000", "2012-01-05", analysis="Referral YP-04117 came from the school.")
    for n in range(1, 200):  # years of later sessions that all mention the commoner words
        _session(vault, f"s{n:03d}", "2013-01-01", analysis=f"Referral from the school, week {n}.")
    found = search.search(vault.conn, "YP-04117")
    assert found.total == 1 and [h.record for h in found.hits] == ["s000"]
    assert search.search(vault.conn, "referral school").total == 200


def test_a_change_to_the_vault_is_seen_by_the_next_page(vault):
    _person(vault)
    for n in range(60):
        _session(vault, f"s{n:02d}", "2026-01-01", agenda=f"curfew note {n}")
    assert search.search(vault.conn, "curfew").total == 60
    repos.delete(vault, "sessions", "s00")
    later = search.search(vault.conn, "curfew", offset=search.PAGE)
    assert later.total == 59 and len(later.hits) == 59 - search.PAGE


def test_saves_while_typing_are_searchable_once_the_index_catches_up(vault, vault_path):
    from supervision_desk.core.vault import Vault
    from tests.conftest import PASSPHRASE

    _person(vault)
    _session(vault, "s1", "2026-03-02", analysis="first words")
    repos.save(
        vault,
        "sessions",
        {**repos.get(vault, "sessions", "s1"), "analysis": "first words then marmalade"},
        index_now=False,
    )
    assert vault.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 1
    assert [h.record for h in search.run(vault.conn, "marmalade")] == ["s1"]  # caught up
    repos.save(
        vault,
        "sessions",
        {**repos.get(vault, "sessions", "s1"), "analysis": "now quince"},
        index_now=False,
    )
    vault.close()  # closing catches up too
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
        assert search.run(reopened.conn, "marmalade") == []
        assert [h.record for h in search.run(reopened.conn, "quince")] == ["s1"]


def test_a_replaced_section_leaves_the_index_a_few_chunks_at_a_time(vault, vault_path):
    """A whole section pasted over is re-indexed in short steps; between steps nothing is
    lost (a search finishes the work first) and a vault closed part way catches up later."""
    from supervision_desk.core.vault import Vault
    from tests.conftest import PASSPHRASE

    _person(vault)
    old = " ".join(f"Sentence {n} about the quince orchard." for n in range(40))
    _session(vault, "s1", "2026-03-02", analysis=old)
    new = " ".join(f"Line {n} about the marmalade shop." for n in range(40))
    repos.save(
        vault, "sessions", {**repos.get(vault, "sessions", "s1"), "analysis": new}, index_now=False
    )
    steps = 0
    while search.catch_up_step(vault.conn):
        steps += 1
        if steps == 2:  # part way: the old words are still indexed, the new not yet
            leftover = vault.conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
            assert leftover == 10 - 2 * search.STEP_ROWS
    assert steps == 10 // search.STEP_ROWS - 1
    assert search.search(vault.conn, "marmalade").total == 1
    assert search.search(vault.conn, "quince").total == 0

    repos.save(
        vault, "sessions", {**repos.get(vault, "sessions", "s1"), "analysis": old}, index_now=False
    )
    assert search.catch_up_step(vault.conn)  # one step taken, then the vault is closed
    vault.close()  # closing catches up the rest
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert search.search(reopened.conn, "quince").total == 1
        assert search.search(reopened.conn, "marmalade").total == 0
        rows = reopened.conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
        assert rows == 10 and not search.catch_up_step(reopened.conn)


def test_matches_that_rank_the_same_come_newest_first(vault):
    """Three sessions with the same words rank alike: the one written last leads, so a
    search for a young person's name starts with the latest meeting, not one years ago."""
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    for sid, date in (("s2021", "2021-12-01"), ("s2023", "2023-06-01"), ("s2025", "2025-02-01")):
        repos.save(
            vault,
            "sessions",
            {"id": sid, "person": "p1", "date": date, "minutes": 60, "analysis": "Riley again"},
        )
    found = search.search(vault.conn, "Riley")
    assert [h.record for h in found.hits] == ["s2025", "s2023", "s2021"]
