"""Figures a manager can file, counted by hand: history before the vault, planned sessions,
BACP by the calendar month, group sessions, newly qualified periods, agreements, ASYE
reviews and the vault's own policy."""

from __future__ import annotations

import datetime as dt

from supervision_desk.core import asye, clock, policy, repos, sessions, team, tracker

D = dt.date.fromisoformat


def person(**kw):
    base = {
        "id": "p1",
        "name": "Sam",
        "role": "social_worker",
        "fte": 1.0,
        "started_role": "2021-09-06",
        "newly_qualified": False,
        "supervision_standard": "lga_monthly",
        "archived": False,
        "records_from": None,
        "last_supervision_before": None,
        "newly_qualified_until": None,
    }
    return base | kw


def session(date, minutes=90, kind="one_to_one", status="held", **kw):
    return {
        "id": f"s-{date}-{minutes}-{kind}",
        "person": "p1",
        "date": date,
        "minutes": minutes,
        "kind": kind,
        "status": status,
        "attendees": [],
        "group_size": None,
    } | kw


def test_five_years_of_service_and_a_record_from_last_month():
    """Added today after five years in post; the first session here was last month."""
    worker = person(started_role="2021-09-06")
    history = [session("2026-10-30")]
    today = D("2026-11-23")
    found = tracker.standing(worker, history, today)
    assert found.due == D("2026-11-30")  # a calendar month after 30 October
    assert (found.overdue_days, found.status) == (0, "due soon")
    # The summary judges nothing before the record: not "late by 1,800 days, 60 missed".
    gaps = tracker.compliance(worker, history, D("2025-12-01"), D("2026-11-23"), today)
    assert gaps == []
    assert tracker.tally(gaps) == (0, 0, 0)


def test_the_last_supervision_before_the_record_anchors_the_schedule():
    worker = person(records_from="2026-01-05", last_supervision_before="2025-12-15")
    history = [session("2026-02-10")]
    # 15 Dec -> due 15 Jan; the 10 Feb session is 26 days late and nothing was missed.
    gaps = tracker.compliance(worker, history, D("2026-01-01"), D("2026-02-28"), D("2026-02-28"))
    assert [g.verdict for g in gaps] == ["late by 26 days"]
    # Long before the record began: the first due date is the record's first day.
    early = person(records_from="2026-01-05", last_supervision_before="2024-03-01")
    found = tracker.standing(early, [], D("2026-01-20"))
    assert (found.due, found.overdue_days) == (D("2026-01-05"), 15)


def test_a_planned_session_that_is_never_held_counts_for_nothing():
    history = [session("2026-03-02"), session("2026-04-01", status="planned")]
    today = D("2026-04-20")
    got = tracker.received(history, D("2026-03-01"), D("2026-04-30"), today)
    assert got.minutes == 90
    found = tracker.standing(person(), history, today)
    assert found.last["date"] == "2026-03-02"
    assert (found.due, found.overdue_days) == (D("2026-04-02"), 18)


def test_bacp_counts_the_calendar_month_with_group_time_weighted():
    bacp = person(role="other", supervision_standard="bacp_monthly", records_from="2026-03-01")
    history = [
        # March: two 45-minute sessions and a group of six (120 / 6 = 20): 110 minutes, met.
        session("2026-03-03", 45),
        session("2026-03-17", 45),
        session("2026-03-24", 120, "group", group_size=6),
        # April: a group of four, 90 minutes, counts half (45) and one 30-minute session: 75.
        session("2026-04-07", 90, "reflective_group", group_size=4),
        session("2026-04-21", 30, "ad_hoc"),
        # May: 45 minutes so far.
        session("2026-05-05", 45),
    ]
    months = tracker.bacp_months(bacp, history, D("2026-03-01"), D("2026-05-31"), D("2026-05-10"))
    # Held beside counted; May is not over, so it is not judged yet.
    assert [(m.first.month, m.held, m.minutes, m.status) for m in months] == [
        (3, 210, 110, "met"),
        (4, 120, 75, "short"),
        (5, 45, 45, "unfinished"),
    ]
    found = tracker.standing(bacp, history, D("2026-05-10"))
    assert found.short_sessions == []  # no per-session "short" flag under BACP
    assert found.month_minutes == 45 and found.due == D("2026-05-31")
    # April fell short: a month cannot be made up, so it is missed, not "overdue 10 days".
    assert found.overdue_days == 0 and found.status == "on time"
    assert (found.missed_month.first, found.missed_month.minutes) == (D("2026-04-01"), 75)
    assert (
        tracker.compliance(bacp, history, D("2026-03-01"), D("2026-05-31"), D("2026-05-10")) == []
    )


def test_the_lga_rule_keeps_its_ninety_minutes_a_session():
    lga = person(records_from="2026-03-01")
    found = tracker.standing(lga, [session("2026-03-03", 45)], D("2026-03-20"))
    assert [s["date"] for s in found.short_sessions] == ["2026-03-03"]


def test_newly_qualified_ends_after_twelve_months_and_reviews_fall_at_3_6_12():
    nq = person(newly_qualified=True, started_role="2026-02-02")
    assert tracker.newly_qualified_until(nq) == D("2027-02-02")
    assert tracker.capacity(nq, when=D("2027-02-01")) == 90
    assert tracker.capacity(nq, when=D("2027-02-02")) == 100
    assert [(v.months, v.due) for v in asye.judge(nq, [], [], D("2026-03-01"))] == [
        (3, D("2026-05-02")),
        (6, D("2026-08-02")),
        (12, D("2027-02-02")),
    ]
    early = person(newly_qualified=True, newly_qualified_until="2026-10-01")
    assert tracker.capacity(early, when=D("2026-10-01")) == 100
    # A review due within the fortnight is named as coming up (the Tracker's ASYE flags).
    today = D("2026-04-25")
    coming = asye.summary_flags(nq, [], [], tracker.window_start(today), today, today)
    assert coming == ["3-month ASYE review due 2 May 2026"]


def test_the_agreement_sets_the_rhythm_and_its_review_is_flagged():
    agreed = person(supervision_standard="agreement", records_from="2026-01-05")
    agreements = [
        {
            "id": "ag1",
            "agreed": "2026-01-05",
            "review": "2026-03-01",
            "frequency_days": 28,
            "minutes": 60,
        },
    ]
    history = [session("2026-02-02", 60)]
    found = tracker.standing(agreed, history, D("2026-03-10"), agreements=agreements)
    assert found.due == D("2026-03-02") and found.overdue_days == 8
    assert found.short_sessions == []  # 60 minutes is what was agreed
    row = tracker.row(agreed, [], history, [], [], D("2026-03-10"), agreements=agreements)
    assert "agreement review overdue" in row.flags


def test_a_group_session_counts_for_each_attendee_and_the_policy_sets_capacity(vault):
    for pid, name in (("p1", "Sam"), ("p2", "Jo")):
        repos.save(
            vault,
            "people",
            {"id": pid, "name": name, "role": "social_worker", "records_from": "2026-03-01"},
        )
    repos.save(
        vault,
        "sessions",
        {
            "id": "g1",
            "person": None,
            "attendees": ["p1", "p2"],
            "group_size": 5,
            "date": "2026-03-10",
            "minutes": 120,
            "kind": "reflective_group",
        },
    )
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-1",
            "weight": 8,
            "allocated": "2026-03-01",
            "allocation_rationale": "x",
        },
    )
    policy.save(vault, {"points_per_fte": 80})
    rows = {r.person["id"]: r for r in team.rows(vault, D("2026-03-20"))}
    assert rows["p1"].minutes_28 == rows["p2"].minutes_28 == 120
    assert rows["p1"].capacity == 80 and rows["p1"].capacity_share == 0.1
    assert [s["id"] for s in sessions.for_person(vault, "p2")] == ["g1"]


def test_a_team_entered_from_scratch_shows_nobody_overdue(vault):
    """People added today (records start today) with years of service and no sessions yet."""
    try:
        clock.set_today(D("2026-11-23"))
        for n, started in enumerate(("2014-04-01", "2019-09-02", "2026-11-02")):
            repos.save(
                vault,
                "people",
                {
                    "id": f"p{n}",
                    "name": f"P{n}",
                    "role": "social_worker",
                    "started_role": started,
                    "records_from": "2026-11-23",
                },
            )
        found = team.rows(vault, clock.today())
        assert [r.standing.overdue_days for r in found] == [0, 0, 0]
        assert all(r.standing.due == D("2026-12-23") for r in found)
    finally:
        clock.set_today(None)


def test_new_records_are_planned_until_written_and_the_next_date_goes_in_the_diary(vault):
    repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "social_worker"})
    try:
        clock.set_today(D("2026-03-09"))
        record = sessions.new_session(vault, "p1")
        assert record["status"] == "planned"
        saved = sessions.save_record(vault, {**record, "next_date": "2026-04-06"})
        assert saved["status"] == "planned"  # nothing written yet: not supervision received
        saved = sessions.save_record(vault, {**saved, "attunement": "Tired."})
        assert saved["status"] == "held"
        diary = [(s["date"], s["status"]) for s in sessions.for_person(vault, "p1")]
        assert diary == [("2026-04-06", "planned"), ("2026-03-09", "held")]
        sessions.save_record(vault, saved)  # saving again adds no second planned session
        assert len(sessions.for_person(vault, "p1")) == 2
    finally:
        clock.set_today(None)
