"""The audit a principal social worker records against a sample of records: LGA Standard 5
asks employers to look at the quality of supervision, not only how often it happens. The
computed indicators (core/quality.py) test what can be counted; an audit is a person reading a
few records and answering plain questions about each.

A sample is drawn at random from the held one-to-one records of a period; each sampled record
is scored yes, no or not applicable on every question (unanswered: not scored yet). Only the
answers leave this module for a summary: never a note's text.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import labels, repos
from .errors import UsageError
from .records import AUDIT_QUESTIONS, SESSION_CAPACITIES
from .vault import Vault

SAMPLE_SIZE = 10  # a local default: enough to see a pattern, few enough to read in a sitting


def candidates(vault: Vault, start: dt.date, end: dt.date) -> list[dict]:
    """The held one-to-one records of the period that can be sampled (not deleted ones)."""
    return repos.select(
        vault,
        "sessions",
        "status = 'held' AND kind = 'one_to_one' AND person IS NOT NULL AND archived = 0 "
        "AND date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
        order="date, id",
    )


def draw(
    vault: Vault,
    start: dt.date,
    end: dt.date,
    auditor: str,
    size: int = SAMPLE_SIZE,
    *,
    today: dt.date,
    rng: random.Random | None = None,
) -> dict:
    """A new audit of ``size`` records drawn at random from the period (all of them when
    there are fewer), each waiting to be scored. Returns the audit."""
    if end < start:
        raise UsageError("The period ends before it starts.")
    if size < 1:
        raise UsageError("Sample at least one record.")
    pool = candidates(vault, start, end)
    if not pool:
        raise UsageError(
            "No one-to-one records were held in this period, so there is nothing to audit."
        )
    chosen = (rng or random.SystemRandom()).sample(pool, min(size, len(pool)))
    with vault.write():
        found = repos.save(
            vault,
            "audits",
            {
                "date": today.isoformat(),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "auditor": auditor.strip(),
            },
        )
        for session in sorted(chosen, key=lambda s: (s["date"], s["id"])):
            repos.save(
                vault,
                "audit_items",
                {"audit": found["id"], "session": session["id"], "date": session["date"]},
            )
    return found


def audits(vault: Vault) -> list[dict]:
    """Every audit, the newest first."""
    return list(reversed(repos.select(vault, "audits", order="date, rowid")))


def items(vault: Vault, audit_id: str) -> list[dict]:
    return repos.select(vault, "audit_items", "audit = ?", (audit_id,), order="date, rowid")


def scored(item: dict) -> bool:
    return any(item[q] is not None for q in AUDIT_QUESTIONS)


def score(vault: Vault, item: dict, answers: dict[str, str | None], note: str = "") -> dict:
    """Record the answers for one sampled record (None: not scored)."""
    return repos.save(vault, "audit_items", {**item, **answers, "note": note})


@dataclass
class Summary:
    """Sampled records scored in a period, and for each question the records answered yes
    out of those it applied to (not applicable and not scored are left out)."""

    records: int
    audits: int
    yes: dict[str, int]
    of: dict[str, int]

    def share(self, question: str) -> float | None:
        return self.yes[question] / self.of[question] if self.of[question] else None


def _summarise(found: list[dict]) -> Summary:
    found = [item for item in found if scored(item)]
    yes = {q: sum(item[q] == "yes" for item in found) for q in AUDIT_QUESTIONS}
    of = {q: sum(item[q] in ("yes", "no") for item in found) for q in AUDIT_QUESTIONS}
    return Summary(len(found), len({item["audit"] for item in found}), yes, of)


def summary(vault: Vault, start: dt.date, end: dt.date) -> Summary:
    """The audits' answers about records dated inside the period."""
    return _summarise(
        repos.select(
            vault, "audit_items", "date BETWEEN ? AND ?", (start.isoformat(), end.isoformat())
        )
    )


def summary_of(vault: Vault, audit_id: str) -> Summary:
    """What one audit has found so far."""
    return _summarise(items(vault, audit_id))


def describe(found: Summary, sampled: int | None = None) -> str:
    """A summary in a sentence: each question's yes out of the records it applied to."""
    if not found.records:
        return "No record scored yet." if sampled else "No records scored."
    done = f"{found.records} of {sampled}" if sampled else str(found.records)
    return f"{done} records scored: " + "; ".join(
        f"{labels.AUDIT_SHORT[q]} {found.yes[q]} of {found.of[q]}" for q in AUDIT_QUESTIONS
    )


def audit_line(vault: Vault, found: dict) -> str:
    """An audit as a list shows it."""
    sampled = items(vault, found["id"])
    return (
        f"{labels.long_date(found['date'])} · {found['auditor']} · records "
        f"{labels.long_date(found['period_start'])} to {labels.long_date(found['period_end'])}"
        f" · {sum(map(scored, sampled))} of {len(sampled)} scored"
    )


def item_line(vault: Vault, item: dict) -> str:
    """A sampled record as a list shows it: its date, whose it is, and whether it is scored."""
    who = ""
    if repos.exists(vault, "sessions", item["session"]):
        person = repos.get(vault, "sessions", item["session"])["person"]
        who = repos.get(vault, "people", person)["name"] if person else ""
    else:
        who = "(deleted)"
    day = dt.date.fromisoformat(item["date"])
    return f"{day.day} {day:%b %Y} · {who} · " + ("scored" if scored(item) else "not scored")


# -- what the auditor reads ------------------------------------------------------------------


def record_text(vault: Vault, session_id: str) -> str:
    """One sampled record as plain text for the auditor to read in the app: what was written,
    the actions with owner and date, the decisions with their reasons, the wellbeing
    check-in and who agreed it. Not the confidential note."""
    if not repos.exists(vault, "sessions", session_id):
        return "This record has since been deleted; the scores given to it are kept."
    s = repos.get(vault, "sessions", session_id)
    person = repos.get(vault, "people", s["person"])["name"] if s["person"] else ""
    lines = [f"{labels.long_date(s['date'])} · {person} · {s['minutes']} minutes", ""]
    for name in ("agenda", *SESSION_CAPACITIES, "learning", "supervisee_comments"):
        lines += [
            labels.field(f"sessions.{name}") + ":",
            s[name].strip() or "(nothing written)",
            "",
        ]
    lines.append(
        "Wellbeing check-in: "
        + ("not asked" if s["wellbeing"] is None else f"{s['wellbeing']} out of 10")
    )
    actions = repos.select(vault, "actions", "session = ?", (session_id,))
    lines += ["", f"Actions ({len(actions)}):"]
    lines += [
        f"- {a['text']} — {labels.owner(a['owner']) or 'no owner'}, "
        + (f"by {labels.long_date(a['due'])}" if a["due"] else "no date")
        for a in actions
    ] or ["(none)"]
    decisions = repos.select(vault, "case_discussions", "session = ?", (session_id,))
    lines += ["", f"Decisions ({len(decisions)}):"]
    lines += [
        f"- {d['decision'].strip() or '(no decision written)'} — reasons: "
        + (d["rationale"].strip() or "none written")
        for d in decisions
    ] or ["(none)"]
    lines += [
        "",
        "Agreed by the supervisor: " + (labels.long_date(s["agreed_by_supervisor"]) or "not yet"),
        "Agreed by the supervisee: " + (labels.long_date(s["agreed_by_supervisee"]) or "not yet"),
    ]
    return "\n".join(lines)
