"""An archived record (agreed, then deleted) leaves every list, the search and the figures of
workload and supervision; a decision from it that is on a child's file, or due to go there,
stays on that case's extract, marked as coming from an archived record."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from supervision_desk.core import (
    casefile,
    cpd,
    quality,
    removal,
    repos,
    search,
    sessions,
    team,
    team_summary,
)

TODAY = dt.date(2026, 4, 20)


def _session(vault, sid, day, person="p1", **extra):
    return repos.save(
        vault,
        "sessions",
        {"id": sid, "person": person, "date": day, "minutes": 60, "status": "held", **extra},
    )


def _agree(vault, sid):
    record = repos.get(vault, "sessions", sid)
    sessions.save_record(
        vault,
        {**record, "agreed_by_supervisor": record["date"], "agreed_by_supervisee": record["date"]},
    )


@pytest.fixture
def desk(vault):
    """Sam, with three agreed records about case YP-014: one decision already copied to the
    child's file, one marked to go there, one for the supervision record only."""
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        vault,
        "cases",
        {"id": "c1", "person": "p1", "reference": "YP-014", "weight": 5, "allocated": "2026-01-05"},
    )
    plan = (
        ("s1", "2026-02-02", "Refer to the exploitation panel.", True, "2026-02-03"),
        ("s2", "2026-03-02", "Joint visit with the youth offending worker.", True, None),
        ("s3", "2026-03-30", "Talk it over again next month.", False, None),
    )
    for sid, day, decision, for_file, copied in plan:
        _session(vault, sid, day, learning=f"Learning from {day}.", attunement="Worried.")
        repos.save(vault, "actions", {"id": f"a-{sid}", "session": sid, "text": f"Do {sid}"})
        repos.save(
            vault,
            "case_discussions",
            {
                "id": f"d-{sid}",
                "session": sid,
                "case": "c1",
                "decision": decision,
                "for_case_file": for_file,
                "recorded_on_file": copied,
            },
        )
        _agree(vault, sid)
    return vault


def test_a_copied_or_due_decision_of_an_archived_record_stays_on_the_case_extract(desk):
    from supervision_desk.core import pdf

    for sid in ("s1", "s2", "s3"):
        removal.remove_session(desk, sid)
    found = casefile.for_case(desk, "YP-014")
    # Already on the child's file, and due there: kept. For the supervision only: gone.
    assert [d.discussion["id"] for d in found] == ["d-s1", "d-s2"]
    assert all(d.archived for d in found)
    text = casefile.as_text(found, "YP-014")
    assert text.count("From a supervision record since archived") == 2
    assert "Talk it over again" not in text
    # Still due: on the waiting list and counted on the tracker row, marked as archived.
    assert [d.discussion["id"] for d in casefile.waiting(desk)] == ["d-s2"]
    assert [d.discussion["id"] for d in casefile.for_case(desk, "YP-014", not_copied=True)] == [
        "d-s2"
    ]
    data = pdf.case_extract(desk, "YP-014", today=TODAY)
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert words.count("since archived") == 2 and "Joint visit" in words
    assert "Talk it over again" not in words


def test_a_live_records_decision_says_nothing_of_archiving(desk):
    found = casefile.for_case(desk, "YP-014")
    assert len(found) == 3 and not any(d.archived for d in found)
    assert "archived" not in casefile.as_text(found, "YP-014")


def test_an_archived_record_leaves_the_lists_the_search_and_the_workload_figures(desk):
    before = next(r for r in team.rows(desk, TODAY) if r.person["id"] == "p1")
    assert before.standing.last["date"] == "2026-03-30"
    removal.remove_session(desk, "s3")
    assert [s["id"] for s in sessions.for_person(desk, "p1")] == ["s2", "s1"]
    assert "s3" not in [s["id"] for s in sessions.recent_sessions(desk)]
    row = next(r for r in team.rows(desk, TODAY) if r.person["id"] == "p1")
    assert row.standing.last["date"] == "2026-03-02"  # the archived one is not supervision had
    figures = team_summary.figures(desk, dt.date(2026, 1, 1), dt.date(2026, 4, 19), TODAY)
    assert figures.headline.minutes == 120 and figures.quality.records == 2
    assert quality.quality(desk, dt.date(2026, 1, 1), TODAY, {"p1"}).records == 2
    # Saving its action again (an import does) does not bring it back into the search.
    action = repos.get(desk, "actions", "a-s3")
    repos.save(desk, "actions", {**action, "text": "Do s3 quietly"})
    assert search.run(desk.conn, "quietly") == []
    assert search.run(desk.conn, "Do s2")  # a live record's action is still found


def test_cpd_offers_no_archived_record_and_a_piece_made_from_one_keeps_its_words(desk):
    piece = cpd.from_session(desk, "s3")
    removal.remove_session(desk, "s3")
    assert [s["id"] for s in cpd.sessions_with_learning(desk)] == ["s2", "s1"]
    assert repos.get(desk, "cpd", piece["id"])["learning"] == "Learning from 2026-03-30."


def test_someone_deleted_leaves_the_figures_but_someone_who_left_is_still_counted(desk):
    repos.save(desk, "people", {"id": "p2", "name": "Jo Patel", "role": "social_worker"})
    _session(desk, "j1", "2026-02-10", person="p2")
    removal.remove_person(desk, "p1")  # deleted: kept only for the agreed records
    person = repos.get(desk, "people", "p2")
    repos.save(desk, "people", {**person, "archived": True})  # Jo left the team
    assert sessions.deleted_person(desk, "p1") and not sessions.deleted_person(desk, "p2")
    figures = team_summary.figures(desk, dt.date(2026, 1, 1), dt.date(2026, 4, 19), TODAY)
    assert [p.left for p in figures.practitioners] == [True]  # Jo only, as a leaver
    assert figures.headline.minutes == 60
    shown = [r.person["id"] for r in team.rows(desk, TODAY, include_archived=True)]
    assert shown == ["p2"]
    # The child's file still gets the decisions of Sam's archived records.
    assert [d.discussion["id"] for d in casefile.for_case(desk, "YP-014")] == ["d-s1", "d-s2"]


def test_the_asye_years_own_records_are_not_touched_by_archiving(desk):
    from supervision_desk.core import asye

    person = repos.get(desk, "people", "p1")
    repos.save(
        desk,
        "people",
        {
            **person,
            "role": "social_worker",
            "newly_qualified": True,
            "started_role": "2025-11-03",
        },
    )
    asye.record_review(desk, "p1", 3, dt.date(2026, 2, 2), "on_track")
    removal.remove_session(desk, "s1")
    found = asye.progress(desk, "p1", TODAY)
    assert [r.held["held"] for r in found.reviews if r.held] == ["2026-02-02"]
