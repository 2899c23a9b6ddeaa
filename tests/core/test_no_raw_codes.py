"""One table of labels: every enumeration, rendered through every PDF, the CSV files and the
command line, reads as words. No stored code (``youth_justice``, ``dropped``, ``supervisor``)
reaches a reader."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from supervision_desk import cli
from supervision_desk.core import labels, pdf, repos, team, team_summary
from supervision_desk.core.records import (
    ACTION_STATUSES,
    CAPACITIES,
    CONCERN_STATUSES,
    FUNCTIONS,
    GROUP_FORMATS,
    KINDS,
    ROLES,
    STANDARDS,
)
from tests import tools
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 3, 20)
START = dt.date(2025, 3, 21)
# Every code of every enumeration; those written with "_" can never be words on a page.
CODES = {code for values, _ in labels.ENUMERATIONS.values() for code in values}
JOINED = sorted(c for c in CODES if "_" in c)


def test_every_enumeration_has_a_label_and_no_label_is_a_code():
    for name, (values, words) in labels.ENUMERATIONS.items():
        assert set(values) <= set(words), name
        for value in values:
            assert words[value] != value and "_" not in words[value], (name, value)


@pytest.fixture
def everything(vault):
    """Every role, standard, kind, format, status, owner, capacity and function, once."""
    vault.set_meta(role="first_line_manager")
    for n, role in enumerate(ROLES):
        repos.save(
            vault,
            "people",
            {
                "id": f"p{n}",
                "name": f"Person {chr(65 + n)}",
                "role": role,
                "supervision_standard": STANDARDS[n % len(STANDARDS)],
            },
        )
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p0",
            "reference": "C-1",
            "weight": 4,
            "allocated": "2025-06-01",
            "allocation_rationale": "Fits the worker's experience.",
        },
    )
    for n, kind in enumerate(KINDS):
        group = kind in ("group", "reflective_group")
        repos.save(
            vault,
            "sessions",
            {
                "id": f"s{n}",
                "person": None if group else "p0",
                "attendees": ["p0", "p1", "p2"] if group else [],
                "kind": kind,
                "group_format": GROUP_FORMATS[n % len(GROUP_FORMATS)] if group else None,
                "presenter": "p1" if group else None,
                "date": f"2026-0{n + 1}-10",
                "minutes": 90,
                "functions": list(FUNCTIONS),
                "wellbeing": 6,
            },
        )
    repos.save(
        vault,
        "sessions",
        {"id": "s9", "person": "p0", "date": "2026-03-25", "minutes": 90, "status": "planned"},
    )
    for n, (status, owner) in enumerate(
        zip(ACTION_STATUSES, ("supervisor", "supervisee", "x"), strict=True)
    ):
        repos.save(
            vault,
            "actions",
            {
                "id": f"a{n}",
                "session": "s0",
                "text": f"Task number {n}",
                "owner": "supervisee" if owner == "x" else owner,
                "status": status,
                "closed_in_session": None if status == "open" else "s0",
                "case": "c1",
            },
        )
    repos.save(
        vault,
        "case_discussions",
        {
            "id": "d1",
            "session": "s0",
            "case": "c1",
            "decision": "Keep the plan.",
            "decided_by": "supervisee",
        },
    )
    for n, (status, who) in enumerate(
        zip(CONCERN_STATUSES, ("supervisor", "supervisee"), strict=True)
    ):
        repos.save(
            vault,
            "concerns",
            {
                "id": f"w{n}",
                "person": "p0",
                "date": "2026-02-0" + str(n + 1),
                "raised_by": who,
                "text": f"Concern number {n}",
                "status": status,
            },
        )
    repos.save(
        vault,
        "journal",
        {
            "id": "j1",
            "date": "2026-03-01",
            "title": "Week",
            "body": "Mine.",
            "capacities": list(CAPACITIES),
        },
    )
    repos.save(
        vault,
        "agreements",
        {
            "id": "ag1",
            "person": "p0",
            "agreed": "2026-01-05",
            "frequency_days": 28,
            "minutes": 90,
            "purpose": list(FUNCTIONS),
        },
    )
    return vault


def _lines(data: bytes, tmp_path, name: str) -> list[str]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        [tools.tool("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [" ".join(line.split()) for line in done.stdout.splitlines() if line.strip()]


ALL_LABELS = sorted(
    {w for _, words in labels.ENUMERATIONS.values() for w in words.values()}, key=len, reverse=True
)


def _words(line: str) -> set[str]:
    """The lower-case words of a line once every label is taken out of it (a label such as
    "Reflective group" may hold a code's word)."""
    for label in ALL_LABELS:
        line = line.replace(label, " ")
    return set(re.findall(r"\b[a-z][a-z_]*\b", line))


def _documents(vault):
    for n in range(len(KINDS)):
        yield f"session-s{n}", pdf.session_record(vault, f"s{n}", journal=["j1"], today=TODAY)
    for n in range(len(ROLES)):
        yield (
            f"person-p{n}",
            pdf.person_summary(
                vault,
                f"p{n}",
                START,
                TODAY,
                appendix=True,
                today=TODAY,
                journal=["j1"] if n == 0 else [],
            ),
        )
    yield "team", pdf.team_summary(vault, START, TODAY, anonymise=False, today=TODAY)
    yield "team-anonymous", pdf.team_summary(vault, START, TODAY, today=TODAY)
    yield "extract", pdf.case_extract(vault, "C-1", today=TODAY)
    yield "agreement", pdf.agreement_document(vault, "ag1", today=TODAY)
    yield "journal", pdf.journal_export(vault, ["j1"], today=TODAY)


def test_no_pdf_prints_a_code(everything, tmp_path):
    seen_labels: set[str] = set()
    for name, data in _documents(everything):
        lines = _lines(data, tmp_path, name)
        text = "\n".join(lines)
        for code in JOINED:
            assert code not in text, (name, code)
        seen_labels |= {
            w for _, words in labels.ENUMERATIONS.values() for w in words.values() if w in text
        }
        for line in lines:
            words = _words(line)
            # A row of an actions table, a concern's heading, a fact row: values as words.
            if line.startswith("Task number"):
                assert not words & {"open", "done", "dropped", "supervisor", "supervisee"}, line
            if "Concern" in line or "raised by" in line:
                assert not words & {"open", "resolved", "supervisor", "supervisee"}, line
            if line.startswith(("Kind ", "Role ", "Format ", "Functions covered", "Capacities")):
                assert not words & CODES, line
    # The words themselves did appear: the checks above read real rows.
    for expected in (
        "Dropped",
        "Done",
        "Open",
        "Supervisor",
        "Youth justice worker",
        "One-to-one",
        "Reflective group",
        "Action-learning set",
        "Resolved",
        "First-line manager",
        "Aliveness",
        "Mediation",
    ):
        assert expected in seen_labels or any(expected in w for w in seen_labels), expected


def test_no_csv_or_command_line_output_prints_a_code(everything, tmp_path, capsys, passfile):
    table = team.rows(everything, TODAY)
    team.write_csv(table, tmp_path / "tracker.csv")
    found = team_summary.figures(everything, START, TODAY, TODAY, names=True)
    team_summary.write_csv(found, tmp_path / "team.csv")
    outputs = {
        "tracker.csv": (tmp_path / "tracker.csv").read_text(encoding="utf-8"),
        "team.csv": (tmp_path / "team.csv").read_text(encoding="utf-8"),
        "tracker text": team.as_text(table, TODAY),
    }
    path = everything.path
    everything.close()
    for argv in (
        ["tracker", str(path), "--today", TODAY.isoformat()],
        ["case-notes", str(path), "--case", "C-1"],
    ):
        assert cli.run([*argv, "--passphrase-file", str(passfile)]) == 0
        outputs[argv[0]] = capsys.readouterr().out
    assert PASSPHRASE not in "".join(outputs.values())
    for name, text in outputs.items():
        body = text.split("\n", 1)[1] if name.endswith(".csv") else text  # CSV headers are keys
        for code in JOINED:
            assert code not in body, (name, code)
        for line in body.splitlines():
            cells = [c.strip() for c in re.split(r",|  +|: ", line)]
            assert not set(cells) & CODES, (name, line)
    assert "Owner" not in outputs["case-notes"] or "supervisee" not in outputs["case-notes"]
    assert "Decided by: Person A" in outputs["case-notes"]
