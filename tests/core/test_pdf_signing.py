"""Standard PDF signatures on agreed records: any reader (here Poppler's pdfsig) finds each one
valid, a changed byte makes it invalid, and a second signer keeps the first signature valid.
The record itself is rendered from a version snapshot alone and says what was agreed, how and
by whom."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from supervision_desk.core import chain, identity
from supervision_desk.core.pdf import agreed_record, record, signing
from supervision_desk.core.pdf.base import encrypt
from tests import tools

SUPERVISOR = identity.new_identity("Alex Morgan")
SUPERVISEE = identity.new_identity("Sam Taylor")


def _pdfsig(path: Path, password: str | None = None) -> list[str]:
    """pdfsig's verdict on each signature, oldest first."""
    tool = tools.tool("pdfsig", "poppler-utils")
    args = [tool, *(["-upw", password] if password else []), str(path)]
    done = subprocess.run(args, capture_output=True, text=True)
    return re.findall(r"Signature Validation: (.+)", done.stdout)


def _plain_pdf(words: str = "The agreed words.") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, words)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _flip_a_signed_byte(data: bytes) -> bytes:
    """One byte changed inside the first page's content stream (covered by every signature)."""
    at = data.index(b"stream", data.index(b"/Contents")) + 12
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_two_signatures_both_valid_in_pdfsig_and_a_changed_byte_breaks_them(tmp_path):
    once = signing.sign(_plain_pdf(), SUPERVISOR, name="Alex Morgan", reason="Agreed")
    twice = signing.sign(once, SUPERVISEE, name="Sam Taylor", reason="Agreed")
    assert twice.startswith(once)  # incremental: the first signed bytes are left as they were
    path = tmp_path / "signed.pdf"
    path.write_bytes(twice)
    assert _pdfsig(path) == ["Signature is Valid.", "Signature is Valid."]

    checks = signing.inspect(twice, [SUPERVISOR.certificate, SUPERVISEE.certificate])
    assert [c.signer for c in checks] == ["Alex Morgan", "Sam Taylor"]
    assert [c.fingerprint for c in checks] == [SUPERVISOR.fingerprint, SUPERVISEE.fingerprint]
    assert all(c.sound for c in checks)
    assert [c.whole_document for c in checks] == [False, True]
    assert checks[0].reason == "Agreed"

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(_flip_a_signed_byte(twice))
    verdicts = _pdfsig(broken)
    assert len(verdicts) == 2 and not any(v == "Signature is Valid." for v in verdicts)
    after = signing.inspect(broken.read_bytes(), [SUPERVISOR.certificate, SUPERVISEE.certificate])
    assert not any(c.intact or c.sound for c in after)


def test_an_unknown_certificate_is_not_trusted_and_later_content_shows():
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    stranger = identity.new_identity("Someone Else")
    signed = signing.sign(_plain_pdf(), stranger, name="Someone Else", reason="")
    (check,) = signing.inspect(signed, [SUPERVISOR.certificate])
    assert check.intact and check.valid and not check.trusted and not check.sound

    # New words drawn on the page after signing, as an incremental update: the signature
    # itself stays intact, but the document it signed has changed.
    signed = signing.sign(_plain_pdf(), SUPERVISOR, name="Alex Morgan", reason="")
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    font = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Font"),
            generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
            generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        }
    )
    stream = generic.StreamObject(
        stream_data=b"BT /F9 12 Tf 72 600 Td (Not agreed by anyone) Tj ET"
    )
    resources = generic.DictionaryObject(
        {generic.NameObject("/Font"): generic.DictionaryObject({generic.NameObject("/F9"): font})}
    )
    writer.add_stream_to_page(0, writer.add_object(stream), resources=resources)
    out = io.BytesIO()
    writer.write(out)
    changed = out.getvalue()
    assert "Not agreed by anyone" in PdfReader(io.BytesIO(changed)).pages[0].extract_text()
    (check,) = signing.inspect(changed, [SUPERVISOR.certificate])
    assert check.intact and check.trusted and check.changed_after and not check.sound


def test_an_encrypted_pdf_is_signed_and_checked_with_its_password(tmp_path):
    locked = encrypt(_plain_pdf(), "kettle orchard 42")
    once = signing.sign(
        locked, SUPERVISOR, name="Alex Morgan", reason="Agreed", password="kettle orchard 42"
    )
    twice = signing.sign(
        once, SUPERVISEE, name="Sam Taylor", reason="Agreed", password="kettle orchard 42"
    )
    path = tmp_path / "locked.pdf"
    path.write_bytes(twice)
    assert _pdfsig(path, "kettle orchard 42") == ["Signature is Valid.", "Signature is Valid."]
    checks = signing.inspect(
        twice, [SUPERVISOR.certificate, SUPERVISEE.certificate], password="kettle orchard 42"
    )
    assert [c.sound for c in checks] == [True, True]
    assert b"The agreed words" not in twice
    with pytest.raises(Exception, match="encrypted"):
        signing.sign(locked, SUPERVISOR, name="Alex Morgan", reason="")


def _version(how: str) -> record.RecordVersion:
    content = {
        "format": chain.FORMAT,
        "session": {
            "id": "s9",
            "date": "2026-03-09",
            "start": "10:00",
            "minutes": 90,
            "kind": "one_to_one",
            "status": "held",
            "agenda": "Caseload and a missing episode.",
            "attunement": "Talked about the week.",
            "analysis": "",
            "allocation": "",
            "adaptation": "",
            "learning": "",
            "functions": ["support", "management"],
            "wellbeing": 6,
            "supervisee_comments": "I felt listened to.",
            "disagreement": "I would have put the risk higher.",
            "group_size": None,
            "group_format": None,
            "presenter": None,
            "tags": [],
        },
        "supervisor": {"name": "Alex Morgan", "role": "first_line_manager"},
        "supervisees": [{"id": "p1", "name": "Sam Taylor", "role": "social_worker"}],
        "actions": [
            {
                "id": "a1",
                "text": "Book the strategy meeting",
                "owner": "supervisor",
                "due": "2026-03-16",
                "status": "dropped",
                "closed_in_session": None,
                "case": None,
            }
        ],
        "case_discussions": [
            {
                "id": "d1",
                "reference": "YP-021",
                "discussion": "Missed three meetings.",
                "decision": "Joint visit this week.",
                "rationale": "Keeps the trusted relationship.",
                "decided_by": "supervisor",
                "for_case_file": True,
            },
            {
                "id": "d2",
                "reference": "YP-034",
                "discussion": "",
                "decision": "Hold the case at its current level.",
                "rationale": "",
                "decided_by": "supervisee",
                "for_case_file": False,
            },
        ],
        "amendments": [
            {
                "at": "2026-03-12T09:15:00+00:00",
                "by": "supervisor",
                "reason": "The visit was on Tuesday.",
                "changes": {"functions": {"from": ["support"], "to": ["support", "management"]}},
            }
        ],
    }
    signers = [
        record.Signer(
            "supervisor", "Alex Morgan", "first_line_manager", "2026-03-10", "11111 22222"
        ),
        record.Signer("p1", "Sam Taylor", "social_worker", "2026-03-11", "33333 44444"),
    ]
    digest = chain.chain_hash(None, content)
    return record.RecordVersion("s9", 2, digest, content, how, signers, sealed=True)


def _words(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_the_record_shows_its_cases_amendments_comments_and_how_it_was_agreed(tmp_path):
    """Rendered from the version alone: no vault is open in this test."""
    signed = agreed_record(_version("signed"))
    text = _words(signed)
    for shown in (
        "Cases discussed",
        "YP-021",
        "Joint visit this week.",
        "Decided by Alex Morgan (First-line manager)",
        "YP-034",
        "Hold the case at its current level.",
        "Decided by Sam Taylor (Social worker)",
        "For the child's file Yes: to be copied to the child's file",
        "For the child's file No",
        "Book the strategy meeting Supervisor 2026-03-16 Dropped",
        "Amendment 1: 12 March 2026, 09:15, by Alex Morgan (First-line manager)",
        "Why: The visit was on Tuesday.",
        "Functions From: Support To: Support, Management",
        "I felt listened to.",
        "Disagreement with this record I would have put the risk higher.",
        "Signed digitally by both (fingerprints 11111 22222 for Alex Morgan; 33333 44444 for "
        "Sam Taylor)",
        "Version 2, agreed 11 March 2026, amended 12 March 2026",
    ):
        assert shown in text, shown
    assert "Produced" not in text  # the same words on any day, in either vault
    keywords = PdfReader(io.BytesIO(signed)).metadata["/Keywords"]
    assert keywords == f"supervision-desk-record session=s9 version=2 sha256={_version('').hash}"

    recorded = _words(agreed_record(_version("recorded")))
    assert "Agreement recorded by the supervisor" in recorded
    assert "Signed digitally" not in recorded and "Signature: ____" in recorded
    (tmp_path / "record.pdf").write_bytes(signed)
