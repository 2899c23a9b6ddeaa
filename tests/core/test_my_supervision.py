"""The practitioner's own supervision includes the records received from their supervisor's
desk: two real vaults (Alex the supervisor, Sam the practitioner) through send, agree with
comments, seal and the sealed copy sent back; then Sam's desk counts that record as Sam's own
supervision everywhere: the person page's list, the tracker, the journal's links and the CPD
log, where it is peer reflection without any young person's details."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from supervision_desk.core import (
    chain,
    clock,
    cpd,
    exchange,
    identity,
    interchange,
    my_supervision,
    repos,
    search,
    sessions,
    team,
)
from supervision_desk.core.errors import ValidationError
from supervision_desk.core.pdf import agreed_pdf
from tests import received_records
from tests.received_records import AMENDED


@pytest.fixture
def desks(make_vault, tmp_path):
    boss, sam = received_records.make_desks(make_vault, tmp_path)
    clock.set_today(dt.date(2026, 3, 20))
    yield boss, sam, tmp_path
    clock.set_today(None)
    boss.close()
    sam.close()


_received_for_agreement = received_records.received_for_agreement
_agreed_and_sealed = received_records.agreed_and_sealed
_amendment_sent = received_records.amendment_sent


def test_a_record_awaiting_agreement_is_already_on_my_supervision(desks):
    boss, sam, folder = desks
    _received_for_agreement(boss, sam, folder)
    [record] = my_supervision.history(sam, "me")
    assert (record["date"], record["minutes"]) == ("2026-03-09", 75)
    assert record["agreement"] == "awaiting your agreement"
    assert not repos.exists(sam, "sessions", "s1")  # held as the record, never copied


def test_the_sealed_record_counts_as_my_supervision_everywhere(desks):
    boss, sam, folder = desks
    _agreed_and_sealed(boss, sam, folder)
    assert chain.latest(sam, "s1").sealed

    # My supervision: listed with its date, minutes and where it stands.
    [record] = my_supervision.history(sam, "me")
    assert (record["id"], record["date"], record["minutes"], record["status"]) == (
        "s1",
        "2026-03-09",
        75,
        "held",
    )
    assert record["agreement"] == "agreed and sealed"
    assert record["supervisee_comments"] == "A fair record of it."

    # The tracker: last supervision, minutes, and the next one due a month on.
    [row] = team.rows(sam, clock.today())
    assert row.standing.last["date"] == "2026-03-09"
    assert row.minutes_28 == 75
    assert row.held_any and row.standing.due == dt.date(2026, 4, 9)
    assert team.records_of(sam, "me").sessions[0]["id"] == "s1"

    # The journal: offered as the entry's linked session, and the link is kept.
    assert [s["id"] for s in my_supervision.recent_list(sam)] == ["s1"]
    entry = repos.save(sam, "journal", {"date": "2026-03-10", "title": "After", "session": "s1"})
    assert repos.get(sam, "journal", entry["id"])["session"] == "s1"

    # The CPD log: peer reflection from the learning section, and no young person in it.
    assert [s["id"] for s in cpd.sessions_with_learning(sam)] == ["s1"]
    piece = cpd.from_session(sam, "s1")
    assert piece["session"] == "s1" and piece["type"] == "supervision"
    assert cpd.has_peer_reflection(piece)
    assert "first changed how I plan a move" in piece["learning"]
    assert "YP-0932" not in piece["learning"] and cpd.YOUNG_PERSON in piece["learning"]
    assert "first-line manager" in piece["description"].lower()
    assert all("K.D." not in str(v) and "YP-0932" not in str(v) for v in piece.values())


def test_a_link_to_a_record_that_is_nowhere_is_refused(desks):
    _, sam, _ = desks
    with pytest.raises(ValidationError, match="does not exist"):
        repos.save(sam, "journal", {"date": "2026-03-10", "session": "nowhere"})
    with pytest.raises(ValidationError, match="does not exist"):
        repos.save(sam, "cpd", {"date": "2026-03-10", "type": "other", "session": "nowhere"})


def test_a_supervisors_desk_lists_only_its_own_sessions(desks):
    boss, sam, folder = desks
    _agreed_and_sealed(boss, sam, folder)
    assert my_supervision.received(boss) == []
    assert [s["id"] for s in my_supervision.history(boss, "p1")] == ["s1"]
    assert "received" not in my_supervision.history(boss, "p1")[0]


def test_an_export_with_links_to_a_received_record_imports_into_a_new_vault(desks, make_vault):
    boss, sam, folder = desks
    _agreed_and_sealed(boss, sam, folder)
    repos.save(sam, "journal", {"id": "j1", "date": "2026-03-10", "session": "s1"})
    piece = cpd.from_session(sam, "s1")
    doc = interchange.parse(json.dumps(interchange.export(sam)))
    fresh = make_vault(folder / "restored.sdvault", owner="Sam Taylor", mode="practitioner")
    try:
        interchange.import_records(fresh, doc)
        assert repos.get(fresh, "journal", "j1")["session"] == "s1"
        assert repos.get(fresh, "cpd", piece["id"])["session"] == "s1"
        assert [s["id"] for s in my_supervision.history(fresh, "me")] == ["s1"]
    finally:
        fresh.close()


def test_an_amendment_awaiting_agreement_is_shown_as_proposed_and_the_agreed_one_kept(desks):
    boss, sam, folder = desks
    _agreed_and_sealed(boss, sam, folder)
    _amendment_sent(boss, sam, folder)

    # My supervision shows the text the supervisor proposes, as the supervisor's desk does,
    # and says it is an amendment awaiting agreement, with the agreed version named.
    [record] = my_supervision.history(sam, "me")
    assert record["analysis"] == AMENDED
    assert record["version"] == 2 and record["agreed_version"] == 1
    assert record["agreement"] == (
        "awaiting your agreement (version 2, an amendment; version 1 is the agreed record)"
    )

    # The version both agreed is still there, as the very PDF both signed; the proposal is a
    # draft that shows the new text.
    first = agreed_pdf.received_copy(sam, "s1", number=1)
    assert first.signed and first.data == chain.versions(sam, "s1")[0].pdf
    proposed = agreed_pdf.received_copy(sam, "s1")
    assert not proposed.signed
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(proposed.data)).pages)
    assert AMENDED in " ".join(words.split())
    agreed_words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(first.data)).pages)
    assert "cut her off" not in agreed_words


def _found(vault, words):
    return [(h.kind, h.record, h.field, h.date, h.title) for h in search.run(vault.conn, words)]


def test_a_received_record_is_searched_on_my_desk_and_found_as_its_latest_version(desks):
    boss, sam, folder = desks
    _received_for_agreement(boss, sam, folder)

    # What the record says, its actions and its cases discussed are found, as the record
    # received from the supervisor (the date and the supervisor's name say which).
    assert sorted(_found(sam, "move YP-0932")) == [
        ("received", "s1", field, "2026-03-09", "Alex Morgan")
        for field in ("agenda", "case_discussions", "learning")
    ]
    assert _found(sam, "pull factors")[0][:3] == ("received", "s1", "learning")

    # Agreeing with comments: the comments are the record's now, and found.
    exchange.agree(sam, "s1", folder / "reply.sdx", comments="Fair, and the move was hard.")
    assert ("received", "s1", "supervisee_comments") in [f[:3] for f in _found(sam, "hard")]

    # An amendment awaiting agreement is found by its new words, as it is shown.
    exchange.receive(boss, folder / "reply.sdx")
    sealed = folder / "sealed.sdx"
    exchange.send(boss, "s1", sealed)
    exchange.receive(sam, sealed)
    _amendment_sent(boss, sam, folder)
    assert _found(sam, "friends")[0][:3] == ("received", "s1", "analysis")

    # The supervisor's own desk finds its own session, never a "received" copy.
    assert {f[0] for f in _found(boss, "move")} <= {"sessions", "case_discussions", "actions"}

    # Removed for good: no longer found.
    from supervision_desk.core import removal

    removal.remove_for_good(sam, "s1", "Retention ended.")
    assert _found(sam, "friends") == [] and _found(sam, "YP-0932") == []


def test_the_index_of_a_received_record_is_inside_the_encrypted_vault(desks):
    boss, sam, folder = desks
    _received_for_agreement(boss, sam, folder)
    assert _found(sam, "pull factors")
    path = sam.path
    sam.close()
    for name in sorted(path.parent.iterdir()):
        if name.is_file():
            data = name.read_bytes()
            assert b"pull factors" not in data and b"YP-0932" not in data, name


def test_records_received_before_version_7_are_found_after_the_upgrade(
    make_vault, tmp_path, monkeypatch
):
    from supervision_desk.core import schema
    from supervision_desk.core.vault import Vault
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr(clock, "_fixed_today", dt.date(2026, 3, 20))
    boss = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan")
    repos.save(boss, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        boss,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-03-09", "minutes": 60, "agenda": "Heather Road"},
    )
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:6])
        patch.setitem(search.FIELDS, "received", ())  # not searched before
        sam = make_vault(tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
        sessions.ensure_self(sam)
        for mine, theirs, person in ((boss, sam, "p1"), (sam, boss, "me")):
            card = tmp_path / f"{person}.contact"
            exchange.write_contact(theirs, card)
            exchange.add_contact(mine, card, person, identity.load(theirs).fingerprint)
        exchange.send(boss, "s1", tmp_path / "s1.sdx")
        exchange.receive(sam, tmp_path / "s1.sdx")
        search.catch_up(sam.conn)
        assert _found(sam, "Heather") == []
        assert sam.schema_version == 6
        sam.close()
    boss.close()
    with Vault.open(tmp_path / "sam.sdvault", PASSPHRASE) as sam:
        assert _found(sam, "Heather")[0][:3] == ("received", "s1", "agenda")


def test_open_actions_of_received_records_are_mine_marked_with_their_record(desks):
    boss, sam, folder = desks
    received_records.two_records_with_actions(boss, sam, folder)
    repos.save(sam, "sessions", {"id": "own", "person": "me", "date": "2026-03-18", "minutes": 30})
    repos.save(sam, "actions", {"id": "o1", "session": "own", "text": "Read the NRM guidance"})

    found = my_supervision.open_actions(sam, "me")
    assert [(a["id"], a.get("received", False)) for a in found] == [
        ("a2", True),  # due first
        ("o1", False),  # my own, no date
        ("a3", True),
    ]
    a2, _, a3 = found
    # Carried into the later record, each is taken as that record shows it: a1 was closed
    # there, so it is not open; a2 is still open, and now comes from 16 March.
    assert (a2["session"], a2["record_date"], a2["agreement"]) == (
        "s2",
        "2026-03-16",
        "awaiting your agreement",
    )
    assert not a2["sealed"] and a3["text"] == "Write to the virtual school head"
    # The supervisor's desk lists only its own open actions, as before.
    assert [a["id"] for a in my_supervision.open_actions(boss, "p1")] == ["a2", "a3"]
    assert not any(a.get("received") for a in my_supervision.open_actions(boss, "p1"))
