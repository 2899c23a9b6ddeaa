"""How good the records are, not only how often supervision happens (LGA Standard 5 asks
employers to watch both). Each indicator is a count of held one-to-one records in a period
that meet a plain test, read from the records themselves; no note text leaves this module,
only yes or no for each test. An archived record (agreed, then deleted) is not counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .vault import Vault

AGREE_WITHIN_DAYS = 14  # a local default: both parties agree the record within a fortnight

# One query: per held one-to-one in the period, each test as 0 or 1 (text is tested in SQL
# and never read out). An action needs an owner and a due date; a decision for the child's
# file needs the day it was copied there.
_QUERY = f"""
SELECT
    trim(s.attunement) != '' AND trim(s.analysis) != '' AND trim(s.allocation) != ''
        AND trim(s.adaptation) != '',
    trim(s.supervisee_comments) != '',
    (SELECT count(*) FROM actions a WHERE a.session = s.id),
    (SELECT count(*) FROM actions a WHERE a.session = s.id
        AND trim(a.owner) != '' AND a.due IS NOT NULL),
    s.agreed_by_supervisor IS NOT NULL AND s.agreed_by_supervisee IS NOT NULL
        AND julianday(max(s.agreed_by_supervisor, s.agreed_by_supervisee))
            - julianday(s.date) <= {AGREE_WITHIN_DAYS},
    (SELECT count(*) FROM case_discussions d WHERE d.session = s.id AND d.for_case_file = 1),
    (SELECT count(*) FROM case_discussions d WHERE d.session = s.id AND d.for_case_file = 1
        AND d.recorded_on_file IS NOT NULL)
FROM sessions s
WHERE s.person = ? AND s.date BETWEEN ? AND ?
    AND s.status = 'held' AND s.kind = 'one_to_one' AND s.archived = 0
"""

INDICATORS = (
    ("capacities", "all four capacities written"),
    ("comments", "the supervisee's comments recorded"),
    ("actions", "every action with an owner and a due date"),
    ("agreed", f"agreed by both within {AGREE_WITHIN_DAYS} days (local default)"),
    ("decisions", "every decision for the child's file copied there"),
)


@dataclass
class Quality:
    """For each indicator: records meeting it, out of the records it applies to (a record
    with no actions is not judged on actions, nor one with no decisions on decisions)."""

    records: int
    met: dict[str, int]
    of: dict[str, int]

    def share(self, key: str) -> float | None:
        return self.met[key] / self.of[key] if self.of[key] else None


def quality(vault: Vault, start: dt.date, end: dt.date, people: set[str]) -> Quality:
    met = dict.fromkeys((k for k, _ in INDICATORS), 0)
    of = dict.fromkeys(met, 0)
    records = 0
    # A person at a time, through the index of each person's sessions by date: the period's
    # records are read, never the rest of the history.
    rows = (
        row
        for who in sorted(people)
        for row in vault.conn.execute(_QUERY, (who, start.isoformat(), end.isoformat()))
    )
    for capacities, comments, actions, owned, agreed, decisions, copied in rows:
        records += 1
        tests = {
            "capacities": (True, capacities),
            "comments": (True, comments),
            "actions": (actions > 0, owned == actions),
            "agreed": (True, agreed),
            "decisions": (decisions > 0, copied == decisions),
        }
        for key, (applies, ok) in tests.items():
            if applies:
                of[key] += 1
                met[key] += bool(ok)
    return Quality(records, met, of)
