"""The person summary names both caseload figures: the one on the period's last day, which is
what the Tracker shows for that day, and the average over the period's days. A case allocated
on the last day of a year counts in full at the end and hardly at all in the average."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from supervision_desk.core import pdf, repos, team

TODAY = dt.date(2026, 11, 26)


def words(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_a_case_allocated_today_reads_the_same_in_the_summary_as_in_the_tracker(vault):
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        vault,
        "cases",
        {"id": "c1", "person": "p1", "reference": "YP-007", "weight": 7, "allocated": "2026-11-26"},
    )
    repos.save(
        vault,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-11-26", "minutes": 60, "kind": "one_to_one"},
    )
    row = next(r for r in team.rows(vault, TODAY) if r.person["id"] == "p1")
    shown = {f.key: f.text(row) for f in team.TRACKER}
    assert (shown["weighted_caseload"], shown["capacity_share"]) == ("7", "7%")

    start = TODAY - dt.timedelta(days=364)
    text = words(pdf.person_summary(vault, "p1", start, TODAY, today=TODAY))
    assert "Caseload at the end 7 weighted points on 26 Nov 2026 (7% of capacity 100)" in text
    # The average is a different figure (7 points on one day of 365), and its label says so.
    assert (
        "Caseload on average 0.0 weighted points over the period's 365 days "
        "(0% of capacity 100)" in text
    )
