"""The tracker's arithmetic, checked against hand counts and edge cases, plus properties."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from supervision_desk.core import schedule, tracker

D = dt.date.fromisoformat


def person(**kw):
    base = {
        "id": "p1",
        "name": "Sam",
        "role": "social_worker",
        "fte": 1.0,
        "started_role": "2026-01-05",
        "newly_qualified": False,
        "supervision_standard": "lga_monthly",
        "archived": False,
    }
    return base | kw


def session(date, minutes=90, kind="one_to_one", sid=None):
    return {
        "id": sid or f"s-{date}-{minutes}-{kind}",
        "date": date,
        "minutes": minutes,
        "kind": kind,
    }


def case(allocated, weight, closed=None, cid=None):
    return {
        "id": cid or f"c-{allocated}-{weight}",
        "weight": weight,
        "allocated": allocated,
        "closed": closed,
        "reference": "YP",
        "label": None,
    }


# -- schedule -------------------------------------------------------------------------------


def test_newly_qualified_rhythm_changes_at_six_weeks_and_six_months():
    nq = person(
        newly_qualified=True, supervision_standard="lga_newly_qualified", started_role="2026-01-05"
    )
    # 6 weeks after 5 January is 16 February; 6 months is 5 July. A session is due under
    # the rhythm in force on the day it falls due.
    assert schedule.interval_after(nq, D("2026-02-08")) == (
        "weekly for the first 6 weeks",
        D("2026-02-15"),
    )
    # A week after 15 February is past the six weeks: the fortnightly rule applies.
    assert schedule.interval_after(nq, D("2026-02-15")) == (
        "fortnightly to 6 months in role",
        D("2026-03-01"),
    )
    assert schedule.interval_after(nq, D("2026-02-16")) == (
        "fortnightly to 6 months in role",
        D("2026-03-02"),
    )
    assert schedule.interval_after(nq, D("2026-06-20")) == (
        "fortnightly to 6 months in role",
        D("2026-07-04"),
    )
    # A fortnight after 4 July ends after six months: monthly, so due 4 August, not 18 July.
    assert schedule.interval_after(nq, D("2026-07-04")) == ("monthly", D("2026-08-04"))
    assert schedule.interval_after(nq, D("2026-07-05")) == ("monthly", D("2026-08-05"))


def test_monthly_due_dates_respect_month_lengths_and_leap_years():
    monthly = person()
    assert schedule.interval_after(monthly, D("2028-01-31"))[1] == D("2028-02-29")
    assert schedule.interval_after(monthly, D("2027-01-31"))[1] == D("2027-02-28")
    assert schedule.interval_after(monthly, D("2026-12-15"))[1] == D("2027-01-15")
    custom = person(supervision_standard="custom:21:60")
    assert schedule.interval_after(custom, D("2026-03-01")) == ("every 21 days", D("2026-03-22"))


def test_a_person_with_no_sessions_is_due_from_the_start_of_their_record():
    fresh = person(started_role="2026-03-02", records_from="2026-03-02")
    standing = tracker.standing(fresh, [], D("2026-04-10"))
    assert standing.last is None and standing.days_since_last is None
    assert standing.due == D("2026-04-02")
    assert standing.overdue_days == 8 and standing.status == "overdue"
    # Nothing recorded and no start to the record: nothing to judge, nobody is overdue.
    unknown = person(started_role="2019-09-02")
    found = tracker.standing(unknown, [], D("2026-04-10"))
    assert (found.overdue_days, found.status) == (0, "no record")


def test_future_and_same_day_sessions():
    today = D("2026-03-20")
    history = [session("2026-02-10"), session("2026-03-20"), session("2026-04-01")]
    standing = tracker.standing(person(), history, today)
    assert standing.last["date"] == "2026-03-20"  # today counts; the planned one does not
    assert standing.days_since_last == 0
    assert standing.due == D("2026-04-20")
    got = tracker.received(history, D("2026-03-01"), D("2026-04-30"), today)
    assert got.minutes == 90 and [s["date"] for s in got.sessions] == ["2026-03-20"]


def test_short_sessions_and_minutes_by_kind():
    history = [
        session("2026-03-02", 60),
        session("2026-03-09", 90),
        session("2026-03-10", 45, "group"),
        session("2026-03-11", 20, "ad_hoc"),
    ]
    standing = tracker.standing(person(), history, D("2026-03-31"))
    assert [s["date"] for s in standing.short_sessions] == ["2026-03-02"]
    got = tracker.received(history, D("2026-03-01"), D("2026-03-31"), D("2026-03-31"))
    assert got.by_kind == {"one_to_one": 150, "group": 45, "ad_hoc": 20}
    assert got.minutes == 215


def test_compliance_names_late_and_missed_sessions():
    history = [session("2026-02-01"), session("2026-02-28"), session("2026-05-10")]
    gaps = tracker.compliance(
        person(started_role="2026-01-05", records_from="2026-01-05"),
        history,
        D("2026-01-01"),
        D("2026-06-30"),
        D("2026-06-30"),
    )
    verdicts = [g.verdict for g in gaps]
    # 5 Jan -> due 5 Feb: 1 Feb on time. 1 Feb -> due 1 Mar: 28 Feb on time.
    # 28 Feb -> due 28 Mar, then 28 Apr passed too: 10 May is 43 days late, 1 missed.
    # 10 May -> due 10 Jun, still open on 30 Jun: 20 days late.
    assert verdicts == ["on time", "on time", "late by 43 days, 1 missed", "late by 20 days"]
    assert gaps[-1].session is None


# -- caseload -------------------------------------------------------------------------------


def test_caseload_is_a_hand_countable_daily_average():
    cases = [
        case("2026-03-01", 6),  # open all 10 days: 60 point-days
        case("2026-03-04", 4, closed="2026-03-08"),  # 4th..7th: 4 days, 16 point-days
        case("2026-03-10", 10),  # the last day only: 10 point-days
        case("2026-02-01", 9, closed="2026-03-01"),  # closed on the first day: nothing
    ]
    load = tracker.caseload(cases, D("2026-03-01"), D("2026-03-10"))
    assert load.average == (60 + 16 + 10) / 10
    assert [(s.case["weight"], s.days_open) for s in load.shares] == [(6, 10), (4, 4), (10, 1)]
    assert sum(s.points for s in load.shares) == load.average
    assert tracker.caseload_on(cases, D("2026-03-05")) == 10


def test_leap_day_and_clock_changes_count_as_ordinary_days():
    february = tracker.caseload([case("2028-02-01", 5)], D("2028-02-01"), D("2028-02-29"))
    assert february.shares[0].days_open == 29 and february.average == 5
    # British Summer Time starts 29 March 2026 and ends 25 October 2026: still 3 days each.
    for start in ("2026-03-28", "2026-10-24"):
        load = tracker.caseload([case(start, 3)], D(start), D(start) + dt.timedelta(days=2))
        assert load.shares[0].days_open == 3


def test_capacity_follows_fte_and_newly_qualified_share():
    assert tracker.capacity(person(fte=0.6)) == 60
    assert tracker.capacity(person(fte=0.5, newly_qualified=True)) == 45
    assert tracker.capacity(person(), tracker.Settings(points_per_fte=120)) == 120


def test_hours_across_an_iso_year_boundary():
    logs = [
        {"week": "2026-W53", "hours_worked": 45.0},
        {"week": "2027-W01", "hours_worked": 30},
        {"week": "2026-W01", "hours_worked": 50},
    ]
    assert tracker.week_start("2026-W01") == D("2025-12-29")
    got = tracker.hours(person(fte=0.8), logs, D("2026-12-20"), D("2027-01-10"))
    assert got.weeks_logged == 2
    assert got.worked == 75 and got.contracted == 37 * 0.8 * 2
    assert round(got.overtime, 2) == 15.8


def test_divergence_flag_when_caseload_rises_and_supervision_falls():
    today = D("2026-06-30")
    cases = [case("2026-04-01", 5), case("2026-06-10", 7)]
    before = [session("2026-05-10"), session("2026-05-24")]
    rising = tracker.trend(cases, before, today)
    assert rising.caseload_after > rising.caseload_before
    assert rising.minutes_after == 0 < rising.minutes_before
    assert rising.diverging
    steady = tracker.trend(cases, [*before, session("2026-06-20", 200)], today)
    assert not steady.diverging


def test_monthly_series_covers_twelve_months_to_today():
    series = tracker.months([case("2025-06-15", 4)], [session("2026-03-09")], D("2026-03-20"))
    assert len(series) == 12
    assert series[0].first == D("2025-04-01") and series[-1].last == D("2026-03-20")
    assert series[-1].minutes == 90
    assert series[2].caseload == 4 * 16 / 30  # June 2025: open from the 15th


def test_team_row_flags_read_like_a_manager_would_say_them():
    logs = [{"week": "2026-W11", "hours_worked": 46.0}]
    concerns = [{"status": "open"}]
    row = tracker.row(
        person(fte=0.5),
        [case("2026-01-05", 10), case("2026-01-06", 45 // 5)],
        [session("2026-02-01")],
        logs,
        concerns,
        D("2026-03-20"),
    )
    assert row.capacity_share == 19 / 50
    assert row.flags == ["overdue 19d", "overtime +27.5h", "open workload concern"]
    assert row.needs_attention


# -- properties -----------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31))
standards = st.sampled_from(
    ["lga_monthly", "lga_newly_qualified", "bacp_monthly", "custom:14:60", "custom:45:90"]
)


@settings(max_examples=200, deadline=None)
@given(
    start=dates, standard=standards, history=st.lists(dates, max_size=6), extra=dates, today=dates
)
def test_adding_a_session_never_makes_anyone_more_overdue(start, standard, history, extra, today):
    who = person(
        started_role=start.isoformat(),
        records_from=start.isoformat(),
        supervision_standard=standard,
        newly_qualified=standard == "lga_newly_qualified",
    )
    before = [session(d.isoformat()) for d in history]
    after = [*before, session(extra.isoformat(), sid="extra")]
    assert (
        tracker.standing(who, after, today).overdue_days
        <= tracker.standing(who, before, today).overdue_days
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(dates, st.integers(1, 10), st.integers(0, 400)), max_size=8),
    dates,
    st.integers(0, 120),
)
def test_caseload_average_lies_between_the_quietest_and_busiest_day(raw, start, length):
    cases = [
        case(
            a.isoformat(),
            w,
            None if gap == 0 else (a + dt.timedelta(days=gap)).isoformat(),
            cid=str(i),
        )
        for i, (a, w, gap) in enumerate(raw)
    ]
    end = start + dt.timedelta(days=length)
    daily = [tracker.caseload_on(cases, start + dt.timedelta(days=i)) for i in range(length + 1)]
    load = tracker.caseload(cases, start, end)
    assert min(daily) - 1e-9 <= load.average <= max(daily) + 1e-9
    assert abs(load.average - sum(daily) / len(daily)) < 1e-9


def test_minutes_per_ten_points_is_given_only_for_a_caseload_of_a_point_or_more():
    assert tracker.minutes_per_ten_points(540, 18.0) == 300
    assert tracker.minutes_per_ten_points(540, 1.0) == 5400
    # A case held for a day in the year averages a fraction of a point: no rate is given,
    # rather than "41062 minutes per 10 weighted points".
    assert tracker.minutes_per_ten_points(540, 0.13) is None
    assert tracker.minutes_per_ten_points(540, 0.0) is None
