"""The tracker applied to a vault: each person's records gathered once, the team table, and
the table as text, CSV and iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from . import asye, casefile, history, person_records, policy, sessions, tracker
from .errors import OutputError
from .fsutil import atomic_output, check_output
from .person_records import TIMELINE, PersonRecords
from .shown import shown
from .vault import Vault


def settings_of(vault: Vault) -> tracker.Settings:
    return tracker.Settings.from_policy(policy.load(vault))


def records_of(vault: Vault, person_id: str, with_text: bool = True) -> PersonRecords:
    """A person's whole history: every case, time log, concern and session (without the
    notes if ``with_text`` is False). No view reads so much: each is checked against it."""
    fields = None if with_text else (*TIMELINE, "functions")
    return person_records.read(vault, person_id, replace(history.EVERY, fields=fields))


def window_records(
    vault: Vault,
    person_id: str,
    today: dt.date,
    since: dt.date,
    logs_since: dt.date,
    cases_since: dt.date | None,
) -> PersonRecords:
    """What a tracker row or its detail reads of a person for ``today``: the cases open on
    any day from ``cases_since`` (None: every case, closed long ago too), the sessions
    the figures from ``since`` look at (``history.window_sessions``), the time logs from
    ``logs_since``, and the workload concerns and agreements. Read through indexes, it costs
    the same after twenty years as after one, and the row worked out from it is the row the
    whole history gives."""
    return person_records.read(
        vault,
        person_id,
        history.window_sessions(since, today, today, planned_after=True),
        # A case is not open on its closing day: one closed on ``cases_since`` counts for
        # nothing from then on.
        cases_closed_from=cases_since + tracker.DAY if cases_since else dt.date.min,
        logs_from=logs_since,
    )


def rows(
    vault: Vault,
    today: dt.date,
    settings: tracker.Settings | None = None,
    include_archived: bool = False,
) -> list[tracker.Row]:
    """The team table: a row of figures for each person, the most pressing first."""
    for found in rows_stepwise(vault, today, settings, include_archived):
        if found is not None:
            return found
    return []  # pragma: no cover - rows_stepwise always ends with the rows


def rows_stepwise(
    vault: Vault,
    today: dt.date,
    settings: tracker.Settings | None = None,
    include_archived: bool = False,
) -> Iterator[list[tracker.Row] | None]:
    """``rows`` a person at a time, for a caller that shares its thread with other work (the
    app's window): yields ``None`` after each person and last the rows themselves. Each
    person's row reads the window of its figures and the few older sessions their schedule
    runs from (``window_records``): never their whole history."""
    settings = settings or settings_of(vault)
    to_copy: dict[str, int] = {}
    for decision in casefile.waiting(vault):
        to_copy[decision.case["person"]] = to_copy.get(decision.case["person"], 0) + 1
    found = []
    recent = today - dt.timedelta(weeks=5)  # the rows judge hours over the last 4 weeks
    for person in sessions.people(vault, include_archived):
        if person["archived"] and sessions.deleted_person(vault, person["id"]):
            continue  # deleted, kept only for their agreed records: no row of figures
        since = tracker.window_start(today, settings)
        r = window_records(vault, person["id"], today, since, recent, cases_since=since)
        found.append(
            tracker.row(
                r.person, r.cases, r.sessions, r.logs, r.concerns, today, settings, r.agreements
            )
        )
        found[-1].to_copy = to_copy.get(person["id"], 0)
        # The row's sessions carry no tags: the ASYE reviews are judged apart, reading tags
        # only for someone whose ASYE year overlaps the window.
        found[-1].asye, found[-1].asye_coming = asye.tracker_reviews(vault, r.person, since, today)
        yield None
    yield sorted(found, key=lambda x: (x.standing.due, x.person["name"].casefold()))


@dataclass(frozen=True)
class Figure:
    """One column of the tracker, declared once: the CSV's name for it, the header the app
    and the command line show, its value (a number, an ISO date or text) and its text."""

    key: str
    header: str
    value: Callable[[tracker.Row], object]
    text: Callable[[tracker.Row], str]


def _last(r: tracker.Row) -> str:
    return r.standing.last["date"] if r.standing.last else ""


TRACKER = (
    Figure("person", "Person", lambda r: r.person["name"], lambda r: r.person["name"]),
    Figure(
        "weighted_caseload",
        "Caseload",
        lambda r: round(r.caseload_today, 2),
        lambda r: f"{r.caseload_today:g}",
    ),
    Figure("open_cases", "Cases", lambda r: r.open_cases, lambda r: str(r.open_cases)),
    Figure("capacity_points", "Capacity", lambda r: r.capacity, lambda r: f"{r.capacity:g}"),
    Figure(
        "capacity_share",
        "Of capacity",
        lambda r: round(r.capacity_share, 3),
        lambda r: f"{r.capacity_share:.0%}",
    ),
    Figure("last_supervision", "Last supervision", _last, lambda r: _last(r) or "none yet"),
    Figure(
        "next_due",
        "Next due",
        lambda r: r.standing.due.isoformat(),
        lambda r: r.standing.due.isoformat(),
    ),
    Figure(
        "overdue_days",
        "Overdue days",
        lambda r: r.standing.overdue_days,
        lambda r: str(r.standing.overdue_days) if r.standing.overdue_days else "—",
    ),
    Figure(
        "minutes_last_28_days",
        "Minutes (28 days)",
        lambda r: r.minutes_28,
        lambda r: str(r.minutes_28),
    ),
    Figure(
        "status",
        "Status",
        lambda r: r.standing.status,
        lambda r: r.standing.status.capitalize(),
    ),
    Figure("rhythm", "Rhythm", lambda r: r.standing.rhythm, lambda r: r.standing.rhythm),
    Figure("flags", "Flags", lambda r: "; ".join(r.flags), lambda r: "; ".join(r.flags) or "—"),
)
# The columns the app's table shows, and those the terminal shows (its width is limited);
# the CSV has them all.
SCREEN_KEYS = (
    "person",
    "weighted_caseload",
    "open_cases",
    "capacity_share",
    "last_supervision",
    "next_due",
    "overdue_days",
    "minutes_last_28_days",
    "status",
    "flags",
)
TEXT_KEYS = (
    "person",
    "weighted_caseload",
    "capacity_share",
    "last_supervision",
    "next_due",
    "overdue_days",
    "minutes_last_28_days",
    "flags",
)


def cells(row: tracker.Row) -> list[str]:
    return [f.text(row) for f in TRACKER if f.key in TEXT_KEYS]


def as_text(table: list[tracker.Row], today: dt.date) -> str:
    header = [f.header for f in TRACKER if f.key in TEXT_KEYS]
    data = [header, *map(cells, table)]
    widths = [max(len(r[i]) for r in data) for i in range(len(header))]
    lines = [f"Workload and supervision on {today.isoformat()}"]
    for n, r in enumerate(data):
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    if not table:
        lines.append("(nobody yet)")
    return "\n".join(lines) + "\n"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: never read as a formula (CSV injection)."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def new_file(path: Path, write: Callable[[Path], None]) -> None:
    """Write a new file in one step; an existing file is never replaced."""
    check_output(path)
    try:
        with atomic_output(path, overwrite=False) as tmp:
            write(tmp)
    except FileExistsError:
        raise OutputError(f"{shown(path)} already exists; choose a new name.") from None
    except OSError as exc:
        raise OutputError(f"{shown(path)} could not be written: {exc.strerror}.") from None


def csv_value(value: object) -> object:
    """Numbers stay numbers (a whole one without ".0"); text is made safe from being read
    as a formula."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int | float) else safe_cell(value)


def write_text_csv(path: Path, text: str) -> None:
    """A new CSV with a byte-order mark, so Excel and LibreOffice open it as UTF-8 on a
    double-click (accented and Welsh names intact)."""
    new_file(path, lambda tmp: tmp.write_text(text, encoding="utf-8-sig", newline=""))


def write_csv(table: list[tracker.Row], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([f.key for f in TRACKER])
    for r in table:
        writer.writerow([csv_value(f.value(r)) for f in TRACKER])
    write_text_csv(path, buffer.getvalue())


def calendar_bytes(table: list[tracker.Row], today: dt.date) -> bytes:
    """One all-day event per person on the day their next supervision is due, one on the day
    each ASYE review still to hold falls due (a review held early, in a session tagged "ASYE
    review" or recorded on the ASYE page, is no longer coming), and each planned session."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Supervision Desk//Supervision due dates//EN")
    cal.add("version", "2.0")
    stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    for r in table:
        due = max(r.standing.due, today)  # an overdue session is due now
        event = Event()
        event.add("uid", f"{r.person['id']}-{r.standing.due.isoformat()}@supervision-desk")
        event.add("dtstamp", stamp)
        event.add("summary", f"Supervision due: {r.person['name']}")
        event.add("dtstart", due)
        event.add("dtend", due + tracker.DAY)
        note = f"Rhythm: {r.standing.rhythm}."
        if r.standing.overdue_days:
            note += f" Overdue by {r.standing.overdue_days} days on {today.isoformat()}."
        event.add("description", note)
        cal.add_component(event)
        for label, when in r.asye_coming:
            event = Event()
            event.add("uid", f"{r.person['id']}-asye-{when.isoformat()}@supervision-desk")
            event.add("dtstamp", stamp)
            event.add("summary", f"{label}: {r.person['name']}")
            event.add("dtstart", when)
            event.add("dtend", when + tracker.DAY)
            cal.add_component(event)
        for planned in r.planned:
            event = Event()
            event.add("uid", f"{planned['id']}@supervision-desk")
            event.add("dtstamp", stamp)
            event.add("summary", f"Supervision (planned): {r.person['name']}")
            when = tracker.day(planned["date"])
            if planned.get("start"):
                hour, minute = map(int, planned["start"].split(":"))
                begin = dt.datetime.combine(when, dt.time(hour, minute))
                event.add("dtstart", begin)
                event.add("dtend", begin + dt.timedelta(minutes=planned["minutes"]))
            else:
                event.add("dtstart", when)
                event.add("dtend", when + tracker.DAY)
            cal.add_component(event)
    return cal.to_ical()


def write_ics(table: list[tracker.Row], path: Path, today: dt.date) -> None:
    data = calendar_bytes(table, today)
    new_file(path, lambda tmp: tmp.write_bytes(data))
