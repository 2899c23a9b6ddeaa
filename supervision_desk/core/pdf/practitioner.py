"""The practitioner's own documents: the CPD log of a registration year, for appraisal or a
portfolio. Each returns PDF bytes; nothing is written here."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph

from .. import cpd
from ..vault import Vault
from .base import STYLES, Heading, Meta, paragraphs, render, text
from .documents import _facts, _owner, _with_fonts


@_with_fonts
def cpd_log(vault: Vault, year: int, today: dt.date | None = None) -> bytes:
    """Every piece of CPD in one registration year, field by field as the form asks."""
    found = cpd.pieces(vault, year)
    state = cpd.standing(vault, today, year)
    owner = _owner(vault)
    story: list = [
        Heading(f"CPD log: year ending 30 November {year}", 0, style="title"),
        Paragraph(text(f"{owner} · {cpd.year_words(year)}"), STYLES["subtitle"]),
        Paragraph(text(state.message), STYLES["body"]),
        Paragraph(
            "Each piece is set out in the order of Social Work England's renewal form. "
            "Pieces from supervision hold the record's learning only; no young person is named.",
            STYLES["note"],
        ),
    ]
    if not found:
        story.append(Paragraph("No CPD recorded for this year yet.", STYLES["empty"]))
    for n, piece in enumerate(found, start=1):
        fields = cpd.form_fields(piece)
        marks = [] if cpd.is_ready(piece) else ["not finished"]
        if cpd.has_peer_reflection(piece):
            marks.append("peer reflection")
        title = f"Piece {n}: {fields[0][1]}, {fields[1][1]}"
        story.append(Heading(title + (f" ({', '.join(marks)})" if marks else ""), 0))
        story.append(_facts(fields[:2]))
        for label, value in fields[2:]:
            story.append(Heading(label, 1))
            story.extend(paragraphs(value, empty="Not written yet."))
    meta = Meta(f"CPD log {year}", owner, "Continuing professional development")
    return render(story, meta, today)
