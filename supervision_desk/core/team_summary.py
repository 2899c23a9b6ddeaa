"""The team summary's figures, for senior managers: anonymous in fact and useful in fact.

Practitioner letters are given in a fresh random order for every export (never by name or
id), people who left during the period are counted, and no text a person wrote is used: only
dates, minutes, weights, flags and counts. The PDF and the CSV companion read the same figures.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import statistics
import string
from dataclasses import dataclass, field
from pathlib import Path

from . import labels, repos, team, tracker
from .records import FUNCTIONS
from .vault import Vault

WEAK_ANONYMITY = 3  # fewer practitioners than this and a letter may point at a person


@dataclass
class Practitioner:
    letter: str
    caseload: float
    capacity: float
    minutes: int
    within_standard: bool
    judged_by: str  # which standard the verdict used
    on_time: int
    late: int
    missed: int
    newly_qualified: bool
    left: bool  # archived: counted for the part of the period they were here
    overdue_now: bool
    open_concerns: int
    oldest_concern_days: int | None
    flags: list[str] = field(default_factory=list)
    name: str = ""  # filled only when the user asks for names

    @property
    def share(self) -> float | None:
        return self.caseload / self.capacity if self.capacity else None


@dataclass
class Figures:
    start: dt.date
    end: dt.date
    practitioners: list[Practitioner]
    within_share: float | None
    previous_within_share: float | None
    minutes: int
    previous_minutes: int
    function_shares: dict[str, float]  # share of held sessions that served each function
    sessions_held: int
    standards_used: list[str]

    @property
    def weak_anonymity(self) -> bool:
        return len(self.practitioners) < WEAK_ANONYMITY

    def group(self, newly_qualified: bool) -> list[Practitioner]:
        return [p for p in self.practitioners if p.newly_qualified == newly_qualified]


def letters(count: int, rng: random.Random | None = None) -> list[str]:
    """``count`` practitioner letters in a fresh random order."""
    upper = string.ascii_uppercase
    names = [upper[i] if i < 26 else upper[i // 26 - 1] + upper[i % 26] for i in range(count)]
    (rng or random.SystemRandom()).shuffle(names)
    return [f"Practitioner {n}" for n in names]


STANDARD_NAMES = labels.STANDARD_SOURCE  # the standard a figure was judged by, in words


def _within(person, records, start, end, today) -> tuple[bool, str, tuple[int, int, int]]:
    rule = tracker.rule_for(person, records.agreements, min(end, today))
    if rule.name == "bacp_monthly":
        months = tracker.bacp_months(person, records.sessions, start, end, today)
        whole = [m for m in months if tracker.month_last(m.first) <= min(end, today)]
        return all(m.met for m in whole), rule.name, (0, 0, 0)
    gaps = tracker.compliance(
        person, records.sessions, start, end, today, agreements=records.agreements
    )
    counts = tracker.tally(gaps)
    return counts[1] == 0 and counts[2] == 0, rule.name, counts


def _present(person: dict, records: team.PersonRecords, start: dt.date, end: dt.date) -> bool:
    """On the team in the period: active, or archived with records inside it."""
    if not person["archived"]:
        return True
    inside = [s for s in records.sessions if start.isoformat() <= s["date"] <= end.isoformat()]
    cases = [c for c in records.cases if tracker.open_days(c, start, end)]
    return bool(inside or cases)


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
    judged = min(end, today)
    length = end - start
    before_end = start - tracker.DAY
    before_start = before_end - length
    found, previous, used = [], [], set()
    minutes = previous_minutes = held_count = 0
    served = dict.fromkeys(FUNCTIONS, 0)
    for person in repos.select(vault, "people", order="rowid"):
        records = team.records_of(vault, person["id"], with_text=False)
        if not _present(person, records, start, end):
            continue
        ok, rule, (on_time, late, missed) = _within(person, records, start, end, today)
        used.add(rule)
        got = tracker.received(records.sessions, start, end, today)
        minutes += got.minutes
        if before_end >= before_start:
            earlier, _, _ = _within(person, records, before_start, before_end, today)
            previous.append(earlier)
            previous_minutes += tracker.received(
                records.sessions, before_start, before_end, today
            ).minutes
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
            judged,
            settings,
            records.agreements,
        )
        open_concerns = [c for c in records.concerns if c["status"] == "open"]
        found.append(
            Practitioner(
                letter="",
                caseload=tracker.caseload(records.cases, start, judged).average,
                capacity=tracker.capacity(person, settings, judged),
                minutes=got.minutes,
                within_standard=ok,
                judged_by=rule,
                on_time=on_time,
                late=late,
                missed=missed,
                newly_qualified=tracker.newly_qualified_on(person, start),
                left=bool(person["archived"]),
                overdue_now=row.standing.overdue_days > 0,
                open_concerns=len(open_concerns),
                oldest_concern_days=max(
                    ((judged - tracker.day(c["date"])).days for c in open_concerns), default=None
                ),
                flags=[f for f in row.flags if not f.startswith("open workload")],
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
        within_share=_share([p.within_standard for p in found]),
        previous_within_share=_share(previous),
        minutes=minutes,
        previous_minutes=previous_minutes,
        function_shares={f: (n / held_count if held_count else 0.0) for f, n in served.items()},
        sessions_held=held_count,
        standards_used=[STANDARD_NAMES[r] for r in STANDARD_NAMES if r in used],
    )


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def median_concern_age(found: Figures) -> float | None:
    ages = [p.oldest_concern_days for p in found.practitioners if p.oldest_concern_days is not None]
    return statistics.median(ages) if ages else None


CSV_COLUMNS = (
    "period_start",
    "period_end",
    "practitioner",
    "newly_qualified",
    "left_during_period",
    "weighted_caseload",
    "capacity_points",
    "capacity_share",
    "supervision_minutes",
    "within_standard",
    "standard",
    "on_time",
    "late",
    "missed",
    "overdue_now",
    "open_workload_concerns",
    "oldest_concern_days",
)


def csv_text(found: Figures) -> str:
    """One row per practitioner letter and a team row: the same figures as the PDF, for a
    service manager to combine several teams' files."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    period = (found.start.isoformat(), found.end.isoformat())
    for p in found.practitioners:
        writer.writerow(
            [
                *period,
                team.safe_cell(p.name or p.letter),
                "yes" if p.newly_qualified else "no",
                "yes" if p.left else "no",
                f"{p.caseload:.1f}",
                f"{p.capacity:g}",
                f"{p.share:.3f}" if p.share is not None else "",
                p.minutes,
                "yes" if p.within_standard else "no",
                labels.STANDARD_SOURCE.get(p.judged_by, p.judged_by),
                p.on_time,
                p.late,
                p.missed,
                "yes" if p.overdue_now else "no",
                p.open_concerns,
                "" if p.oldest_concern_days is None else p.oldest_concern_days,
            ]
        )
    people = found.practitioners
    writer.writerow(
        [
            *period,
            "Team",
            sum(p.newly_qualified for p in people),
            sum(p.left for p in people),
            f"{sum(p.caseload for p in people):.1f}",
            f"{sum(p.capacity for p in people):g}",
            "",
            found.minutes,
            "" if found.within_share is None else f"{found.within_share:.3f}",
            "",
            sum(p.on_time for p in people),
            sum(p.late for p in people),
            sum(p.missed for p in people),
            sum(p.overdue_now for p in people),
            sum(p.open_concerns for p in people),
            max((p.oldest_concern_days or 0 for p in people), default=""),
        ]
    )
    return buffer.getvalue()


def write_csv(found: Figures, path: Path) -> None:
    text = csv_text(found)
    team.new_file(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))
