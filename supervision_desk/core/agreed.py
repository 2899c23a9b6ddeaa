"""Agreed records: sealed once both people have agreed them, and changed only by amendments.
Every agreed version and amendment is kept in the hash chain (core/chain.py), whose hash of
each version is the fingerprint its PDF shows and ``verify`` checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import clock, labels, repos
from .errors import BadInput, ValidationError
from .records import SPECS
from .vault import Vault

PRIVATE = ("confidential_note",)  # never part of the shared record
LATER = ("next_date",)  # planning, not what was agreed: may change without an amendment
AMENDABLE = tuple(s.name for s in SPECS["sessions"] if s.name not in ("id", *PRIVATE))


class SealedRecord(BadInput):
    """A change to an agreed record without an amendment."""


def is_sealed(session: dict[str, Any]) -> bool:
    return bool(session["agreed_by_supervisor"] and session["agreed_by_supervisee"])


def amendments(vault: Vault, session_id: str) -> list[dict[str, Any]]:
    return repos.select(vault, "amendments", "session = ?", (session_id,), order="at, rowid")


@dataclass
class Version:
    number: int  # 1 is the record as first agreed
    session: dict[str, Any]
    amendment: dict[str, Any] | None  # the amendment that made this version


def versions(vault: Vault, session_id: str) -> list[Version]:
    """Every agreed version of a record, oldest first, rebuilt by undoing amendments."""
    current = repos.get(vault, "sessions", session_id)
    made = amendments(vault, session_id)
    found = [Version(len(made) + 1, current, made[-1] if made else None)]
    record = dict(current)
    for index in range(len(made) - 1, -1, -1):
        for name, change in made[index]["changes"].items():
            record[name] = change["from"]
        found.append(Version(index + 1, dict(record), made[index - 1] if index else None))
    return list(reversed(found))


def describe(vault: Vault, session: dict[str, Any]) -> str:
    """ "Version 2, agreed 9 March 2026, amended 12 March 2026"."""
    made = amendments(vault, session["id"])
    agreed = max(session["agreed_by_supervisor"] or "", session["agreed_by_supervisee"] or "")
    text = f"Version {len(made) + 1}"
    if agreed:
        text += f", agreed {labels.long_date(agreed)}"
    if made:
        text += f", amended {labels.long_date(made[-1]['at'][:10])}"
    return text


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    return {
        name: {"from": old[name], "to": new[name]}
        for name in AMENDABLE
        if name not in LATER and old.get(name) != new.get(name)
    }


def check_change(vault: Vault, record: dict[str, Any]) -> None:
    """Refuse a change to an agreed record that does not come as an amendment."""
    if not record.get("id") or not repos.exists(vault, "sessions", record["id"]):
        return
    stored = repos.get(vault, "sessions", record["id"])
    if is_sealed(stored) and changes_between(stored, {**stored, **record}):
        raise SealedRecord(
            "This record was agreed by both people; a change to it is an amendment with a "
            "reason, and nothing was changed."
        )


def amend(
    vault: Vault, record: dict[str, Any], *, by: str, reason: str
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Change an agreed record, writing what changed, when, by whom and why. Returns the saved
    record and the amendment (``None`` if nothing had changed)."""
    if not reason.strip():
        raise ValidationError("amendments.reason", "say why the agreed record is changed")
    from . import chain

    stored = repos.get(vault, "sessions", record["id"])
    merged = {**stored, **record}
    changes = changes_between(stored, merged)
    with vault.write():
        if is_sealed(stored) and not chain.has_chain(vault, stored["id"]):
            chain.adopt(vault)  # the version being amended goes into the chain first
        saved = repos.save(vault, "sessions", merged)
        if not changes:
            return saved, None
        amendment = repos.save(
            vault,
            "amendments",
            {
                "session": stored["id"],
                "at": clock.now().isoformat(timespec="seconds"),
                "by": by.strip() or "supervisor",
                "reason": reason.strip(),
                "changes": changes,
            },
        )
        chain.amended(vault, stored["id"])  # a new version, chained to the one before
    return saved, amendment


KEYWORD = "supervision-desk-record"  # what a record's PDF carries (core/pdf/record.py)
