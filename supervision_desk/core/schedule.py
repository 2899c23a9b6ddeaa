"""When a person's next supervision is due under their standard (LGA Standard 5, BACP, or a
custom rhythm). Pure functions over records: no database, no clock unless given ``today``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import clock
from .records import parse_standard

NQ_WEEKLY = dt.timedelta(weeks=6)


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    """As ``calendar.monthrange(year, month)[1]``, without that module's import at start-up."""
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def interval_after(person: dict[str, Any], last: dt.date, rule: Any = None) -> tuple[str, dt.date]:
    """The rhythm that applies after a session on ``last`` and the date it makes due.
    ``rule`` (a ``tracker.Rule``) gives the days of an agreement's rhythm."""
    name, days, _minutes = parse_standard(person["supervision_standard"], "standard")
    if rule is not None and rule.name == "agreement":
        return f"every {rule.days} days (as agreed)", last + dt.timedelta(days=rule.days)
    if name == "custom":
        return f"every {days} days", last + dt.timedelta(days=days)
    started = person.get("started_role")
    if name == "lga_newly_qualified" and started and registered(person):
        # Each rhythm holds until its end: a session is due under the rule in force on the
        # day it falls due, so a fortnight that would end after six months is a month instead.
        start = dt.date.fromisoformat(started)
        weekly = last + dt.timedelta(weeks=1)
        if weekly < start + NQ_WEEKLY:
            return "weekly for the first 6 weeks", weekly
        fortnightly = last + dt.timedelta(weeks=2)
        if fortnightly < add_months(start, 6):
            return "fortnightly to 6 months in role", fortnightly
    return "monthly", add_months(last, 1)


def registered(person: dict[str, Any]) -> bool:
    """A registered social worker: as recorded, else taken from the role. LGA Standard 5 and
    its newly qualified rhythm, and the ASYE, are for registered social workers."""
    value = person.get("registered_social_worker")
    return person["role"] == "social_worker" if value is None else bool(value)


def minimum_minutes(person: dict[str, Any]) -> int:
    return parse_standard(person["supervision_standard"], "standard")[2]


def next_due(
    person: dict[str, Any], sessions: list[dict[str, Any]], agreements: Any = ()
) -> tuple[dt.date, str, int]:
    """Due date, rhythm and days overdue today (``tracker.standing`` has the whole picture)."""
    from .tracker import standing

    found = standing(person, sessions, clock.today(), agreements=list(agreements))
    return found.due, found.rhythm, found.overdue_days
