"""What the PDF prints for a note matches what the editor shows: bold next to punctuation,
and a line typed at the margin after a list."""

from __future__ import annotations

import subprocess

from supervision_desk.core import pdf, repos
from supervision_desk.gui.markdown_keys import toggle
from tests import tools


def _text(vault, tmp_path, analysis: str) -> str:
    repos.save(vault, "people", {"id": "p1", "name": "Sam Reid", "role": "social_worker"})
    repos.save(
        vault,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-03-10", "minutes": 90, "analysis": analysis},
    )
    path = tmp_path / "record.pdf"
    path.write_bytes(pdf.session_record(vault, "s1"))
    done = subprocess.run(
        [tools.tool("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_bold_before_a_full_stop_prints_without_a_space(vault, tmp_path):
    printed = _text(vault, tmp_path, "She seemed **anxious**. Then *calmer*, later.")
    assert "She seemed anxious. Then calmer, later." in printed
    assert "anxious ." not in printed and "calmer ," not in printed


def test_a_line_after_a_list_prints_after_the_list(vault, tmp_path):
    printed = _text(vault, tmp_path, "- peer group\n- school\nThe plan holds for now.")
    lines = [line.strip() for line in printed.splitlines() if line.strip()]
    after = next(line for line in lines if "The plan holds" in line)
    assert after == "The plan holds for now."  # its own line, with no bullet
    assert lines.index(after) > lines.index("• school")


def test_emphasis_leaves_surrounding_spaces_outside_the_marks():
    assert toggle("word ", "**") == "**word** "
    assert toggle("  two words ", "*") == "  *two words* "
    assert toggle("**word** ", "**") == "word "
    assert toggle("   ", "**") == "   "
