"""The ASYE year on paper: a progress document for the worker's portfolio, and the section the
person summary gives a worker in the ASYE. Both read ``asye.progress``; nothing is computed
here."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from .. import asye, clock, labels, tracker
from ..errors import BadInput
from ..records import ASYE_STAGES
from ..vault import Vault
from .base import STYLES, Heading, Meta, paragraphs, render, text
from .documents import _facts, _owner, _table_or, _with_fonts

# Small enough that the statement's address fits on one line: a broken address misleads.
ADDRESS = ParagraphStyle("address", parent=STYLES["cell"], fontSize=7.5, leading=10)


def _held_cells(review: asye.Review) -> list[str]:
    """When a review was held and its outcome; one answered by a tagged session has no
    outcome recorded, so the table says where it was held instead."""
    if review.held:
        held = review.held
        return [labels.short_date(held["held"]), labels.ASYE_OUTCOME[held["outcome"]]]
    if review.session:
        return [labels.short_date(review.session), f'in a session tagged "{tracker.ASYE_TAG}"']
    return ["not yet held", "—"]


def story(found: asye.Progress, level: int = 0, detail: bool = False) -> list:
    """The year's reviews, protected time, observations and self-assessment. ``level`` is the
    outline level of its section headings; ``detail`` adds every note written."""
    sub = level
    period = (
        f"{labels.long_date(found.start)} to {labels.long_date(found.end)}"
        if found.start
        else "start date not recorded"
    )
    out: list = [
        _facts(
            [
                ("Year", period),
                ("Statement", labels.ASYE_SETTING[found.programme["setting"]]),
                ("Assessor", found.assessor_words()),
            ]
        ),
        Paragraph(
            "The assessor may be someone other than the supervisor or line manager.",
            STYLES["note"],
        ),
        Heading("ASYE reviews", sub),
        _table_or(
            ["Review", "Due", "Held", "Outcome"],
            [
                [
                    r.label,
                    labels.short_date(r.due) or "—",
                    *_held_cells(r),
                ]
                for r in found.reviews
            ],
            [32 * mm, 30 * mm, 30 * mm, 78 * mm],
            "No reviews.",
            fit=True,
            whole=(1,),
        ),
    ]
    if detail:
        for r in found.reviews:
            if r.held and r.held["notes"].strip():
                out.append(Paragraph(text(f"{r.label}: notes"), STYLES["h2"]))
                out += paragraphs(r.held["notes"])
    time = found.time
    out += [
        Heading("Protected development time", sub),
        Paragraph(text(time.words()), STYLES["body"]),
        _table_or(
            ["Date", "Hours", "Used for"],
            [[labels.short_date(e["date"]), f"{e['hours']:g}", e["note"]] for e in time.entries],
            [26 * mm, 18 * mm, 126 * mm],
            "No protected time logged yet.",
            fit=True,
            whole=(0,),
        ),
        Heading("Direct observations of practice", sub),
        _table_or(
            ["Date", "Observer", "Note"],
            [[labels.short_date(o["date"]), o["observer"], o["note"]] for o in found.observations],
            [26 * mm, 44 * mm, 100 * mm],
            "No observations recorded yet.",
            fit=True,
            whole=(0,),
        ),
        Heading("Self-assessment against the knowledge and skills statement", sub),
    ]
    header = ["Area"] + [
        labels.ASYE_STAGE[s]
        + (f" ({labels.short_date(found.stage_date(s))})" if found.stage_date(s) else "")
        for s in ASYE_STAGES
    ]
    rows = [
        [labels.ASYE_AREA[area]]
        + [
            labels.ASYE_RATING[found.ratings[s][area]["rating"]] if area in found.ratings[s] else ""
            for s in ASYE_STAGES
        ]
        for area in found.statement.areas
    ]
    out.append(_table_or(header, rows, [80 * mm, 30 * mm, 30 * mm, 30 * mm], "", fit=True))
    if detail:
        for stage in ASYE_STAGES:
            notes = [
                (area, found.ratings[stage][area]["note"])
                for area in found.statement.areas
                if area in found.ratings[stage] and found.ratings[stage][area]["note"].strip()
            ]
            if notes:
                out.append(Paragraph(text(f"{labels.ASYE_STAGE[stage]}: notes"), STYLES["h2"]))
                for area, note in notes:
                    out.append(Paragraph(text(labels.ASYE_AREA[area]), STYLES["cellhead"]))
                    out += paragraphs(note)
    out += [
        Spacer(1, 2 * mm),
        Paragraph(
            text(
                "The areas are the statement's headings in our own words. Source: "
                + found.statement.citation
                + "."
            ),
            STYLES["note"],
        ),
        Paragraph(text(found.statement.address), ADDRESS),
    ]
    return out


@_with_fonts
def asye_progress(vault: Vault, person_id: str, today: dt.date | None = None) -> bytes:
    """The ASYE progress document for one worker's portfolio."""
    today = today or clock.today()
    found = asye.progress(vault, person_id, today)
    if found is None:
        raise BadInput(asye.NOT_SOCIAL_WORKER)
    name = found.person["name"]
    flow: list = [
        Heading(f"ASYE progress: {name}", 0, style="title"),
        Paragraph(
            text(f"As at {labels.long_date(today)} · prepared by {_owner(vault)}"),
            STYLES["subtitle"],
        ),
        *story(found, level=0, detail=True),
    ]
    meta = Meta(
        f"ASYE progress: {name}", _owner(vault), "Assessed and supported year in employment"
    )
    return render(flow, meta, today)
