"""The wellbeing check-in over time, and a gentle flag for the supervisor when it falls by 3 or
more across two sessions or sits at 3 or below. Never part of a team summary."""

from __future__ import annotations

from typing import Any

from . import clock

LOW = 3
DROP = 3


def score(session: dict[str, Any], person: str | None = None) -> int | None:
    """The check-in of ``person`` in a session: in a group, their own (never the group's)."""
    if session.get("person") is None and session.get("attendees"):
        mine = [a for a in session.get("attendance", []) if a["person"] == person]
        return mine[0]["wellbeing"] if mine else None
    return session.get("wellbeing")


def series(sessions: list[dict[str, Any]], person: str | None = None) -> list[tuple[str, int]]:
    """(date, score) of held sessions with a check-in, oldest first; a group counts with
    ``person``'s own check-in."""
    today = clock.today().isoformat()
    found = [
        (s["date"], score(s, person))
        for s in sessions
        if score(s, person) is not None and s.get("status", "held") == "held" and s["date"] <= today
    ]
    return sorted(found)


def flag(points: list[tuple[str, int]]) -> str | None:
    """A few words for the supervisor, or None."""
    if not points:
        return None
    latest = points[-1][1]
    earlier = [score for _, score in points[-3:-1]]
    fall = max((score - latest for score in earlier), default=0)
    if fall >= DROP:
        return f"wellbeing fell by {fall} across the last sessions: worth a gentle check-in"
    if latest <= LOW:
        return f"wellbeing at {latest} of 10 last time: worth a gentle check-in"
    return None


def describe(points: list[tuple[str, int]], last: int = 6) -> str:
    if not points:
        return ""
    shown = " → ".join(str(score) for _, score in points[-last:])
    note = flag(points)
    return f"Wellbeing check-ins: {shown}" + (f" ({note})" if note else "")
