"""Two real vaults, a supervisor's and a practitioner's, through pairing, sending, agreeing,
returning with comments, an amendment round and a group record; and every forgery refused."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_desk.core import (
    agreed,
    chain,
    clock,
    contacts,
    exchange,
    identity,
    repos,
    sessions,
)
from supervision_desk.core.errors import BadInput, OutputError
from supervision_desk.core.vault import Vault

CANARY = "CANARY-7f3a-NOTE"


class Desks:
    """The supervisor (Alex) with Sam and Jo; Sam's and Jo's own practitioner vaults."""

    def __init__(self, make_vault, tmp_path):
        self.dir = tmp_path
        self.boss: Vault = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan")
        self.sam: Vault = make_vault(
            tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner"
        )
        self.jo: Vault = make_vault(tmp_path / "jo.sdvault", owner="Jo Patel", mode="practitioner")
        for pid, name in (("p1", "Sam Taylor"), ("p2", "Jo Patel")):
            repos.save(self.boss, "people", {"id": pid, "name": name, "role": "social_worker"})
        for v in (self.sam, self.jo):
            sessions.ensure_self(v)
        self.pair(self.sam, "p1")
        self.pair(self.jo, "p2")

    def file(self, name):
        return self.dir / name

    def pair(self, theirs, person):
        """Both exchange contact files and type the fingerprint read aloud."""
        mine_file, their_file = self.file(f"boss-{person}.contact"), self.file(f"{person}.contact")
        exchange.write_contact(self.boss, mine_file)
        exchange.write_contact(theirs, their_file)
        exchange.add_contact(self.boss, their_file, person, identity.load(theirs).fingerprint)
        exchange.add_contact(theirs, mine_file, "me", identity.load(self.boss).fingerprint)

    def record(self, sid="s1", person="p1", **extra):
        return repos.save(
            self.boss,
            "sessions",
            {
                "id": sid,
                "person": person,
                "date": "2026-03-09",
                "minutes": 90,
                "attunement": "Feels shut out since release.",
                "confidential_note": CANARY,
                **extra,
            },
        )

    def group(self):
        """A reflective group with Sam and Jo."""
        return repos.save(
            self.boss,
            "sessions",
            {
                "id": "g1",
                "person": None,
                "attendees": ["p1", "p2"],
                "kind": "reflective_group",
                "date": "2026-03-12",
                "minutes": 120,
                "agenda": "Information sharing with the police.",
            },
        )

    def close(self):
        for v in (self.boss, self.sam, self.jo):
            v.close()


@pytest.fixture
def desks(make_vault, tmp_path):
    d = Desks(make_vault, tmp_path)
    yield d
    d.close()


def test_pairing_shows_on_the_persons_record_and_a_wrong_fingerprint_is_refused(desks):
    assert contacts.pairing_text(desks.boss, "p1").startswith("paired; fingerprint checked on ")
    other = desks.file("p2.contact")  # Jo's contact file
    wrong = identity.load(desks.sam).fingerprint  # Sam's fingerprint typed for Jo's file
    repos.save(desks.boss, "people", {"id": "p3", "name": "Kim", "role": "police"})
    with pytest.raises(BadInput, match="not the one you typed"):
        exchange.add_contact(desks.boss, other, "p3", wrong)
    assert exchange.contact_for(desks.boss, "p3") is None
    changed = desks.file("changed.contact")
    changed.write_text(other.read_text().replace('"Jo Patel"', '"Jo Pate1"'))
    with pytest.raises(BadInput, match="changed after it was made"):
        exchange.add_contact(desks.boss, changed, "p3", identity.load(desks.jo).fingerprint)


def test_send_agree_with_comments_and_both_desks_hold_the_sealed_signed_version(desks):
    desks.record()
    out = desks.file("s1-for-sam.sdx")
    sent = exchange.send(desks.boss, "s1", out)
    assert (sent.kind, sent.number, sent.to) == ("record", 1, ["Sam Taylor"])
    assert CANARY.encode() not in out.read_bytes() and b"shut out" not in out.read_bytes()
    assert chain.latest(desks.boss, "s1").sealed is None  # awaiting agreement

    got = exchange.receive(desks.sam, out)
    assert got.kind == "record" and "for your agreement" in got.summary
    [held] = exchange.received_records(desks.sam)
    assert held["state"] == "received" and held["confidential_note"] == ""  # not picked
    assert held["version"].content["session"]["attunement"] == "Feels shut out since release."
    assert not repos.exists(desks.sam, "sessions", "s1")  # read-only: not one of Sam's own

    reply = desks.file("s1-reply.sdx")
    exchange.agree(desks.sam, "s1", reply, comments="Fair record.", disagreement="I said tired.")
    done = exchange.receive(desks.boss, reply)
    assert "sealed, signed digitally by both" in done.summary
    record = repos.get(desks.boss, "sessions", "s1")
    assert (record["supervisee_comments"], record["disagreement"]) == (
        "Fair record.",
        "I said tired.",
    )
    assert agreed.is_sealed(record)
    [version] = chain.versions(desks.boss, "s1")
    assert version.how == "signed" and version.sealed
    assert {s.party: s.public_key for s in version.signatures} == {
        "supervisor": identity.load(desks.boss).signing_public_key,
        "p1": identity.load(desks.sam).signing_public_key,
    }
    assert version.content["session"]["supervisee_comments"] == "Fair record."
    assert chain.check_chains(desks.boss) == []

    # The sealed version goes back so that Sam's vault holds it too.
    sealed_file = desks.file("s1-sealed.sdx")
    assert exchange.send(desks.boss, "s1", sealed_file).kind == "sealed"
    exchange.receive(desks.sam, sealed_file)
    [mine] = chain.versions(desks.sam, "s1")
    assert (mine.hash, mine.how, mine.sealed is not None) == (version.hash, "signed", True)
    assert exchange.received_records(desks.sam)[0]["state"] == "sealed"
    assert chain.check_chains(desks.sam) == []


def test_the_confidential_note_travels_only_when_picked(desks):
    desks.record()
    out = desks.file("with-note.sdx")
    exchange.send(desks.boss, "s1", out, confidential=True)
    assert CANARY.encode() not in out.read_bytes()  # encrypted all the same
    exchange.receive(desks.sam, out)
    assert exchange.received_records(desks.sam)[0]["confidential_note"] == CANARY
    assert CANARY not in chain.latest(desks.sam, "s1").raw.decode()  # never in the record


def test_returned_with_comments_then_a_new_version_is_agreed(desks):
    desks.record()
    first = desks.file("v1.sdx")
    exchange.send(desks.boss, "s1", first)
    exchange.receive(desks.sam, first)
    back = desks.file("v1-back.sdx")
    with pytest.raises(BadInput, match="needs comments"):
        exchange.agree(desks.sam, "s1", back, returned=True)
    exchange.agree(desks.sam, "s1", back, comments="The visit was Thursday.", returned=True)
    done = exchange.receive(desks.boss, back)
    assert "returned version 1" in done.summary
    assert [(e.state, e.comments) for e in exchange.round_of(desks.boss, "s1")] == [
        ("returned", "The visit was Thursday.")
    ]
    assert (
        repos.get(desks.boss, "sessions", "s1")["supervisee_comments"] == "The visit was Thursday."
    )
    assert not agreed.is_sealed(repos.get(desks.boss, "sessions", "s1"))

    record = repos.get(desks.boss, "sessions", "s1")
    sessions.save_record(desks.boss, {**record, "adaptation": "Visit on Thursday."})
    second = desks.file("v1b.sdx")
    exchange.send(desks.boss, "s1", second)
    exchange.receive(desks.sam, second)
    assert chain.latest(desks.sam, "s1").content["session"]["adaptation"] == "Visit on Thursday."
    reply = desks.file("v1b-reply.sdx")
    exchange.agree(desks.sam, "s1", reply)
    exchange.receive(desks.boss, reply)
    [version] = chain.versions(desks.boss, "s1")  # a returned proposal is replaced, not kept
    assert version.sealed and version.content["session"]["adaptation"] == "Visit on Thursday."


def _round(desks, sid, name, vault=None):
    vault = vault or desks.sam
    out = desks.file(f"{name}.sdx")
    exchange.send(desks.boss, sid, out)
    exchange.receive(vault, out)
    reply = desks.file(f"{name}-reply.sdx")
    exchange.agree(vault, sid, reply)
    return exchange.receive(desks.boss, reply)


def test_an_amendment_makes_the_same_round_and_keeps_every_earlier_version(desks):
    desks.record()
    _round(desks, "s1", "first")
    sealed = repos.get(desks.boss, "sessions", "s1")
    agreed.amend(
        desks.boss,
        {**sealed, "analysis": "Peer group shifted."},
        by="supervisor",
        reason="Added the analysis we agreed.",
    )
    one, two = chain.versions(desks.boss, "s1")
    assert one.sealed and two.sealed is None  # a digitally agreed record: the amendment waits
    _round(desks, "s1", "second")
    one_b, two_b = chain.versions(desks.boss, "s1")
    assert one_b.hash == one.hash and two_b.previous == one.hash
    assert two_b.how == "signed" and two_b.content["amendments"][0]["reason"] == (
        "Added the analysis we agreed."
    )
    sealed_file = desks.file("amended-sealed.sdx")
    exchange.send(desks.boss, "s1", sealed_file)
    exchange.receive(desks.sam, sealed_file)
    assert [v.hash for v in chain.versions(desks.sam, "s1")] == [one.hash, two_b.hash]
    assert chain.check_chains(desks.sam) == [] and chain.check_chains(desks.boss) == []


def test_a_group_record_each_attendee_agrees_their_own_copy(desks):
    desks.group()
    out = desks.file("group.sdx")
    sent = exchange.send(desks.boss, "g1", out)
    assert sorted(sent.to) == ["Jo Patel", "Sam Taylor"]  # one file, readable by each
    exchange.receive(desks.sam, out)
    exchange.receive(desks.jo, out)
    sam_reply, jo_reply = desks.file("g-sam.sdx"), desks.file("g-jo.sdx")
    exchange.agree(desks.sam, "g1", sam_reply, comments="Helpful.")
    exchange.agree(desks.jo, "g1", jo_reply, disagreement="We did not agree the police part.")
    first = exchange.receive(desks.boss, sam_reply)
    assert "1 attendee still to agree" in first.summary
    states = {e.party: e.state for e in exchange.round_of(desks.boss, "g1")}
    assert states == {"p1": "agreed", "p2": "sent"}  # the record shows who has
    assert chain.latest(desks.boss, "g1").sealed is None
    second = exchange.receive(desks.boss, jo_reply)
    assert "every attendee has: sealed" in second.summary
    version = chain.latest(desks.boss, "g1")
    assert version.how == "signed" and version.sealed
    by_party = {s.party: s for s in version.signatures}
    assert by_party["p2"].disagreement == "We did not agree the police part."
    assert by_party["p1"].comments == "Helpful."
    assert chain.check_chains(desks.boss) == []
    agreed_on = desks.boss.conn.execute(
        "SELECT person, agreed FROM session_attendees WHERE session = 'g1' ORDER BY person"
    ).fetchall()
    assert [p for p, day in agreed_on if day] == ["p1", "p2"]


# -- forgeries: each refused with one line, changing nothing ------------------------------------


def _unchanged(vault, attempt, match):
    before = vault.digest()
    with pytest.raises(BadInput, match=match) as caught:
        attempt()
    assert "\n" not in str(caught.value)
    assert vault.digest() == before


def test_a_file_for_another_vault_altered_replayed_or_from_an_unpaired_key_is_refused(
    desks, make_vault
):
    desks.record()
    out = desks.file("for-sam.sdx")
    exchange.send(desks.boss, "s1", out)

    # Addressed to another vault: Jo cannot open what was sent to Sam.
    _unchanged(desks.jo, lambda: exchange.receive(desks.jo, out), "addressed to another vault")

    # Altered by one byte.
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered = desks.file("altered.sdx")
    altered.write_bytes(bytes(data))
    _unchanged(desks.sam, lambda: exchange.receive(desks.sam, altered), "changed after")

    # Opened once; the same file again is a replay.
    exchange.receive(desks.sam, out)
    _unchanged(desks.sam, lambda: exchange.receive(desks.sam, out), "already opened")

    # Signed by a key Sam never paired: a stranger's vault that knows Sam's public contact.
    stranger = make_vault(desks.file("stranger.sdvault"), owner="Alex Morgan")
    repos.save(stranger, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    exchange.add_contact(
        stranger, desks.file("p1.contact"), "p1", identity.load(desks.sam).fingerprint
    )
    repos.save(
        stranger,
        "sessions",
        {
            "id": "s7",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 90,
            "attunement": "Invented.",
        },
    )
    fake = desks.file("fake.sdx")
    exchange.send(stranger, "s7", fake)
    _unchanged(desks.sam, lambda: exchange.receive(desks.sam, fake), "not paired with")
    stranger.close()


def test_a_reply_signed_by_the_wrong_key_or_for_a_changed_record_is_refused(desks):
    desks.record()
    out = desks.file("for-sam.sdx")
    exchange.send(desks.boss, "s1", out)
    exchange.receive(desks.sam, out)
    reply = desks.file("reply.sdx")
    exchange.agree(desks.sam, "s1", reply)
    # The supervisor changed the record after sending it: the reply is about an older text.
    record = repos.get(desks.boss, "sessions", "s1")
    sessions.save_record(desks.boss, {**record, "analysis": "Added later."})
    _unchanged(desks.boss, lambda: exchange.receive(desks.boss, reply), "changed after it was sent")
    sessions.save_record(desks.boss, record)
    exchange.receive(desks.boss, reply)  # back as sent: now it seals
    assert chain.latest(desks.boss, "s1").sealed


def test_exchange_files_are_never_written_over(desks):
    desks.record()
    taken = desks.file("taken.sdx")
    taken.write_text("someone else's file")
    before = desks.boss.digest()
    with pytest.raises(OutputError):
        exchange.send(desks.boss, "s1", taken)
    assert taken.read_text() == "someone else's file" and desks.boss.digest() == before


def _pdf_words(data):
    import io

    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_each_attendee_of_a_group_holds_their_own_copy_signed_by_them_and_the_facilitator(
    desks,
):
    import re
    import subprocess

    from supervision_desk.core.pdf import agreed_pdf
    from tests import tools

    desks.group()
    out = desks.file("group.sdx")
    exchange.send(desks.boss, "g1", out)
    for vault in (desks.sam, desks.jo):
        exchange.receive(vault, out)
    sam_reply, jo_reply = desks.file("g-sam.sdx"), desks.file("g-jo.sdx")
    exchange.agree(desks.sam, "g1", sam_reply, comments="Helpful to hear the others.")
    exchange.agree(desks.jo, "g1", jo_reply, disagreement="We did not agree the police part.")

    # Sam agrees first: Sam's copy is already signed by both and verifies, while the group's
    # record waits for Jo and says who has agreed.
    exchange.receive(desks.boss, sam_reply)
    sam_copy = chain.latest(desks.boss, "g1").signed_by("p1").pdf
    assert sam_copy and agreed_pdf.verify(desks.boss, sam_copy).matches
    waiting = _pdf_words(agreed_pdf.export(desks.boss, "g1"))
    assert "Draft: not yet agreed" in waiting and "not yet agreed" in waiting

    exchange.receive(desks.boss, jo_reply)
    version = chain.latest(desks.boss, "g1")
    assert version.sealed and version.pdf is None  # no single PDF all three signed
    copies = {p: version.signed_by(p).pdf for p in ("p1", "p2")}

    # Each copy is that attendee's: their words, not the other's; both signatures valid.
    sam_words, jo_words = _pdf_words(copies["p1"]), _pdf_words(copies["p2"])
    assert "Helpful to hear the others." in sam_words and "police part" not in sam_words
    assert "We did not agree the police part." in jo_words and "Helpful" not in jo_words
    assert "Sam Taylor's own copy of the group's record" in sam_words
    for party, data in copies.items():
        path = tools.shots() / f"group-own-copy-{party}.pdf"  # for a person to look at
        path.write_bytes(data)
        said = subprocess.run(
            [tools.tool("pdfsig", "poppler-utils"), str(path)], capture_output=True, text=True
        ).stdout
        assert re.findall(r"Signature Validation: (.+)", said) == ["Signature is Valid."] * 2
        assert "Alex Morgan" in said

    # The sealed file takes each attendee their own copy; each desk verifies its own.
    sealed = desks.file("group-sealed.sdx")
    exchange.send(desks.boss, "g1", sealed)
    for vault, party in ((desks.sam, "p1"), (desks.jo, "p2")):
        exchange.receive(vault, sealed)
        held = chain.latest(vault, "g1")
        assert held.signed_by(party).pdf == copies[party]
        other = "p2" if party == "p1" else "p1"
        assert held.signed_by(other).pdf is None  # only their own copy
        verdict = agreed_pdf.verify(vault, copies[party])
        assert verdict.matches, verdict.message
        assert "own copy of the group's agreed record" in verdict.message
        assert chain.check_chains(vault) == []
    # The facilitator's desk verifies both; a changed byte or a copy signed by one only fails.
    assert all(agreed_pdf.verify(desks.boss, c).matches for c in copies.values())
    changed = bytearray(copies["p1"])
    at = bytes(changed).index(b"/Keywords")
    changed[at + 1] ^= 0x20
    assert not agreed_pdf.verify(desks.boss, bytes(changed)).matches
    assert not agreed_pdf.verify(desks.sam, copies["p2"]).matches  # Jo's key: not Sam's contact

    # The group's own record, from the facilitator's desk, lists both attendees as agreed.
    group = _pdf_words(agreed_pdf.export(desks.boss, "g1"))
    assert "Signed digitally by all 3 people" in group
    assert group.count("Agreed on: 2") == 3


def test_an_attendees_copy_verifies_only_signed_by_that_attendee_and_the_facilitator(desks):
    """Jo makes "Sam's own copy" and signs it; Alex countersigns it unawares. Both keys are
    known to Alex's desk, yet the copy is not Sam's, so it never passes."""
    from supervision_desk.core.pdf import agreed_pdf, record, signing
    from supervision_desk.core.pdf.documents import agreed_record

    desks.group()
    out = desks.file("group.sdx")
    exchange.send(desks.boss, "g1", out)
    for vault, name in ((desks.sam, "g-sam.sdx"), (desks.jo, "g-jo.sdx")):
        exchange.receive(vault, out)
        exchange.agree(vault, "g1", desks.file(name))
        exchange.receive(desks.boss, desks.file(name))
    genuine = chain.latest(desks.boss, "g1").signed_by("p1").pdf
    assert agreed_pdf.verify(desks.boss, genuine).matches
    sams_text = agreed_record(record.attendee_copy(desks.boss, "g1", 1, "p1"))

    def signed(data, *vaults):
        for vault in vaults:
            data = signing.sign(data, identity.load(vault), name="x", reason="Agreed")
        return data

    forged = signed(sams_text, desks.jo, desks.boss)  # Jo's signature on Sam's copy
    verdict = agreed_pdf.verify(desks.boss, forged)
    assert not verdict.matches and "not signed by the attendee it names" in verdict.message
    no_lead = signed(sams_text, desks.sam, desks.jo)  # Sam and Jo, no facilitator
    verdict = agreed_pdf.verify(desks.boss, no_lead)
    assert not verdict.matches and "someone other than" in verdict.message
    twice = signed(sams_text, desks.sam, desks.sam)  # Sam twice: the facilitator is missing
    verdict = agreed_pdf.verify(desks.boss, twice)
    assert not verdict.matches and "and the facilitator's" in verdict.message
    # On Sam's own desk the genuine copy passes and Jo's forgery fails the same way.
    exchange.send(desks.boss, "g1", desks.file("sealed.sdx"))
    exchange.receive(desks.sam, desks.file("sealed.sdx"))
    assert agreed_pdf.verify(desks.sam, genuine).matches
    assert not agreed_pdf.verify(desks.sam, forged).matches


def test_an_export_imported_into_a_new_vault_keeps_the_doubly_signed_pdfs_and_the_round(
    desks, make_vault
):
    import json

    from supervision_desk.core import interchange
    from supervision_desk.core.errors import ValidationError
    from supervision_desk.core.pdf import agreed_pdf

    desks.record()
    _round(desks, "s1", "one")
    desks.group()
    out = desks.file("group.sdx")
    exchange.send(desks.boss, "g1", out)
    exchange.receive(desks.sam, out)
    exchange.agree(desks.sam, "g1", desks.file("g-sam.sdx"), comments="Useful.")
    exchange.receive(desks.boss, desks.file("g-sam.sdx"))  # Jo has still to agree
    signed = agreed_pdf.export(desks.boss, "s1")
    sam_copy = chain.latest(desks.boss, "g1").signed_by("p1").pdf

    doc = interchange.export(desks.boss)
    assert doc["format"] == "supervision-desk/3"
    assert {(r["session"], r["party"], r["state"]) for r in doc["record_exchange"]} == {
        ("s1", "p1", "sealed"),
        ("g1", "p1", "agreed"),
        ("g1", "p2", "sent"),
    }
    fresh = make_vault(desks.file("new.sdvault"), owner="Alex Morgan")
    interchange.import_records(fresh, interchange.parse(json.dumps(doc)))
    # The same bytes, both signatures, and they verify in the new vault.
    assert agreed_pdf.export(fresh, "s1") == signed
    assert agreed_pdf.verify(fresh, signed).matches
    assert agreed_pdf.verify(fresh, sam_copy).matches
    assert {(e.session, e.party, e.state) for e in exchange.round_of(fresh, "g1")} == {
        ("g1", "p1", "agreed"),
        ("g1", "p2", "sent"),
    }
    assert chain.check_chains(fresh) == []
    fresh.close()

    # A PDF swapped for another record's in the file is refused, naming where.
    [version] = [v for v in doc["record_versions"] if v["session"] == "s1"]
    [group] = [v for v in doc["record_versions"] if v["session"] == "g1"]
    version["pdf"] = next(s["pdf"] for s in group["signatures"] if s.get("pdf"))
    other = make_vault(desks.file("other.sdvault"), owner="Alex Morgan")
    before = other.digest()
    with pytest.raises(ValidationError, match="names another record") as caught:
        interchange.import_records(other, interchange.parse(json.dumps(doc)))
    assert caught.value.path.startswith("$.record_versions[")
    assert other.digest() == before
    other.close()


def test_a_planned_or_future_session_is_not_sent_for_agreement(desks):
    out = desks.file("early.sdx")
    desks.record("s9", date="2026-03-09", status="planned")
    with pytest.raises(BadInput, match=r"planned for 9 March 2026.*once it has been held"):
        exchange.send(desks.boss, "s9", out)
    future = (clock.today() + dt.timedelta(days=7)).isoformat()
    desks.record("s10", date=future)
    with pytest.raises(BadInput, match="once it has been held"):
        exchange.send(desks.boss, "s10", out)
    assert not out.exists()
    assert chain.latest(desks.boss, "s9") is None and chain.latest(desks.boss, "s10") is None


@pytest.mark.parametrize("returned", [False, True], ids=["agreed", "returned"])
def test_a_reply_after_the_record_was_agreed_in_the_room_is_set_aside_on_both_desks(
    desks, returned
):
    """Sent for agreement; the two agree it in the room and the supervisor records that
    (both boxes ticked). Sam's answer, made on Sam's desk meanwhile, then comes: it is told
    apart from a refusal, says what it held, and changes nothing, however often it is opened.
    The sealed copy tells Sam's desk why the signature was not needed."""
    desks.record()
    out, reply = desks.file("s1.sdx"), desks.file("s1-reply.sdx")
    exchange.send(desks.boss, "s1", out)
    exchange.receive(desks.sam, out)
    stored = repos.get(desks.boss, "sessions", "s1")
    today = clock.today().isoformat()
    sessions.save_record(
        desks.boss, {**stored, "agreed_by_supervisor": today, "agreed_by_supervisee": today}
    )
    assert chain.latest(desks.boss, "s1").how == chain.RECORDED
    assert [(r.number, r.state) for r in exchange.round_of(desks.boss, "s1")] == [(1, "sealed")]
    exchange.agree(
        desks.sam, "s1", reply, comments="I said tired\nnot \x1b[2Jangry.", returned=returned
    )

    digest, writes = desks.boss.digest(), desks.boss.writes
    for _ in range(2):  # set aside, not taken as opened: the same answer the second time
        done = exchange.receive(desks.boss, reply)
        assert done.set_aside and done.kind == "reply"
        assert done.summary.startswith("Already agreed: version 1 of the record of 9 March 2026")
        what = "returned with comments" if returned else "agreed and signed"
        assert f"Sam Taylor's reply to version 1 ({what}) was set aside; nothing changed." in (
            done.summary
        )
        assert "They wrote: “I said tired not [2Jangry.”" in done.summary  # one line, no escape
        assert (desks.boss.digest(), desks.boss.writes) == (digest, writes)

    sealed = desks.file("s1-sealed.sdx")
    assert exchange.send(desks.boss, "s1", sealed).kind == "sealed"
    got = exchange.receive(desks.sam, sealed)
    assert chain.latest(desks.sam, "s1").how == chain.RECORDED
    assert [(r.number, r.state) for r in exchange.round_of(desks.sam, "s1")] == [(1, "sealed")]
    assert ("before your signed reply reached them" in got.summary) is not returned
    assert chain.check_chains(desks.sam) == [] and chain.check_chains(desks.boss) == []
