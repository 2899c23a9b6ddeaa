"""Allocating and closing cases: the rules a manager's decision follows, whoever makes it (the
app, the command line or an import)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import clock, repos
from .errors import ValidationError
from .vault import Vault


def allocate(vault: Vault, record: dict[str, Any]) -> dict[str, Any]:
    """A new case for a person. The rationale is the allocation decision (LGA Standard 3: a
    transparent workload system), so a case is never allocated without one."""
    rationale = (record.get("allocation_rationale") or "").strip()
    if not rationale:
        # Shown as labels.EMPTY words it: the field's name is not said twice.
        raise ValidationError("cases.allocation_rationale", "must not be empty")
    return repos.save(vault, "cases", {**record, "allocation_rationale": rationale})


def close(vault: Vault, case_id: str, day: dt.date | None = None) -> dict[str, Any]:
    """Close a case on ``day`` (today by default)."""
    case = repos.get(vault, "cases", case_id)
    closed = (day or clock.today()).isoformat()
    if case["closed"]:
        raise ValidationError("cases.closed", f"this case was already closed on {case['closed']}")
    if closed < case["allocated"]:
        raise ValidationError(
            "cases.closed", f"a case cannot close before it was allocated ({case['allocated']})"
        )
    return repos.save(vault, "cases", {**case, "closed": closed})
