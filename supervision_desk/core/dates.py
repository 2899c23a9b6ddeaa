"""Dates typed as a person in the UK types them: 2026-08-03, 3/8/2026, 3.8.26, 3 Aug 2026,
3 August 2026. Day before month, always; anything ambiguous or impossible is refused with a
message that says what would work."""

from __future__ import annotations

import datetime as dt
import re

from .errors import ValidationError

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_WORDS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})")
EXAMPLE = "3/8/2026, 3 Aug 2026 or 2026-08-03"


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def parse(text: str, path: str = "date") -> dt.date:
    """The date ``text`` means, or ValidationError(path) saying how to write one."""
    cleaned = " ".join(text.strip().lower().split())
    parts: tuple[int, int, int] | None = None
    if match := _ISO.fullmatch(cleaned):
        parts = int(match[1]), int(match[2]), int(match[3])
    elif match := _NUMERIC.fullmatch(cleaned):
        parts = _year(match[3]), int(match[2]), int(match[1])
    elif (match := _WORDS.fullmatch(cleaned)) and match[2] in _MONTHS:
        parts = int(match[3]), _MONTHS[match[2]], int(match[1])
    if parts is not None:
        try:
            return dt.date(*parts)
        except ValueError:
            raise ValidationError(path, f"there is no such day as “{text.strip()}”") from None
    shown = text.strip()
    if len(shown) > 40:
        shown = shown[:37] + "…"
    raise ValidationError(path, f"“{shown}” is not a date; write it like {EXAMPLE}")


def parse_optional(text: str, path: str = "date") -> str | None:
    """An ISO date for a typed one, ``None`` for a blank field."""
    return parse(text, path).isoformat() if text.strip() else None


# An hour, then its minutes as two digits (after a colon, dot or space, or none), then am/pm.
_CLOCK = re.compile(r"(\d{1,2})(?:[:.\s]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?")
TIME_EXAMPLE = "10:00, 14:30 or 2.30pm"


def parse_time(text: str, path: str = "time") -> str:
    """The time of day ``text`` means, written HH:MM, or ValidationError(path) saying how to
    write one. Read as people type a time: 10:00, 10.00, 1000, 930, 9, 2pm, 2.30 pm."""
    cleaned = " ".join(text.strip().lower().split())
    match = _CLOCK.fullmatch(cleaned)
    if match is not None:
        hour, minute = int(match[1]), int(match[2] or 0)
        if match[3] is not None:
            if not 1 <= hour <= 12:
                match = None
            else:
                hour = hour % 12 + (12 if match[3].startswith("p") else 0)
        if match is not None and hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    shown = text.strip()
    if len(shown) > 40:
        shown = shown[:37] + "…"
    raise ValidationError(path, f"“{shown}” is not a time; write it like {TIME_EXAMPLE}")
