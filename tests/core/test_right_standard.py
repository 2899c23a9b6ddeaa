"""Each person judged by the standard that is theirs, counted by hand: registration apart from
role, the ASYE for social workers only, BACP calendar months (short, not counted, partial,
unfinished, peer groups), the six-month switch, and the gaps that used to stay quiet."""

from __future__ import annotations

import datetime as dt

from supervision_desk.core import asye, labels, policy, schedule, tracker

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
        "tags": [],
    } | kw


def row(who, history, today, agreements=(), settings=tracker.DEFAULTS):
    return tracker.row(who, [], history, [], [], today, settings, list(agreements))


def test_a_team_manager_who_is_a_registered_social_worker_gets_standard_5():
    rules = policy.Policy()
    assert rules.standard_for("first_line_manager") == "custom:31:60"  # not registered
    assert rules.standard_for("first_line_manager", registered=True) == "lga_monthly"
    assert rules.standard_for("social_worker") == "lga_monthly"
    manager = person(role="first_line_manager", registered_social_worker=True)
    assert tracker.registered(manager) and tracker.registered(person())
    assert not tracker.registered(person(role="youth_worker"))
    # Someone in a social work role whose registration has lapsed is recorded as such.
    assert not tracker.registered(person(registered_social_worker=False))
    # The app's own rhythm for other professions says it is a local default.
    assert labels.standard(rules.standard_for("youth_worker")).endswith("(local default)")
    assert policy.cited("lga_monthly") and not policy.cited("custom:31:60")


def test_a_newly_qualified_youth_worker_gets_no_asye_share_or_reviews():
    youth = person(
        role="youth_worker",
        newly_qualified=True,
        started_role="2026-01-05",
        supervision_standard="lga_newly_qualified",
    )
    assert tracker.capacity(youth, when=D("2026-03-01")) == 100  # not the ASYE's 90
    assert asye.judge(youth, [], [], D("2026-03-01")) == []
    # The weekly-then-fortnightly rhythm is Standard 5's for social workers: monthly here.
    assert schedule.interval_after(youth, D("2026-01-12")) == ("monthly", D("2026-02-12"))
    # A service may extend the share to everyone newly qualified: a local choice.
    local = tracker.Settings(newly_qualified_share_for_all=True)
    assert tracker.capacity(youth, local, D("2026-03-01")) == 90
    social = person(newly_qualified=True, started_role="2026-01-05")
    assert tracker.capacity(social, when=D("2026-03-01")) == 90
    assert [v.due for v in asye.judge(social, [], [], D("2026-03-01"))] == [
        D("2026-04-05"),
        D("2026-07-05"),
        D("2027-01-05"),
    ]


def test_at_six_months_the_next_session_is_judged_monthly():
    nq = person(
        newly_qualified=True,
        started_role="2026-01-05",
        supervision_standard="lga_newly_qualified",
        records_from="2026-06-01",
        last_supervision_before="2026-05-30",
    )
    # Six months is 5 July. After 28 June a fortnight would end 12 July, past six months:
    # the monthly rule is in force, so due 28 July; 4 August is late by 7 days, not 23.
    history = [session("2026-06-13"), session("2026-06-28"), session("2026-08-04")]
    gaps = tracker.compliance(nq, history, D("2026-06-01"), D("2026-08-31"), D("2026-08-31"))
    late = {g.session["date"]: g.late_days for g in gaps if g.session}
    assert late["2026-08-04"] == 7
    assert late["2026-06-28"] == 1  # fortnightly: 13 June + 14 days = 27 June


def test_a_bacp_short_month_is_missed_not_overdue_and_a_leave_month_is_not_counted():
    counsellor = person(
        role="health",
        supervision_standard="bacp_monthly",
        records_from="2026-09-14",  # a partial first month
        months_not_counted=[{"month": "2026-12", "note": "annual leave, no clients"}],
    )
    history = [
        session("2026-09-20", 60),
        session("2026-10-06", 60),  # October: 60 of 90, short
        session("2026-11-03", 60),
        session("2026-11-17", 120, "group", group_size=6),  # 120 / 6 = 20 counted
        session("2026-11-24", 60, "peer_group", group_size=4),  # four members: half, 30
        session("2027-01-12", 60),  # January: 60 so far, the month is not over
    ]
    today = D("2027-01-20")
    months = tracker.bacp_months(counsellor, history, D("2026-09-01"), today, today)
    assert [(m.first.strftime("%Y-%m"), m.held, m.minutes, m.status) for m in months] == [
        ("2026-09", 60, 60, "partial"),
        ("2026-10", 60, 60, "short"),
        ("2026-11", 240, 110, "met"),
        ("2026-12", 0, 0, "not counted"),
        ("2027-01", 60, 60, "unfinished"),
    ]
    assert months[3].note == "annual leave, no clients"
    assert sum(m.met for m in months) == 1 and sum(m.judged for m in months) == 2
    found = tracker.standing(counsellor, history, today)
    assert found.overdue_days == 0 and found.missed_month is None  # December: not counted
    # In November the short October shows as missed, with its count, and nothing overdue.
    november = row(counsellor, history[:3], D("2026-11-05"))
    assert november.standing.overdue_days == 0
    assert november.standing.due == D("2026-11-30")
    assert "October missed: 60 of 90 min" in november.flags
    assert not any(f.startswith("overdue") for f in november.flags)


def test_a_peer_group_counts_every_member():
    # A peer group of five: every member counts, so 100 minutes is 20 each; a facilitated
    # group with four supervisees (the facilitator left out) counts half.
    assert tracker.bacp_minutes(session("2026-03-03", 100, "peer_group", group_size=5)) == 20
    assert tracker.bacp_minutes(session("2026-03-03", 100, "group", group_size=4)) == 50


def test_quiet_gaps_are_flagged():
    today = D("2026-05-20")
    nobody = person(records_from="2026-05-18")
    assert "no supervision recorded" in row(nobody, [], today).flags
    # An agreement's review date is watched whatever standard the person is judged by.
    agreement = {
        "id": "ag1",
        "person": "p1",
        "agreed": "2025-05-01",
        "review": "2026-05-01",
        "frequency_days": 28,
        "minutes": 90,
    }
    with_agreement = row(person(), [session("2026-05-10")], today, [agreement])
    assert "agreement review overdue" in with_agreement.flags
    # A planned session whose date has passed asks whether it was held.
    planned = row(person(), [session("2026-05-10"), session("2026-05-15", status="planned")], today)
    assert "planned 15 May 2026: was it held?" in planned.flags
    # A newly qualified social worker's 3-month review (5 April) never held is flagged. The
    # row's own records carry no tags: the Tracker judges the reviews over its window with
    # the summaries' rule (asye.summary_flags), a tagged session answering one.
    nq = person(newly_qualified=True, started_role="2026-01-05", records_from="2026-01-05")
    history = [session("2026-05-12")]
    since = tracker.window_start(today)

    def reviews(sessions):
        return asye.summary_flags(nq, sessions, [], since, today, today)

    assert reviews(history) == ["3-month ASYE review not held (due 5 Apr 2026)"]
    assert reviews([*history, session("2026-04-09", tags=["ASYE review"])]) == []


def test_every_month_carries_its_capacity_and_the_agreements_minimum():
    part_time = person(supervision_standard="agreement", fte=0.5, records_from="2026-01-01")
    agreement = {
        "id": "ag1",
        "person": "p1",
        "agreed": "2026-01-01",
        "review": None,
        "frequency_days": 21,
        "minutes": 90,
    }
    settings = tracker.Settings(points_per_fte=50)
    found = row(part_time, [session("2026-03-02")], D("2026-03-20"), [agreement], settings)
    last = found.months[-1]
    assert last.capacity == 25  # 50 points a full-time worker x 0.5
    # Every 21 days, 90 minutes: 90 x 30.44 / 21 = 130.5 minutes a month, not 91.
    assert round(last.minimum, 1) == 130.5
