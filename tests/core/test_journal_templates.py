"""Journal entries laid out by the reflective models: each section headed, the source cited,
and the entry plain Markdown the writer owns."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from supervision_desk.core import journal_templates, repos
from supervision_desk.core.pdf import journal_export

EXPECTED = {
    "gibbs": ("Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"),
    "kolb": (
        "Concrete experience",
        "Reflective observation",
        "Abstract conceptualisation",
        "Active experimentation",
    ),
    "schon": ("Reflection in action", "Reflection on action"),
    "morrison": ("Experience", "Reflection", "Analysis", "Action planning"),
}
SOURCES = {
    "gibbs": "Gibbs, G. (1988)",
    "kolb": "Kolb, D. A. (1984)",
    "schon": "Schön, D. A. (1983)",
    "morrison": "Morrison, T. (2005)",
}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_an_entry_from_each_template(vault, key):
    entry = journal_templates.new_entry(vault, key, dt.date(2025, 6, 3))
    stored = repos.get(vault, "journal", entry["id"])
    body = stored["body"]
    headings = [line for line in body.splitlines() if line.startswith("**")]
    for name in EXPECTED[key]:
        assert any(h.startswith(f"**{name}:") for h in headings), name
    assert SOURCES[key] in body.splitlines()[-1]
    assert stored["tags"] == [key] and stored["date"] == "2025-06-03"
    # Written into, it is still the writer's plain text: the PDF shows headings and words.
    typed = body.replace("**\n\n", "**\nIt went quicker than I planned.\n", 1)
    repos.save(vault, "journal", {**stored, "body": typed})
    pdf = PdfReader(io.BytesIO(journal_export(vault, [entry["id"]])))
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert EXPECTED[key][0] in text and "It went quicker than I planned." in text
    assert "**" not in text


def test_a_blank_entry_has_no_template(vault):
    entry = journal_templates.new_entry(vault, None, dt.date(2025, 6, 3))
    assert entry["body"] == "" and entry["tags"] == []
