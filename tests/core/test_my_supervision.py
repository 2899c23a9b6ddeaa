"""The practitioner's own supervision includes the records received from their supervisor's
desk: two real vaults (Alex the supervisor, Sam the practitioner) through send, agree with
comments, seal and the sealed copy sent back; then Sam's desk counts that record as Sam's own
supervision everywhere: the person page's list, the tracker, the journal's links and the CPD
log, where it is peer reflection without any young person's details."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from supervision_desk.core import (
    chain,
    clock,
    cpd,
    exchange,
    identity,
    interchange,
    my_supervision,
    repos,
    sessions,
    team,
)
from supervision_desk.core.errors import ValidationError

LEARNING = "Naming the pull factors with YP-0932 first changed how I plan a move."


@pytest.fixture
def desks(make_vault, tmp_path):
    boss = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan", role="first_line_manager")
    sam = make_vault(tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
    repos.save(boss, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    sessions.ensure_self(sam)
    boss_card, sam_card = tmp_path / "alex.contact", tmp_path / "sam.contact"
    exchange.write_contact(boss, boss_card)
    exchange.write_contact(sam, sam_card)
    exchange.add_contact(boss, sam_card, "p1", identity.load(sam).fingerprint)
    exchange.add_contact(sam, boss_card, "me", identity.load(boss).fingerprint)
    repos.save(
        boss,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-0932",
            "label": "K.D.",
            "weight": 3,
            "allocated": "2026-01-05",
        },
    )
    repos.save(
        boss,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 75,
            "agenda": "The move for YP-0932",
            "learning": LEARNING,
        },
    )
    repos.save(
        boss,
        "case_discussions",
        {"id": "d1", "session": "s1", "case": "c1", "discussion": "K.D. and the move."},
    )
    clock.set_today(dt.date(2026, 3, 20))
    yield boss, sam, tmp_path
    clock.set_today(None)
    boss.close()
    sam.close()


def _received_for_agreement(boss, sam, folder):
    out = folder / "s1.sdx"
    exchange.send(boss, "s1", out)
    exchange.receive(sam, out)


def _agreed_and_sealed(boss, sam, folder):
    _received_for_agreement(boss, sam, folder)
    reply = folder / "s1-reply.sdx"
    exchange.agree(sam, "s1", reply, comments="A fair record of it.")
    exchange.receive(boss, reply)
    sealed = folder / "s1-sealed.sdx"
    assert exchange.send(boss, "s1", sealed).kind == "sealed"
    exchange.receive(sam, sealed)


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
