"""The team summary a head of service can stand behind, on a team of six counted by hand
(tests/team_of_six.py): the headline pair, no "previous period" without records, BACP months
with minutes held beside counted, quality as well as frequency, anonymity that holds in a
small team, and a CSV that spreadsheets open as UTF-8."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader

from supervision_desk.core import pdf, team_summary, tracker
from tests import team_of_six
from tests.team_of_six import END, START, TODAY


def words(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_headline_pair_and_the_team_figures_of_a_team_of_six(vault):
    team_of_six.build(vault)
    found = team_summary.figures(vault, START, END, TODAY)
    head = found.headline
    # One-to-ones on time: A 3, B 1, D 7, E 3; late: B (13 days) and D (7 days).
    assert (head.on_time, head.late) == (14, 2) and head.in_timescale == 14 / 16
    # Due dates missed: D's gap still open on 31 March; F's two months with nothing.
    assert head.missed == 3
    # No long gap: A and E. B and D were late, C had short months, F has nothing.
    assert (head.staff_ok, head.staff_judged) == (2, 6)
    assert head.minutes == 270 + 180 + 330 + 720 + 180
    assert found.previous is None  # every record starts in January: nothing to compare
    bacp = found.bacp_months
    assert [(m.held, m.minutes, m.status) for m in bacp] == [
        (90, 90, "met"),
        (60, 60, "short"),
        (180, 80, "short"),  # 60 one-to-one + a 120-minute group of six counting 20
    ]
    assert found.agreements == (1, 2)  # A's agreement was due for review on 1 March
    assert found.total("to_copy") == 1
    assert (found.total("actions_done"), found.total("actions_agreed")) == (1, 3)
    assert found.total("open_cases") == 2
    assert round(found.total("caseload"), 3) == round(5 + 8 * 71 / 90, 3)
    # Capacity: D is in the ASYE (90); F, a newly qualified youth worker, is not.
    assert found.total("capacity") == 100 + 100 + 100 + 90 + 60 + 80
    q = found.quality
    assert q.records == 19
    assert (q.met["capacities"], q.of["capacities"]) == (1, 19)
    assert (q.met["comments"], q.of["comments"]) == (1, 19)
    assert (q.met["actions"], q.of["actions"]) == (1, 2)  # A's undated action fails it
    assert (q.met["agreed"], q.of["agreed"]) == (1, 19)  # E's took 22 days
    assert (q.met["decisions"], q.of["decisions"]) == (0, 1)


def test_the_registered_manager_is_judged_by_standard_5(vault):
    team_of_six.build(vault)
    manager = team_summary.figures(vault, START, END, TODAY, names=True)
    beth = next(p for p in manager.practitioners if p.name == "Beth Ng")
    assert beth.judged_by == "lga_monthly" and (beth.on_time, beth.late) == (1, 1)
    ffion = next(p for p in manager.practitioners if p.name == "Ffion Hâf")
    assert "no supervision recorded" in ffion.flags
    assert not any("ASYE" in f for f in ffion.flags)


def test_the_pdf_says_no_records_and_shows_letters_without_pointing(vault):
    team_of_six.build(vault)
    text = words(pdf.team_summary(vault, START, END, today=TODAY))
    assert "Previous period no records before this period" in text
    assert "100%" not in text.split("Previous period")[1].split("BACP")[0]
    assert "Supervisions held in timescale 88% (14 of 16 one-to-ones)" in text
    assert "Staff with no gap longer than their standard 33% (2 of 6 people)" in text
    assert "1 of 3 whole months reached 90 minutes counted (330 minutes held, 230 counted" in text
    assert "Agreements in date 1 of 2" in text
    assert "Decisions still to copy to children's files 1" in text
    assert "2 open cases at the end of the period; 11.3 weighted points on average over it" in text
    assert "All four capacities written 5% (1 of 19 records)" in text
    assert "Practitioner F" in text and "Notes" not in text
    for name in ("Aled", "Beth", "Ceri", "Dafydd", "Eira", "Ffion"):
        assert name not in text
    rows = text.split("Per practitioner")[1].split("Timing:")[0]
    for marker in ("newly qualified", "left", "BACP", "ASYE", "no supervision"):
        assert marker not in rows


def test_a_team_of_four_gets_team_totals_only_and_is_told_why(
    vault,
    tmp_path,
):
    team_of_six.build(vault, size=4)
    found = team_summary.figures(vault, START, END, TODAY)
    assert not found.rows_shown
    text = words(pdf.team_summary(vault, START, END, today=TODAY, found=found))
    assert "Team totals only: with 4 practitioners, fewer than 5" in text
    assert "Practitioner A" not in text and "Per practitioner" not in text
    out = tmp_path / "team.csv"
    team_summary.write_csv(found, out)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["practitioner"] for r in rows] == ["Team"]
    assert rows[0]["people"] == "4"


def test_the_csv_has_a_byte_order_mark_numbers_and_accented_names(vault, tmp_path):
    team_of_six.build(vault)
    found = team_summary.figures(vault, START, END, TODAY, names=True)
    out = tmp_path / "team.csv"
    team_summary.write_csv(found, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel and LibreOffice then read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert "Ffion Hâf" in [r["practitioner"] for r in rows]
    team = rows[-1]
    assert team["practitioner"] == "Team" and team["supervisions_in_timescale"] == "0.875"
    assert team["staff_no_gap_longer_than_standard"] == "0.333"
    assert team["previous_supervisions_in_timescale"] == ""  # no records before
    assert (team["bacp_minutes_held"], team["bacp_minutes_counted"]) == ("330", "230.0")
    assert team["period_start"] == "2026-01-01" and team["capacity_share"] == str(
        round((5 + 8 * 71 / 90) / 530, 3)
    )


def test_an_earlier_period_with_records_is_compared(vault):
    team_of_six.build(vault)
    found = team_summary.figures(vault, tracker.day("2026-03-01"), tracker.day("2026-03-31"), TODAY)
    assert found.previous is not None and found.previous.minutes > 0
