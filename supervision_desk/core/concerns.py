"""Workload concerns (LGA Standard 3: a route to raise them): recording and resolving."""

from __future__ import annotations

from typing import Any

from . import repos
from .errors import ValidationError
from .vault import Vault


def save(vault: Vault, record: dict[str, Any]) -> dict[str, Any]:
    """Record or update a concern. A resolved concern says what was done about it."""
    clean = {
        **record,
        "text": (record.get("text") or "").strip(),
        "outcome": (record.get("outcome") or "").strip(),
        "raised_by": (record.get("raised_by") or "").strip(),
    }
    if clean.get("status") == "resolved" and not clean["outcome"]:
        raise ValidationError("concerns.outcome", "say what was done before marking it resolved")
    return repos.save(vault, "concerns", clean)
