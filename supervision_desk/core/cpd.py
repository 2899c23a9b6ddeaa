"""The CPD log: pieces of continuing professional development with the fields of Social Work
England's renewal form, gathered over a registration year.

A registered social worker in England renews each year between 1 September and 30 November
and records at least two pieces of CPD for the registration year (1 December to 30 November),
at least one of them with peer reflection; supervision with a manager counts as peer
reflection (Social Work England, "CPD guidance for social workers").

The log is private like the journal: it leaves the vault only in an export the worker asks for.
A piece made from a supervision record carries its learning section only, never the cases
discussed; any case reference or initials found in that text are replaced.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from . import clock, labels, my_supervision, repos
from .errors import BadInput
from .vault import Vault

PIECES_NEEDED = 2
PEER_NEEDED = 1
YOUNG_PERSON = "[a young person]"
# What the form asks, in its order; ``type`` and ``date`` first, as the form has them.
FORM = (
    ("type", "Type of CPD"),
    ("date", "Date"),
    ("description", "What it was and why it was relevant to my practice"),
    ("learning", "What I learnt"),
    ("impact", "The impact on my practice and on the people I work with"),
    ("peer_reflection", "What I learnt from discussing it with a peer"),
)


def registration_year(day: dt.date) -> int:
    """The registration year a day falls in, named by the year it ends (30 November)."""
    return day.year + 1 if day.month == 12 else day.year


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year - 1, 12, 1), dt.date(year, 11, 30)


def renewal_window(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 9, 1), dt.date(year, 11, 30)


def year_words(year: int) -> str:
    start, end = year_bounds(year)
    return f"{labels.long_date(start)} to {labels.long_date(end)}"


def pieces(vault: Vault, year: int | None = None) -> list[dict[str, Any]]:
    """The pieces of one registration year (every piece when ``year`` is None), oldest first."""
    if year is None:
        return repos.select(vault, "cpd", order="date, rowid")
    start, end = year_bounds(year)
    return repos.select(
        vault, "cpd", "date BETWEEN ? AND ?", (start.isoformat(), end.isoformat()), "date, rowid"
    )


def years(vault: Vault, today: dt.date | None = None) -> list[int]:
    """Registration years worth offering, newest first: the current one and any with CPD."""
    found = {registration_year(today or clock.today())}
    for (day,) in vault.conn.execute("SELECT DISTINCT date FROM cpd"):
        found.add(registration_year(dt.date.fromisoformat(day)))
    return sorted(found, reverse=True)


def sessions_with_learning(vault: Vault, limit: int = 200) -> list[dict[str, Any]]:
    """Held supervision whose learning section says something, newest first (an archived
    record is offered no more; a piece already made from one keeps its words). In a
    practitioner's vault the records received from the supervisor are offered too: for most
    practitioners they are the supervision that counts as peer reflection."""
    own = repos.select(
        vault,
        "sessions",
        "status = 'held' AND archived = 0 AND trim(learning) != ''",
        order=f"date DESC, rowid DESC LIMIT {int(limit)}",
    )
    theirs = [
        s
        for s in my_supervision.received(vault)
        if s["status"] == "held" and (s["learning"] or "").strip()
    ]
    if not theirs:
        return own
    return sorted(own + theirs, key=lambda s: s["date"], reverse=True)[:limit]


def is_ready(piece: dict[str, Any]) -> bool:
    """Ready to submit: it says what it was, what was learnt and what difference it made."""
    return all(piece[name].strip() for name in ("description", "learning", "impact"))


def has_peer_reflection(piece: dict[str, Any]) -> bool:
    return bool(piece["peer_reflection"].strip())


def save(vault: Vault, piece: dict[str, Any]) -> dict[str, Any]:
    return repos.save(vault, "cpd", piece)


def new(vault: Vault, day: dt.date | None = None, **fields: Any) -> dict[str, Any]:
    return save(vault, {"date": (day or clock.today()).isoformat(), **fields})


def from_journal(vault: Vault, entry_id: str) -> dict[str, Any]:
    """A piece started from a journal entry: its title describes it, its text is the
    learning; the worker adds the impact. Only this entry's words are copied."""
    entry = repos.get(vault, "journal", entry_id)
    if not entry["body"].strip() and not entry["title"].strip():
        raise BadInput("That journal entry is empty: write it first, then make CPD from it.")
    return save(
        vault,
        {
            "date": entry["date"],
            "type": "learning_from_practice",
            "description": entry["title"].strip(),
            "learning": entry["body"].strip(),
        },
    )


def from_session(
    vault: Vault, session_id: str, supervisor_role: str | None = None
) -> dict[str, Any]:
    """A piece of peer reflection from a supervision record's learning section.

    Nothing else from the record is copied (no agenda, case discussions or notes), and any
    case reference or initials the learning mentions are replaced, so no young person can be
    identified in what goes on the regulator's form.
    """
    session = my_supervision.get(vault, session_id) or repos.get(vault, "sessions", session_id)
    if session["status"] != "held":
        raise BadInput("That supervision has not been held yet: there is no learning to use.")
    learning = scrub(vault, session["learning"], session.get("case_references", ())).strip()
    if not learning:
        raise BadInput(
            "That supervision record's learning section is empty: write what was learnt "
            "there first."
        )
    who = "my supervisor"
    if supervisor_role is None and session.get("received"):  # as the supervisor's desk said
        supervisor_role = session["supervisor"].get("role") or None
    if supervisor_role in labels.ROLE:
        who += f" ({labels.ROLE[supervisor_role].lower()})"
    when = labels.long_date(session["date"])
    kind = labels.KIND[session["kind"]].lower()
    return save(
        vault,
        {
            "date": session["date"],
            "type": "supervision",
            "description": f"{kind.capitalize()} supervision with {who} on {when}.",
            "learning": learning,
            "peer_reflection": f"Discussed and reflected on in supervision with {who}.",
            "session": session_id,
        },
    )


def scrub(vault: Vault, value: str, also: Any = ()) -> str:
    """``value`` with every case reference and initials known to the vault replaced, and the
    references in ``also`` (those a received record discussed, which this vault may not
    hold)."""
    names = set(also)
    for case in repos.select(vault, "cases"):
        names.add(case["reference"])
        if case["label"]:
            names.add(case["label"])
    names = {n.strip() for n in names if n and n.strip()}
    if not names:
        return value
    # Longest first, so a reference is not half-replaced by a shorter label inside it.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", YOUNG_PERSON, value, flags=re.IGNORECASE)


def form_fields(piece: dict[str, Any]) -> list[tuple[str, str]]:
    """(form label, text to paste) for each field of the regulator's form."""
    values = {
        **piece,
        "type": labels.CPD_TYPE[piece["type"]],
        "date": labels.long_date(piece["date"]),
    }
    return [(label, values[name].strip()) for name, label in FORM]


@dataclass(frozen=True)
class Standing:
    """Where the worker stands for one registration year."""

    year: int
    total: int
    ready: int
    peer: int  # ready pieces with peer reflection
    in_window: bool
    message: str

    @property
    def enough(self) -> bool:
        return self.ready >= PIECES_NEEDED and self.peer >= PEER_NEEDED


def standing(vault: Vault, today: dt.date | None = None, year: int | None = None) -> Standing:
    today = today or clock.today()
    year = year or registration_year(today)
    found = pieces(vault, year)
    ready = [p for p in found if is_ready(p)]
    peer = sum(1 for p in ready if has_peer_reflection(p))
    opens, closes = renewal_window(year)
    in_window = opens <= today <= closes
    return Standing(
        year, len(found), len(ready), peer, in_window, _message(year, found, ready, peer, today)
    )


def _message(year: int, found: list[dict], ready: list[dict], peer: int, today: dt.date) -> str:
    opens, closes = renewal_window(year)
    count = labels.count(len(ready), "piece") + " of CPD ready"
    if len(found) > len(ready):
        count += f" ({len(found) - len(ready)} more still to finish)"
    if peer:
        peer_words = f"{peer} with peer reflection"
    else:
        peer_words = "none yet with peer reflection (supervision with your manager counts)"
    needs = f"you need {PIECES_NEEDED}, at least {PEER_NEEDED} with peer reflection"
    done = len(ready) >= PIECES_NEEDED and peer >= PEER_NEEDED
    if opens <= today <= closes:
        head = f"Renewal is open until {labels.long_date(closes)}"
        tail = "ready to renew." if done else f"{needs}."
        return f"{head}: {count}, {peer_words}; {tail}"
    if today > closes:
        return f"Registration year {year_words(year)} (ended): {count}, {peer_words}."
    return (
        f"Registration year {year_words(year)}: {count}, {peer_words}. "
        f"Renewal opens on {labels.long_date(opens)}; {needs}."
    )


def as_text(found: list[dict[str, Any]], year: int | None = None) -> str:
    """The pieces as plain text, field by field, ready to paste into the online form."""
    lines = [f"CPD for the registration year {year_words(year)}" if year else "CPD log", ""]
    if not found:
        lines.append("No CPD recorded for this year yet.")
    for n, piece in enumerate(found, start=1):
        marks = [] if is_ready(piece) else ["not finished"]
        if has_peer_reflection(piece):
            marks.append("peer reflection")
        lines.append(f"Piece {n}" + (f" ({', '.join(marks)})" if marks else ""))
        for label, value in form_fields(piece):
            lines.append(f"{label}:")
            lines.extend(f"  {line}" for line in (value or "—").splitlines())
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
