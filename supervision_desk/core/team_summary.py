"""The team summary's figures, for senior managers: anonymous in fact and useful in fact.

The headline is the pair services report: the share of supervisions held in timescale, and
the share of staff with no gap longer than their standard (under BACP: no month short). A
previous period with no records says so rather than showing 100%.

Anonymity: below ``ANONYMITY`` people the summary gives team totals only, and says why; at or
above it, practitioner letters in a fresh random order with figures that do not single anyone
out (no standard, newly qualified, leaver, capacity or flag beside a letter). People who left
during the period are counted. No text a person wrote is used: only dates, minutes, weights,
flags and counts. The PDF and the CSV companion read the same figures.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import statistics
import string
from dataclasses import dataclass, field
from pathlib import Path

from . import asye, audit, casefile, labels, period, quality, repos, sessions, team, tracker
from .person_records import PersonRecords
from .records import AUDIT_QUESTIONS, FUNCTIONS
from .vault import Vault

ANONYMITY = 5  # fewer people than this and a letter's figures may point at a person
ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")


@dataclass
class Practitioner:
    letter: str
    caseload: float  # average weighted points over the period
    open_cases: int  # cases open on the period's last judged day
    capacity: float
    minutes: int
    on_time: int
    late: int
    missed: int
    no_long_gap: bool | None  # None: nothing in the period to judge yet
    judged_by: str  # which standard the verdict used
    bacp: list[tracker.MonthTally]
    newly_qualified: bool
    left: bool  # archived: counted for the part of the period they were here
    overdue_now: bool
    open_concerns: int
    oldest_concern_days: int | None
    to_copy: int
    agreement_in_date: bool | None  # None: no agreement in force
    actions_done: int
    actions_agreed: int  # agreed in the period's sessions and not dropped
    flags: list[str] = field(default_factory=list)
    name: str = ""  # filled only when the user asks for names

    @property
    def share(self) -> float | None:
        return self.caseload / self.capacity if self.capacity else None

    @property
    def months_met(self) -> int:
        return sum(m.met for m in self.bacp)

    @property
    def months_judged(self) -> int:
        return sum(m.judged for m in self.bacp)


@dataclass
class Headline:
    """The pair services report, with the counts behind each share."""

    on_time: int
    late: int
    missed: int
    staff_ok: int
    staff_judged: int
    minutes: int

    @property
    def in_timescale(self) -> float | None:
        held = self.on_time + self.late
        return self.on_time / held if held else None

    @property
    def staff_share(self) -> float | None:
        return self.staff_ok / self.staff_judged if self.staff_judged else None


@dataclass
class Figures:
    start: dt.date
    end: dt.date
    practitioners: list[Practitioner]
    headline: Headline
    previous: Headline | None  # None: no records before the period
    function_shares: dict[str, float]  # share of held sessions that served each function
    sessions_held: int
    standards_used: list[str]
    quality: quality.Quality
    audit: audit.Summary  # what a principal social worker's audits found in the period
    names: bool = False

    @property
    def minutes(self) -> int:
        return self.headline.minutes

    @property
    def rows_shown(self) -> bool:
        """Per-practitioner rows only when letters cannot point at a person (or names are
        asked for)."""
        return self.names or len(self.practitioners) >= ANONYMITY

    @property
    def weak_anonymity(self) -> bool:
        return len(self.practitioners) < ANONYMITY

    def total(self, name: str) -> float:
        return sum(getattr(p, name) for p in self.practitioners)

    @property
    def bacp_months(self) -> list[tracker.MonthTally]:
        return [m for p in self.practitioners for m in p.bacp]

    @property
    def agreements(self) -> tuple[int, int]:
        """Agreements in date, of the agreements in force."""
        found = [p.agreement_in_date for p in self.practitioners if p.agreement_in_date is not None]
        return sum(found), len(found)

    @property
    def concern_ages(self) -> list[int]:
        return [
            p.oldest_concern_days for p in self.practitioners if p.oldest_concern_days is not None
        ]


def letters(count: int, rng: random.Random | None = None) -> list[str]:
    """``count`` practitioner letters in a fresh random order."""
    upper = string.ascii_uppercase
    names = [upper[i] if i < 26 else upper[i // 26 - 1] + upper[i % 26] for i in range(count)]
    (rng or random.SystemRandom()).shuffle(names)
    return [f"Practitioner {n}" for n in names]


STANDARD_NAMES = labels.STANDARD_SOURCE  # the standard a figure was judged by, in words


@dataclass
class _Judged:
    rule: str
    on_time: int = 0
    late: int = 0
    missed: int = 0
    months: list[tracker.MonthTally] = field(default_factory=list)

    @property
    def no_long_gap(self) -> bool | None:
        if self.rule == "bacp_monthly":
            judged = [m for m in self.months if m.judged]
            return all(m.met for m in judged) if judged else None
        if self.on_time + self.late + self.missed == 0:
            return None
        return self.late == 0 and self.missed == 0


def _judge(person, records, start, end, today) -> _Judged:
    rule = tracker.rule_for(person, records.agreements, min(end, today))
    if rule.name == "bacp_monthly":
        months = tracker.bacp_months(person, records.sessions, start, end, today)
        return _Judged(rule.name, months=months)
    gaps = tracker.compliance(
        person, records.sessions, start, end, today, agreements=records.agreements
    )
    return _Judged(rule.name, *tracker.tally(gaps))


def _present(
    vault: Vault, person: dict, records: PersonRecords, start: dt.date, end: dt.date
) -> bool:
    """On the team in the period: active, or archived with records inside it (someone who
    left); never someone deleted, whose agreed records were archived."""
    if not person["archived"]:
        return True
    if sessions.deleted_person(vault, person["id"]):
        return False
    inside = [s for s in records.sessions if start.isoformat() <= s["date"] <= end.isoformat()]
    cases = [c for c in records.cases if tracker.open_days(c, start, end)]
    return bool(inside or cases)


def _headline(judged: list[tuple[_Judged, int]]) -> Headline:
    verdicts = [j.no_long_gap for j, _ in judged if j.no_long_gap is not None]
    return Headline(
        on_time=sum(j.on_time for j, _ in judged),
        late=sum(j.late for j, _ in judged),
        missed=sum(j.missed for j, _ in judged),
        staff_ok=sum(verdicts),
        staff_judged=len(verdicts),
        minutes=sum(m for _, m in judged),
    )


def _actions(vault: Vault, session_ids: list[str]) -> tuple[int, int]:
    """Actions agreed in these sessions: done, of those not dropped."""
    if not session_ids:
        return 0, 0
    marks = ", ".join("?" * len(session_ids))
    done, agreed = vault.conn.execute(
        "SELECT coalesce(sum(status = 'done'), 0), coalesce(sum(status != 'dropped'), 0) "
        f"FROM actions WHERE session IN ({marks})",
        session_ids,
    ).fetchone()
    return done, agreed


def _flags(
    vault: Vault,
    row: tracker.Row,
    sessions: list[dict],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> list[str]:
    """A row's flags on the period's last judged day, with the ASYE reviews judged for the
    period (``asye.flags``, the Tracker's rule): a year long over flags none."""
    found = [f for f in row.flags if not f.startswith("open workload")]  # counted on its own
    return found + asye.flags(vault, row.person, sessions, start, end, today)


def figures(
    vault: Vault,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    *,
    names: bool = False,
    rng: random.Random | None = None,
) -> Figures:
    settings = team.settings_of(vault)
    judged_day = min(end, today)
    before_end = start - tracker.DAY
    before_start = before_end - (end - start)
    found, now, before, used, team_ids = [], [], [], set(), set()
    held_count = 0
    served = dict.fromkeys(FUNCTIONS, 0)
    to_copy: dict[str, int] = {}
    for decision in casefile.waiting(vault):
        to_copy[decision.case["person"]] = to_copy.get(decision.case["person"], 0) + 1
    # Each person's records over the period and the previous one, and over the year a
    # tracker row looks back on: never the whole history (core/period.py).
    since, until = period.window(before_start, end, today)
    since = min(since, tracker.window_start(judged_day, settings))
    logs_since = judged_day - dt.timedelta(weeks=5)  # a row's hours are the last 4 weeks'
    for person in repos.select(vault, "people", order="rowid"):
        records = period.records(
            vault,
            person["id"],
            since,
            until,
            today,
            with_text=False,
            logs_since=logs_since,
            asye=True,
        )
        if not _present(vault, person, records, start, end):
            continue
        team_ids.add(person["id"])
        judged = _judge(person, records, start, end, today)
        used.add(judged.rule)
        got = tracker.received(records.sessions, start, end, today)
        now.append((judged, got.minutes))
        # The previous period counts only people whose record began before this one.
        begins = tracker.record_start(person, records.sessions, today)
        if begins is not None and begins <= before_end:
            earlier = _judge(person, records, before_start, before_end, today)
            gone = tracker.received(records.sessions, before_start, before_end, today)
            before.append((earlier, gone.minutes))
        for session in got.sessions:
            held_count += 1
            for function in session.get("functions") or ():
                served[function] += 1
        row = tracker.row(
            person,
            records.cases,
            records.sessions,
            records.logs,
            records.concerns,
            judged_day,
            settings,
            records.agreements,
        )
        in_force = tracker.agreement_on(records.agreements, judged_day)
        done, agreed = _actions(vault, [s["id"] for s in got.sessions if s.get("person")])
        open_concerns = [c for c in records.concerns if c["status"] == "open"]
        found.append(
            Practitioner(
                letter="",
                caseload=tracker.caseload(records.cases, start, judged_day).average,
                open_cases=row.open_cases,
                capacity=tracker.capacity(person, settings, judged_day),
                minutes=got.minutes,
                on_time=judged.on_time,
                late=judged.late,
                missed=judged.missed,
                no_long_gap=judged.no_long_gap,
                judged_by=judged.rule,
                bacp=judged.months,
                newly_qualified=tracker.newly_qualified_on(person, start),
                left=bool(person["archived"]),
                overdue_now=row.standing.overdue_days > 0,
                open_concerns=len(open_concerns),
                oldest_concern_days=max(
                    ((judged_day - tracker.day(c["date"])).days for c in open_concerns),
                    default=None,
                ),
                to_copy=to_copy.get(person["id"], 0),
                agreement_in_date=(
                    None
                    if in_force is None
                    else not in_force["review"] or tracker.day(in_force["review"]) >= judged_day
                ),
                actions_done=done,
                actions_agreed=agreed,
                flags=_flags(vault, row, records.sessions, start, end, today),
                name=person["name"] if names else "",
            )
        )
    for practitioner, letter in zip(found, letters(len(found), rng), strict=True):
        practitioner.letter = letter
    found.sort(key=lambda p: (len(p.letter), p.letter))
    return Figures(
        start=start,
        end=end,
        practitioners=found,
        headline=_headline(now),
        previous=_headline(before) if before else None,
        function_shares={f: (n / held_count if held_count else 0.0) for f, n in served.items()},
        sessions_held=held_count,
        standards_used=[STANDARD_NAMES[r] for r in STANDARD_NAMES if r in used],
        quality=quality.quality(vault, start, judged_day, team_ids),
        audit=audit.summary(vault, start, end),
        names=names,
    )


def median_concern_age(found: Figures) -> float | None:
    ages = found.concern_ages
    return statistics.median(ages) if ages else None


# -- the CSV companion ------------------------------------------------------------------------

ROW_COLUMNS = (
    "period_start",
    "period_end",
    "practitioner",
    "weighted_caseload",
    "open_cases",
    "capacity_share",
    "supervision_minutes",
    "one_to_ones_on_time",
    "one_to_ones_late",
    "due_dates_missed",
    "no_gap_longer_than_standard",
    "bacp_months_met",
    "bacp_months_judged",
    "open_workload_concerns",
    "oldest_concern_days",
    "actions_done",
    "actions_agreed",
)
TEAM_COLUMNS = (
    "people",
    "supervisions_in_timescale",
    "staff_no_gap_longer_than_standard",
    "staff_judged",
    "previous_supervisions_in_timescale",
    "previous_staff_no_gap_longer_than_standard",
    "bacp_minutes_held",
    "bacp_minutes_counted",
    "decisions_to_copy",
    "agreements_in_date",
    "agreements_in_force",
    *(f"quality_{key}" for key, _ in quality.INDICATORS),
    *(f"quality_{key}_of" for key, _ in quality.INDICATORS),
    "audit_records",
    *(f"audit_{q}" for q in AUDIT_QUESTIONS),
    *(f"audit_{q}_of" for q in AUDIT_QUESTIONS),
)
CSV_COLUMNS = ROW_COLUMNS + TEAM_COLUMNS


def _ratio(value: float | None) -> float | str:
    return "" if value is None else round(value, 3)


def _row(p: Practitioner, found: Figures) -> list:
    return [
        found.start.isoformat(),
        found.end.isoformat(),
        team.safe_cell(p.name or p.letter),
        round(p.caseload, 1),
        p.open_cases,
        _ratio(p.share),
        p.minutes,
        p.on_time,
        p.late,
        p.missed,
        "" if p.no_long_gap is None else int(p.no_long_gap),
        p.months_met,
        p.months_judged,
        p.open_concerns,
        "" if p.oldest_concern_days is None else p.oldest_concern_days,
        p.actions_done,
        p.actions_agreed,
    ]


def csv_text(found: Figures) -> str:
    """A row per practitioner letter (only where the team is large enough for letters to
    stay anonymous) and a team row: the same figures as the PDF, for a service manager to
    combine several teams' files. Numbers are numbers, shares are fractions, dates ISO."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    if found.rows_shown:
        for p in found.practitioners:
            writer.writerow(_row(p, found) + [""] * len(TEAM_COLUMNS))
    people, head, before = found.practitioners, found.headline, found.previous
    months = found.bacp_months
    concern_ages = found.concern_ages
    in_date, in_force = found.agreements
    q = found.quality
    capacity = found.total("capacity")
    writer.writerow(
        [
            found.start.isoformat(),
            found.end.isoformat(),
            "Team",
            round(found.total("caseload"), 1),
            int(found.total("open_cases")),
            _ratio(found.total("caseload") / capacity if capacity else None),
            head.minutes,
            head.on_time,
            head.late,
            head.missed,
            head.staff_ok,
            sum(m.met for m in months),
            sum(m.judged for m in months),
            int(found.total("open_concerns")),
            max(concern_ages, default=""),
            int(found.total("actions_done")),
            int(found.total("actions_agreed")),
            len(people),
            _ratio(head.in_timescale),
            _ratio(head.staff_share),
            head.staff_judged,
            _ratio(before.in_timescale) if before else "",
            _ratio(before.staff_share) if before else "",
            sum(m.held for m in months),
            round(sum(m.minutes for m in months), 1),
            int(found.total("to_copy")),
            in_date,
            in_force,
            *(_ratio(q.share(key)) for key, _ in quality.INDICATORS),
            *(q.of[key] for key, _ in quality.INDICATORS),
            found.audit.records,
            *(_ratio(found.audit.share(q)) for q in AUDIT_QUESTIONS),
            *(found.audit.of[q] for q in AUDIT_QUESTIONS),
        ]
    )
    return buffer.getvalue()


def write_csv(found: Figures, path: Path) -> None:
    team.write_text_csv(path, csv_text(found))
