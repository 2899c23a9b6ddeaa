"""`supervision-desk cpd`: the year's pieces as text, and as a PDF."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from supervision_desk.core import cpd, repos
from tests.conftest import run_cli


def _vault(make_vault):
    vault = make_vault(mode="practitioner", role="social_worker")
    repos.save(
        vault,
        "journal",
        {
            "id": "j1",
            "date": "2025-03-01",
            "title": "Reading on NRM",
            "body": "What the section 45 defence covers.",
        },
    )
    repos.save(vault, "journal", {"id": "j2", "date": "2025-03-02", "body": "private worry"})
    cpd.from_journal(vault, "j1")
    cpd.new(vault, dt.date(2024, 6, 1), description="from the year before")
    path = vault.path
    vault.close()
    return path


def test_text_and_pdf_for_one_year(make_vault, passfile, tmp_path):
    vault = _vault(make_vault)
    done = run_cli("cpd", vault, "--year", "2025", "--passphrase-file", passfile)
    assert done.returncode == 0, done.stderr
    assert "CPD for the registration year 1 December 2024 to 30 November 2025" in done.stdout
    assert "section 45 defence" in done.stdout
    assert "from the year before" not in done.stdout and "private worry" not in done.stdout

    out = tmp_path / "cpd.pdf"
    done = run_cli("cpd", vault, "--year", "2025", "--pdf", out, "--passphrase-file", passfile)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # the PDF alone unless --text is given
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "section 45 defence" in text and "private worry" not in text

    again = run_cli("cpd", vault, "--pdf", out, "--passphrase-file", passfile)
    assert again.returncode == 8 and "already exists" in again.stderr


def test_a_bad_year_is_a_usage_error(make_vault, passfile):
    vault = _vault(make_vault)
    done = run_cli("cpd", vault, "--year", "25", "--passphrase-file", passfile)
    assert done.returncode == 2 and "is not a year" in done.stderr
