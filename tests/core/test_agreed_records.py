"""Records you can file: private unless picked, as they were on the day, sealed once agreed,
and a fingerprint that tells one agreed version from another."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from supervision_desk.core import agreed, chain, pdf, repos, sessions
from supervision_desk.core.errors import UsageError
from tests.conftest import run_cli

TODAY = dt.date(2026, 5, 20)


def _text(data: bytes) -> list[str]:
    """Each page's words, without the line that says when the PDF was produced."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        lines = [line for line in page.extract_text().splitlines() if "Produced" not in line]
        pages.append(" ".join(" ".join(lines).split()))
    return pages


@pytest.fixture
def team(vault):
    for pid, name in (("p1", "Sam Taylor"), ("p2", "Jo Patel")):
        repos.save(vault, "people", {"id": pid, "name": name, "role": "social_worker"})
    for sid, pid, day in (("s1", "p1", "2026-03-09"), ("t1", "p2", "2026-03-10")):
        repos.save(
            vault,
            "sessions",
            {
                "id": sid,
                "person": pid,
                "date": day,
                "minutes": 90,
                "attunement": f"WORDS-OF-{sid}",
                "confidential_note": f"SECRET-OF-{sid}",
            },
        )
    repos.save(vault, "actions", {"id": "a1", "session": "s1", "text": "Ask S. where to meet"})
    repos.save(
        vault,
        "journal",
        {"id": "j-about-jo", "date": "2026-03-11", "body": "NOTE-ABOUT-JO", "session": "t1"},
    )
    repos.save(vault, "journal", {"id": "j-free", "date": "2026-03-12", "body": "FREE-NOTE"})
    return vault


def test_nothing_private_leaves_unless_picked(team):
    record = " ".join(_text(pdf.session_record(team, "s1", today=TODAY)))
    assert "WORDS-OF-s1" in record
    assert "SECRET-OF-s1" not in record and "NOTE-ABOUT-JO" not in record
    picked = _text(pdf.session_record(team, "s1", journal=["j-free"], confidential=True))
    assert "SECRET-OF-s1" in " ".join(picked) and "FREE-NOTE" in picked[-1]
    # The private banner is on the journal's pages only, not on the shared record.
    assert "PRIVATE JOURNAL" not in picked[0] and "PRIVATE JOURNAL" in picked[-1]


def test_a_summary_never_holds_another_persons_journal_or_confidential_note(team):
    start, end = dt.date(2026, 1, 1), dt.date(2026, 5, 1)
    with pytest.raises(UsageError, match="another person's session"):
        pdf.person_summary(team, "p1", start, end, journal=["j-about-jo"], today=TODAY)
    everything = " ".join(
        _text(
            pdf.person_summary(
                team,
                "p1",
                start,
                end,
                appendix=True,
                journal=["j-free"],
                confidential=True,
                today=TODAY,
            )
        )
    )
    assert "SECRET-OF-s1" in everything and "FREE-NOTE" in everything
    assert "SECRET-OF-t1" not in everything and "NOTE-ABOUT-JO" not in everything
    assert "WORDS-OF-t1" not in everything


def test_a_record_reads_the_same_after_a_later_session_closes_its_action(team):
    before = _text(pdf.session_record(team, "s1", today=TODAY))
    repos.save(team, "sessions", {"id": "s2", "person": "p1", "date": "2026-04-06", "minutes": 90})
    sessions.close_action(team, "a1", "s2", "done")
    after = _text(pdf.session_record(team, "s1", today=TODAY))
    assert after == before
    assert "Ask S. where to meet" in after[0] and "Open" in after[0]
    # The later record shows the action closed there.
    later = " ".join(_text(pdf.session_record(team, "s2", today=TODAY)))
    assert "Ask S. where to meet" in later and "Done" in later


def test_an_agreed_record_changes_only_by_amendment_and_verify_tells_versions_apart(
    team, tmp_path, passfile
):
    from supervision_desk.core.pdf import agreed_pdf

    record = repos.get(team, "sessions", "s1")
    sealed = sessions.save_record(
        team, {**record, "agreed_by_supervisor": "2026-03-09", "agreed_by_supervisee": "2026-03-10"}
    )
    assert agreed.is_sealed(sealed)
    first = agreed_pdf.export(team, "s1")
    assert "Version 1, agreed 10 March 2026" in " ".join(_text(first))
    with pytest.raises(agreed.SealedRecord):
        sessions.save_record(team, {**sealed, "attunement": "Rewritten quietly."})
    assert repos.get(team, "sessions", "s1")["attunement"] == "WORDS-OF-s1"
    with pytest.raises(Exception, match="say why"):
        agreed.amend(team, {**sealed, "attunement": "x"}, by="supervisor", reason=" ")

    _, amendment = agreed.amend(
        team, {**sealed, "attunement": "Corrected."}, by="supervisor", reason="Wrong visit date."
    )
    assert amendment["changes"] == {"attunement": {"from": "WORDS-OF-s1", "to": "Corrected."}}
    second = agreed_pdf.export(team, "s1")
    one, two = chain.versions(team, "s1")
    assert two.previous == one.hash and two.hash != one.hash
    text = " ".join(_text(second))
    assert "Version 2, agreed 10 March 2026, amended" in text
    # The amendment log: what changed, from and to, by whom and why.
    for shown in ("Amendment 1", "by Alex Morgan", "Wrong visit date.", "WORDS-OF-s1", "Corrected"):
        assert shown in text, shown
    team.close()

    old, new = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    old.write_bytes(first), new.write_bytes(second)
    ok = run_cli("verify", team.path, new, "--passphrase-file", passfile)
    assert ok.returncode == 0 and "matches the agreed record (version 2" in ok.stdout
    replaced = run_cli("verify", team.path, old, "--passphrase-file", passfile)
    assert replaced.returncode == 9
    assert "version 1" in replaced.stdout and "Wrong visit date." in replaced.stdout
    notes = tmp_path / "notes.txt"
    notes.write_text("not a pdf")
    assert run_cli("verify", team.path, notes, "--passphrase-file", passfile).returncode == 7


def test_the_case_extract_holds_that_cases_decisions_and_nothing_else(
    make_vault, vault_path, passfile, tmp_path
):
    import json

    from supervision_desk.core import casefile, interchange
    from tests.conftest import FIXTURES

    vault = make_vault()
    doc = json.loads((FIXTURES / "spec_example_v2.json").read_text(encoding="utf-8"))
    interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    repos.save(
        vault,
        "cases",
        {
            "id": "c2",
            "person": "p1",
            "reference": "YP-099",
            "label": "Q.",
            "weight": 3,
            "allocated": "2025-12-01",
            "allocation_rationale": "x",
        },
    )
    repos.save(
        vault,
        "case_discussions",
        {
            "id": "cd2",
            "session": "s1",
            "case": "c2",
            "discussion": "OTHER-CASE-TALK",
            "decision": "OTHER-CASE-DECISION",
            "for_case_file": True,
        },
    )
    session = repos.get(vault, "sessions", "s1")
    repos.save(vault, "sessions", {**session, "agenda": "SESSION-AGENDA-TEXT"})
    assert [d.discussion["id"] for d in casefile.waiting(vault)] == ["cd1", "cd2"]
    casefile.mark_copied(vault, "cd1", dt.date(2026, 1, 7))
    assert [d.discussion["id"] for d in casefile.waiting(vault)] == ["cd2"]
    vault.close()

    notes = run_cli("case-notes", vault_path, "--case", "YP-021", "--passphrase-file", passfile)
    assert notes.returncode == 0, notes.stderr
    assert "Extract for the child's record: case YP-021" in notes.stdout
    assert "Joint visit with the youth worker this week" in notes.stdout
    assert "Keeps the one trusted relationship" in notes.stdout
    # A management-oversight entry names the worker and says what was discussed.
    assert "Worker: Sam Taylor" in notes.stdout and "Missed three meetings" in notes.stdout
    assert "Copied to the child's file: 7 January 2026" in notes.stdout
    for other in ("OTHER-CASE", "SESSION-AGENDA-TEXT"):
        assert other not in notes.stdout, other
    out = tmp_path / "case.pdf"
    made = run_cli("export-pdf", vault_path, out, "--case", "YP-099", "--passphrase-file", passfile)
    assert made.returncode == 0, made.stderr
    text = " ".join(_text(out.read_bytes()))
    assert "OTHER-CASE-DECISION" in text and "Q." not in text
    assert "Joint visit with the youth worker" not in text  # nothing from the other case
    labelled = run_cli(
        "case-notes", vault_path, "--case", "YP-099", "--labels", "--passphrase-file", passfile
    )
    assert "YP-099 (Q.)" in labelled.stdout
    missing = run_cli("case-notes", vault_path, "--case", "NOPE", "--passphrase-file", passfile)
    assert missing.returncode == 2 and "no case" in missing.stderr
