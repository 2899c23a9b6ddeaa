"""Group supervision recorded as a group: its facilitator, format and presenter, each
attendee's own agreement and wellbeing; a person's summary shows only that they attended."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess

import pytest
from pypdf import PdfReader

from supervision_desk.core import chain, pdf, repos, tracker, wellbeing
from supervision_desk.core.errors import ValidationError
from tests import tools

NOTES = "GROUP-NOTES about the young people presented"


def _pdftotext(data: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        [tools.tool("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return re.sub(r"\s+", " ", done.stdout)


def _pypdf(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def team(vault):
    for pid, name in (("p1", "Sam Reid"), ("p2", "Jo Okafor"), ("p3", "Lee Chan")):
        repos.save(vault, "people", {"id": pid, "name": name, "role": "social_worker"})
    repos.save(
        vault,
        "sessions",
        {
            "id": "g1",
            "attendees": ["p1", "p2", "p3"],
            "kind": "group",
            "date": "2026-03-03",
            "minutes": 120,
            "agenda": NOTES,
            "tags": ["exploitation"],
            "facilitator": "Dana Hughes",
            "group_format": "reflective_team",
            "presenter": "p2",
            "wellbeing": 5,  # one score for the whole group, as version 2 allowed
            "agreed_by_supervisor": "2026-03-03",
            "attendance": [
                {"person": "p2", "agreed": "2026-03-05"},
                {"person": "p1", "agreed": "2026-03-04", "wellbeing": 7},
            ],
        },
    )
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-10", "minutes": 90})
    return vault


def test_the_group_record_names_its_facilitator_and_each_attendees_agreement(team, tmp_path):
    stored = repos.get(team, "sessions", "g1")
    # Each attendee's own agreement, kept in the order the attendees are listed.
    assert stored["attendance"] == [
        {"person": "p1", "agreed": "2026-03-04", "wellbeing": 7},
        {"person": "p2", "agreed": "2026-03-05", "wellbeing": None},
    ]
    data = pdf.session_record(team, "g1", today=dt.date(2026, 3, 20))
    laid_out = _pdftotext(data, tmp_path)  # the agreement boxes read two to a row
    assert "Facilitator Supervisee" in laid_out
    assert "Name: Dana Hughes Name: Sam Reid (Social worker)" in laid_out
    assert "Agreed on: 2026-03-03 Agreed on: 2026-03-04" in laid_out
    assert "Name: Jo Okafor (Social worker) Name: Lee Chan (Social worker)" in laid_out
    assert "Agreed on: 2026-03-05 Agreed on: not yet agreed" in laid_out
    for text in (laid_out, _pypdf(data)):
        assert "Supervisees Sam Reid, Jo Okafor, Lee Chan" in text
        assert "Facilitator Dana Hughes" in text and "Format Reflective team" in text
        assert "Presenter Jo Okafor" in text
        assert "reflective_team" not in text


def test_a_group_from_before_version_3_is_run_by_the_vaults_owner(team, tmp_path):
    repos.save(
        team,
        "sessions",
        {
            "id": "g0",
            "attendees": ["p1", "p3"],
            "kind": "group",
            "date": "2026-02-03",
            "minutes": 60,
        },
    )
    text = _pypdf(pdf.session_record(team, "g0"))
    assert "Facilitator Alex Morgan" in text and "Name: Alex Morgan" in text


def test_a_persons_summary_shows_only_that_they_attended(team, tmp_path):
    data = pdf.person_summary(
        team,
        "p1",
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 20),
        appendix=True,
        today=dt.date(2026, 3, 20),
    )
    for text in (_pdftotext(data, tmp_path), _pypdf(data)):
        assert "Group supervision attended" in text
        assert "3 Mar 2026 Reflective team: exploitation" in text
        assert "Jo Okafor" not in text and "Lee Chan" not in text and "Dana Hughes" not in text
        assert "GROUP-NOTES" not in text
        assert "Session 2026-03-10" in text  # their own one-to-one is in the appendix


def test_attendance_names_only_attendees_and_the_presenter_is_one(team):
    group = repos.get(team, "sessions", "g1")
    with pytest.raises(ValidationError, match="not among the attendees"):
        repos.save(
            team,
            "sessions",
            {**group, "attendance": [{"person": "p9", "agreed": None, "wellbeing": 3}]},
        )
    with pytest.raises(ValidationError, match="one of the group's attendees"):
        repos.save(team, "sessions", {**group, "attendees": ["p1", "p3"], "attendance": []})
    with pytest.raises(ValidationError):
        repos.save(team, "sessions", {**group, "attendance": [{"person": "p1", "wellbeing": 11}]})


def test_bacp_peer_groups_count_every_member():
    # A peer group has no facilitator outside it: every member is counted.
    five = {"kind": "group", "person": None, "minutes": 150, "group_size": 5, "attendees": ["me"]}
    assert tracker.bacp_minutes(five) == 30
    four = {**five, "group_size": 4}
    assert tracker.bacp_minutes(four) == 75
    # Without a size, the listed attendees are the members.
    listed = {**five, "group_size": None, "attendees": ["a", "b", "c", "d", "e", "f"]}
    assert tracker.bacp_minutes(listed) == 25


def test_the_group_record_prints_no_wellbeing_score(team, tmp_path):
    # Wellbeing is personal: not the group's one score, and no attendee's own.
    data = pdf.session_record(team, "g1", today=dt.date(2026, 3, 20))
    for text in (_pdftotext(data, tmp_path), _pypdf(data)):
        assert "Functions covered" in text
        assert "Wellbeing" not in text and "of 10" not in text
    assert chain.snapshot(team, "g1")["session"]["wellbeing"] is None
    # A one-to-one keeps its check-in on its record.
    repos.save(team, "sessions", {**repos.get(team, "sessions", "s1"), "wellbeing": 6})
    assert "Wellbeing check-in 6 of 10" in _pypdf(pdf.session_record(team, "s1"))


def test_a_sealed_group_record_shows_each_attendees_own_agreement_date(team, tmp_path):
    group = repos.get(team, "sessions", "g1")
    repos.save(team, "sessions", {**group, "agreed_by_supervisee": "2026-03-06"})
    chain.seal(team, "g1")
    data = pdf.session_record(team, "g1", today=dt.date(2026, 3, 20))
    laid_out = _pdftotext(data, tmp_path)
    assert "Version 1" in laid_out and "Agreement recorded by the supervisor" in laid_out
    # Sam and Jo on the days they agreed; Lee, who has no day of their own, on the group's.
    assert "Agreed on: 2026-03-03 Agreed on: 2026-03-04" in laid_out
    assert "Agreed on: 2026-03-05 Agreed on: 2026-03-06" in laid_out
    assert "of 10" not in laid_out
    # Lee's own summary says the same.
    assert "Reflective team: exploitation 6 Mar 2026" in _pdftotext(_summary(team, "p3"), tmp_path)


def _summary(vault, person_id):
    return pdf.person_summary(
        vault, person_id, dt.date(2026, 1, 1), dt.date(2026, 3, 20), today=dt.date(2026, 3, 20)
    )


def test_each_attendees_summary_holds_their_own_wellbeing_and_agreement(team, tmp_path):
    names = {"p1": "Sam Reid", "p2": "Jo Okafor", "p3": "Lee Chan"}
    sam, jo, lee = (_summary(team, p) for p in ("p1", "p2", "p3"))
    sam_text = _pdftotext(sam, tmp_path)
    assert "3 Mar 2026 Reflective team: exploitation 4 Mar 2026 7 of 10" in sam_text
    jo_text = _pdftotext(jo, tmp_path)
    assert "3 Mar 2026 Reflective team: exploitation 5 Mar 2026 Not recorded" in jo_text
    lee_text = _pdftotext(lee, tmp_path)
    assert "3 Mar 2026 Reflective team: exploitation Not yet Not recorded" in lee_text
    for person, text in (("p1", sam_text), ("p2", jo_text), ("p3", lee_text)):
        others = [name for pid, name in names.items() if pid != person]
        assert not [name for name in others if name in text], person
        assert "5 of 10" not in text  # never the group's one score
    assert "7 of 10" not in jo_text and "7 of 10" not in lee_text


def test_an_attendees_wellbeing_trend_reads_their_own_check_in(team):
    sessions = repos.select(team, "sessions")
    assert wellbeing.series(sessions, "p1") == [("2026-03-03", 7)]
    assert wellbeing.series(sessions, "p2") == []


def test_a_check_in_cleared_from_the_attendance_is_cleared(team):
    group = repos.get(team, "sessions", "g1")
    repos.save(
        team, "sessions", {**group, "attendance": [{"person": "p2", "agreed": "2026-03-05"}]}
    )
    # Sam's check-in is gone; his agreement, once recorded, stays.
    assert repos.get(team, "sessions", "g1")["attendance"] == [
        {"person": "p1", "agreed": "2026-03-04", "wellbeing": None},
        {"person": "p2", "agreed": "2026-03-05", "wellbeing": None},
    ]
    # A record saved without naming its attendance leaves every attendee's as it was.
    repos.save(team, "sessions", {**group, "attendance": [{"person": "p1", "wellbeing": 2}]})
    bare = {k: v for k, v in repos.get(team, "sessions", "g1").items() if k != "attendance"}
    repos.save(team, "sessions", bare)
    assert repos.get(team, "sessions", "g1")["attendance"][0]["wellbeing"] == 2
