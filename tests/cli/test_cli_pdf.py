"""`supervision-desk export-pdf` as PRODUCT.md describes it."""

from __future__ import annotations

import subprocess

from pypdf import PdfReader

from tests import year_of_history
from tests.conftest import run_cli
from tests.tools import tool


def _vault(make_vault):
    vault = make_vault()
    year_of_history.build(vault)
    path = vault.path
    vault.close()
    return path


def test_session_person_and_team(make_vault, passfile, tmp_path):
    vault = _vault(make_vault)
    session = tmp_path / "s.pdf"
    done = run_cli(
        "export-pdf", vault, session, "--session", "s1-11", "--passphrase-file", passfile
    )
    assert done.returncode == 0, done.stderr
    assert "Session 2026-03-10" in PdfReader(session).pages[0].extract_text()

    person = tmp_path / "p.pdf"
    done = run_cli(
        "export-pdf",
        vault,
        person,
        "--person",
        "p2",
        "--from",
        "2025-10-01",
        "--to",
        "2026-03-20",
        "--appendix",
        "--passphrase-file",
        passfile,
    )
    assert done.returncode == 0, done.stderr
    text = PdfReader(person).pages[0].extract_text()
    assert "1 Oct 2025 to 20 Mar 2026" in text  # the UK way: day, month, year

    team = tmp_path / "t.pdf"
    done = run_cli(
        "export-pdf", vault, team, "--team", "--to", "2026-03-20", "--passphrase-file", passfile
    )
    assert done.returncode == 0, done.stderr
    text = PdfReader(team).pages[0].extract_text()
    assert "21 Mar 2025 to 20 Mar 2026" in text and "Team totals only" in text
    assert "Sam Taylor" not in text


def test_encrypted_with_a_passphrase_file(make_vault, passfile, tmp_path):
    vault = _vault(make_vault)
    secret = tmp_path / "pdfpw.txt"
    secret.write_text("lantern kettle 9\n", encoding="utf-8")
    out = tmp_path / "enc.pdf"
    done = run_cli(
        "export-pdf",
        vault,
        out,
        "--session",
        "s1-0",
        "--passphrase-file",
        passfile,
        "--pdf-passphrase-file",
        secret,
    )
    assert done.returncode == 0, done.stderr
    assert "(encrypted)" in done.stdout
    locked = subprocess.run([tool("pdftotext"), str(out), "-"], capture_output=True, text=True)
    assert locked.returncode != 0
    opened = subprocess.run(
        [tool("pdftotext"), "-upw", "lantern kettle 9", str(out), "-"],
        capture_output=True,
        text=True,
    )
    assert "Supervision record" in opened.stdout or "Session" in opened.stdout


def test_mistakes_are_one_line_usage_errors(make_vault, passfile, tmp_path):
    vault = _vault(make_vault)
    out = tmp_path / "x.pdf"
    for args, words in (
        (["--team", "--journal", "j1"], "never holds journal"),
        (["--session", "s1-0", "--from", "2026-01-01"], "--from and --to"),
        (["--person", "p1", "--from", "2026-03-01", "--to", "2026-02-01"], "ends before"),
        (["--session", "nope"], "No session"),
    ):
        done = run_cli("export-pdf", vault, out, *args, "--passphrase-file", passfile)
        assert done.returncode in (2, 7), (args, done.stderr)
        assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert not out.exists()
    assert run_cli("export-pdf", vault, out, "--passphrase-file", passfile).returncode == 2
