"""One practitioner's desk belongs to one person: a supervisor's vault refuses to pair a desk
already paired with someone else and asks when the contact file gives another name; a
practitioner's desk does not open, unasked, a record about someone else; and a file that is
no exchange file, or one this desk wrote itself, is told apart from one addressed elsewhere."""

from __future__ import annotations

import pytest

from supervision_desk.core import clock, exchange, identity, repos, sessions
from supervision_desk.core.errors import BadInput
from supervision_desk.core.vault import Vault
from tests.core.test_exchange import Desks

PRIVATE = "PRIYA-PRIVATE-AGENDA-31c9"


@pytest.fixture
def desks(make_vault, tmp_path):
    d = Desks(make_vault, tmp_path)
    repos.save(d.boss, "people", {"id": "p3", "name": "Priya Shah", "role": "social_worker"})
    yield d
    d.close()


def _unchanged(vault: Vault, attempt, match: str) -> BadInput:
    before = vault.digest()
    with pytest.raises(BadInput, match=match) as caught:
        attempt()
    assert "\n" not in str(caught.value)
    assert vault.digest() == before
    return caught.value


def test_a_desk_paired_with_one_person_is_refused_for_another(desks):
    sam_file, sam_print = desks.file("p1.contact"), identity.load(desks.sam).fingerprint
    refusal = _unchanged(
        desks.boss,
        lambda: exchange.add_contact(desks.boss, sam_file, "p3", sam_print),
        "already paired with Sam Taylor",
    )
    assert str(refusal) == (
        f"{sam_file} is the desk already paired with Sam Taylor, and one desk belongs to one "
        "person, so it was not paired; nothing was changed."
    )
    assert exchange.contact_for(desks.boss, "p3") is None
    # Not even with the name question answered yes: the refusal comes first.
    _unchanged(
        desks.boss,
        lambda: exchange.add_contact(desks.boss, sam_file, "p3", sam_print, name_differs=True),
        "already paired with Sam Taylor",
    )
    # Sam's own pairing is untouched, and re-pairing Sam with the same file still works.
    assert exchange.contact_for(desks.boss, "p1").fingerprint == sam_print
    exchange.add_contact(desks.boss, sam_file, "p1", sam_print)
    assert exchange.contact_for(desks.boss, "p1").fingerprint == sam_print


def test_a_mistaken_pairing_is_undone_by_pairing_the_right_file(desks, make_vault):
    """Sam was paired with Priya's desk by mistake: pairing Sam with Sam's own file again
    frees Priya's desk, which then pairs with Priya."""
    priya = make_vault(desks.file("priya.sdvault"), owner="Priya Shah", mode="practitioner")
    priya_file = desks.file("priya.contact")
    exchange.write_contact(priya, priya_file)
    priya_print = identity.load(priya).fingerprint
    exchange.add_contact(desks.boss, priya_file, "p1", priya_print, name_differs=True)
    with pytest.raises(BadInput, match="already paired with Sam Taylor"):
        exchange.add_contact(desks.boss, priya_file, "p3", priya_print)
    sam_print = identity.load(desks.sam).fingerprint
    exchange.add_contact(desks.boss, desks.file("p1.contact"), "p1", sam_print)
    exchange.add_contact(desks.boss, priya_file, "p3", priya_print)
    assert exchange.contact_for(desks.boss, "p3").fingerprint == priya_print
    priya.close()


def test_a_contact_file_with_another_name_is_paired_only_when_confirmed(desks, make_vault):
    priya = make_vault(desks.file("priya.sdvault"), owner="Priya Shah-Okafor", mode="practitioner")
    priya_file = desks.file("priya.contact")
    exchange.write_contact(priya, priya_file)
    priya_print = identity.load(priya).fingerprint
    refusal = _unchanged(
        desks.boss,
        lambda: exchange.add_contact(
            desks.boss, priya_file, "p3", priya_print, flag="--name-differs"
        ),
        "Priya Shah-Okafor's desk, not Priya Shah's",
    )
    assert isinstance(refusal, exchange.NameDiffers)
    assert str(refusal).endswith(
        "so it was not paired; if it is theirs under another name, add --name-differs. "
        "Nothing was changed."
    )
    assert exchange.contact_for(desks.boss, "p3") is None
    exchange.add_contact(desks.boss, priya_file, "p3", priya_print, name_differs=True)
    assert exchange.contact_for(desks.boss, "p3").fingerprint == priya_print
    priya.close()


def test_names_that_differ_only_in_case_or_spacing_are_the_same(desks, make_vault):
    kim = make_vault(desks.file("kim.sdvault"), owner="kim  o'neill", mode="practitioner")
    repos.save(desks.boss, "people", {"id": "p4", "name": "Kim O'Neill", "role": "other"})
    exchange.write_contact(kim, desks.file("kim.contact"))
    exchange.add_contact(
        desks.boss, desks.file("kim.contact"), "p4", identity.load(kim).fingerprint
    )
    assert exchange.contact_for(desks.boss, "p4") is not None
    kim.close()


def _wrongly_paired(make_vault, tmp_path):
    """A supervisor who paired Priya with Sam's desk, answering yes to the name question by
    mistake; Sam's desk paired with that supervisor."""
    boss = make_vault(tmp_path / "alex2.sdvault", owner="Alex Morgan")
    sam = make_vault(tmp_path / "sam2.sdvault", owner="Sam Taylor", mode="practitioner")
    sessions.ensure_self(sam)
    repos.save(boss, "people", {"id": "p3", "name": "Priya Shah", "role": "social_worker"})
    exchange.write_contact(boss, tmp_path / "alex2.contact")
    exchange.write_contact(sam, tmp_path / "sam2.contact")
    exchange.add_contact(
        boss, tmp_path / "sam2.contact", "p3", identity.load(sam).fingerprint, name_differs=True
    )
    exchange.add_contact(sam, tmp_path / "alex2.contact", "me", identity.load(boss).fingerprint)
    repos.save(
        boss,
        "sessions",
        {"id": "s3", "person": "p3", "date": "2026-03-09", "minutes": 60, "agenda": PRIVATE},
    )
    return boss, sam


def test_a_record_about_someone_else_is_not_opened_unasked(make_vault, tmp_path):
    boss, sam = _wrongly_paired(make_vault, tmp_path)
    out = tmp_path / "for-priya.sdx"
    exchange.send(boss, "s3", out)
    refusal = _unchanged(
        sam,
        lambda: exchange.receive(sam, out, flag="--about-someone-else"),
        "^This record is about Priya Shah, but this desk is Sam Taylor's",
    )
    assert isinstance(refusal, exchange.NotAboutThisDesk)
    assert "add --about-someone-else" in str(refusal)
    assert exchange.received_records(sam) == []
    # Asked and answered yes (it is about them under another name): it opens, once.
    done = exchange.receive(sam, out, about_someone_else=True)
    assert done.kind == "record"
    assert [r["session"] for r in exchange.received_records(sam)] == ["s3"]
    boss.close()
    sam.close()


def test_a_sealed_copy_about_someone_else_is_not_opened_unasked(make_vault, tmp_path):
    boss, sam = _wrongly_paired(make_vault, tmp_path)
    today = clock.today().isoformat()
    stored = repos.get(boss, "sessions", "s3")
    sessions.save_record(
        boss, {**stored, "agreed_by_supervisor": today, "agreed_by_supervisee": today}
    )
    out = tmp_path / "sealed.sdx"
    assert exchange.send(boss, "s3", out).kind == "sealed"
    _unchanged(
        sam,
        lambda: exchange.receive(sam, out),
        "^This record is about Priya Shah, but this desk is Sam Taylor's",
    )
    assert exchange.received_records(sam) == []
    boss.close()
    sam.close()


def test_a_renamed_supervisee_is_still_known_by_the_earlier_records(desks):
    """The person earlier records named is the stronger sign: Sam renamed on the supervisor's
    desk is still Sam, so the next record opens without a question."""
    desks.record()
    exchange.send(desks.boss, "s1", desks.file("one.sdx"))
    exchange.receive(desks.sam, desks.file("one.sdx"))
    person = repos.get(desks.boss, "people", "p1")
    repos.save(desks.boss, "people", {**person, "name": "Samuel Taylor-Reid"})
    desks.record("s2", date="2026-03-16")
    exchange.send(desks.boss, "s2", desks.file("two.sdx"))
    done = exchange.receive(desks.sam, desks.file("two.sdx"))
    assert done.kind == "record" and done.session == "s2"


def test_a_picture_or_a_contact_file_is_not_an_exchange_file(desks):
    png = desks.file("photo.png")
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    refusal = _unchanged(desks.sam, lambda: exchange.receive(desks.sam, png), "not an exchange")
    assert str(refusal) == (
        f"{png} is not an exchange file: those are the .sdx files a paired desk writes. "
        "Nothing was changed."
    )
    contact = desks.file("boss-p1.contact")
    _unchanged(
        desks.sam,
        lambda: exchange.receive(desks.sam, contact),
        "is a contact file, not an exchange file",
    )


@pytest.mark.parametrize(
    "content",
    [
        b"Notes for Thursday: ring the school about the referral.\n",  # plain text
        b"",  # empty
        b"{}",  # JSON, but no exchange file and no contact file
        b'{"format": 1, "name": "Sam"',  # JSON cut short
        "caf\u00e9 menu".encode("latin-1"),  # text in another encoding
    ],
)
def test_any_file_that_is_not_an_exchange_file_is_named_and_nothing_changes(desks, content):
    """Whatever a wrongly chosen file holds, the refusal names it and says nothing changed,
    on the practitioner's desk and on the supervisor's; pairing with it is refused alike."""
    wrong = desks.file("notes.sdx")
    wrong.write_bytes(content)
    for vault in (desks.sam, desks.boss):
        refusal = _unchanged(vault, lambda v=vault: exchange.receive(v, wrong), "not an exchange")
        assert str(refusal) == (
            f"{wrong} is not an exchange file: those are the .sdx files a paired desk writes. "
            "Nothing was changed."
        )
    refusal = _unchanged(
        desks.boss,
        lambda: exchange.add_contact(desks.boss, wrong, "p3", identity.load(desks.sam).fingerprint),
        "not a contact file",
    )
    assert str(refusal) == f"{wrong} is not a contact file."


def test_ones_own_file_is_named_as_such(desks):
    desks.record()
    out = desks.file("for-sam.sdx")
    exchange.send(desks.boss, "s1", out)
    refusal = _unchanged(desks.boss, lambda: exchange.receive(desks.boss, out), "this desk wrote")
    assert str(refusal) == (
        f"{out} is the record for agreement this desk wrote for Sam Taylor: it is opened on "
        "their desk, not this one. Nothing was changed."
    )
    # The practitioner's own reply, opened on their desk, names their supervisor.
    exchange.receive(desks.sam, out)
    reply = desks.file("reply.sdx")
    exchange.agree(desks.sam, "s1", reply)
    _unchanged(
        desks.sam,
        lambda: exchange.receive(desks.sam, reply),
        "is the reply this desk wrote for Alex Morgan",
    )
    # It still opens where it belongs.
    assert exchange.receive(desks.boss, reply).kind == "reply"
