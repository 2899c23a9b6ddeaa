"""The team summary for senior managers: letters in a new random order each time, leavers
counted, weak anonymity said out loud, useful figures, and the same figures as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import subprocess

from pypdf import PdfReader

from supervision_desk.core import pdf, repos, team_summary
from tests import year_of_history
from tests.conftest import run_cli
from tests.tools import tool

TODAY = year_of_history.TODAY
START, END = dt.date(2026, 1, 1), dt.date(2026, 3, 20)


def _who_is_who(found) -> dict[str, str]:
    """Which letter each person got, read back through their figures."""
    return {p.letter: f"{p.minutes}/{p.caseload:.2f}" for p in found.practitioners}


def test_letters_are_given_in_a_new_random_order_each_time(vault):
    year_of_history.build(vault)
    seen = {
        tuple(sorted(_who_is_who(team_summary.figures(vault, START, END, TODAY)).items()))
        for _ in range(12)
    }
    assert len(seen) > 1  # 3 people: 6 orders; twelve exports all alike would be 1 in 6^11
    first = team_summary.figures(vault, START, END, TODAY, rng=random.Random(1))
    assert sorted(p.letter for p in first.practitioners) == [
        "Practitioner A",
        "Practitioner B",
        "Practitioner C",
    ]


def test_leavers_are_counted_and_weak_anonymity_is_said(vault, tmp_path):
    year_of_history.build(vault)
    person = repos.get(vault, "people", "p3")
    repos.save(vault, "people", {**person, "archived": True})  # left in March
    found = team_summary.figures(vault, START, END, TODAY)
    assert len(found.practitioners) == 3 and sum(p.left for p in found.practitioners) == 1
    repos.save(
        vault, "people", {"id": "gone", "name": "Left Long Ago", "role": "other", "archived": True}
    )
    assert len(team_summary.figures(vault, START, END, TODAY).practitioners) == 3

    small = vault.path.with_name("small.sdvault")
    from supervision_desk.core.kdf import FAST
    from supervision_desk.core.vault import Vault

    with Vault.create(small, "pass phrase one two", profile=FAST) as one:
        repos.save(one, "people", {"id": "p1", "name": "Only One", "role": "social_worker"})
        data = pdf.team_summary(one, START, END, today=TODAY)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "1 practitioner (anonymised)" in text and "1 practitioners" not in text
    assert "Team totals only: with 1 practitioner, fewer than 5" in text


def test_the_summary_says_what_was_counted_and_by_which_standard(vault, tmp_path):
    year_of_history.build(vault)
    data = pdf.team_summary(vault, START, END, today=TODAY)
    out = tmp_path / "team.pdf"
    out.write_bytes(data)
    text = subprocess.run(
        [tool("pdftotext"), "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Supervisions held in" in flat and "What sessions served" in flat
    assert "Quality of the records" in flat and "Open workload concerns" in flat
    assert "Standards used for these figures:" in flat
    assert "LGA Standard 5" in flat and "LGA Standard 5 / BACP" not in flat
    assert "Caseloa d" not in text  # no header broken inside a word
    assert "ellbeing" not in text  # the check-in is for the supervisor only


def test_the_csv_companion_of_a_small_team_has_the_team_row_only(
    make_vault, vault_path, passfile, tmp_path
):
    vault = make_vault()
    year_of_history.build(vault)
    vault.close()
    out, table = tmp_path / "team.pdf", tmp_path / "team.csv"
    done = run_cli(
        "export-pdf",
        vault_path,
        out,
        "--team",
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-20",
        "--csv",
        table,
        "--passphrase-file",
        passfile,
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(table.open(encoding="utf-8-sig")))
    # Three people: a letter's figures would point at a person, so the team row only.
    assert [r["practitioner"] for r in rows] == ["Team"]
    text = table.read_text(encoding="utf-8-sig")
    assert "Sam Taylor" not in text and "Zoë" not in text and "Practitioner" not in text
    assert rows[0]["people"] == "3"
    again = run_cli(
        "export-pdf",
        vault_path,
        tmp_path / "b.pdf",
        "--team",
        "--csv",
        table,
        "--passphrase-file",
        passfile,
    )
    assert again.returncode == 8 and not (tmp_path / "b.pdf").exists()
