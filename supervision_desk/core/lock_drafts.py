"""Text typed into a dialog that was open when the vault locked.

A lock closes every dialog, unsaved. What the user had typed into one is kept here first,
inside the vault (so encrypted like everything else), and offered back after the unlock:
nothing typed is lost, and nothing typed stays on screen or in a closed window's memory.
"""

from __future__ import annotations

import datetime as dt
import json

from . import clock
from .errors import DeskError
from .vault import Vault

META_KEY = "lock_drafts"
MAX_KEPT = 20  # the newest; a lock leaves only a few dialogs open


def keep(vault: Vault, drafts: list[dict], now: dt.datetime | None = None) -> bool:
    """Add ``drafts`` ({"title", "fields": [{"label", "text"}]}) to those kept. Returns False
    when the vault cannot take them (opened read-only, or the disk refused)."""
    drafts = [d for d in drafts if any(f["text"].strip() for f in d["fields"])]
    if not drafts:
        return True
    stamp = (now or clock.now()).isoformat(timespec="minutes")
    found = kept(vault) + [{**d, "kept": stamp} for d in drafts]
    try:
        vault.set_meta(**{META_KEY: json.dumps(found[-MAX_KEPT:])})
    except DeskError:
        return False
    return True


def kept(vault: Vault) -> list[dict]:
    text = vault.meta().get(META_KEY)
    if not text:
        return []
    try:
        found = json.loads(text)
    except ValueError:
        return []
    return [d for d in found if isinstance(d, dict) and isinstance(d.get("fields"), list)]


def discard(vault: Vault) -> None:
    vault.delete_meta(META_KEY)


def as_text(drafts: list[dict]) -> str:
    """Everything kept, readable and ready to paste: one block per dialog."""
    blocks = []
    for draft in drafts:
        lines = [f"{draft.get('title') or 'A window'} (open at the lock, {when(draft)})"]
        for item in draft["fields"]:
            lines.append(f"{item['label']}:")
            lines.append(item["text"])
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def when(draft: dict) -> str:
    """When it was kept, in words: "kept at the lock, 26 Nov 2026, 02:04"."""
    try:
        at = dt.datetime.fromisoformat(draft.get("kept", ""))
    except (TypeError, ValueError):
        return "time not known"
    return f"{at.day} {at:%b %Y, %H:%M}"
