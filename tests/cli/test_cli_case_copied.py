"""`export-pdf --case` and `case-notes` with --mark-copied and --not-copied: once an extract is
marked as copied to the child's file, the next extract of new decisions only leaves it out."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from supervision_desk.core import labels, repos
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.core import child_file

OLD = ("Hold a strategy discussion with police.", "Joint visit with the social worker.")
NEW = "Ask the school for attendance since January."


def _team(make_vault):
    vault = make_vault()
    child_file.build(vault)
    path = vault.path
    vault.close()
    return path


def _a_new_decision(path) -> None:
    """A later session decides something new on the same case."""
    with Vault.open(path, PASSPHRASE) as vault:
        repos.save(
            vault, "sessions", {"id": "s9", "person": "p1", "date": "2026-03-24", "minutes": 60}
        )
        repos.save(
            vault,
            "case_discussions",
            {"id": "d9", "session": "s9", "case": "c1", "decision": NEW, "for_case_file": True},
        )


def _copied(path) -> dict[str, str | None]:
    with Vault.open(path, PASSPHRASE) as vault:
        return {d["id"]: d["recorded_on_file"] for d in repos.select(vault, "case_discussions")}


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_export_pdf_marks_copied_then_leaves_those_out(make_vault, passfile, tmp_path):
    path = _team(make_vault)
    first = tmp_path / "first.pdf"
    done = run_cli(
        "export-pdf",
        path,
        first,
        "--case",
        "C-1001",
        "--mark-copied",
        "--passphrase-file",
        passfile,
    )
    assert done.returncode == 0, done.stderr
    assert "Marked 2 decisions as copied to the child's file today." in done.stderr
    text = _pdf_text(first)
    assert all(decision in text for decision in OLD)
    copied = _copied(path)
    assert copied["d1"] and copied["d2"] and copied["d1"] == copied["d2"]
    assert copied["d3"] is None  # the other case is untouched

    _a_new_decision(path)
    second = tmp_path / "second.pdf"
    done = run_cli(
        "export-pdf",
        path,
        second,
        "--case",
        "C-1001",
        "--not-copied",
        "--passphrase-file",
        passfile,
    )
    assert done.returncode == 0, done.stderr
    text = _pdf_text(second)
    assert "only entries not yet copied to the child's file" in text
    assert NEW in text
    assert not [decision for decision in OLD if decision in text]
    assert "Marked" not in done.stderr and _copied(path)["d9"] is None  # not asked to mark

    # Without --not-copied the whole case is there, each entry with the day it was copied.
    whole = tmp_path / "whole.pdf"
    done = run_cli("export-pdf", path, whole, "--case", "C-1001", "--passphrase-file", passfile)
    text = _pdf_text(whole)
    assert "not yet copied" not in text
    assert all(decision in text for decision in (*OLD, NEW))
    on = labels.long_date(copied["d1"])
    assert text.count(f"Copied to the child's file {on}") == 2
    assert text.count("Copied to the child's file Not yet") == 1


def test_case_notes_marks_copied_then_leaves_those_out(make_vault, passfile):
    path = _team(make_vault)
    done = run_cli(
        "case-notes", path, "--case", "C-1001", "--mark-copied", "--passphrase-file", passfile
    )
    assert done.returncode == 0, done.stderr
    assert all(decision in done.stdout for decision in OLD)
    assert "Marked 2 decisions as copied to the child's file today." in done.stderr
    assert "Marked" not in done.stdout  # the pasted text holds the decisions only

    _a_new_decision(path)
    done = run_cli(
        "case-notes", path, "--case", "C-1001", "--not-copied", "--passphrase-file", passfile
    )
    assert done.returncode == 0, done.stderr
    assert NEW in done.stdout
    assert not [decision for decision in OLD if decision in done.stdout]
    assert _copied(path)["d9"] is None

    # Marked now, a third run of new decisions only has nothing left to paste.
    done = run_cli(
        "case-notes",
        path,
        "--case",
        "C-1001",
        "--not-copied",
        "--mark-copied",
        "--passphrase-file",
        passfile,
    )
    assert done.returncode == 0, done.stderr
    assert NEW in done.stdout and "Marked 1 decision as copied" in done.stderr
    done = run_cli(
        "case-notes", path, "--case", "C-1001", "--not-copied", "--passphrase-file", passfile
    )
    assert done.returncode == 0, done.stderr
    assert not [d for d in (*OLD, NEW) if d in done.stdout]


def test_the_flags_go_with_a_case_only(make_vault, passfile, tmp_path):
    path = _team(make_vault)
    done = run_cli(
        "export-pdf",
        path,
        tmp_path / "s.pdf",
        "--session",
        "s1",
        "--mark-copied",
        "--passphrase-file",
        passfile,
    )
    assert done.returncode != 0 and "go with --case" in done.stderr
    assert not (tmp_path / "s.pdf").exists()
    assert _copied(path)["d1"] is None


def test_the_extract_names_the_period_asked_for(make_vault, passfile, tmp_path):
    path = _team(make_vault)
    out = tmp_path / "period.pdf"
    done = run_cli(
        "export-pdf",
        path,
        out,
        "--case",
        "C-1001",
        "--from",
        "2026-03-04",
        "--to",
        "2026-03-31",
        "--passphrase-file",
        passfile,
    )
    assert done.returncode == 0, done.stderr
    text = _pdf_text(out)
    assert "4 March 2026 to 31 March 2026" in text
    assert OLD[1] in text and OLD[0] not in text  # Sam's decision of 3 March is before it
