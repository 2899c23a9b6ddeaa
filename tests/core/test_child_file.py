"""The extract for a child's record: a management-oversight entry per decision, with the
worker and the manager by name and role, actions and timescales, whose supervision each came
from on a shared case, and nothing from any other case."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess

from pypdf import PdfReader

from supervision_desk.core import casefile, pdf, repos
from tests import tools
from tests.core import child_file


def _pdftotext(data: bytes, tmp_path) -> str:
    path = tmp_path / "extract.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        [tools.tool("pdftotext"), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return re.sub(r"\s+", " ", done.stdout)


def test_extract_on_a_shared_case_names_both_workers_and_leaks_nothing(vault, tmp_path):
    child_file.build(vault)
    data = pdf.case_extract(vault, "C-1001", today=dt.date(2026, 3, 20))
    words = _pdftotext(data, tmp_path)
    parsed = re.sub(
        r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    )
    for text in (words, parsed):
        assert "Extract for the child's record: case C-1001" in text
        assert "Sam Reid (Social worker)" in text and "Jo Okafor (Youth justice worker)" in text
        assert "Alex Morgan (First-line manager)" in text
        # Whose supervision each entry came from, on a case two workers hold.
        assert "Sam Reid's supervision with Alex Morgan" in text
        assert "Jo Okafor's supervision with Alex Morgan" in text
        # Actions with owner and timescale: Sam's action named no case but its session
        # discussed only this one; Jo's named it.
        assert "Arrange the strategy discussion" in text and "by 10 March 2026" in text
        assert "Book the joint visit" in text and "by 17 March 2026" in text
        assert "Review 31 March 2026" in text
        assert "Decided by Jo Okafor" in text  # the worker, by name, not a code
        assert "Not yet" in text  # neither entry is on the child's file yet
        assert child_file.OTHER not in text and "C-2002" not in text
        assert "supervisee" not in text and "supervisor" not in text.replace("Supervisor", "")
        # Every page says what it is.
        assert "Extract for the child's record: management oversight" in text
        assert "Confidential: supervision record" not in text
    assert "JB" not in words  # no initials unless asked for
    # Sam's action is his, owned by the worker: the owner column names him.
    assert re.search(r"Arrange the strategy discussion Sam Reid by 10 March 2026", parsed)


def test_marking_copied_shows_the_date_and_leaves_them_out_next_time(vault):
    child_file.build(vault)
    decisions = casefile.for_case(vault, "C-1001")
    assert casefile.mark_all_copied(vault, decisions, dt.date(2026, 3, 21)) == 2
    text = casefile.as_text(casefile.for_case(vault, "C-1001"), "C-1001")
    assert text.count("Copied to the child's file: 21 March 2026") == 2
    assert casefile.for_case(vault, "C-1001", not_copied=True) == []
    assert repos.get(vault, "case_discussions", "d2")["recorded_on_file"] == "2026-03-21"
    # Marking again changes nothing.
    assert casefile.mark_all_copied(vault, casefile.for_case(vault, "C-1001")) == 0
