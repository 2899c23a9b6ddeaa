"""The tracker applied to a vault: each person's records gathered once, the team table, and
the table as text, CSV and iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import casefile, policy, repos, sessions, tracker
from .errors import OutputError
from .fsutil import atomic_output
from .vault import Vault


@dataclass
class PersonRecords:
    person: dict
    cases: list[dict]
    sessions: list[dict]
    logs: list[dict]
    concerns: list[dict]
    agreements: list[dict] = field(default_factory=list)


TIMELINE = (
    "id",
    "person",
    "date",
    "start",
    "minutes",
    "kind",
    "status",
    "attendees",
    "group_size",
    "functions",
)


def timeline(vault: Vault, person_id: str) -> list[dict]:
    """A person's sessions (group sessions they attended included) without their text: all
    the tracker needs, and far less to read than full records."""
    rows = vault.conn.execute(
        f"SELECT {', '.join(TIMELINE)} FROM sessions WHERE {sessions.ATTENDED} "
        "ORDER BY date, rowid",
        (person_id, person_id),
    )
    found = [dict(zip(TIMELINE, r, strict=True)) for r in rows]
    for session in found:
        session["attendees"] = json.loads(session["attendees"])
        session["functions"] = json.loads(session["functions"])
    return found


def settings_of(vault: Vault) -> tracker.Settings:
    return tracker.Settings.from_policy(policy.load(vault))


def records_of(
    vault: Vault, person_id: str, with_text: bool = True, logs_since: dt.date | None = None
) -> PersonRecords:
    by = (person_id,)
    since = logs_since.isocalendar() if logs_since else None
    first_week = f"{since.year}-W{since.week:02d}" if since else ""
    return PersonRecords(
        person=repos.get(vault, "people", person_id),
        cases=repos.select(vault, "cases", "person = ?", by, order="allocated, rowid"),
        sessions=(
            repos.select(vault, "sessions", sessions.ATTENDED, by * 2, order="date, rowid")
            if with_text
            else timeline(vault, person_id)
        ),
        logs=repos.select(
            vault, "time_logs", "person = ? AND week >= ?", (*by, first_week), order="week"
        ),
        concerns=repos.select(vault, "concerns", "person = ?", by, order="date, rowid"),
        agreements=repos.select(vault, "agreements", "person = ?", by, order="agreed, rowid"),
    )


def rows(
    vault: Vault,
    today: dt.date,
    settings: tracker.Settings | None = None,
    include_archived: bool = False,
) -> list[tracker.Row]:
    settings = settings or settings_of(vault)
    to_copy: dict[str, int] = {}
    for decision in casefile.waiting(vault):
        to_copy[decision.case["person"]] = to_copy.get(decision.case["person"], 0) + 1
    found = []
    recent = today - dt.timedelta(weeks=5)  # the rows judge hours over the last 4 weeks
    for person in sessions.people(vault, include_archived):
        r = records_of(vault, person["id"], with_text=False, logs_since=recent)
        found.append(
            tracker.row(
                r.person, r.cases, r.sessions, r.logs, r.concerns, today, settings, r.agreements
            )
        )
        found[-1].to_copy = to_copy.get(person["id"], 0)
    return sorted(found, key=lambda x: (x.standing.due, x.person["name"].casefold()))


COLUMNS = (
    "Person",
    "Caseload",
    "Capacity",
    "Last 1:1",
    "Next due",
    "Overdue",
    "Min (28d)",
    "Flags",
)


def cells(row: tracker.Row) -> list[str]:
    last = row.standing.last["date"] if row.standing.last else "none"
    return [
        row.person["name"],
        f"{row.caseload_today:g}",
        f"{row.capacity_share:.0%}",
        last,
        row.standing.due.isoformat(),
        str(row.standing.overdue_days) if row.standing.overdue_days else "",
        str(row.minutes_28),
        "; ".join(row.flags) or "ok",
    ]


def as_text(table: list[tracker.Row], today: dt.date) -> str:
    data = [list(COLUMNS), *map(cells, table)]
    widths = [max(len(r[i]) for r in data) for i in range(len(COLUMNS))]
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
    if path.exists():
        raise OutputError(f"{path} already exists; choose a new name.")
    if not path.parent.is_dir():
        raise OutputError(f"The folder {path.parent} does not exist.")
    try:
        with atomic_output(path, overwrite=False) as tmp:
            write(tmp)
    except FileExistsError:
        raise OutputError(f"{path} already exists; choose a new name.") from None
    except OSError as exc:
        raise OutputError(f"{path} could not be written: {exc.strerror}.") from None


def write_csv(table: list[tracker.Row], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "person",
            "weighted_caseload",
            "capacity_points",
            "capacity_share",
            "last_one_to_one",
            "next_due",
            "rhythm",
            "overdue_days",
            "minutes_last_28_days",
            "diverging",
            "overtime_hours_4_weeks",
            "flags",
        ]
    )
    for r in table:
        writer.writerow(
            [
                safe_cell(r.person["name"]),
                f"{r.caseload_today:g}",
                f"{r.capacity:g}",
                f"{r.capacity_share:.3f}",
                r.standing.last["date"] if r.standing.last else "",
                r.standing.due.isoformat(),
                r.standing.rhythm,
                r.standing.overdue_days,
                r.minutes_28,
                "yes" if r.trend.diverging else "no",
                f"{r.hours_4w.overtime:.1f}" if r.hours_4w.weeks_logged else "",
                safe_cell("; ".join(r.flags)),
            ]
        )
    new_file(path, lambda tmp: tmp.write_text(buffer.getvalue(), encoding="utf-8", newline=""))


def calendar_bytes(table: list[tracker.Row], today: dt.date) -> bytes:
    """One all-day event per person on the day their next supervision is due."""
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
        for label, when in tracker.asye_reviews(r.person) if r.person["newly_qualified"] else []:
            if when < today:
                continue
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
