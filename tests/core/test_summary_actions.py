"""A person's one-year summary lists the actions agreed in its year, and those still open
from before it: the most recently agreed twenty of them, with the rest counted and the day
the oldest was agreed. A record that leaves actions open for fifteen years then gives a
summary as long as one that began last year, and the reader is told what was left out and
where to find it. The PDF is made from a real vault and read back as text."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from supervision_desk.core import period, repos
from supervision_desk.core.pdf import documents

TODAY = dt.date(2026, 4, 10)
START, END = dt.date(2025, 4, 1), dt.date(2026, 3, 31)


def _text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    found = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", found), len(reader.pages)


def _history(vault, first_year: int) -> None:
    """A session a month from ``first_year`` to the period's end, one action each: those
    before the period left open, those in it done, one agreed after it still open."""
    with vault.write():
        repos.save(vault, "people", {"id": "p", "name": "Aled Prys", "role": "social_worker"})
        day = dt.date(first_year, 1, 15)
        n = 0
        while day <= END + dt.timedelta(days=40):
            sid = f"s{n}"
            repos.save(
                vault,
                "sessions",
                {"id": sid, "person": "p", "date": day.isoformat(), "minutes": 60},
            )
            before = day < START
            repos.save(
                vault,
                "actions",
                {
                    "id": f"a{n}",
                    "session": sid,
                    "text": f"Action number {n} agreed {day.isoformat()}",
                    "status": "open" if before or day > END else "done",
                },
            )
            n += 1
            day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=15)


def test_open_actions_from_before_the_period_are_listed_newest_twenty_and_counted(make_vault):
    vault = make_vault()
    _history(vault, 2010)
    found = period.actions(vault, "p", START, END)
    # 2010-01 .. 2025-03 is 183 months, each leaving one action open.
    assert found.earlier_open == 183
    assert found.oldest == "2010-01-15"
    newest = [dt.date(2023 + (7 + i) // 12, (7 + i) % 12 + 1, 15).isoformat() for i in range(20)]
    assert newest[0] == "2023-08-15" and newest[-1] == "2025-03-15"
    assert [a["agreed"] for a in found.earlier] == newest

    text, _ = _text(documents.person_summary(vault, "p", START, END, today=TODAY))
    # The year's twelve actions, done, and the newest twenty still open from before it.
    for month in range(12):
        day = dt.date(2025, 4 + month, 15) if month < 9 else dt.date(2026, month - 8, 15)
        assert f"agreed {day.isoformat()}" in text
    assert "Still open from before this period" in text
    assert "agreed 2025-03-15" in text and "agreed 2023-08-15" in text
    assert "agreed 2023-07-15" not in text  # the 21st most recent: counted, not listed
    assert "agreed 2010-01-15" not in text
    assert (
        "The 20 most recently agreed of the 183 actions still open from before 1 Apr 2025 are "
        "listed. The other 163 are older, the oldest agreed on 15 Jan 2010" in text
    )
    # An action agreed after the period is not the period's, open or not.
    assert "agreed 2026-04-15" not in text
    vault.close()


def test_a_long_record_of_open_actions_gives_a_summary_as_long_as_a_short_one(make_vault, tmp_path):
    short, long = make_vault(tmp_path / "short.sdvault"), make_vault(tmp_path / "long.sdvault")
    _history(short, 2022)
    _history(long, 2006)
    short_text, short_pages = _text(documents.person_summary(short, "p", START, END, today=TODAY))
    long_text, long_pages = _text(documents.person_summary(long, "p", START, END, today=TODAY))
    assert long_pages == short_pages
    listed = re.compile(r"Action number \d+ agreed ([\d-]+)")
    assert listed.findall(long_text) == listed.findall(short_text)
    assert "oldest agreed on 15 Jan 2006" in long_text
    assert "oldest agreed on 15 Jan 2022" in short_text
    short.close()
    long.close()


def test_with_few_open_from_before_all_are_listed_and_nothing_is_counted(make_vault):
    vault = make_vault()
    _history(vault, 2024)  # Jan 2024 .. Mar 2025: fifteen left open
    text, _ = _text(documents.person_summary(vault, "p", START, END, today=TODAY))
    assert "agreed 2024-01-15" in text and "agreed 2025-03-15" in text
    assert "are older" not in text
    vault.close()
