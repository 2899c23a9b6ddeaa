"""`supervision-desk asye`: a newly qualified social worker's year as text and as a PDF."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from supervision_desk.core import asye, repos
from tests.conftest import run_cli


def _vault(make_vault):
    vault = make_vault()
    for pid, name, role in (
        ("sw", "Sam Okafor", "social_worker"),
        ("yw", "Jo Reid", "youth_worker"),
    ):
        repos.save(
            vault,
            "people",
            {
                "id": pid,
                "name": name,
                "role": role,
                "started_role": "2025-09-01",
                "newly_qualified": True,
            },
        )
    asye.save_programme(vault, "sw", assessor="Priya Shah", assessor_role="practice educator")
    asye.record_review(vault, "sw", 3, dt.date(2025, 12, 3), "on_track")
    asye.log_time(vault, "sw", dt.date(2025, 9, 12), 3.5, "Reading")
    asye.add_observation(vault, "sw", dt.date(2025, 11, 14), "Dee Hall", "Strategy meeting")
    path = vault.path
    vault.close()
    return path


def test_the_year_as_text_and_as_a_pdf(make_vault, passfile, tmp_path):
    vault = _vault(make_vault)
    done = run_cli("asye", vault, "--person", "sw", "--passphrase-file", passfile)
    assert done.returncode == 0, done.stderr
    assert "ASYE year: Sam Okafor" in done.stdout
    assert "3-month review: held 3 December 2025: On track" in done.stdout
    assert "Assessor: Priya Shah (practice educator)" in done.stdout
    assert "2025-11-14 · Dee Hall · Strategy meeting" in done.stdout
    assert "3.5 hours logged" in done.stdout

    out = tmp_path / "asye.pdf"
    done = run_cli("asye", vault, "--person", "sw", "--pdf", out, "--passphrase-file", passfile)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and "unencrypted" in done.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "ASYE progress: Sam Okafor" in text and "Dee Hall" in text

    again = run_cli("asye", vault, "--person", "sw", "--pdf", out, "--passphrase-file", passfile)
    assert again.returncode == 8 and "already exists" in again.stderr


def test_a_youth_worker_has_no_asye_year(make_vault, passfile, tmp_path):
    vault = _vault(make_vault)
    out = tmp_path / "none.pdf"
    done = run_cli("asye", vault, "--person", "yw", "--pdf", out, "--passphrase-file", passfile)
    assert done.returncode == 7
    assert "newly qualified social workers" in done.stderr
    assert not out.exists() and done.stdout == ""
