"""A chart in the person summary is on the page of the line that names it: the line "Sessions
that served each function (Morrison's 4x4x4 model):" was left alone at the foot of a page, its
chart on the next. Cases are added one at a time, so the charts' place moves down the page row
by row until it has met a page's foot; each summary is read back page by page."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from supervision_desk.core import labels, pdf, repos
from supervision_desk.core.records import SESSION_CAPACITIES

TODAY = dt.date(2026, 11, 26)
NAMES = {
    "Sessions that gave space to each capacity": [labels.CAPACITY[c] for c in SESSION_CAPACITIES],
    "Sessions that served each function": list(labels.FUNCTION.values()),
}


def pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def chart_left_behind(data: bytes) -> list[str]:
    """Each line naming a chart whose bars are not after it on its page."""
    found = []
    for number, page in enumerate(pages(data), 1):
        for line, bars in NAMES.items():
            if line in page:
                after = page[page.index(line) + len(line) :]
                if not all(bar in after for bar in bars):
                    found.append(f"page {number}: {line!r} without its chart")
        if page.rstrip().endswith("Capacity balance"):
            found.append(f"page {number}: the heading 'Capacity balance' alone at its foot")
    return found


@pytest.mark.slow
def test_each_chart_stays_with_the_line_that_names_it(vault):
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    for n in range(3):
        day = (TODAY - dt.timedelta(days=30 * (n + 1))).isoformat()
        repos.save(
            vault,
            "sessions",
            {"id": f"s{n}", "person": "p1", "date": day, "minutes": 60, "kind": "one_to_one"},
        )
    start = TODAY - dt.timedelta(days=364)
    problems, pages_seen = [], set()
    for n in range(48):  # more rows than a page holds: every place on a page is met
        repos.save(
            vault,
            "cases",
            {
                "id": f"c{n}",
                "person": "p1",
                "reference": f"YP-{n:03d}",
                "weight": 2,
                "allocated": "2026-01-05",
            },
        )
        data = pdf.person_summary(vault, "p1", start, TODAY, today=TODAY)
        text = pages(data)
        pages_seen.add(next(i for i, p in enumerate(text) if "served each function" in p))
        problems += [f"{n + 1} cases, {p}" for p in chart_left_behind(data)]
    assert len(pages_seen) > 1  # the charts did move on to a later page on the way
    assert problems == []
