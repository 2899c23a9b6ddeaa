"""The 9xAs framework's capacities, defined in our own words, with their source.

Michel, E. & Billingham, L. (2024). Creating conducive conditions for relational practice to
flourish in adolescent safeguarding systems. The definitions below are our paraphrase.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "Michel & Billingham (2024), the 9xAs framework"


@dataclass(frozen=True)
class Capacity:
    key: str
    title: str
    level: str
    definition: str


CAPACITIES = (
    Capacity(
        "aliveness",
        "Aliveness",
        "young person",
        "The young person feels recognised as a whole person with a future, not a file "
        "of risks: energy, hope and a sense that things can change.",
    ),
    Capacity(
        "agency",
        "Agency",
        "young person",
        "The young person has real say in the decisions about their life and their "
        "safety, and sees that what they say changes what happens.",
    ),
    Capacity(
        "awareness",
        "Awareness",
        "young person",
        "The young person understands what is happening around them — the harm, the "
        "pressures, the options — in words that make sense to them.",
    ),
    Capacity(
        "attunement",
        "Attunement",
        "direct practice",
        "Being with the person in the here and now: noticing feelings (theirs and "
        "yours), staying connected when it is hard.",
    ),
    Capacity(
        "analysis",
        "Analysis",
        "direct practice",
        "Stepping back to think: looking from several angles, testing hunches, and "
        "building a shared formulation of what is going on.",
    ),
    Capacity(
        "allocation",
        "Allocation",
        "organisation",
        "The time and authority to do the work: weighing case complexity against the "
        "worker's capacity, with room kept for supervision and development.",
    ),
    Capacity(
        "adaptation",
        "Adaptation",
        "organisation",
        "Permission to respond flexibly to what the person needs, and a route for "
        "what practice learns to change how the service works.",
    ),
    Capacity(
        "authority",
        "Authority",
        "multi-agency leadership",
        "Leaders across agencies use their power to back relational work and to take "
        "shared responsibility for risk, rather than passing it down.",
    ),
    Capacity(
        "alignment",
        "Alignment",
        "multi-agency leadership",
        "Agencies pull in the same direction: shared purpose, shared language and "
        "systems that do not cut across the relationships practitioners build.",
    ),
)
BY_KEY = {c.key: c for c in CAPACITIES}
SESSION_HELP = {
    k: BY_KEY[k].definition for k in ("attunement", "analysis", "allocation", "adaptation")
}
