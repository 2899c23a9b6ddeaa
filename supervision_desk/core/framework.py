"""The 9xAs framework's capacities, defined in our own words (``resources/prompts/
framework.json``), with their source: Michel, C. & Billingham, L. (2024), Creating conducive
conditions for relational practice to flourish in adolescent safeguarding systems."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..paths import resource


@dataclass(frozen=True)
class Capacity:
    key: str
    title: str
    level: str
    definition: str


def _load() -> tuple[str, tuple[Capacity, ...]]:
    doc = json.loads(resource("prompts", "framework.json").read_text(encoding="utf-8"))
    return doc["source"], tuple(Capacity(**c) for c in doc["capacities"])


SOURCE, CAPACITIES = _load()
BY_KEY = {c.key: c for c in CAPACITIES}
SESSION_HELP = {
    k: BY_KEY[k].definition for k in ("attunement", "analysis", "allocation", "adaptation")
}
