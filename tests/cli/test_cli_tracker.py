"""`supervision-desk tracker`: the table in the terminal, as CSV, and due dates as iCalendar."""

from __future__ import annotations

import csv
import datetime as dt

from icalendar import Calendar

from supervision_desk.core import repos
from tests.conftest import run_cli


def _team(vault):
    repos.save(
        vault,
        "people",
        {"id": "p1", "name": "Sam Taylor", "role": "youth_worker", "started_role": "2026-01-05"},
    )
    repos.save(
        vault,
        "people",
        {
            "id": "p2",
            "name": "Zoë Ćwik",
            "role": "social_worker",
            "fte": 0.5,
            "started_role": "2025-06-01",
        },
    )
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p2",
            "reference": "YP-7",
            "weight": 8,
            "allocated": "2026-01-10",
            "label": "K.L.",
        },
    )
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-09", "minutes": 90})
    repos.save(vault, "sessions", {"id": "s2", "person": "p2", "date": "2026-01-20", "minutes": 60})


def test_tracker_table_csv_and_calendar(make_vault, vault_path, passfile, tmp_path):
    vault = make_vault()
    _team(vault)
    vault.close()
    out_csv, out_ics = tmp_path / "team.csv", tmp_path / "due.ics"
    result = run_cli(
        "tracker",
        vault_path,
        "--passphrase-file",
        passfile,
        "--today",
        "2026-03-20",
        "--csv",
        out_csv,
        "--ics",
        out_ics,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Workload and supervision on 2026-03-20"
    zoe = next(line for line in lines if line.startswith("Zoë Ćwik"))
    assert "16%" in zoe and "2026-02-20" in zoe and "overdue 28d" in zoe
    assert "YP-7" not in result.stdout and "K.L." not in result.stdout

    rows = list(csv.DictReader(out_csv.open(encoding="utf-8-sig")))
    assert [r["person"] for r in rows] == ["Zoë Ćwik", "Sam Taylor"]  # most overdue first
    assert rows[0]["overdue_days"] == "28" and rows[0]["capacity_points"] == "50"

    calendar = Calendar.from_ical(out_ics.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Supervision due: Sam Taylor", "Supervision due: Zoë Ćwik"}
    assert events["Supervision due: Sam Taylor"].decoded("dtstart") == dt.date(2026, 4, 9)
    overdue = events["Supervision due: Zoë Ćwik"]
    assert overdue.decoded("dtstart") == dt.date(2026, 3, 20)
    assert "Overdue by 28 days" in str(overdue["description"])


def test_tracker_rejects_a_bad_date(make_vault, vault_path, passfile):
    make_vault().close()
    result = run_cli("tracker", vault_path, "--passphrase-file", passfile, "--today", "20/03")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def test_csv_cells_never_become_formulas_and_files_are_never_replaced(
    make_vault, vault_path, passfile, tmp_path
):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": '=HYPERLINK("x")', "role": "other"})
    repos.save(vault, "people", {"id": "p2", "name": "-Jo", "role": "other"})
    vault.close()
    out_csv, out_ics = tmp_path / "team.csv", tmp_path / "due.ics"
    args = ("tracker", vault_path, "--passphrase-file", passfile, "--today", "2026-03-20")
    assert run_cli(*args, "--csv", out_csv).returncode == 0
    names = [r["person"] for r in csv.DictReader(out_csv.open(encoding="utf-8-sig"))]
    assert sorted(names) == ["'-Jo", '\'=HYPERLINK("x")']  # shown as text by a spreadsheet
    before = out_csv.read_bytes()
    again = run_cli(*args, "--csv", out_csv)
    assert again.returncode == 8 and "already exists" in again.stderr
    assert out_csv.read_bytes() == before
    out_ics.write_text("mine")
    refused = run_cli(*args, "--ics", out_ics)
    assert refused.returncode == 8 and out_ics.read_text() == "mine"
    missing = run_cli(*args, "--csv", tmp_path / "nowhere" / "t.csv")
    assert missing.returncode == 8 and "does not exist" in missing.stderr


def test_the_calendar_leaves_out_an_asye_review_already_held_early(
    make_vault, vault_path, passfile, tmp_path
):
    """A review answered early by a session tagged "ASYE review", or recorded as held on the
    ASYE page before its date, is not coming: the calendar of what is due has no event for
    it, and keeps every review still to hold."""
    from supervision_desk.core import asye

    vault = make_vault()
    for pid, name in (("t", "Tam Rees"), ("r", "Rhi Owen"), ("m", "Mo Ahmed")):
        person = {"id": pid, "name": name, "role": "social_worker", "newly_qualified": True}
        repos.save(vault, "people", {**person, "started_role": "2025-11-03"})
    # The 3-month reviews fall due on 3 February 2026; today is 20 January.
    held = {"person": "t", "date": "2026-01-12", "minutes": 90, "tags": ["ASYE review"]}
    repos.save(vault, "sessions", {"id": "t1", **held})
    repos.save(vault, "sessions", {"id": "m1", "person": "m", "date": "2026-01-12", "minutes": 90})
    repos.save(vault, "sessions", {"id": "r1", "person": "r", "date": "2026-01-12", "minutes": 90})
    asye.record_review(vault, "r", 3, dt.date(2026, 1, 12), "on_track")
    vault.close()
    out_ics = tmp_path / "due.ics"
    args = ("tracker", vault_path, "--passphrase-file", passfile, "--today", "2026-01-20")
    result = run_cli(*args, "--ics", out_ics)
    assert result.returncode == 0, result.stderr

    calendar = Calendar.from_ical(out_ics.read_bytes())
    reviews = {
        (str(e["summary"]), e.decoded("dtstart"))
        for e in calendar.walk("VEVENT")
        if "ASYE" in str(e["summary"])
    }
    later = {
        ("6-month ASYE review", dt.date(2026, 5, 3)),
        ("12-month ASYE review", dt.date(2026, 11, 3)),
    }
    for name in ("Tam Rees", "Rhi Owen"):  # held early: only the later two are coming
        assert {(f"{label}: {name}", day) for label, day in later} <= reviews
        assert not any(s.startswith("3-month") and name in s for s, _ in reviews)
    mo = {(s, day) for s, day in reviews if "Mo Ahmed" in s}
    first = ("3-month ASYE review", dt.date(2026, 2, 3))  # none held for Mo: all three
    assert mo == {(f"{label}: Mo Ahmed", day) for label, day in (first, *later)}
    assert len(reviews) == 7
