"""The CPD log: pieces made new, from a journal entry and from a supervision record; the
registration year and the renewal-window message; the text and the PDF hold only CPD."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from supervision_desk.core import clock, cpd, interchange, repos
from supervision_desk.core.errors import BadInput
from supervision_desk.core.pdf.practitioner import cpd_log

SECRET = "The journal line nobody else should read"


@pytest.fixture
def desk(make_vault):
    vault = make_vault(mode="practitioner", role="social_worker")
    repos.save(vault, "people", {"id": "me", "name": "Alex Morgan", "role": "social_worker"})
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "me",
            "reference": "YP-4471",
            "label": "J.B.",
            "weight": 3,
            "allocated": "2025-01-06",
        },
    )
    repos.save(
        vault,
        "sessions",
        {
            "id": "s1",
            "person": "me",
            "date": "2025-03-04",
            "minutes": 90,
            "agenda": "Case YP-4471: the move to the new placement",
            "analysis": "Worried J.B. is being groomed by the older lads near the station.",
            "learning": "I learnt to name the pull factors with J.B. before planning the move; "
            "for YP-4471 that changed the plan.",
            "confidential_note": "Sleeping badly since the review.",
        },
    )
    repos.save(
        vault,
        "journal",
        {
            "id": "j1",
            "date": "2025-02-10",
            "title": "Contextual safeguarding course",
            "body": "Mapping places, not only people.",
        },
    )
    repos.save(vault, "journal", {"id": "j2", "date": "2025-02-11", "body": SECRET})
    yield vault
    vault.close()


def test_a_piece_from_supervision_carries_its_learning_as_peer_reflection(desk):
    piece = cpd.from_session(desk, "s1", supervisor_role="first_line_manager")
    assert piece["session"] == "s1" and piece["type"] == "supervision"
    assert "name the pull factors" in piece["learning"]
    assert cpd.has_peer_reflection(piece)
    assert "first-line manager" in piece["peer_reflection"]
    everything = " ".join(str(v) for v in piece.values())
    # The learning names the young person; the piece never does, nor copies the rest.
    assert "J.B." not in everything and "YP-4471" not in everything
    assert "[a young person]" in piece["learning"]
    assert "groomed" not in everything and "Sleeping" not in everything


def test_a_session_without_learning_makes_nothing(desk):
    repos.save(desk, "sessions", {"id": "s2", "person": "me", "date": "2025-04-01", "minutes": 60})
    with pytest.raises(BadInput, match="learning section is empty"):
        cpd.from_session(desk, "s2")
    assert cpd.pieces(desk) == []


def test_a_piece_from_a_journal_entry_copies_that_entry_only(desk):
    piece = cpd.from_journal(desk, "j1")
    assert piece["description"] == "Contextual safeguarding course"
    assert piece["learning"] == "Mapping places, not only people."
    assert piece["session"] is None and not cpd.has_peer_reflection(piece)


def test_the_registration_year_runs_december_to_november():
    assert cpd.registration_year(dt.date(2024, 12, 1)) == 2025
    assert cpd.registration_year(dt.date(2025, 11, 30)) == 2025
    assert cpd.year_bounds(2025) == (dt.date(2024, 12, 1), dt.date(2025, 11, 30))


def test_pieces_fall_into_their_registration_year(desk):
    cpd.new(desk, dt.date(2024, 11, 30), description="last year's")
    cpd.new(desk, dt.date(2024, 12, 1), description="this year's")
    assert [p["description"] for p in cpd.pieces(desk, 2025)] == ["this year's"]
    assert [p["description"] for p in cpd.pieces(desk, 2024)] == ["last year's"]


def _done():
    return {"description": "A course on exploitation", "learning": "Mapping", "impact": "Safer"}


def test_the_renewal_message_with_one_piece_and_with_two(desk):
    in_window = dt.date(2025, 9, 15)
    cpd.new(desk, dt.date(2025, 2, 1), type="course", **_done())
    one = cpd.standing(desk, in_window)
    assert (one.year, one.ready, one.peer, one.in_window) == (2025, 1, 0, True)
    assert one.message.startswith("Renewal is open until 30 November 2025: 1 piece of CPD ready")
    assert "none yet with peer reflection" in one.message and "you need 2" in one.message
    assert not one.enough

    piece = cpd.from_session(desk, "s1", "first_line_manager")
    cpd.save(desk, {**piece, "impact": "I plan moves with the young person's pulls in view."})
    two = cpd.standing(desk, in_window)
    assert (two.ready, two.peer) == (2, 1) and two.enough
    assert "2 pieces of CPD ready, 1 with peer reflection; ready to renew." in two.message

    before = cpd.standing(desk, dt.date(2025, 5, 1))
    assert not before.in_window and "Renewal opens on 1 September 2025" in before.message


def test_an_unfinished_piece_is_counted_apart(desk):
    cpd.new(desk, dt.date(2025, 2, 1), description="Half written")
    state = cpd.standing(desk, dt.date(2025, 10, 1))
    assert state.ready == 0 and "1 more still to finish" in state.message


def test_each_field_is_ready_to_paste(desk):
    piece = cpd.new(desk, dt.date(2025, 2, 3), type="reading", **_done())
    fields = dict(cpd.form_fields(piece))
    assert fields["Type of CPD"] == "Reading"
    assert fields["Date"] == "3 February 2025"
    assert fields["What I learnt"] == "Mapping"


def test_text_and_pdf_hold_nothing_from_other_journal_entries(desk):
    clock.set_today(dt.date(2025, 10, 1))
    try:
        cpd.from_journal(desk, "j1")
        cpd.from_session(desk, "s1", "first_line_manager")
        found = cpd.pieces(desk, 2025)
        words = cpd.as_text(found, 2025)
        reader = PdfReader(io.BytesIO(cpd_log(desk, 2025)))
        pdf_text = "\n".join(page.extract_text() for page in reader.pages)
    finally:
        clock.set_today(None)
    for shown in (words, pdf_text):
        assert "Mapping places" in shown and "pull factors" in shown
        assert SECRET not in shown
        assert "groomed" not in shown and "J.B." not in shown and "YP-4471" not in shown
    assert "Piece 2" in words and "peer reflection" in words
    assert "CPD log: year ending 30 November 2025" in pdf_text
    assert "1 December 2024 to 30 November 2025" in pdf_text


def test_cpd_travels_in_the_interchange_only_with_the_private_records(desk):
    piece = cpd.from_session(desk, "s1")
    assert set(piece) == {
        "id",
        "date",
        "type",
        "description",
        "learning",
        "impact",
        "peer_reflection",
        "session",
    }
    with_private = interchange.export(desk)
    without = interchange.export(desk, include_journal=False)
    assert "cpd" not in without and "journal" not in without
    # A kind introduced in version 3 waits for the format that carries it.
    if interchange.VERSIONS[interchange.FORMAT] >= 3:
        assert with_private["cpd"] == [piece]
        again = interchange.parse(json.dumps(with_private))
        assert again["cpd"] == [piece]
    else:
        assert "cpd" not in with_private
        interchange.parse(json.dumps(with_private))  # still a valid file
