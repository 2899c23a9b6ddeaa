"""PDF documents checked by parsing them (pypdf) and by Debian's tools (qpdf, Poppler)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from supervision_desk.core import pdf, repos
from tests import year_of_history
from tests.tools import shots, tool

TODAY = year_of_history.TODAY
YEAR_AGO = dt.date(2025, 3, 21)
NAMES = [
    "Zoë Łukasz-Wójcik",
    "Siobhán Ó Briain",
    "Çağla Öztürk",
    "Ελένη Παπαδοπούλου",
    "Анастасия Кузнецова",
]


def words(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def checked(data: bytes, tmp_path: Path, name: str) -> PdfReader:
    """qpdf finds no damage, every font is embedded, and the first page renders."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    qpdf = subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    fonts = subprocess.run(
        [tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:
        assert line.split()[-5] == "yes", f"not embedded: {line}"
    subprocess.run(
        [
            tool("pdftoppm"),
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            str(path),
            str(shots() / f"pdf-{name}"),
        ],
        check=True,
    )
    return PdfReader(io.BytesIO(data))


@pytest.fixture
def history(vault):
    year_of_history.build(vault)
    repos.save(vault, "people", {"id": "u1", "name": NAMES[0], "role": "health"})
    repos.save(
        vault,
        "sessions",
        {
            "id": "su",
            "person": "u1",
            "date": "2026-03-12",
            "start": "14:30",
            "minutes": 95,
            "agenda": "Names: " + "; ".join(NAMES),
            "attunement": "Noticed the shift when we talked about home.",
            "analysis": "Formulation: pull towards the older peer group.",
            "allocation": "Protected Thursday afternoons.",
            "adaptation": "Meet at the library.",
            "functions": ["support", "development"],
            "wellbeing": 6,
            "agreed_by_supervisor": "2026-03-12",
            "next_date": "2026-04-09",
            "supervisee_comments": "Felt heard.",
        },
    )
    repos.save(
        vault,
        "actions",
        {"id": "au", "session": "su", "text": "Book the joint visit", "due": "2026-03-19"},
    )
    repos.save(
        vault,
        "journal",
        {
            "id": "ju",
            "date": "2026-03-13",
            "title": "After the visit",
            "body": "PRIVATE-REFLECTION on my own tiredness.",
            "session": "su",
        },
    )
    repos.save(
        vault,
        "concerns",
        {
            "id": "wu",
            "person": "p2",
            "date": "2026-03-01",
            "raised_by": "supervisee",
            "text": "CONCERN-TEXT evenings spent recording.",
        },
    )
    return vault


def test_session_record(history, tmp_path):
    data = pdf.session_record(history, "su", today=TODAY)
    reader = checked(data, tmp_path, "session")
    text = words(data)
    for expected in (
        "Session 2026-03-12",
        "2026-03-12, 14:30",
        "95 minutes",
        "One-to-one",
        "Noticed the shift",
        "pull towards the older peer group",
        "Protected Thursday",
        "Meet at the library",
        "Support, Development",
        "6 of 10",
        "Book the joint visit",
        "Felt heard",
        "Agreed on: 2026-03-12",
        "not yet agreed",
        "Signature",
        "Cases discussed",
        "Page 1 of",
        "Confidential: supervision record",
    ):
        assert expected in text, expected
    for name in NAMES:
        assert name in text
    assert "PRIVATE-REFLECTION" not in text
    info = reader.metadata
    assert info.title == f"Supervision record 2026-03-12: {NAMES[0]}"
    assert info.author == "Alex Morgan"
    # Not yet agreed by both: the document's own description says it is a draft.
    assert info.subject == "Draft record of a supervision session, not yet agreed"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[0] == "Session 2026-03-12"
    nested = next(item for item in reader.outline if isinstance(item, list))
    assert [i.title for i in nested][:5] == [
        "Agenda",
        "Attunement",
        "Analysis",
        "Allocation",
        "Adaptation",
    ]
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_wellbeing_only_when_recorded(history, tmp_path):
    session = repos.get(history, "sessions", "su")
    repos.save(history, "sessions", {**session, "wellbeing": None})
    assert "Wellbeing" not in words(pdf.session_record(history, "su", today=TODAY))


def test_journal_only_when_picked(history, tmp_path):
    with_journal = pdf.session_record(history, "su", journal=["ju"], today=TODAY)
    text = words(with_journal)
    assert "PRIVATE-REFLECTION" in text and "PRIVATE JOURNAL" in text
    only = pdf.journal_export(history, ["ju"], today=TODAY)
    reader = checked(only, tmp_path, "journal")
    for page in reader.pages:
        assert "PRIVATE JOURNAL" in page.extract_text()
    assert reader.metadata.subject == "Private reflective journal"


def test_practitioner_summary(history, tmp_path):
    plain = pdf.person_summary(history, "p2", YEAR_AGO, TODAY, today=TODAY)
    reader = checked(plain, tmp_path, "person-summary")
    text = words(plain)
    for expected in (
        "Supervision summary: Zoë Ćwik",
        "21 Mar 2025 to 20 Mar 2026",
        "overdue by 39 days",
        "late by 7 days",
        "short",
        "Compliance",
        "Caseload at the end",
        "Caseload on average",
        "YP-c4",
        "Capacity balance",
        "Attunement",
        "Mediation",
        "CONCERN-TEXT",
        "Workload concerns",
    ):
        assert expected in text, expected
    assert "Capacity checked." not in text  # allocation rationale stays in the vault
    titles = [i.title for i in reader.outline if not isinstance(i, list)]
    assert titles == [
        "Supervision summary: Zoë Ćwik",
        "Sessions and the standard",
        "Workload and supervision",
        "Capacity balance",
        "Actions",
        "Workload concerns",
        "ASYE year",  # a newly qualified social worker
    ]
    with_appendix = pdf.person_summary(history, "p1", YEAR_AGO, TODAY, appendix=True, today=TODAY)
    assert len(PdfReader(io.BytesIO(with_appendix)).pages) > 3
    assert "Appendix: session records" in words(with_appendix)


def test_initials_only_when_asked(history):
    assert "A.B." not in words(pdf.person_summary(history, "p1", YEAR_AGO, TODAY, today=TODAY))
    asked = pdf.person_summary(history, "p1", YEAR_AGO, TODAY, include_initials=True, today=TODAY)
    assert "YP-c1 (A.B.)" in words(asked)


def test_team_summary_holds_figures_only(history, tmp_path):
    data = pdf.team_summary(history, YEAR_AGO, TODAY, today=TODAY)
    reader = checked(data, tmp_path, "team-summary")
    text = words(data)
    # Four people: team totals only, so no letter can point at anyone.
    assert "Team totals only" in text and "Practitioner A" not in text
    for leaked in (
        *NAMES,
        "Zoë Ćwik",
        "Sam Taylor",
        "CONCERN-TEXT",
        "Noticed the shift",
        "Book the joint visit",
        "PRIVATE-REFLECTION",
        "YP-c",
        "A.B.",
        "Session 0 notes",
        "Agreed in supervision",
    ):
        assert leaked not in text, leaked
    assert "Team figures" in text and "Supervisions held in timescale" in text
    assert reader.metadata.subject == "Team supervision summary (figures only)"
    named = words(pdf.team_summary(history, YEAR_AGO, TODAY, anonymise=False, today=TODAY))
    assert "Zoë Ćwik" in named and "Practitioner A" not in named and "overdue 39d" in named


def test_fifty_thousand_words_flow_across_pages(history, tmp_path):
    long = " ".join(f"word{n}" for n in range(50_000))
    session = repos.get(history, "sessions", "su")
    repos.save(history, "sessions", {**session, "analysis": long})
    data = pdf.session_record(history, "su", today=TODAY)
    reader = checked(data, tmp_path, "long")
    assert len(reader.pages) > 40
    text = words(data)
    found = re.findall(r"word(\d+)", text)
    assert [int(n) for n in found] == list(range(50_000))  # every word, in order, once


def test_a_list_item_with_bold_words_flows_across_pages(history, tmp_path):
    item = " ".join(f"**w{n}**" if n % 7 == 0 else f"w{n}" for n in range(6_000))
    session = repos.get(history, "sessions", "su")
    repos.save(history, "sessions", {**session, "analysis": f"- {item}\n- after"})
    data = pdf.session_record(history, "su", today=TODAY)
    reader = checked(data, tmp_path, "long-list")
    assert len(reader.pages) > 4
    text = words(data)
    assert [int(n) for n in re.findall(r"\bw(\d+)\b", text)] == list(range(6_000))
    assert text.count("•") == 2  # one marker per item, none repeated after a page break


def test_encrypted_export_is_aes_256_and_opens_in_poppler(history, tmp_path):
    password = "kettle orchard 42 ©"
    out = pdf.write(pdf.session_record(history, "su", today=TODAY), tmp_path / "enc.pdf", password)
    reader = PdfReader(out)
    assert reader.is_encrypted
    with pytest.raises(Exception):  # noqa: B017 (pypdf raises its own error types)
        reader.pages[0].extract_text()
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"], encrypt["/Length"]) == (5, 6, 256)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert "Noticed the shift" in words(out.read_bytes(), password)
    assert b"Noticed the shift" not in out.read_bytes()
    pdftotext = tool("pdftotext")
    opened = subprocess.run(
        [pdftotext, "-upw", password, str(out), "-"], capture_output=True, text=True
    )
    assert opened.returncode == 0 and "Noticed the shift" in opened.stdout
    refused = subprocess.run(
        [pdftotext, "-upw", "wrong", str(out), "-"], capture_output=True, text=True
    )
    assert refused.returncode != 0


CHILD = """
import sys, datetime as dt
from supervision_desk.core.vault import Vault
from supervision_desk.core import pdf
vault = Vault.open(sys.argv[1], sys.argv[2])
print("open", flush=True)
pdf.write(pdf.session_record(vault, "su", today=dt.date(2026, 3, 20)), sys.argv[3])
print("wrote", flush=True)
"""


@pytest.mark.posix
@pytest.mark.slow
def test_a_kill_during_export_leaves_no_file(history, tmp_path):
    from tests.conftest import PASSPHRASE

    session = repos.get(history, "sessions", "su")
    repos.save(history, "sessions", {**session, "analysis": "long words " * 20_000})
    path = history.path
    history.close()
    root = Path(__file__).resolve().parents[2]
    interrupted = 0
    for n, delay in enumerate((0.05, 0.3, 0.6, 1.0, 1.5)):
        dest = tmp_path / f"out{n}" / "record.pdf"
        dest.parent.mkdir()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), PASSPHRASE, str(dest)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        assert child.stdout.readline().strip() == "open"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate()
        # A kill just after the file was put in place (before the child said so) leaves
        # the whole PDF; any kill before it leaves nothing at the destination.
        if dest.exists():
            assert len(PdfReader(dest).pages) > 10, f"a partial PDF was left after {delay}s"
        else:
            interrupted += 1
    assert interrupted, "every export finished before the kill: the test proved nothing"
