"""The person and team summaries as a reader sees them: no word broken across a line in any
table (a cell wraps at spaces only), and dates written the UK way (22 Mar 2025), in headings,
prose, tables and the footer. The PDFs are made from a real vault and read back with pypdf:
each line a cell draws is a piece of text of its own, so a header drawn as "Minute" over "s"
shows as two pieces."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from supervision_desk.core import asye, labels, repos
from supervision_desk.core.kdf import FAST
from supervision_desk.core.pdf import documents
from supervision_desk.core.pdf.base import register_fonts
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 4, 10)
START, END = dt.date(2025, 4, 1), dt.date(2026, 3, 31)
LONG = "Featherstonehaughington"  # a surname wider than the practitioner column leaves

PEOPLE = [
    {"id": "o", "name": f"Ottoline {LONG}", "role": "social_worker", "newly_qualified": True},
    {"id": "b", "name": "Beth Ng", "role": "health", "supervision_standard": "bacp_monthly"},
    {"id": "c", "name": "Ceri Lloyd", "role": "youth_worker"},
    {"id": "d", "name": "Dai Evans", "role": "youth_justice", "fte": 0.6},
    {"id": "e", "name": "Efa Hughes", "role": "social_worker"},
    {"id": "f", "name": "Ffion Rees", "role": "education"},
]
# Every table header of the two summaries, as a reader sees it.
HEADERS = {
    "team": ["Practitioner", "Caseload (cases)", "Of capacity", "Minutes", "Timing", "Notes"],
    "person": [
        *("Date", "Kind", "Minutes", "Length", "Timing"),
        *("Case", "Weight", "Allocated", "Closed"),
        *("Agreed", "Action", "Owner", "Due", "Status"),
        *("Attended", "Theme", "Agreed the record", "Wellbeing check-in"),
    ],
    "bacp": ["Month", "Minutes held", "Minutes counted", "Month judged"],
    "asye": [
        *("Review", "Due", "Held", "Outcome"),
        *("Date", "Hours", "Used for", "Observer", "Note", "Area"),
        *("Start of the year", "Middle of the year", "End of the year"),
    ],
}


def _team(vault) -> None:
    with vault.write():
        for person in PEOPLE:
            repos.save(vault, "people", {"started_role": "2025-02-03", **person})
        day = START + dt.timedelta(days=3)
        n = 0
        while day < END:
            for person in PEOPLE:
                sid = f"{person['id']}-{n}"
                repos.save(
                    vault,
                    "sessions",
                    {
                        "id": sid,
                        "person": person["id"],
                        "date": day.isoformat(),
                        "minutes": 90,
                        "kind": "one_to_one",
                        "functions": ["management", "support"],
                    },
                )
                due = (day + dt.timedelta(days=21)).isoformat()
                repos.save(
                    vault,
                    "actions",
                    {"id": f"{sid}-a", "session": sid, "text": "Ring the school", "due": due},
                )
            day += dt.timedelta(days=33)
            n += 1
        for n, person in enumerate(PEOPLE):
            repos.save(
                vault,
                "cases",
                {
                    "id": f"c{n}",
                    "person": person["id"],
                    "reference": f"YP-{n}",
                    "weight": 5,
                    "allocated": "2025-05-31",
                    "closed": "2025-12-31" if n % 2 else None,
                },
            )
        repos.save(  # planned, and never marked held or not: the named summary asks
            vault,
            "sessions",
            {
                "id": "later",
                "person": "d",
                "date": "2025-11-20",
                "minutes": 60,
                "status": "planned",
            },
        )
        repos.save(
            vault,
            "sessions",
            {
                "id": "group",
                "person": None,
                "attendees": ["o", "b", "c"],
                "kind": "group",
                "date": "2025-09-30",
                "minutes": 120,
                "attendance": [{"person": "o", "agreed": "2025-10-02", "wellbeing": 7}],
            },
        )
    asye.save_programme(vault, "o", assessor="Priya Shah", contracted_hours=37)
    asye.record_review(vault, "o", 3, dt.date(2025, 5, 6), "on_track")
    asye.log_time(vault, "o", dt.date(2025, 5, 31), 3.5, "Court skills")
    asye.add_observation(vault, "o", dt.date(2025, 9, 30), f"Anna {LONG}", "Home visit")
    for stage, day in (("start", "2025-02-28"), ("middle", "2025-08-31"), ("end", "2026-01-31")):
        asye.rate(vault, "o", stage, "relationships", "developing", dt.date.fromisoformat(day))


@pytest.fixture(scope="module")
def summaries(tmp_path_factory):
    """Each summary's pieces of text (a line of a cell, of a heading...), its whole text and
    its reader: made once for the tests below, in a home folder of their own."""
    folder = tmp_path_factory.mktemp("layout")
    (folder / "home" / "tmp").mkdir(parents=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SUPERVISION_DESK_HOME", str(folder / "home"))
        patch.setenv("TMPDIR", str(folder / "home" / "tmp"))
        vault = Vault.create(folder / "team.sdvault", PASSPHRASE, profile=FAST, owner="Rhian Owen")
        try:
            _team(vault)
            made = {
                "team named": documents.team_summary(
                    vault, START, END, anonymise=False, today=TODAY
                ),
                "team": documents.team_summary(vault, START, END, today=TODAY),
                **{
                    p["name"]: documents.person_summary(vault, p["id"], START, END, today=TODAY)
                    for p in PEOPLE
                },
            }
        finally:
            vault.close()
    return {name: _read(data) for name, data in made.items()}


def _read(data: bytes) -> tuple[list[str], str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    pieces: list[str] = []
    for page in reader.pages:
        page.extract_text(visitor_text=lambda t, *_: pieces.append(t.strip()))
    pieces = [p for p in pieces if p]
    return pieces, " ".join(pieces), reader


def _broken(pieces: list[str], word: str) -> bool:
    """Whether ``word`` is drawn in two parts: one line ending with its start, the next line
    starting with the rest."""
    for before, after in itertools.pairwise(pieces):
        if before.split()[-1] + after.split()[0] == word:
            return True
    return False


def test_no_header_or_cell_breaks_inside_a_word(summaries):
    team_words = {w for h in HEADERS["team"] for w in h.split()}
    person_words = {w for h in HEADERS["person"] + HEADERS["asye"] for w in h.split()}
    planted = {LONG, "Ottoline", "supervision", "recorded"}
    for name, (pieces, whole, _) in summaries.items():
        wanted = team_words if name.startswith("team") else person_words
        for word in wanted | planted | {w for h in HEADERS["bacp"] for w in h.split()}:
            assert not _broken(pieces, word), (name, word)
        if name.startswith("team"):
            for header in HEADERS["team"][: 6 if name == "team named" else 5]:
                assert header in whole, (name, header)
    named, _, _ = summaries["team named"]
    assert any(LONG in p.split() for p in named)  # the long surname whole, on a line
    # Each header word is drawn whole on a line of its header cell, never split over two.
    for word in ("Minutes", "Practitioner", "Caseload", "capacity", "Timing", "Notes"):
        assert any(word in p.split() for p in named), word


def test_each_person_summary_draws_its_tables_with_whole_words(summaries):
    ottoline, text, reader = summaries[f"Ottoline {LONG}"]
    for header in HEADERS["person"] + HEADERS["asye"]:
        assert header in text, header
    assert any(p == LONG or p.endswith(LONG) for p in ottoline)  # the observer's name whole
    assert "ASYE year" in [i.title for i in reader.outline if not isinstance(i, list)]
    _, bacp, _ = summaries["Beth Ng"]
    for header in HEADERS["bacp"]:
        assert header in bacp, header


def test_dates_read_the_uk_way_in_headings_prose_tables_and_footer(summaries):
    iso = re.compile(r"\b\d{4}-\d\d-\d\d\b")
    for name, (_, text, reader) in summaries.items():
        assert not iso.search(text), (name, iso.search(text))
        assert "1 Apr 2025 to 31 Mar 2026" in text, name
        assert "Produced 10 Apr 2026 by Supervision Desk" in text, name
        assert "1 Apr 2025 to 31 Mar 2026" in reader.metadata.title
    pieces, text, _ = summaries[f"Ottoline {LONG}"]
    # A date in a table stays on one line: the day, month and year in one piece.
    for day in ("4 Apr 2025", "31 May 2025", "30 Sep 2025"):
        assert any(day in p for p in pieces), day
    assert "Start of the year (28 Feb 2025)" in text
    assert "Group supervision attended" in text and "30 Sep 2025 Group 2 Oct 2025 7 of 10" in text
    # The Tracker's flags beside a name say their dates the same way.
    _, named, _ = summaries["team named"]
    assert "planned 20 Nov 2025: was it held?" in named
    assert "6-month ASYE review not held (due 3 Aug 2025)" in named


def test_fitted_widths_take_room_only_from_columns_that_spare_it():
    register_fonts()
    header = ["Practitioner", "Minutes", "Notes"]
    rows = [[f"Ottoline {LONG}", "1080", "overdue 4d"]]
    widths = [30 * mm, 10 * mm, 60 * mm]
    found = documents.fitted(widths, header, rows)
    assert sum(found) == pytest.approx(sum(widths))  # the table keeps its width
    assert found[1] >= documents._widest("Minutes", "cellhead") + documents.PADDING
    assert found[0] > documents._widest(LONG, "cell") + documents.PADDING
    assert found[2] < widths[2]  # the room came from the notes
    roomy = [60 * mm, 30 * mm, 60 * mm]
    assert documents.fitted(roomy, header, rows) == roomy  # nothing to widen: unchanged
    # A date column keeps each date whole.
    dated = documents.fitted([15 * mm, 60 * mm], ["Due", "Action"], [["31 May 2025", "x"]], (0,))
    assert dated[0] >= documents._widest("31 May 2025", "cell", whole=True) + documents.PADDING
    assert labels.short_date("2025-05-31") == "31 May 2025"
