"""What someone typed that cannot be saved yet (a due date that is not a date), kept inside the
encrypted vault until it is put right, so neither a lock, a quit nor a crash loses it.

A draft belongs to one record (``scope``, e.g. ``actions:s-12ab``) and is a list of plain rows
of typed text. It never leaves the vault: exports read records, not drafts.
"""

from __future__ import annotations

import json
from typing import Any

from .vault import Vault

_PREFIX = "draft:"


def keep(vault: Vault, scope: str, rows: list[dict[str, Any]]) -> None:
    """Store the rows that could not be saved, or forget the draft when there are none."""
    key = _PREFIX + scope
    if rows:
        vault.set_meta(**{key: json.dumps(rows, ensure_ascii=False)})
    else:
        drop(vault, scope)


def load(vault: Vault, scope: str) -> list[dict[str, Any]]:
    raw = vault.meta().get(_PREFIX + scope)
    if not raw:
        return []
    try:
        rows = json.loads(raw)
    except ValueError:
        return []
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def drop(vault: Vault, scope: str) -> None:
    if _PREFIX + scope in vault.meta():
        vault.delete_meta(_PREFIX + scope)
