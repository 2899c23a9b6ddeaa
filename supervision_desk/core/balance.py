"""Which capacities and which supervision functions recent sessions gave space to.

This is how supervision sliding into case management becomes visible: analysis and
allocation full, attunement and support empty (Morrison's functions; the 9xAs capacities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .records import FUNCTIONS, SESSION_CAPACITIES

_WORD = re.compile(r"\w+")


@dataclass
class Balance:
    sessions: int
    capacity_sessions: dict[str, int]  # sessions with anything written in that section
    capacity_words: dict[str, int]
    function_sessions: dict[str, int]  # sessions that ticked that function

    def neglected_capacities(self) -> list[str]:
        """Capacities written in fewer than half the sessions, emptiest first."""
        if not self.sessions:
            return []
        thin = [c for c in SESSION_CAPACITIES if self.capacity_sessions[c] * 2 < self.sessions]
        return sorted(thin, key=lambda c: (self.capacity_sessions[c], self.capacity_words[c]))

    def neglected_functions(self) -> list[str]:
        if not self.sessions:
            return []
        thin = [f for f in FUNCTIONS if self.function_sessions[f] * 2 < self.sessions]
        return sorted(thin, key=lambda f: self.function_sessions[f])


def balance(sessions: list[dict[str, Any]], last: int | None = 6) -> Balance:
    """Over the newest ``last`` sessions (all when None)."""
    chosen = sorted(sessions, key=lambda s: s["date"], reverse=True)
    if last is not None:
        chosen = chosen[:last]
    return Balance(
        sessions=len(chosen),
        capacity_sessions={c: sum(1 for s in chosen if s[c].strip()) for c in SESSION_CAPACITIES},
        capacity_words={
            c: sum(len(_WORD.findall(s[c])) for s in chosen) for c in SESSION_CAPACITIES
        },
        function_sessions={f: sum(1 for s in chosen if f in s["functions"]) for f in FUNCTIONS},
    )
