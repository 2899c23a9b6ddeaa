"""The scripted round between two desks, as a user or a script runs it: identity, contact
files, send, receive, agree and return; and the one-line refusals with their exit codes."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from supervision_desk.core import chain, exchange, repos, sessions
from supervision_desk.core.vault import Vault
from tests import tools
from tests.conftest import PASSPHRASE, run_cli

CANARY = "CANARY-91be-NOTE"


def _cli(*args, ok=True):
    done = run_cli(*args)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def two(make_vault, tmp_path, passfile):
    boss = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan")
    repos.save(boss, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        boss,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 90,
            "attunement": "Feels shut out.",
            "confidential_note": CANARY,
        },
    )
    boss.close()
    sam = make_vault(tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
    sessions.ensure_self(sam)
    sam.close()
    return (
        tmp_path / "alex.sdvault",
        tmp_path / "sam.sdvault",
        tmp_path,
        ["--passphrase-file", passfile],
    )


def _pdfsig(path):
    """What Poppler's pdfsig says of a PDF's signatures."""
    return subprocess.run(
        [tools.tool("pdfsig", "poppler-utils"), str(path)], capture_output=True, text=True
    ).stdout


def _fingerprint(vault, pf):
    line = _cli("identity", vault, *pf).stdout
    return re.search(r"fingerprint ((?:\d{5} ){7}\d{5})", line).group(1)


def _pair(boss, sam, tmp, pf):
    _cli("contact", "export", boss, tmp / "alex.contact", *pf)
    _cli("contact", "export", sam, tmp / "sam.contact", *pf)
    _cli(
        "contact",
        "add",
        boss,
        tmp / "sam.contact",
        "--person",
        "p1",
        "--fingerprint",
        _fingerprint(sam, pf),
        *pf,
    )
    _cli(
        "contact",
        "add",
        sam,
        tmp / "alex.contact",
        "--person",
        "me",
        "--fingerprint",
        _fingerprint(boss, pf).replace(" ", "-"),
        *pf,
    )


def test_the_whole_round_on_the_command_line(two):
    boss, sam, tmp, pf = two
    assert (
        json.loads(
            _cli("contact", "export", boss, tmp / "c.json", *pf) and (tmp / "c.json").read_text()
        )["format"]
        == "supervision-desk-contact/1"
    )
    _pair(boss, sam, tmp, pf)
    sent = _cli("send", boss, "--session", "s1", tmp / "s1.sdx", *pf)
    assert "version 1 for agreement of session s1" in sent.stdout and "Sam Taylor" in sent.stdout
    raw = (tmp / "s1.sdx").read_bytes()
    assert CANARY.encode() not in raw and b"shut out" not in raw
    received = _cli("receive", sam, tmp / "s1.sdx", *pf).stdout
    assert "for your agreement" in received
    # The id to agree with is printed: the next command can be typed from it.
    assert "Session s1: to sign it, run `agree VAULT --session s1 OUT`." in received

    comments = tmp / "comments.txt"
    comments.write_text("The visit was on Thursday.\n", encoding="utf-8")
    returned = _cli(
        "agree",
        sam,
        "--session",
        "s1",
        tmp / "back.sdx",
        "--comments-file",
        comments,
        "--return",
        *pf,
    )
    assert "Returned version 1" in returned.stdout
    assert "returned version 1" in _cli("receive", boss, tmp / "back.sdx", *pf).stdout

    _cli("send", boss, "--session", "s1", tmp / "s1b.sdx", *pf)
    _cli("receive", sam, tmp / "s1b.sdx", *pf)
    disagree = tmp / "disagree.txt"
    disagree.write_text("I did not say I was worried.", encoding="utf-8")
    _cli("agree", sam, "--session", "s1", tmp / "yes.sdx", "--disagreement-file", disagree, *pf)
    sealed = _cli("receive", boss, tmp / "yes.sdx", *pf)
    assert "signed digitally by both" in sealed.stdout
    assert (
        "the sealed record" in _cli("send", boss, "--session", "s1", tmp / "sealed.sdx", *pf).stdout
    )
    assert (
        "sealed (signed digitally by both)" in _cli("receive", sam, tmp / "sealed.sdx", *pf).stdout
    )

    for vault in (boss, sam):
        checked = _cli("vault", "check", vault, *pf)
        assert "integrity check passed" in checked.stdout

    # The agreed PDF carries both people's PDF signatures, which any reader can check, and
    # both desks accept it as their agreed record.
    _cli("export-pdf", boss, tmp / "agreed.pdf", "--session", "s1", *pf)
    data = (tmp / "agreed.pdf").read_bytes()
    pdfsig = _pdfsig(tmp / "agreed.pdf")
    assert re.findall(r"Signature Validation: (.+)", pdfsig) == ["Signature is Valid."] * 2
    assert "Sam Taylor" in pdfsig and "Alex Morgan" in pdfsig
    for vault in (boss, sam):
        assert "matches the agreed record" in _cli("verify", vault, tmp / "agreed.pdf", *pf).stdout
    with Vault.open(sam, PASSPHRASE) as v:
        assert chain.versions(v, "s1")[-1].pdf == data  # the same bytes on both desks
    changed = bytearray(data)
    at = data.index(b"/Keywords")  # inside the bytes both signatures cover
    changed[at + 1] ^= 0x20
    (tmp / "changed.pdf").write_bytes(bytes(changed))
    assert _cli("verify", boss, tmp / "changed.pdf", *pf, ok=False).returncode == 9

    with Vault.open(boss, PASSPHRASE) as v:
        record = repos.get(v, "sessions", "s1")
    assert record["disagreement"] == "I did not say I was worried."
    assert record["supervisee_comments"] == "The visit was on Thursday."  # from the return


def test_refusals_are_one_line_with_their_exit_codes(two):
    boss, sam, tmp, pf = two
    _cli("contact", "export", boss, tmp / "first.contact", *pf)
    wrong = _cli(
        "contact",
        "add",
        sam,
        tmp / "first.contact",
        "--person",
        "me",
        "--fingerprint",
        "12345 " * 7 + "12345",
        *pf,
        ok=False,
    )
    assert wrong.returncode == 7 and "not the one you typed" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1
    _pair(boss, sam, tmp, pf)
    _cli("send", boss, "--session", "s1", tmp / "s1.sdx", *pf)
    again = _cli("send", boss, "--session", "s1", tmp / "s1.sdx", *pf, ok=False)
    assert again.returncode == 8 and "already exists" in again.stderr

    data = bytearray((tmp / "s1.sdx").read_bytes())
    data[-1] ^= 0x20
    (tmp / "bad.sdx").write_bytes(bytes(data))
    bad = _cli("receive", sam, tmp / "bad.sdx", *pf, ok=False)
    assert bad.returncode == 7 and len(bad.stderr.strip().splitlines()) == 1
    _cli("receive", sam, tmp / "s1.sdx", *pf)
    replay = _cli("receive", sam, tmp / "s1.sdx", *pf, ok=False)
    assert replay.returncode == 7 and "already opened" in replay.stderr
    wrong_vault = _cli("receive", boss, tmp / "s1.sdx", *pf, ok=False)
    assert wrong_vault.returncode == 7 and "Traceback" not in wrong_vault.stderr


def _cli_round(boss, sam, tmp, pf, name):
    """Send, receive, agree and open the reply, then send the sealed copy back."""
    _cli("send", boss, "--session", "s1", tmp / f"{name}.sdx", *pf)
    _cli("receive", sam, tmp / f"{name}.sdx", *pf)
    _cli("agree", sam, "--session", "s1", tmp / f"{name}-yes.sdx", *pf)
    sealed = _cli("receive", boss, tmp / f"{name}-yes.sdx", *pf).stdout
    _cli("send", boss, "--session", "s1", tmp / f"{name}-sealed.sdx", *pf)
    _cli("receive", sam, tmp / f"{name}-sealed.sdx", *pf)
    return sealed


@pytest.mark.slow
def test_an_amendment_makes_the_round_and_the_first_pdf_is_replaced(two):
    from supervision_desk.core import agreed

    boss, sam, tmp, pf = two
    _pair(boss, sam, tmp, pf)
    _cli_round(boss, sam, tmp, pf, "v1")
    _cli("export-pdf", boss, tmp / "v1.pdf", "--session", "s1", *pf)

    # The supervisor amends the digitally signed record (in the app): version 2 waits for Sam.
    with Vault.open(boss, PASSPHRASE) as v:
        record = repos.get(v, "sessions", "s1")
        agreed.amend(
            v, {**record, "analysis": "The move cut her off."}, by="supervisor", reason="Missed."
        )
        assert [x.sealed is not None for x in chain.versions(v, "s1")] == [True, False]
    # Until Sam agrees it, the first version is still the agreed record.
    assert _cli("verify", boss, tmp / "v1.pdf", *pf).returncode == 0
    sent = _cli("send", boss, "--session", "s1", tmp / "v2.sdx", *pf).stdout
    assert "version 2 for agreement" in sent
    got = _cli("receive", sam, tmp / "v2.sdx", *pf).stdout
    assert "Received version 2" in got
    _cli("agree", sam, "--session", "s1", tmp / "v2-yes.sdx", *pf)
    assert "version 2: sealed, signed digitally by both" in (
        _cli("receive", boss, tmp / "v2-yes.sdx", *pf).stdout
    )
    _cli("send", boss, "--session", "s1", tmp / "v2-sealed.sdx", *pf)
    _cli("receive", sam, tmp / "v2-sealed.sdx", *pf)

    # Both desks hold both versions, each signed by both, chained one to the other.
    held = {}
    for vault in (boss, sam):
        with Vault.open(vault, PASSPHRASE) as v:
            found = chain.versions(v, "s1")
            held[vault] = [(x.number, x.hash, x.previous) for x in found]
            assert [x.how for x in found] == ["signed", "signed"]
            assert all({s.party for s in x.signatures} == {"supervisor", "p1"} for x in found)
            assert all(x.pdf for x in found)
            assert chain.check_chains(v) == []
    assert held[boss] == held[sam] and held[boss][1][2] == held[boss][0][1]

    # The first PDF now says what replaced it, on both desks (exit 9); the new one verifies.
    _cli("export-pdf", boss, tmp / "v2.pdf", "--session", "s1", *pf)
    for vault in (boss, sam):
        old = _cli("verify", vault, tmp / "v1.pdf", *pf, ok=False)
        assert old.returncode == 9, old.stdout + old.stderr
        assert "replaced by version 2" in old.stdout + old.stderr
        assert "Missed." in old.stdout + old.stderr
        assert "version 2" in _cli("verify", vault, tmp / "v2.pdf", *pf).stdout
    assert (
        re.findall(r"Signature Validation: (.+)", _pdfsig(tmp / "v2.pdf"))
        == ["Signature is Valid."] * 2
    )


@pytest.mark.slow
def test_a_practitioner_vault_made_on_the_command_line_pairs_at_once(two):
    """`vault create --mode practitioner` makes the owner's own record, and `contact add`
    without --person pairs the supervisor with it."""
    boss, _, tmp, pf = two
    helen = tmp / "helen.sdvault"
    _cli("vault", "create", helen, "--mode", "practitioner", "--owner", "Helen Okafor", *pf)
    _cli("contact", "export", boss, tmp / "alex.contact", *pf)
    paired = _cli(
        "contact", "add", helen, tmp / "alex.contact", "--fingerprint", _fingerprint(boss, pf), *pf
    ).stdout
    assert paired.startswith("Paired your own record with Alex Morgan's desk (fingerprint ")
    with Vault.open(helen, PASSPHRASE) as vault:
        (me,) = sessions.people(vault)
        assert me["name"] == "Helen Okafor"
    # In a supervisor's vault the person must be named: one sentence, nothing changed.
    refused = _cli(
        "contact", "add", boss, tmp / "alex.contact", "--fingerprint", "1", *pf, ok=False
    )
    assert refused.returncode == 2 and "with --person ID" in refused.stderr


def _add(vault, contact, person, fingerprint, pf, *more, ok=True):
    return _cli(
        "contact",
        "add",
        vault,
        contact,
        "--person",
        person,
        "--fingerprint",
        fingerprint,
        *more,
        *pf,
        ok=ok,
    )


def test_one_desk_for_one_person_on_the_command_line(two, make_vault):
    """Sam's desk is refused for Priya (exit 7, naming Sam and --move); a file under another
    name pairs only with --name-differs; Sam's desk opens a record about Priya only with
    --about-someone-else; a picture is not an exchange file."""
    boss, sam, tmp, pf = two
    with Vault.open(boss, PASSPHRASE) as v:
        repos.save(v, "people", {"id": "p3", "name": "Priya Shah", "role": "social_worker"})
    _pair(boss, sam, tmp, pf)
    sam_print = _fingerprint(sam, pf)
    taken = _add(boss, tmp / "sam.contact", "p3", sam_print, pf, ok=False)
    assert taken.returncode == 7
    assert taken.stderr.strip().splitlines() == [
        f"supervision-desk: {tmp / 'sam.contact'} is the desk already paired with Sam Taylor, "
        "and one desk belongs to one person, so it was not paired; if it is Priya Shah's, add "
        "--move to pair it with them instead (Sam Taylor is then left with no desk paired); "
        "nothing was changed."
    ]

    # A second supervisor's vault, where Sam's desk is free: Priya there is not Sam.
    other = make_vault(tmp / "kit.sdvault", owner="Kit Lowe")
    repos.save(other, "people", {"id": "p3", "name": "Priya Shah", "role": "social_worker"})
    repos.save(
        other,
        "sessions",
        {"id": "s3", "person": "p3", "date": "2026-03-09", "minutes": 60, "agenda": "Private."},
    )
    other.close()
    kit = tmp / "kit.sdvault"
    asked = _add(kit, tmp / "sam.contact", "p3", sam_print, pf, ok=False)
    assert asked.returncode == 7
    assert "is Sam Taylor's desk, not Priya Shah's" in asked.stderr
    assert "add --name-differs" in asked.stderr and len(asked.stderr.strip().splitlines()) == 1
    _add(kit, tmp / "sam.contact", "p3", sam_print, pf, "--name-differs")
    _cli("contact", "export", kit, tmp / "kit.contact", *pf)
    _add(sam, tmp / "kit.contact", "me", _fingerprint(kit, pf), pf)
    _cli("send", kit, "--session", "s3", tmp / "s3.sdx", *pf)
    refused = _cli("receive", sam, tmp / "s3.sdx", *pf, ok=False)
    assert refused.returncode == 7
    assert "This record is about Priya Shah, but this desk is Sam Taylor's" in refused.stderr
    assert "add --about-someone-else" in refused.stderr
    _cli("receive", sam, tmp / "s3.sdx", "--about-someone-else", *pf)

    (tmp / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    picture = _cli("receive", sam, tmp / "photo.png", *pf, ok=False)
    assert picture.returncode == 7 and "is not an exchange file" in picture.stderr


def test_a_wrong_pairing_is_moved_with_move_or_undone_with_contact_remove(two):
    """Sam's desk paired with Priya by mistake: pairing Sam with it is refused (exit 7,
    naming --move); --move pairs it with Sam and leaves Priya unpaired; contact remove undoes
    a pairing, and a record for an unpaired person is not sent."""
    boss, sam, tmp, pf = two
    with Vault.open(boss, PASSPHRASE) as v:
        repos.save(v, "people", {"id": "p3", "name": "Priya Shah", "role": "social_worker"})
    _cli("contact", "export", sam, tmp / "sam.contact", *pf)
    sam_print = _fingerprint(sam, pf)
    _add(boss, tmp / "sam.contact", "p3", sam_print, pf, "--name-differs")
    taken = _add(boss, tmp / "sam.contact", "p1", sam_print, pf, ok=False)
    assert taken.returncode == 7
    assert taken.stderr.strip().splitlines() == [
        f"supervision-desk: {tmp / 'sam.contact'} is the desk already paired with Priya Shah, "
        "and one desk belongs to one person, so it was not paired; if it is Sam Taylor's, add "
        "--move to pair it with them instead (Priya Shah is then left with no desk paired); "
        "nothing was changed."
    ]
    moved = _add(boss, tmp / "sam.contact", "p1", sam_print, pf, "--move")
    assert moved.stdout.startswith("Paired Sam Taylor's record with Sam Taylor's desk")
    with Vault.open(boss, PASSPHRASE) as v:
        assert exchange.contact_for(v, "p3") is None
        assert exchange.contact_for(v, "p1").fingerprint == sam_print

    removed = _cli("contact", "remove", boss, "--person", "p1", *pf)
    assert removed.stdout.strip() == (
        "Unpaired Sam Taylor's record from Sam Taylor's desk: nothing more is sent to it, and "
        "a reply from it is refused."
    )
    again = _cli("contact", "remove", boss, "--person", "p1", *pf, ok=False)
    assert again.returncode == 7
    assert again.stderr.strip() == (
        "supervision-desk: Sam Taylor is not paired with a desk; nothing was changed."
    )
    unsent = _cli("send", boss, "--session", "s1", tmp / "s1.sdx", *pf, ok=False)
    assert unsent.returncode == 7
    assert "Pair Sam Taylor with their desk first" in unsent.stderr
    assert not (tmp / "s1.sdx").exists()
