"""Workload against supervision time: pure functions over records, every figure explainable.

Conventions (also in the README):
- A case is open on day d when ``allocated <= d`` and (it has no ``closed`` date or
  ``d < closed``): the closing day itself is not counted.
- Weighted caseload over a period is the average, over the period's days, of the sum of the
  weights of the cases open that day.
- Capacity is ``points_per_fte x FTE``, times ``newly_qualified_share`` for a newly qualified
  worker (defaults 100 points and 90%).
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

from . import schedule

Record = dict[str, Any]
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Settings:
    points_per_fte: float = 100.0
    newly_qualified_share: float = 0.9
    hours_per_fte: float = 37.0
    due_soon_days: int = 7
    trend_weeks: int = 8


DEFAULTS = Settings()


@lru_cache(maxsize=8192)
def _parse(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def day(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else _parse(value)


def capacity(person: Record, settings: Settings = DEFAULTS) -> float:
    share = settings.newly_qualified_share if person["newly_qualified"] else 1.0
    return settings.points_per_fte * person["fte"] * share


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
    inside = [s for s in sessions if start <= day(s["date"]) <= last]
    by_kind: dict[str, int] = defaultdict(int)
    for s in inside:
        by_kind[s["kind"]] += s["minutes"]
    return Received(sum(by_kind.values()), dict(by_kind), inside)


def last_one_to_one(sessions: list[Record], today: dt.date) -> Record | None:
    held = [s for s in sessions if s["kind"] == "one_to_one" and day(s["date"]) <= today]
    return max(held, key=lambda s: s["date"], default=None)


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

    @property
    def overdue_days(self) -> int:
        return max(0, -self.days_to_due)

    @property
    def status(self) -> str:
        if self.days_to_due < 0:
            return "overdue"
        return "due soon" if self.days_to_due <= DEFAULTS.due_soon_days else "on time"


def standing(person: Record, sessions: list[Record], today: dt.date) -> Standing:
    """Where a person stands against their supervision standard on ``today``."""
    last = last_one_to_one(sessions, today)
    minimum = schedule.minimum_minutes(person)
    # The clock runs from the later of the last one-to-one and the start in role, so a
    # session recorded from before someone's start never makes them look later.
    anchors = [day(d) for d in (last and last["date"], person["started_role"]) if d]
    if anchors:
        rhythm, due = schedule.interval_after(person, max(anchors))
    else:
        rhythm, due = "no session recorded yet", today
    short = [
        s
        for s in sessions
        if s["kind"] == "one_to_one" and s["minutes"] < minimum and day(s["date"]) <= today
    ]
    return Standing(
        last=last,
        days_since_last=(today - day(last["date"])).days if last else None,
        due=due,
        rhythm=rhythm,
        days_to_due=(due - today).days,
        short_sessions=short,
        minimum_minutes=minimum,
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
        return f"late by {self.late_days} days" + (f", {self.missed} missed" if self.missed else "")


def tally(gaps: list[Gap]) -> tuple[int, int, int]:
    """One-to-ones on time, one-to-ones late, and due dates missed (an open gap counts)."""
    on_time = sum(1 for g in gaps if g.session and g.late_days <= 0)
    late = sum(1 for g in gaps if g.session and g.late_days > 0)
    missed = sum(g.missed for g in gaps) + sum(1 for g in gaps if g.session is None)
    return on_time, late, missed


def compliance(
    person: Record, sessions: list[Record], start: dt.date, end: dt.date, today: dt.date
) -> list[Gap]:
    """For each one-to-one in [start, end] (and the gap still open at the end), whether it
    came on time under the standard."""
    held = sorted(
        (s for s in sessions if s["kind"] == "one_to_one" and day(s["date"]) <= min(end, today)),
        key=lambda s: s["date"],
    )
    anchor = day(person["started_role"]) if person["started_role"] else None
    gaps = []
    for session in held:
        when = day(session["date"])
        if anchor is not None and when >= start:
            gaps.append(_gap(person, anchor, when, session, start))
        anchor = when
    closing = min(end, today)
    if anchor is not None:
        gap = _gap(person, anchor, closing, None, start)
        if gap.late_days > 0:
            gaps.append(gap)
    return gaps


def _gap(
    person: Record, anchor: dt.date, when: dt.date, session: Record | None, period_start: dt.date
) -> Gap:
    """Missed due dates are counted only inside the period being reported on."""
    _, due = schedule.interval_after(person, anchor)
    missed, following = 0, due
    while True:
        _, following = schedule.interval_after(person, following)
        if following >= when:
            break
        missed += following >= period_start
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
    return None if average_caseload <= 0 else minutes / (average_caseload / 10)


# -- monthly series and the team table --------------------------------------------------------


@dataclass
class Month:
    first: dt.date
    last: dt.date
    caseload: float
    minutes: int


def months(
    cases: list[Record], sessions: list[Record], today: dt.date, count: int = 12
) -> list[Month]:
    """The last ``count`` calendar months up to and including today's (partial) month."""
    first_of_this = today.replace(day=1)
    series = []
    for back in range(count - 1, -1, -1):
        first = schedule.add_months(first_of_this, -back)
        last = min(schedule.add_months(first, 1) - DAY, today)
        series.append(
            Month(
                first,
                last,
                caseload(cases, first, last).average,
                received(sessions, first, last, today).minutes,
            )
        )
    return series


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

    @property
    def capacity_share(self) -> float:
        return self.caseload_today / self.capacity if self.capacity else 0.0

    @property
    def overtime(self) -> bool:
        return self.hours_4w.weeks_logged > 0 and self.hours_4w.overtime > 0

    @property
    def flags(self) -> list[str]:
        found = []
        if self.standing.overdue_days > 0:
            found.append(f"overdue {self.standing.overdue_days}d")
        if self.capacity_share > 1:
            found.append("over capacity")
        if self.trend.diverging:
            found.append("workload up, supervision down")
        if self.overtime:
            found.append(f"overtime {self.hours_4w.overtime:+.1f}h")
        if self.open_concerns:
            found.append("open workload concern")
        return found

    @property
    def needs_attention(self) -> bool:
        return bool(self.flags)


def row(
    person: Record,
    cases: list[Record],
    sessions: list[Record],
    logs: list[Record],
    concerns: list[Record],
    today: dt.date,
    settings: Settings = DEFAULTS,
) -> Row:
    return Row(
        person=person,
        caseload_today=caseload_on(cases, today),
        capacity=capacity(person, settings),
        standing=standing(person, sessions, today),
        minutes_28=received(sessions, today - dt.timedelta(days=27), today, today).minutes,
        trend=trend(cases, sessions, today, settings.trend_weeks),
        hours_4w=hours(person, logs, today - dt.timedelta(weeks=4), today, settings),
        open_concerns=sum(1 for c in concerns if c["status"] == "open"),
        months=months(cases, sessions, today),
    )


def monthly_minimum(person: Record, month_first: dt.date) -> float:
    """The minutes a month the standard asks for, at the rhythm that applies that month."""
    rhythm_start = (
        max(month_first, day(person["started_role"])) if person["started_role"] else month_first
    )
    _, due = schedule.interval_after(person, rhythm_start)
    interval = (due - rhythm_start).days
    return schedule.minimum_minutes(person) * 30.44 / interval


def explain(row: Row, cases: list[Record], sessions: list[Record], today: dt.date) -> str:
    """The sessions and cases behind a dashboard row, in words."""
    open_now = [c for c in cases if open_days(c, today, today)]
    parts = [
        f"Caseload today {row.caseload_today:g} points from {len(open_now)} open case"
        f"{'s' if len(open_now) != 1 else ''}"
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
                f"{s['date']} {s['kind'].replace('_', ' ')} {s['minutes']} min"
                for s in recent.sessions
            )
            if recent.sessions
            else ""
        )
        + "."
    )
    last = row.standing.last
    parts.append(
        (f"Last one-to-one {last['date']}" if last else "No one-to-one yet")
        + f"; next due {row.standing.due.isoformat()} ({row.standing.rhythm})"
        + (f", overdue by {row.standing.overdue_days} days." if row.standing.overdue_days else ".")
    )
    t = row.trend
    parts.append(
        f"Last 8 weeks: caseload {t.caseload_before:.1f} → {t.caseload_after:.1f} points, "
        f"supervision {t.minutes_before} → {t.minutes_after} minutes"
        + (" (workload up, supervision down)." if t.diverging else ".")
    )
    return "\n".join(parts)
