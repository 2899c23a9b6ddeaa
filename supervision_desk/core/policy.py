"""The tracker's local policy, kept in the vault so the app, the command line and the PDFs
count alike (interchange ``settings``): capacity per full-time worker, the newly qualified
share, the contracted week, and the default standard for each role.

No national caseload number exists; 100 points per FTE is this app's editable default. The 90%
newly qualified share comes from the ASYE programme (a protected workload in the first year),
which is for social workers; extending it to other newly qualified staff is a local choice.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import ValidationError
from .records import ROLES, parse_standard
from .vault import Vault

# LGA Standard 5 is for registered social workers (whatever their role: see ``standard_for``);
# other professions follow their own body or the employer, so they start on a monthly rhythm
# that is this app's local default, not a cited standard (editable).
LOCAL_DEFAULT = "custom:31:60"
DEFAULT_STANDARDS = {role: LOCAL_DEFAULT for role in ROLES} | {"social_worker": "lga_monthly"}


@dataclass(frozen=True)
class Policy:
    points_per_fte: float = 100.0
    newly_qualified_share: float = 0.9
    contracted_hours: float = 37.0
    default_standards: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_STANDARDS))
    newly_qualified_share_for_all: bool = False  # a local option: the ASYE is for social workers

    def standard_for(self, role: str, registered: bool | None = None) -> str:
        """A new person's standard: Standard 5 for every registered social worker, managers
        included (``registered`` None: taken from the role); else the role's default."""
        if registered is None:
            registered = role == "social_worker"
        if registered:
            chosen = self.default_standards.get("social_worker", "lga_monthly")
            return chosen if chosen.startswith(("lga", "agreement")) else "lga_monthly"
        return self.default_standards.get(role, LOCAL_DEFAULT)


def cited(standard: str) -> bool:
    """Whether a standard comes from a published source (LGA, BACP) rather than a local
    choice (the app's default or the employer's own rhythm; an agreement is the person's)."""
    return standard in ("lga_monthly", "lga_newly_qualified", "bacp_monthly")


DEFAULT = Policy()
KEYS = (
    "points_per_fte",
    "newly_qualified_share",
    "contracted_hours",
    "default_standards",
    "newly_qualified_share_for_all",
)


def _number(value: Any, path: str, low: float, high: float, *, above: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(path, f"must be a number, not {value!r}"[:80])
    if value < low or value > high or (above and value == low):
        bound = f"more than {low:g}" if above else f"{low:g}"
        raise ValidationError(path, f"must be from {bound} to {high:g}, not {value}")
    return float(value)


def check(block: Any, path: str = "$.settings") -> dict[str, Any]:
    """Validate a settings object; returns only the keys it gives."""
    if not isinstance(block, dict):
        raise ValidationError(path, "must be an object")
    clean: dict[str, Any] = {}
    for key, value in block.items():
        where = f"{path}.{key}"
        if key == "points_per_fte":
            clean[key] = _number(value, where, 0, 10_000, above=True)
        elif key == "newly_qualified_share":
            clean[key] = _number(value, where, 0, 1, above=True)
        elif key == "contracted_hours":
            clean[key] = _number(value, where, 0, 100, above=True)
        elif key == "newly_qualified_share_for_all":
            if not isinstance(value, bool):
                raise ValidationError(where, f"must be true or false, not {value!r}"[:80])
            clean[key] = value
        elif key == "default_standards":
            if not isinstance(value, dict):
                raise ValidationError(where, "must be an object of role: standard")
            for role, standard in value.items():
                if role not in ROLES:
                    raise ValidationError(f"{where}.{role}", "is not a known role")
                parse_standard(standard, f"{where}.{role}")
            clean[key] = dict(value)
        else:
            raise ValidationError(where, "is not a known setting (check the spelling)")
    return clean


def load(vault: Vault) -> Policy:
    stored = {k: json.loads(v) for k, v in vault.conn.execute("SELECT key, value FROM settings")}
    found = check({k: v for k, v in stored.items() if k in KEYS}, "settings")
    standards = {**DEFAULT_STANDARDS, **found.pop("default_standards", {})}
    return replace(DEFAULT, **found, default_standards=standards)


def save(vault: Vault, values: dict[str, Any]) -> Policy:
    """Change some settings (validated first); absent keys keep their current values."""
    clean = check(values, "settings")
    with vault.write() as conn:
        if "default_standards" in clean:
            clean["default_standards"] = {
                **load(vault).default_standards,
                **clean["default_standards"],
            }
        conn.executemany(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [(k, json.dumps(v)) for k, v in clean.items()],
        )
    return load(vault)


def as_dict(policy: Policy) -> dict[str, Any]:
    return {k: getattr(policy, k) for k in KEYS}
