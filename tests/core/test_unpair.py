"""A wrong pairing can be put right: a desk paired with one person is moved to another only
when asked for, and a pairing can be undone. A record already out for agreement with the
desk stops waiting for it, and a reply from that desk no longer counts for the person it was
paired with (its signature is still checked; it is refused, naming why). Three real vaults:
Alex the supervisor's, Sam's and Priya's."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from supervision_desk.core import exchange, identity, repos, sessions
from supervision_desk.core.errors import NotFound
from supervision_desk.core.vault import Vault
from tests.core.test_pairing_one_person import _unchanged


@pytest.fixture
def wrong(make_vault, tmp_path):
    """Alex paired Priya with Sam's desk (the name question answered yes by mistake) and sent
    Priya's record there; Sam opened it, agreed it and wrote the reply."""
    boss = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan")
    sam = make_vault(tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
    priya = make_vault(tmp_path / "priya.sdvault", owner="Priya Shah", mode="practitioner")
    for v in (sam, priya):
        sessions.ensure_self(v)
    repos.save(boss, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(boss, "people", {"id": "p3", "name": "Priya Shah", "role": "social_worker"})
    files = {name: tmp_path / f"{name}.contact" for name in ("alex", "sam", "priya")}
    for name, vault in (("alex", boss), ("sam", sam), ("priya", priya)):
        exchange.write_contact(vault, files[name])
    prints = SimpleNamespace(
        **{name: identity.load(v).fingerprint for name, v in (("sam", sam), ("priya", priya))}
    )
    exchange.add_contact(boss, files["sam"], "p3", prints.sam, name_differs=True)
    for v in (sam, priya):
        exchange.add_contact(v, files["alex"], "me", identity.load(boss).fingerprint)
    repos.save(
        boss,
        "sessions",
        {"id": "s3", "person": "p3", "date": "2026-03-09", "minutes": 60, "agenda": "Priya's"},
    )
    exchange.send(boss, "s3", tmp_path / "for-priya.sdx")
    exchange.receive(sam, tmp_path / "for-priya.sdx", about_someone_else=True)
    exchange.agree(sam, "s3", tmp_path / "reply.sdx")
    yield SimpleNamespace(boss=boss, sam=sam, priya=priya, files=files, prints=prints, dir=tmp_path)
    for v in (boss, sam, priya):
        v.close()


def _states(vault: Vault, session_id: str) -> list[tuple[str, str]]:
    return [(e.party, e.state) for e in exchange.round_of(vault, session_id)]


def test_a_desk_paired_with_someone_else_moves_only_when_asked_for(wrong):
    boss, sam_file, sam_print = wrong.boss, wrong.files["sam"], wrong.prints.sam
    assert exchange.out_for_agreement(boss, "s3") is not None  # Priya's record is out
    refusal = _unchanged(
        boss,
        lambda: exchange.add_contact(boss, sam_file, "p1", sam_print, move_flag="--move"),
        "already paired with Priya Shah",
    )
    assert isinstance(refusal, exchange.PairedElsewhere)
    assert (refusal.other_name, refusal.person_name) == ("Priya Shah", "Sam Taylor")
    assert str(refusal) == (
        f"{sam_file} is the desk already paired with Priya Shah, and one desk belongs to one "
        "person, so it was not paired; if it is Sam Taylor's, add --move to pair it with "
        "them instead (Priya Shah is then left with no desk paired); nothing was changed."
    )

    exchange.add_contact(boss, sam_file, "p1", sam_print, move=True)
    assert exchange.contact_for(boss, "p1").fingerprint == sam_print
    assert exchange.contact_for(boss, "p3") is None  # Priya has no desk now
    # Her record no longer waits on Sam's desk (its editor is free again).
    assert _states(boss, "s3") == [("p3", "withdrawn")]
    assert exchange.out_for_agreement(boss, "s3") is None


def test_a_reply_from_the_desk_after_it_moved_is_refused(wrong):
    boss = wrong.boss
    exchange.add_contact(boss, wrong.files["sam"], "p1", wrong.prints.sam, move=True)
    reply = wrong.dir / "reply.sdx"
    refusal = _unchanged(boss, lambda: exchange.receive(boss, reply), "was not accepted")
    assert str(refusal) == (
        f"{reply} comes from the desk that was paired with Priya Shah when the record was "
        "sent; that desk is Sam Taylor's now, so it does not answer for Priya Shah and the "
        "reply was not accepted. Pair Priya Shah with their own desk and send the record "
        "again. Nothing was changed."
    )
    assert not repos.get(boss, "sessions", "s3")["agreed_by_supervisee"]


def test_unpairing_stops_the_round_and_refuses_the_old_desks_reply(wrong):
    boss = wrong.boss
    undone = exchange.unpair(boss, "p3")
    assert undone.fingerprint == wrong.prints.sam
    assert exchange.contact_for(boss, "p3") is None
    assert _states(boss, "s3") == [("p3", "withdrawn")]
    assert exchange.out_for_agreement(boss, "s3") is None
    reply = wrong.dir / "reply.sdx"
    refusal = _unchanged(boss, lambda: exchange.receive(boss, reply), "no longer is")
    assert str(refusal) == (
        f"{reply} comes from the desk that was paired with Priya Shah, and no longer is, so "
        "it was not accepted: a reply counts only from the desk paired with Priya Shah now. "
        "Nothing was changed."
    )
    # Sending after unpairing is refused, saying what to do.
    refusal = _unchanged(
        boss, lambda: exchange.send(boss, "s3", wrong.dir / "again.sdx"), "not paired"
    )
    assert str(refusal).startswith(
        "Priya Shah is not paired with a desk, so the record was not sent. Pair Priya Shah "
        "with their desk first"
    )
    assert not (wrong.dir / "again.sdx").exists()
    # Unpairing twice, or someone unknown, changes nothing.
    _unchanged(boss, lambda: exchange.unpair(boss, "p3"), "^Priya Shah is not paired")
    with pytest.raises(NotFound):
        exchange.unpair(boss, "nobody")
    # Sam's desk, now free, pairs with Sam without a question.
    exchange.add_contact(boss, wrong.files["sam"], "p1", wrong.prints.sam)
    assert exchange.contact_for(boss, "p1") is not None


def test_after_the_move_priyas_own_desk_agrees_her_record(wrong):
    """Put right, the round works: Priya paired with her own desk, the record sent again,
    her reply seals it."""
    boss, priya = wrong.boss, wrong.priya
    exchange.add_contact(boss, wrong.files["sam"], "p1", wrong.prints.sam, move=True)
    exchange.add_contact(boss, wrong.files["priya"], "p3", wrong.prints.priya)
    again = wrong.dir / "again.sdx"
    sent = exchange.send(boss, "s3", again)
    assert sent.kind == "record" and sent.to == ["Priya Shah"]
    assert exchange.receive(priya, again).kind == "record"
    exchange.agree(priya, "s3", wrong.dir / "priya-reply.sdx")
    done = exchange.receive(boss, wrong.dir / "priya-reply.sdx")
    assert "sealed, signed digitally by both" in done.summary
    assert _states(boss, "s3") == [("p3", "sealed")]
    # Sam's old reply is still refused: his desk is not in her record.
    _unchanged(
        boss,
        lambda: exchange.receive(boss, wrong.dir / "reply.sdx"),
        "^The reply comes from someone who is not in that record",
    )


def test_a_practitioner_who_unpairs_their_supervisor_opens_nothing_more_from_them(wrong):
    boss, priya = wrong.boss, wrong.priya
    # Priya paired with her own file: it replaces the wrong pairing, with no question.
    exchange.add_contact(boss, wrong.files["priya"], "p3", wrong.prints.priya)
    exchange.send(boss, "s3", wrong.dir / "to-priya.sdx")
    exchange.receive(priya, wrong.dir / "to-priya.sdx")
    exchange.unpair(priya, "me")
    assert exchange.contact_for(priya, "me") is None
    repos.save(boss, "sessions", {"id": "s4", "person": "p3", "date": "2026-03-16", "minutes": 60})
    exchange.send(boss, "s4", wrong.dir / "next.sdx")
    _unchanged(
        priya,
        lambda: exchange.receive(priya, wrong.dir / "next.sdx"),
        "comes from a desk this one was paired with before but is no longer",
    )
    # The record received before stays, but cannot be answered to an unpaired desk.
    assert [r["session"] for r in exchange.received_records(priya)] == ["s3"]
    _unchanged(
        priya,
        lambda: exchange.agree(priya, "s3", wrong.dir / "late.sdx"),
        "no longer paired",
    )
