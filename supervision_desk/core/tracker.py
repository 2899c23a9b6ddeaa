"""Workload against supervision time: pure functions over records, every figure explainable.

Conventions (also in the README):
- Only sessions marked held, dated on or before ``today``, count in any figure; a planned
  session is a date in the diary. A group session counts for each of its attendees.
- A person's record starts at ``records_from`` (default: their first held session in the
  vault); nothing before it is judged late or missed. ``last_supervision_before`` anchors the
  schedule when it is known.
- A case is open on day d when ``allocated <= d`` and (it has no ``closed`` date or
  ``d < closed``): the closing day itself is not counted.
- Weighted caseload over a period is the average, over the period's days, of the sum of the
  weights of the cases open that day.
- Capacity is ``points_per_fte x FTE``, times ``newly_qualified_share`` for a newly qualified
  registered social worker in the ASYE (defaults 100 points and 90%); for other newly
  qualified workers only when the vault's local policy extends it to them.
- Supervision received counts sessions dated inside the period and not after ``today``;
  future sessions are planned, not received.
- The schedule runs from the later of the latest one-to-one session on or before ``today``
  and the start in role: see ``schedule.interval_after``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import labels, schedule
from .records import GROUP_KINDS

Record = dict[str, Any]
DAY = dt.timedelta(days=1)
BACP_MONTHLY_MINUTES = 90


@dataclass(frozen=True)
class Settings:
    points_per_fte: float = 100.0
    newly_qualified_share: float = 0.9
    hours_per_fte: float = 37.0
    due_soon_days: int = 7
    trend_weeks: int = 8
    newly_qualified_share_for_all: bool = False  # a local option: not only the ASYE

    @classmethod
    def from_policy(cls, policy: Any) -> Settings:
        """The vault's local policy (``core.policy.Policy``) as the tracker's settings."""
        return cls(
            points_per_fte=policy.points_per_fte,
            newly_qualified_share=policy.newly_qualified_share,
            hours_per_fte=policy.contracted_hours,
            newly_qualified_share_for_all=policy.newly_qualified_share_for_all,
        )


DEFAULTS = Settings()


@lru_cache(maxsize=8192)
def _parse(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def day(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else _parse(value)


def newly_qualified_until(person: Record) -> dt.date | None:
    """When the newly qualified (ASYE) period ends: as recorded, else 12 months after starting."""
    if person.get("newly_qualified_until"):
        return day(person["newly_qualified_until"])
    if person["started_role"]:
        return schedule.add_months(day(person["started_role"]), 12)
    return None


registered = schedule.registered


def newly_qualified_on(person: Record, when: dt.date) -> bool:
    until = newly_qualified_until(person)
    return bool(person["newly_qualified"]) and (until is None or when < until)


def in_asye(person: Record) -> bool:
    """The assessed first year is for newly qualified social workers only."""
    return bool(person["newly_qualified"]) and registered(person)


ASYE_TAG = "ASYE review"  # a held session with this tag is the review


def reduced_share(person: Record, settings: Settings, when: dt.date | None) -> bool:
    """Whether the newly qualified share lowers capacity on the day."""
    newly = newly_qualified_on(person, when) if when else bool(person["newly_qualified"])
    return newly and (registered(person) or settings.newly_qualified_share_for_all)


def capacity(person: Record, settings: Settings = DEFAULTS, when: dt.date | None = None) -> float:
    """Points a person can carry; a newly qualified worker's share ends with the period."""
    share = settings.newly_qualified_share if reduced_share(person, settings, when) else 1.0
    return settings.points_per_fte * person["fte"] * share


# -- which sessions count, and under which rule ---------------------------------------------


def held(sessions: list[Record], today: dt.date) -> list[Record]:
    """Supervision received: held sessions on or before today (planned ones are the diary)."""
    last = today.isoformat()  # ISO dates compare as text: no parsing on this hot path
    return [s for s in sessions if s["date"] <= last and s.get("status", "held") == "held"]


def is_group(session: Record) -> bool:
    return session["kind"] in GROUP_KINDS or session.get("person") is None


def bacp_minutes(session: Record) -> float:
    """BACP's count: group time is half the session for groups of up to four supervisees,
    and the session divided by the group size for five or more. The size leaves out the
    facilitator of a group, and counts every member of a peer group."""
    if not is_group(session):
        return float(session["minutes"])
    size = session.get("group_size") or max(len(session.get("attendees") or ()), 1)
    return session["minutes"] / 2 if size <= 4 else session["minutes"] / size


@dataclass(frozen=True)
class Rule:
    """The standard that applies to a person on a day."""

    name: str  # lga_monthly | lga_newly_qualified | bacp_monthly | custom | agreement
    days: int
    minutes: int
    agreement: Record | None = None


def agreement_on(agreements: list[Record], when: dt.date) -> Record | None:
    """The agreement in force: the latest one made on or before the day."""
    made = [a for a in agreements if day(a["agreed"]) <= when]
    return max(made, key=lambda a: a["agreed"], default=None)


def rule_for(person: Record, agreements: list[Record], when: dt.date) -> Rule:
    from .records import parse_standard

    name, days, minutes = parse_standard(person["supervision_standard"], "standard")
    if name == "agreement":
        found = agreement_on(agreements, when)
        if found is None:  # no agreement yet: monthly, 90 minutes, until one is made
            return Rule("agreement", 31, 90)
        return Rule("agreement", found["frequency_days"], found["minutes"], found)
    return Rule(name, days, minutes)


def record_start(person: Record, sessions: list[Record], today: dt.date) -> dt.date | None:
    """The day this vault's record of the person's supervision starts."""
    if person.get("records_from"):
        return day(person["records_from"])
    got = held(sessions, today)
    return min((day(s["date"]) for s in got), default=None)


# -- caseload -------------------------------------------------------------------------------


@dataclass
class CaseShare:
    case: Record
    days_open: int
    points: float  # this case's part of the period's average


@dataclass
class Caseload:
    start: dt.date
    end: dt.date
    average: float
    shares: list[CaseShare] = field(default_factory=list)


def open_days(case: Record, start: dt.date, end: dt.date) -> int:
    """Days in [start, end] on which the case was open."""
    first = max(start, day(case["allocated"]))
    stop = end + DAY if case["closed"] is None else min(end + DAY, day(case["closed"]))
    return max(0, (stop - first).days)


def caseload(cases: list[Record], start: dt.date, end: dt.date) -> Caseload:
    """Average weighted caseload over the days from ``start`` to ``end`` inclusive."""
    days = (end - start).days + 1
    if days <= 0:
        return Caseload(start, end, 0.0)
    shares = []
    for case in cases:
        n = open_days(case, start, end)
        if n:
            shares.append(CaseShare(case, n, case["weight"] * n / days))
    return Caseload(start, end, sum(s.points for s in shares), shares)


def caseload_on(cases: list[Record], when: dt.date) -> float:
    return caseload(cases, when, when).average


# -- supervision received -------------------------------------------------------------------


@dataclass
class Received:
    minutes: int
    by_kind: dict[str, int]
    sessions: list[Record]


def received(sessions: list[Record], start: dt.date, end: dt.date, today: dt.date) -> Received:
    last = min(end, today)
    inside = [s for s in held(sessions, today) if start <= day(s["date"]) <= last]
    by_kind: dict[str, int] = defaultdict(int)
    for s in inside:
        by_kind[s["kind"]] += s["minutes"]
    return Received(sum(by_kind.values()), dict(by_kind), inside)


def last_one_to_one(sessions: list[Record], today: dt.date) -> Record | None:
    ones = [s for s in held(sessions, today) if s["kind"] == "one_to_one"]
    return max(ones, key=lambda s: s["date"], default=None)


# -- the standard ---------------------------------------------------------------------------


@dataclass
class Standing:
    last: Record | None
    days_since_last: int | None
    due: dt.date
    rhythm: str
    days_to_due: int  # negative once overdue
    short_sessions: list[Record]
    minimum_minutes: int
    rule: Rule | None = None
    recorded: bool = True  # False: no supervision recorded and nothing to run a schedule from
    month_minutes: float | None = None  # BACP: minutes counted so far this calendar month
    missed_month: MonthTally | None = None  # BACP: the last whole month, when it fell short

    @property
    def overdue_days(self) -> int:
        return max(0, -self.days_to_due)

    @property
    def status(self) -> str:
        if not self.recorded:
            return "no record"
        if self.days_to_due < 0:
            return "overdue"
        return "due soon" if self.days_to_due <= DEFAULTS.due_soon_days else "on time"


def month_last(first: dt.date) -> dt.date:
    return schedule.add_months(first, 1) - DAY


def bacp_month(sessions: list[Record], first: dt.date, today: dt.date) -> float:
    return bacp_tally(sessions, first, today)[1]


def bacp_tally(sessions: list[Record], first: dt.date, today: dt.date) -> tuple[int, float]:
    """A calendar month's minutes held and minutes BACP counts (group time weighted)."""
    last = min(month_last(first), today).isoformat()
    inside = [s for s in held(sessions, today) if first.isoformat() <= s["date"] <= last]
    return sum(s["minutes"] for s in inside), sum(bacp_minutes(s) for s in inside)


@dataclass(frozen=True)
class MonthTally:
    """One calendar month under BACP. ``status``: met; short (fewer than 90 minutes counted:
    a month cannot be made up later, so it is missed); not counted (no client work, with a
    note); partial (the record or the role began after the 1st) or unfinished (the current
    month): neither is judged."""

    first: dt.date
    held: int  # minutes of supervision held
    minutes: float  # minutes BACP counts
    status: str
    note: str = ""

    @property
    def met(self) -> bool:
        return self.status == "met"

    @property
    def judged(self) -> bool:
        return self.status in ("met", "short")


def _judged_from(person: Record, sessions: list[Record], today: dt.date) -> dt.date | None:
    begin = record_start(person, sessions, today)
    if begin is not None and person.get("started_role"):
        begin = max(begin, day(person["started_role"]))
    return begin


def bacp_month_tally(
    person: Record, sessions: list[Record], first: dt.date, today: dt.date, begin: dt.date | None
) -> MonthTally:
    held_minutes, counted = bacp_tally(sessions, first, today)
    month = first.strftime("%Y-%m")
    skipped = {m["month"]: m["note"] for m in person.get("months_not_counted") or ()}
    if month in skipped:
        status = "not counted"
    elif month_last(first) >= today:
        status = "unfinished"
    elif begin is not None and begin > first:
        status = "partial"
    else:
        status = "met" if counted >= BACP_MONTHLY_MINUTES else "short"
    return MonthTally(first, held_minutes, counted, status, skipped.get(month, ""))


def _bacp_standing(
    person: Record, sessions: list[Record], today: dt.date, rule: Rule, start: dt.date | None
) -> Standing:
    """BACP: at least 90 minutes in each calendar month, no averaging across months. A month
    that fell short is missed, not overdue: the next month is judged on its own."""
    this_month = today.replace(day=1)
    so_far = bacp_month(sessions, this_month, today)
    met = so_far >= BACP_MONTHLY_MINUTES
    due = month_last(schedule.add_months(this_month, 1) if met else this_month)
    previous = schedule.add_months(this_month, -1)
    begin = _judged_from(person, sessions, today)
    missed = None
    if begin is not None and begin <= month_last(previous):
        tally = bacp_month_tally(person, sessions, previous, today, begin)
        missed = tally if tally.status == "short" else None
    last = last_one_to_one(sessions, today)
    return Standing(
        last=last,
        days_since_last=(today - day(last["date"])).days if last else None,
        due=due,
        rhythm=f"BACP: {so_far:g} of {BACP_MONTHLY_MINUTES} minutes this month",
        days_to_due=(due - today).days,
        short_sessions=[],
        minimum_minutes=BACP_MONTHLY_MINUTES,
        rule=rule,
        recorded=start is not None,
        month_minutes=so_far,
        missed_month=missed,
    )


def standing(
    person: Record,
    sessions: list[Record],
    today: dt.date,
    *,
    agreements: list[Record] = (),  # type: ignore[assignment]
) -> Standing:
    """Where a person stands against their supervision standard on ``today``."""
    rule = rule_for(person, list(agreements), today)
    start = record_start(person, sessions, today)
    if rule.name == "bacp_monthly":
        return _bacp_standing(person, sessions, today, rule, start)
    last = last_one_to_one(sessions, today)
    # The schedule runs from the last one-to-one; before the first, from the last supervision
    # before the record began, if known, or from the record's start. Never from before the
    # start in role, and nothing before the record's start is judged late.
    if last:
        anchor = day(last["date"])
    elif person.get("last_supervision_before"):
        anchor = day(person["last_supervision_before"])
    else:
        anchor = start
    if anchor is None:
        return Standing(
            None, None, today, "no supervision recorded yet", 0, [], rule.minutes, rule, False
        )
    if person["started_role"]:
        anchor = max(anchor, day(person["started_role"]))
    rhythm, due = schedule.interval_after(person, anchor, rule)
    if start is not None and due < start:
        due = start
    ones = [s for s in held(sessions, today) if s["kind"] == "one_to_one"]
    short = [
        s
        for s in ones
        if s["minutes"] < rule.minutes and (start is None or day(s["date"]) >= start)
    ]
    return Standing(
        last=last,
        days_since_last=(today - day(last["date"])).days if last else None,
        due=due,
        rhythm=rhythm,
        days_to_due=(due - today).days,
        short_sessions=short,
        minimum_minutes=rule.minutes,
        rule=rule,
    )


@dataclass
class Gap:
    """One stretch between sessions, judged against the schedule."""

    session: Record | None  # the session that ended the gap (None: still open today)
    due: dt.date
    late_days: int
    missed: int  # further due dates that passed inside the gap

    @property
    def verdict(self) -> str:
        if self.late_days <= 0:
            return "on time"
        late = labels.count(self.late_days, "day")
        return f"late by {late}" + (f", {self.missed} missed" if self.missed else "")


def tally(gaps: list[Gap]) -> tuple[int, int, int]:
    """One-to-ones on time, one-to-ones late, and due dates missed (an open gap counts)."""
    on_time = sum(1 for g in gaps if g.session and g.late_days <= 0)
    late = sum(1 for g in gaps if g.session and g.late_days > 0)
    missed = sum(g.missed for g in gaps) + sum(1 for g in gaps if g.session is None)
    return on_time, late, missed


def bacp_months(
    person: Record, sessions: list[Record], start: dt.date, end: dt.date, today: dt.date
) -> list[MonthTally]:
    """BACP, month by month: each calendar month of the period inside the record, with the
    minutes held and counted and its status (see ``MonthTally``)."""
    begin = _judged_from(person, sessions, today)
    if begin is None:
        return []
    first = max(start, begin).replace(day=1)
    found = []
    while first <= min(end, today):
        found.append(bacp_month_tally(person, sessions, first, today, begin))
        first = schedule.add_months(first, 1)
    return found


def compliance(
    person: Record,
    sessions: list[Record],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    *,
    agreements: list[Record] = (),  # type: ignore[assignment]
) -> list[Gap]:
    """For each one-to-one in [start, end] (and the gap still open at the end), whether it
    came on time under the standard. Nothing before the record's start is judged; the first
    one-to-one in the record is judged only from a known earlier supervision or an explicit
    start of the record. (BACP is judged by the month: see ``bacp_months``.)"""
    rule = rule_for(person, list(agreements), min(end, today))
    if rule.name == "bacp_monthly":
        return []
    begin = record_start(person, sessions, today)
    ones = sorted(
        (s for s in held(sessions, min(end, today)) if s["kind"] == "one_to_one"),
        key=lambda s: s["date"],
    )
    anchor = None
    if person.get("last_supervision_before"):
        anchor = day(person["last_supervision_before"])
    elif person.get("records_from"):
        anchor = day(person["records_from"])
    agreements = list(agreements)

    def rule_at(when: dt.date) -> Rule:  # an agreement's rhythm from the day it was made
        return rule_for(person, agreements, when) if rule.name == "agreement" else rule

    gaps = []
    for session in ones:
        when = day(session["date"])
        if anchor is not None and when >= start:
            gaps.append(_gap(person, anchor, when, session, start, begin, rule_at(anchor)))
        anchor = when
    closing = min(end, today)
    if anchor is not None:
        gap = _gap(person, anchor, closing, None, start, begin, rule_at(anchor))
        if gap.late_days > 0:
            gaps.append(gap)
    return gaps


def _gap(
    person: Record,
    anchor: dt.date,
    when: dt.date,
    session: Record | None,
    period_start: dt.date,
    record_begins: dt.date | None,
    rule: Rule,
) -> Gap:
    """Missed due dates are counted only inside the period and the record."""
    if person["started_role"]:
        anchor = max(anchor, day(person["started_role"]))
    _, due = schedule.interval_after(person, anchor, rule)
    if record_begins is not None and due < record_begins:
        due = record_begins
    floor = max(period_start, record_begins or period_start)
    missed, following = 0, due
    while True:
        _, following = schedule.interval_after(person, following, rule)
        if following >= when:
            break
        missed += following >= floor
    return Gap(session, due, (when - due).days, missed)


# -- trends and hours -----------------------------------------------------------------------


@dataclass
class Trend:
    caseload_before: float
    caseload_after: float
    minutes_before: int
    minutes_after: int

    @property
    def diverging(self) -> bool:
        """Caseload rose while supervision time fell, between the halves of the window."""
        return (
            self.caseload_after > self.caseload_before and self.minutes_after < self.minutes_before
        )


def trend(
    cases: list[Record], sessions: list[Record], today: dt.date, weeks: int = DEFAULTS.trend_weeks
) -> Trend:
    half = dt.timedelta(weeks=weeks / 2)
    middle = today - half
    first_start = middle - half + DAY
    return Trend(
        caseload(cases, first_start, middle).average,
        caseload(cases, middle + DAY, today).average,
        received(sessions, first_start, middle, today).minutes,
        received(sessions, middle + DAY, today, today).minutes,
    )


def week_start(week: str) -> dt.date:
    year, number = week.split("-W")
    return dt.date.fromisocalendar(int(year), int(number), 1)


@dataclass
class Hours:
    weeks_logged: int
    worked: float
    contracted: float

    @property
    def overtime(self) -> float:
        return self.worked - self.contracted


def hours(
    person: Record, logs: list[Record], start: dt.date, end: dt.date, settings: Settings = DEFAULTS
) -> Hours:
    inside = [
        log
        for log in logs
        if log["hours_worked"] is not None and start <= week_start(log["week"]) <= end
    ]
    contracted = settings.hours_per_fte * person["fte"] * len(inside)
    return Hours(len(inside), sum(log["hours_worked"] for log in inside), contracted)


def minutes_per_ten_points(minutes: int, average_caseload: float) -> float | None:
    """Supervision minutes per 10 weighted points of caseload; None under one point on
    average, where the rate says nothing (a case held for a day gave "41062 minutes")."""
    return None if average_caseload < 1 else minutes / (average_caseload / 10)


# -- monthly series and the team table --------------------------------------------------------


@dataclass
class Month:
    """One calendar month of a person's series: what the table, the charts and the PDFs
    show, computed once here."""

    first: dt.date
    last: dt.date
    caseload: float
    minutes: int
    capacity: float = 0.0  # points, under the vault's policy, on the month's last day
    minimum: float | None = None  # minutes a month the standard asks for (None: not yet due)


def months(
    cases: list[Record],
    sessions: list[Record],
    today: dt.date,
    count: int = 12,
    *,
    person: Record | None = None,
    settings: Settings = DEFAULTS,
    agreements: list[Record] = (),  # type: ignore[assignment]
) -> list[Month]:
    """The last ``count`` calendar months up to and including today's (partial) month, each
    with the person's capacity and the standard's monthly minimum when a person is given."""
    first_of_this = today.replace(day=1)
    series = []
    for back in range(count - 1, -1, -1):
        first = schedule.add_months(first_of_this, -back)
        last = min(schedule.add_months(first, 1) - DAY, today)
        month = Month(
            first,
            last,
            caseload(cases, first, last).average,
            received(sessions, first, last, today).minutes,
        )
        if person is not None:
            month.capacity = capacity(person, settings, last)
            month.minimum = monthly_minimum(person, first, list(agreements), last)
        series.append(month)
    return series


def chart_names(series: list[Month]) -> dict[str, str]:
    """The names of a workload chart's lines, with the latest month's capacity and minimum,
    so the app's chart, the PDF's and the table can be read against each other."""
    last = series[-1] if series else None
    names = {"minutes": "Minutes", "caseload": "Caseload"}  # short: a legend has little room
    names["capacity"] = f"Capacity {last.capacity:g}" if last else "Capacity"
    names["minimum"] = (
        f"Minimum {last.minimum:.0f}" if last and last.minimum is not None else "Minimum"
    )
    return names


def monthly_minimum(
    person: Record,
    month_first: dt.date,
    agreements: list[Record] = (),  # type: ignore[assignment]
    month_last_day: dt.date | None = None,
) -> float | None:
    """The minutes a month the standard asks for, at the rhythm in force that month (an
    agreement's own rhythm and length included); None before the person started or before
    the record began (nothing there is judged)."""
    last = month_last_day or month_last(month_first)
    started = day(person["started_role"]) if person["started_role"] else None
    if started is not None and last < started:
        return None
    if person.get("records_from") and last < day(person["records_from"]):
        return None
    rule = rule_for(person, list(agreements), last)
    if rule.name == "bacp_monthly":
        return float(BACP_MONTHLY_MINUTES)
    rhythm_start = max(month_first, started) if started else month_first
    rhythm, due = schedule.interval_after(person, rhythm_start, rule)
    if rhythm == "monthly":  # once a calendar month: the standard's own minutes, not 91 or 88
        return float(rule.minutes)
    interval = (due - rhythm_start).days
    return rule.minutes * 30.44 / interval


@dataclass
class Row:
    person: Record
    caseload_today: float
    capacity: float
    standing: Standing
    minutes_28: int
    trend: Trend
    hours_4w: Hours
    open_concerns: int
    months: list[Month] = field(default_factory=list)  # the last 12, for the chart
    review_due: dt.date | None = None  # the agreement in force is due to be looked at again
    today: dt.date | None = None
    planned: list[Record] = field(default_factory=list)  # sessions in the diary from today
    to_copy: int = 0  # case decisions still to be copied to the child's file
    held_any: bool = True  # any supervision held and recorded here at all
    unconfirmed: list[Record] = field(default_factory=list)  # planned, date passed: held?
    # The ASYE reviews not held or coming up, judged with the tags and the ASYE page, which
    # the row's records leave out, and those still to hold from today (for the calendar): set
    # by ``team.rows`` (``asye.tracker_reviews``).
    asye: list[str] = field(default_factory=list)
    asye_coming: list[tuple[str, dt.date]] = field(default_factory=list)
    open_cases: int = 0

    @property
    def capacity_share(self) -> float:
        return self.caseload_today / self.capacity if self.capacity else 0.0

    @property
    def overtime(self) -> bool:
        return self.hours_4w.weeks_logged > 0 and self.hours_4w.overtime > 0

    @property
    def flags(self) -> list[str]:
        found = []
        if not self.held_any:
            found.append("no supervision recorded")
        if self.standing.overdue_days > 0:
            found.append(f"overdue {self.standing.overdue_days}d")
        missed = self.standing.missed_month
        if missed is not None:
            month = labels.MONTH_NAMES[missed.first.month - 1]
            found.append(f"{month} missed: {missed.minutes:g} of {BACP_MONTHLY_MINUTES} min")
        for planned in self.unconfirmed:
            found.append(f"planned {labels.short_date(planned['date'])}: was it held?")
        if self.capacity_share > 1:
            found.append("over capacity")
        if self.trend.diverging:
            found.append("workload up, supervision down")
        if self.overtime:
            found.append(f"overtime {self.hours_4w.overtime:+.1f}h")
        if self.open_concerns:
            found.append("open workload concern")
        if self.review_due and self.today:
            if self.review_due < self.today:
                found.append("agreement review overdue")
            elif (self.review_due - self.today).days <= 14:
                found.append(f"agreement review due {labels.short_date(self.review_due)}")
        if self.to_copy:
            found.append(f"{self.to_copy} decision{'s' if self.to_copy != 1 else ''} to copy")
        found += self.asye
        return found

    @property
    def needs_attention(self) -> bool:
        return bool(self.flags)


def window_start(today: dt.date, settings: Settings = DEFAULTS, count: int = 12) -> dt.date:
    """The first day any figure of a tracker row looks at: the first of the month ``count``
    months back (the chart), or the start of the trend's weeks, whichever is earlier."""
    first = schedule.add_months(today.replace(day=1), -(count - 1))
    trend_from = today - dt.timedelta(weeks=settings.trend_weeks) + DAY
    return min(first, trend_from, today - dt.timedelta(days=27))


def recent_cases(cases: list[Record], since: dt.date) -> list[Record]:
    """The cases open on any day from ``since`` on: no other counts in a caseload from then."""
    first = since.isoformat()
    return [c for c in cases if c["closed"] is None or c["closed"] > first]


def row(
    person: Record,
    cases: list[Record],
    sessions: list[Record],
    logs: list[Record],
    concerns: list[Record],
    today: dt.date,
    settings: Settings = DEFAULTS,
    agreements: list[Record] = (),  # type: ignore[assignment]
) -> Row:
    agreements = list(agreements)
    found = standing(person, sessions, today, agreements=agreements)
    in_force = agreement_on(agreements, today)  # its review is due whatever the standard
    mine = [s for s in sessions if s.get("person")]
    # The figures over a period look only at what falls inside the row's window, so they cost
    # the same after twenty years as after one (the standing above needs the whole history).
    since = window_start(today, settings)
    cases = recent_cases(cases, since)
    inside = [s for s in sessions if s["date"] >= since.isoformat()]
    return Row(
        person=person,
        caseload_today=caseload_on(cases, today),
        capacity=capacity(person, settings, today),
        standing=found,
        minutes_28=received(inside, today - dt.timedelta(days=27), today, today).minutes,
        trend=trend(cases, inside, today, settings.trend_weeks),
        hours_4w=hours(person, logs, today - dt.timedelta(weeks=4), today, settings),
        open_concerns=sum(1 for c in concerns if c["status"] == "open"),
        months=months(
            cases, inside, today, person=person, settings=settings, agreements=agreements
        ),
        review_due=day(in_force["review"]) if in_force and in_force["review"] else None,
        today=today,
        planned=[s for s in mine if s.get("status") == "planned" and day(s["date"]) >= today],
        held_any=bool(held(sessions, today)),
        unconfirmed=[s for s in mine if s.get("status") == "planned" and day(s["date"]) < today],
        open_cases=sum(1 for c in cases if open_days(c, today, today)),
    )


def explain(row: Row, cases: list[Record], sessions: list[Record], today: dt.date) -> str:
    """The sessions and cases behind a dashboard row, in words."""
    open_now = [c for c in cases if open_days(c, today, today)]
    parts = [
        f"Caseload today {row.caseload_today:g} points from "
        f"{labels.count(len(open_now), 'open case')}"
        + (
            ": " + ", ".join(f"{c['reference']} ({c['weight']})" for c in open_now)
            if open_now
            else ""
        )
        + f"; capacity {row.capacity:g} points ({row.person['fte']:g} FTE"
        + (", newly qualified" if row.person["newly_qualified"] else "")
        + ").",
    ]
    recent = received(sessions, today - dt.timedelta(days=27), today, today)
    parts.append(
        f"{recent.minutes} minutes of supervision in the last 28 days"
        + (
            ": "
            + ", ".join(
                f"{labels.short_date(s['date'])} {s['kind'].replace('_', ' ')} {s['minutes']} min"
                for s in recent.sessions
            )
            if recent.sessions
            else ""
        )
        + "."
    )
    last = row.standing.last
    parts.append(
        (f"Last one-to-one {labels.short_date(last['date'])}" if last else "No one-to-one yet")
        + f"; next due {labels.short_date(row.standing.due)} ({row.standing.rhythm})"
        + (f", overdue by {row.standing.overdue_days} days." if row.standing.overdue_days else ".")
    )
    if row.asye:
        parts.append("ASYE: " + "; ".join(row.asye) + ".")
    t = row.trend
    parts.append(
        f"Last 8 weeks: caseload {t.caseload_before:.1f} → {t.caseload_after:.1f} points, "
        f"supervision {t.minutes_before} → {t.minutes_after} minutes"
        + (" (workload up, supervision down)." if t.diverging else ".")
    )
    return "\n".join(parts)
