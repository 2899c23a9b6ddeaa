"""The supervision agreement with a person: how often, how long, where, confidentiality and
its limits, how the record is written and agreed, how disagreement is handled, when it is
reviewed. The latest one made on or before a day is the one in force that day."""

from __future__ import annotations

from typing import Any

from . import repos
from .vault import Vault


def of_person(vault: Vault, person_id: str) -> list[dict[str, Any]]:
    return repos.select(vault, "agreements", "person = ?", (person_id,), order="agreed, rowid")


def latest(vault: Vault, person_id: str) -> dict[str, Any] | None:
    found = of_person(vault, person_id)
    return found[-1] if found else None


def save(vault: Vault, record: dict[str, Any], *, as_new: bool = False) -> dict[str, Any]:
    """Save an agreement; ``as_new`` keeps the earlier one on record and starts another."""
    record = dict(record)
    if as_new:
        record["replaces"] = record.get("id")
        record["id"] = None
    return repos.save(vault, "agreements", record)


def history(vault: Vault, agreement: dict[str, Any]) -> list[dict[str, Any]]:
    """The agreements this one replaced, newest first (each review kept on record)."""
    found, seen = [], {agreement["id"]}
    current = agreement
    while current["replaces"] and current["replaces"] not in seen:
        current = repos.get(vault, "agreements", current["replaces"])
        seen.add(current["id"])
        found.append(current)
    return found
