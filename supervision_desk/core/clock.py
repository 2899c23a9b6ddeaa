"""The one clock the app asks for "today" and "now", so tests (and the CLI's ``--today``) can
set it. Nothing else in the package calls ``date.today()`` or ``datetime.now()``."""

from __future__ import annotations

import datetime as dt

_fixed_today: dt.date | None = None


def today() -> dt.date:
    return _fixed_today or dt.date.today()


def now() -> dt.datetime:
    """Local time with its offset."""
    return dt.datetime.now(dt.UTC).astimezone()


def set_today(day: dt.date | None) -> None:
    """Fix today's date (tests, ``--today``); ``None`` returns to the system clock."""
    global _fixed_today
    _fixed_today = day
