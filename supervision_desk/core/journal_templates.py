"""Structures for a journal entry from the reflective models practitioners are taught.

A template is only a starting text: headed sections in plain Markdown (bold headings the PDF
shows as bold), with the model's source on the last line. The entry stays ordinary text the
writer can change in any way. The headings are our own short wording of each model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from . import clock, repos
from .vault import Vault


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    source: str
    sections: tuple[str, ...]  # each heading asks its question in plain words


TEMPLATES: tuple[Template, ...] = (
    Template(
        "gibbs",
        "Gibbs' reflective cycle",
        "Gibbs, G. (1988) Learning by Doing: a guide to teaching and learning methods. "
        "Further Education Unit, Oxford Polytechnic.",
        (
            "Description: what happened, in order?",
            "Feelings: what was going on in me at the time?",
            "Evaluation: what went well, and what did not?",
            "Analysis: how can I make sense of it, and what helps explain it?",
            "Conclusion: what else might I have done?",
            "Action plan: if it came up again, what would I do?",
        ),
    ),
    Template(
        "kolb",
        "Kolb's learning cycle",
        "Kolb, D. A. (1984) Experiential Learning: experience as the source of learning "
        "and development. Prentice Hall.",
        (
            "Concrete experience: what did I do, see and hear?",
            "Reflective observation: looking back, what do I notice now?",
            "Abstract conceptualisation: what idea, theory or pattern fits it?",
            "Active experimentation: what will I try next time, and how will I know?",
        ),
    ),
    Template(
        "schon",
        "Schön: reflection in and on action",
        "Schön, D. A. (1983) The Reflective Practitioner: how professionals think in action. "
        "Basic Books.",
        (
            "The moment: what surprised me or did not go to plan?",
            "Reflection in action: what did I sense and adjust while it was happening?",
            "Reflection on action: now it is over, what do I make of those choices?",
            "What I knew without saying: which habits or hunches guided me?",
            "For next time: what would I carry into a similar moment?",
        ),
    ),
    Template(
        "morrison",
        "Morrison's supervision cycle",
        "Morrison, T. (2005) Staff Supervision in Social Care, 3rd edition. Pavilion. "
        "Building on Kolb (1984).",
        (
            "Experience: what happened, and what part did I play?",
            "Reflection: how did it feel, then and now, and what does it remind me of?",
            "Analysis: what do I understand by it, and what knowledge and evidence help?",
            "Action planning: what will I do, what might go wrong, and what is plan B?",
        ),
    ),
)
BY_KEY = {t.key: t for t in TEMPLATES}


def body(key: str) -> str:
    """The starting text of an entry: each section's heading with room to write beneath."""
    template = BY_KEY[key]
    parts = [f"**{heading}**\n\n" for heading in template.sections]
    return "\n".join(parts) + f"\n*Structure: {template.name}. {template.source}*\n"


def new_entry(vault: Vault, key: str | None = None, day: dt.date | None = None) -> dict[str, Any]:
    """A journal entry, blank or laid out by a template (tagged with the template's key)."""
    record: dict[str, Any] = {"date": (day or clock.today()).isoformat()}
    if key:
        record |= {"body": body(key), "tags": [key]}
    return repos.save(vault, "journal", record)
