"""The ASYE year (the assessed and supported year in employment, England) of a newly qualified
social worker: reviews held with their outcome, protected development time against about 10%
of contracted time, a self-assessment against the knowledge and skills statement at the start,
middle and end, direct observations of practice, and an assessor who may not be the
supervisor.

Everything a screen, a PDF or the command line shows comes from ``progress``, computed once.
The year belongs to social workers only (``applies``): a youth worker's record holds none of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from . import clock, history, labels, policy, repos, schedule, tracker
from .errors import BadInput, NotFound
from .records import (
    ASYE_ADULT_AREAS,
    ASYE_CHILDREN_AREAS,
    ASYE_KINDS,
    ASYE_REVIEW_MONTHS,
    ASYE_STAGES,
)
from .vault import Vault

PROTECTED_SHARE = 0.10  # about a tenth of contracted time goes to development
REVIEW_MONTHS = (3, 6, 12)  # the 9-month review is optional: ``asye.nine_month``
assert set(REVIEW_MONTHS) < set(ASYE_REVIEW_MONTHS)


@dataclass(frozen=True)
class Statement:
    """One knowledge and skills statement: its areas (in our words) and where to read it."""

    areas: tuple[str, ...]
    citation: str
    address: str


STATEMENTS = {
    "children": Statement(
        ASYE_CHILDREN_AREAS,
        "Department for Education (2018) Post-qualifying standard: knowledge and skills "
        "statement for child and family practitioners",
        "https://www.gov.uk/government/publications/"
        "knowledge-and-skills-statements-for-child-and-family-social-work",
    ),
    "adults": Statement(
        ASYE_ADULT_AREAS,
        "Department of Health (2015) Knowledge and skills statement for social workers in "
        "adult services",
        "https://www.gov.uk/government/publications/"
        "knowledge-and-skills-statement-for-social-workers-in-adult-services",
    ),
}
NOT_SOCIAL_WORKER = (
    "The ASYE is for newly qualified social workers: mark the person as newly qualified "
    "(and a social worker) first."
)


def applies(person: dict[str, Any]) -> bool:
    """Whether a person is in the ASYE: newly qualified and a social worker. Registration,
    once a person's record holds it, decides who is a social worker; until then the role."""
    registered = person.get("registered_social_worker")
    social_worker = person["role"] == "social_worker" if registered is None else bool(registered)
    return bool(person["newly_qualified"]) and social_worker


def _person(vault: Vault, person_id: str) -> dict[str, Any]:
    person = repos.get(vault, "people", person_id)
    if not applies(person):
        raise BadInput(NOT_SOCIAL_WORKER)
    return person


# -- the programme -------------------------------------------------------------------------


def programme(vault: Vault, person_id: str) -> dict[str, Any]:
    """The person's ASYE settings (statement, assessor, hours), defaults until saved."""
    try:
        return repos.get(vault, "asye", person_id)
    except NotFound:
        return {
            "person": person_id,
            "setting": "children",
            "assessor": "",
            "assessor_role": "",
            "contracted_hours": None,
            "nine_month": False,
        }


def save_programme(vault: Vault, person_id: str, **fields: Any) -> dict[str, Any]:
    _person(vault, person_id)
    return repos.save(vault, "asye", {**programme(vault, person_id), **fields})


# -- the records of the year -----------------------------------------------------------------


def record_review(
    vault: Vault, person_id: str, months: int, held: dt.date, outcome: str, notes: str = ""
) -> dict[str, Any]:
    """Record a review as held; recording it again replaces the earlier entry."""
    _person(vault, person_id)
    found = repos.select(vault, "asye_reviews", "person = ? AND months = ?", (person_id, months))
    record = {
        "id": found[0]["id"] if found else None,
        "person": person_id,
        "months": months,
        "held": held.isoformat(),
        "outcome": outcome,
        "notes": notes,
    }
    return repos.save(vault, "asye_reviews", record)


def log_time(
    vault: Vault, person_id: str, day: dt.date, hours: float, note: str = ""
) -> dict[str, Any]:
    _person(vault, person_id)
    record = {"person": person_id, "date": day.isoformat(), "hours": hours, "note": note}
    return repos.save(vault, "asye_time", record)


def add_observation(
    vault: Vault, person_id: str, day: dt.date, observer: str, note: str = ""
) -> dict[str, Any]:
    _person(vault, person_id)
    record = {"person": person_id, "date": day.isoformat(), "observer": observer, "note": note}
    return repos.save(vault, "asye_observations", record)


def rate(
    vault: Vault,
    person_id: str,
    stage: str,
    area: str,
    rating: str,
    day: dt.date,
    note: str = "",
) -> dict[str, Any]:
    """The worker's own rating of one area at one stage; rating it again replaces it."""
    _person(vault, person_id)
    setting = programme(vault, person_id)["setting"]
    if area not in STATEMENTS[setting].areas:
        raise BadInput(
            f"That area is not in the statement for {labels.ASYE_SETTING[setting].lower()}."
        )
    found = repos.select(
        vault, "asye_kss", "person = ? AND stage = ? AND area = ?", (person_id, stage, area)
    )
    record = {
        "id": found[0]["id"] if found else None,
        "person": person_id,
        "stage": stage,
        "area": area,
        "date": day.isoformat(),
        "rating": rating,
        "note": note,
    }
    return repos.save(vault, "asye_kss", record)


def delete(vault: Vault, kind: str, record_id: str) -> dict[str, Any]:
    """Delete one review, time entry, observation or rating (the app can undo it)."""
    if kind not in ASYE_KINDS or kind == "asye":
        raise BadInput("That is not a record of the ASYE year.")
    return repos.delete(vault, kind, record_id)


def records_of(vault: Vault, person_id: str) -> list[tuple[str, dict[str, Any]]]:
    """Every ASYE record about a person, as (kind, record): removed with the person."""
    found = []
    for kind in ASYE_KINDS:
        found += [(kind, r) for r in repos.select(vault, kind, "person = ?", (person_id,))]
    return found


# -- where the year stands -------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    months: int
    due: dt.date | None
    held: dict[str, Any] | None  # the review as recorded, or None
    session: dt.date | None = None  # else the day of the tagged session that answers it

    @property
    def label(self) -> str:
        return f"{self.months}-month review"

    @property
    def done(self) -> bool:
        """Held, as recorded here or through a session tagged "ASYE review" (``judge``)."""
        return self.held is not None or self.session is not None

    def words(self, today: dt.date) -> str:
        if self.held:
            return (
                f"held {labels.long_date(self.held['held'])}: "
                f"{labels.ASYE_OUTCOME[self.held['outcome']]}"
            )
        if self.session:
            return (
                f"held {labels.long_date(self.session)} in a session tagged "
                f'"{tracker.ASYE_TAG}" (no outcome recorded here)'
            )
        if self.due is None:
            return "due date unknown (add the date the person started in role)"
        when = labels.long_date(self.due)
        return f"not yet held (was due {when})" if self.due < today else f"due {when}"


@dataclass(frozen=True)
class Time:
    """Protected development time logged so far against the share of contracted time."""

    hours: float
    weekly_hours: float  # contracted hours a week
    weeks: float  # weeks of the year so far
    entries: list[dict[str, Any]] = field(default_factory=list)

    @property
    def expected(self) -> float:
        return PROTECTED_SHARE * self.weekly_hours * self.weeks

    @property
    def share(self) -> float | None:
        """Logged hours as a share of the contracted hours so far."""
        worked = self.weekly_hours * self.weeks
        return self.hours / worked if worked > 0 else None

    def words(self) -> str:
        logged = f"{self.hours:g} hours logged"
        if self.share is None:
            return f"{logged}; the year has not started yet."
        days = round(self.weeks * 7)
        period = f"{days} day{'' if days == 1 else 's'}" if days < 14 else f"{self.weeks:.0f} weeks"
        return (
            f"{logged} over {period}: {self.share:.1%} of contracted time "
            f"({self.weekly_hours:g} hours a week). About 10% would be "
            f"{self.expected:.1f} hours by now."
        )


@dataclass(frozen=True)
class Progress:
    person: dict[str, Any]
    programme: dict[str, Any]
    statement: Statement
    start: dt.date | None
    end: dt.date | None
    reviews: list[Review]
    time: Time
    observations: list[dict[str, Any]]
    ratings: dict[str, dict[str, dict[str, Any]]]  # stage -> area -> rating record
    today: dt.date

    def stage_date(self, stage: str) -> str | None:
        found = [r["date"] for r in self.ratings.get(stage, {}).values()]
        return max(found) if found else None

    def assessor_words(self) -> str:
        prog = self.programme
        if not prog["assessor"].strip():
            return "not named yet"
        role = f" ({prog['assessor_role'].strip()})" if prog["assessor_role"].strip() else ""
        return prog["assessor"].strip() + role

    def citation(self) -> str:
        return f"{self.statement.citation}. {self.statement.address}"


def progress(vault: Vault, person_id: str, today: dt.date | None = None) -> Progress | None:
    """Where a person's ASYE year stands; ``None`` for anyone not in the ASYE."""
    today = today or clock.today()
    person = repos.get(vault, "people", person_id)
    if not applies(person):
        return None
    prog = programme(vault, person_id)
    start = dt.date.fromisoformat(person["started_role"]) if person["started_role"] else None
    end = _end(person, start)
    recorded = repos.select(vault, "asye_reviews", "person = ?", (person_id,), order="held, rowid")
    held = {review["months"]: review for review in recorded}
    points = sorted(set(REVIEW_MONTHS) | ({9} if prog["nine_month"] else set()) | set(held))
    # A review answered by a session tagged "ASYE review" is held here too, as the Tracker
    # and the summaries count it: one rule (``judge``).
    answered = {}
    if start is not None:
        tagged = history.tagged(vault, person_id, answered_from(person), today)
        verdicts = judge(person, tagged, recorded, today, prog["nine_month"])
        answered = {v.months: v.session for v in verdicts}
    reviews = [
        Review(
            n,
            schedule.add_months(start, n) if start else None,
            held.get(n),
            None if n in held else answered.get(n),
        )
        for n in points
    ]
    entries = repos.select(vault, "asye_time", "person = ?", (person_id,), order="date, rowid")
    weekly = prog["contracted_hours"] or policy.load(vault).contracted_hours * person["fte"]
    until = min(today, end) if end else today
    # Days elapsed; on the year's first day that is one day (the year has begun).
    elapsed = (until - start).days if start else -1
    weeks = (max(elapsed, 1) if elapsed >= 0 else 0) / 7
    time = Time(sum(e["hours"] for e in entries), weekly, weeks, entries)
    observations = repos.select(
        vault, "asye_observations", "person = ?", (person_id,), order="date, rowid"
    )
    ratings: dict[str, dict[str, dict[str, Any]]] = {stage: {} for stage in ASYE_STAGES}
    for rating in repos.select(vault, "asye_kss", "person = ?", (person_id,)):
        ratings[rating["stage"]][rating["area"]] = rating
    return Progress(
        person,
        prog,
        STATEMENTS[prog["setting"]],
        start,
        end,
        reviews,
        time,
        observations,
        ratings,
        today,
    )


def _end(person: dict[str, Any], start: dt.date | None) -> dt.date | None:
    if person.get("newly_qualified_until"):
        return dt.date.fromisoformat(person["newly_qualified_until"])
    return schedule.add_months(start, 12) if start else None


# -- the reviews a summary of a period flags -------------------------------------------------


def year_of(person: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a person's ASYE year; ``None`` for anyone not in the ASYE, or
    with no start date recorded (no review has a date then)."""
    if not applies(person) or not person["started_role"]:
        return None
    start = dt.date.fromisoformat(person["started_role"])
    return start, _end(person, start)


def overlaps(person: dict[str, Any], start: dt.date, end: dt.date) -> bool:
    """Whether a person's ASYE year shares a day with ``start`` to ``end``."""
    year = year_of(person)
    return year is not None and year[0] <= end and year[1] >= start


def answered_from(person: dict[str, Any]) -> dt.date | None:
    """The first day a held session can answer one of a person's reviews: a month before the
    first is due."""
    year = year_of(person)
    return schedule.add_months(year[0], min(REVIEW_MONTHS) - 1) if year else None


def _tagged(session: dict[str, Any]) -> bool:
    return any(t.casefold() == tracker.ASYE_TAG.casefold() for t in session.get("tags") or ())


@dataclass(frozen=True)
class Verdict:
    """One review judged on a day: the review recorded as held by then, else the date of the
    tagged session that answers it, if any."""

    months: int
    due: dt.date
    recorded: dict[str, Any] | None
    session: dt.date | None

    @property
    def held(self) -> bool:
        return self.recorded is not None or self.session is not None


def judge(
    person: dict[str, Any],
    sessions: list[dict[str, Any]],
    recorded: list[dict[str, Any]],
    judged: dt.date,
    nine_month: bool = False,
) -> list[Verdict]:
    """Each of a person's reviews as held or not on the day ``judged``: the one rule the
    Tracker, the summaries and the ASYE page share. A review is held when it is recorded as
    held (``recorded``: the ASYE year's reviews), or when a held session tagged "ASYE review"
    answers it: each tagged session answers one review, in order, from a month before it is
    due, and the session of a review recorded as held answers no other. ``sessions`` must
    carry their tags from ``answered_from`` on. Nothing for anyone outside the ASYE or with
    no start date."""
    year = year_of(person)
    if year is None:
        return []
    done = {r["months"]: r for r in recorded if r["held"] <= judged.isoformat()}
    tagged = sorted(tracker.day(s["date"]) for s in tracker.held(sessions, judged) if _tagged(s))
    for review in done.values():
        if tracker.day(review["held"]) in tagged:
            tagged.remove(tracker.day(review["held"]))
    found = []
    for months in sorted({*REVIEW_MONTHS, *((9,) if nine_month else ()), *done}):
        due = schedule.add_months(year[0], months)
        answer = None
        if months not in done:
            answer = next((d for d in tagged if d >= schedule.add_months(due, -1)), None)
            if answer is not None:
                tagged.remove(answer)
        found.append(Verdict(months, due, done.get(months), answer))
    return found


def summary_flags(
    person: dict[str, Any],
    sessions: list[dict[str, Any]],
    recorded: list[dict[str, Any]],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    nine_month: bool = False,
) -> list[str]:
    """What a summary of ``start`` to ``end`` (or the Tracker, over its window) says of a
    person's ASYE reviews, judged on the period's last day (today, if sooner), and only if
    their ASYE year overlaps the period: a year that ended before it began is over, not short
    of reviews. Each review whose date has passed with none held for it (``judge``) is
    flagged, one overdue when the period began included; a summary that reaches today also
    names a review due in the next fortnight."""
    if not overlaps(person, start, end):
        return []
    judged = min(end, today)
    found = []
    for verdict in judge(person, sessions, recorded, judged, nine_month):
        due = verdict.due
        if verdict.held:
            continue
        if due < judged:
            found.append(
                f"{verdict.months}-month ASYE review not held (due {labels.short_date(due)})"
            )
        elif judged == today and (due - today).days <= 14:
            found.append(f"{verdict.months}-month ASYE review due {labels.short_date(due)}")
    return found


def flags(
    vault: Vault,
    person: dict[str, Any],
    sessions: list[dict[str, Any]],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> list[str]:
    """``summary_flags`` with the reviews recorded on the person's ASYE page and whether
    their programme has a 9-month review, read only when their year overlaps the period."""
    if not overlaps(person, start, end):
        return []
    recorded = repos.select(vault, "asye_reviews", "person = ?", (person["id"],))
    nine = programme(vault, person["id"])["nine_month"]
    return summary_flags(person, sessions, recorded, start, end, today, nine)


def tracker_reviews(
    vault: Vault, person: dict[str, Any], since: dt.date, today: dt.date
) -> tuple[list[str], list[tuple[str, dt.date]]]:
    """The ASYE side of a Tracker row whose window runs from ``since`` to today: its flags
    (``summary_flags``) and the reviews still to hold, due today or later, as (name, due)
    for the calendar. Both judged by ``judge`` from one reading of the person's held sessions
    with tags from a month before the first review (``history.tagged``); none, and nothing
    read, unless their ASYE year reaches into the window."""
    year = year_of(person)
    if year is None or year[1] < since:
        return [], []
    sessions = history.tagged(vault, person["id"], answered_from(person), today)
    recorded = repos.select(vault, "asye_reviews", "person = ?", (person["id"],))
    nine = programme(vault, person["id"])["nine_month"]
    found = summary_flags(person, sessions, recorded, since, today, today, nine)
    coming = [
        (f"{v.months}-month ASYE review", v.due)
        for v in judge(person, sessions, recorded, today, nine)
        if not v.held and v.due >= today
    ]
    return found, coming


def as_text(found: Progress) -> str:
    """The year in plain words, for the command line."""
    person = found.person
    lines = [f"ASYE year: {person['name']}"]
    if found.start:
        lines.append(
            f"From {labels.long_date(found.start)} to {labels.long_date(found.end)} · "
            f"{labels.ASYE_SETTING[found.programme['setting']]}"
        )
    else:
        lines.append("Start date not recorded: add when the person started in role.")
    lines.append(f"Assessor: {found.assessor_words()}")
    lines += ["", "Reviews"]
    lines += [f"  {r.label}: {r.words(found.today)}" for r in found.reviews]
    lines += ["", "Protected development time", f"  {found.time.words()}"]
    lines += ["", "Direct observations"]
    if not found.observations:
        lines.append("  None recorded yet.")
    for obs in found.observations:
        note = obs["note"].strip().splitlines()[0] if obs["note"].strip() else ""
        lines.append(f"  {obs['date']} · {obs['observer']}" + (f" · {note}" if note else ""))
    lines += ["", "Self-assessment against the knowledge and skills statement"]
    for stage in ASYE_STAGES:
        rated = found.ratings[stage]
        when = found.stage_date(stage)
        lines.append(
            f"  {labels.ASYE_STAGE[stage]}: "
            + (
                f"{len(rated)} of {len(found.statement.areas)} areas rated ({when})"
                if rated
                else "not done yet"
            )
        )
    lines += ["", f"Statement: {found.citation()}"]
    return "\n".join(lines) + "\n"
