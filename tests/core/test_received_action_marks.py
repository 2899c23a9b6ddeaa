"""A practitioner marks an action from their supervisor's record done on their own desk. Two
real vaults (Alex the supervisor, Sam the practitioner) pass the records as exchange files.
The received record is the text both agreed, covered by its signatures: it never changes on
Sam's desk. The mark is Sam's own, kept by the action's id, so it holds through later
versions of the record and later records that carry the action; it leaves the open list at
once, and it travels with Sam's export and backup."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_desk.core import (
    agreed,
    chain,
    clock,
    exchange,
    interchange,
    my_supervision,
    repos,
    schema,
    sessions,
)
from supervision_desk.core.errors import BadInput, NotFound
from supervision_desk.core.vault import Vault
from tests import received_records
from tests.conftest import PASSPHRASE


@pytest.fixture
def desks(make_vault, tmp_path):
    """9 March (agreed, sealed: a1, a2) and 16 March (awaiting agreement: closes a1, carries
    a2, agrees a3) on Sam's desk."""
    clock.set_today(dt.date(2026, 3, 20))
    boss, sam = received_records.make_desks(make_vault, tmp_path)
    received_records.two_records_with_actions(boss, sam, tmp_path)
    yield boss, sam, tmp_path
    clock.set_today(None)
    boss.close()
    sam.close()


def _chain_rows(vault) -> list[tuple]:
    """Every byte of the received records: versions, signatures and the round."""
    return [
        vault.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in ("record_versions", "version_signatures", "record_exchange")
    ]


def _ids(actions) -> list[str]:
    return [a["id"] for a in actions]


def test_a_mark_takes_the_action_off_my_open_list_and_leaves_the_record_as_signed(desks):
    _boss, sam, _ = desks
    before = _chain_rows(sam)
    assert _ids(my_supervision.open_actions(sam, "me")) == ["a2", "a3"]

    marked = my_supervision.mark_done(sam, "a2")
    assert marked["marked_done"] == "2026-03-20"
    assert _ids(my_supervision.open_actions(sam, "me")) == ["a3"]
    assert my_supervision.open_actions_count(sam, "me") == 1
    [done] = my_supervision.marked_done(sam, "me")
    assert (done["id"], done["marked_done"], done["status"]) == ("a2", "2026-03-20", "open")
    assert done["session"] == "s2"  # the record it is read from, which still shows it open
    # Not one byte of the supervisor's records changed; each still verifies.
    assert _chain_rows(sam) == before
    assert chain.check_chains(sam) == []
    shown = {a["id"]: a["status"] for a in chain.latest(sam, "s2").content["actions"]}
    assert shown["a2"] == "open"

    my_supervision.unmark_done(sam, "a2")
    assert _ids(my_supervision.open_actions(sam, "me")) == ["a2", "a3"]
    assert my_supervision.marked_done(sam, "me") == []
    assert _chain_rows(sam) == before


def test_only_an_open_action_of_a_received_record_is_marked_and_a_refusal_changes_nothing(
    desks,
):
    boss, sam, _ = desks
    repos.save(sam, "sessions", {"id": "own", "person": "me", "date": "2026-03-18", "minutes": 30})
    repos.save(sam, "actions", {"id": "o1", "session": "own", "text": "Read the NRM guidance"})
    digest = sam.digest()
    with pytest.raises(BadInput, match="already shows that action as done"):
        my_supervision.mark_done(sam, "a1")  # closed in the record of 16 March
    with pytest.raises(NotFound, match="nothing was marked"):
        my_supervision.mark_done(sam, "o1")  # my own: closed in its own session record
    with pytest.raises(NotFound):
        my_supervision.mark_done(boss, "a2")  # a supervisor's desk receives no records
    assert sam.digest() == digest
    assert sam.conn.execute("SELECT count(*) FROM action_marks").fetchone()[0] == 0


def test_the_mark_holds_through_later_versions_and_ends_when_the_supervisor_closes_it(desks):
    """Matched by the action's id: the record of 16 March agreed and sealed, then amended (a
    new version received), then a later record that carries the action open: it stays
    marked. Once the supervisor's next record closes it, it is neither open nor marked."""
    boss, sam, folder = desks
    my_supervision.mark_done(sam, "a3")
    reply, sealed = folder / "s2-reply.sdx", folder / "s2-sealed.sdx"
    exchange.agree(sam, "s2", reply)
    exchange.receive(boss, reply)
    exchange.send(boss, "s2", sealed)
    exchange.receive(sam, sealed)
    stored = repos.get(boss, "sessions", "s2")
    agreed.amend(boss, {**stored, "analysis": "The visit went well."}, by="supervisor", reason="x")
    amended = folder / "s2-v2.sdx"
    assert exchange.send(boss, "s2", amended).number == 2
    exchange.receive(sam, amended)
    assert chain.latest(sam, "s2").number == 2
    assert _ids(my_supervision.marked_done(sam, "me")) == ["a3"]
    assert "a3" not in _ids(my_supervision.open_actions(sam, "me"))

    repos.save(boss, "sessions", {"id": "s3", "person": "p1", "date": "2026-03-19", "minutes": 60})
    received_records.received_for_agreement(boss, sam, folder, "s3")  # carries a3, open
    [still] = my_supervision.marked_done(sam, "me")
    assert (still["id"], still["session"]) == ("a3", "s3")

    sessions.close_action(boss, "a3", "s3")  # the supervisor's record now says done
    again = folder / "s3-again.sdx"
    exchange.send(boss, "s3", again)
    exchange.receive(sam, again)
    assert my_supervision.marked_done(sam, "me") == []
    assert "a3" not in _ids(my_supervision.open_actions(sam, "me"))


def test_my_export_and_my_backup_carry_the_mark(desks, make_vault, tmp_path):
    """The JSON export holds the records received (the chain) and so the marks made on them:
    imported into a new vault, the action is still marked. A backup is a copy of the vault."""
    _boss, sam, _ = desks
    my_supervision.mark_done(sam, "a2")
    doc = interchange.export(sam)
    assert doc["action_marks"] == [{"action": "a2", "done": "2026-03-20"}]
    out = tmp_path / "sam.json"
    interchange.write_file(sam, out)
    fresh = make_vault(tmp_path / "new.sdvault", owner="Sam Taylor", mode="practitioner")
    interchange.import_records(fresh, interchange.read_file(out))
    assert _ids(my_supervision.marked_done(fresh, "me")) == ["a2"]
    assert _ids(my_supervision.open_actions(fresh, "me")) == ["a3"]
    fresh.close()

    copy = sam.backup(tmp_path / "sam-backup.sdvault")
    with Vault.open(copy, PASSPHRASE) as kept:
        assert _ids(my_supervision.marked_done(kept, "me")) == ["a2"]


def test_a_version_9_vault_with_received_records_gains_the_marks(make_vault, tmp_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:9])
        boss, sam = received_records.make_desks(make_vault, tmp_path)
        received_records.two_records_with_actions(boss, sam, tmp_path)
        assert sam.schema_version == 9
        before = _chain_rows(sam)
        boss.close()
        sam.close()
    path = tmp_path / "sam.sdvault"
    with Vault.open(path, PASSPHRASE) as sam:
        assert sam.schema_version == schema.latest_version() >= 10
        assert sam.check().ok
        assert _chain_rows(sam) == before
        assert _ids(my_supervision.open_actions(sam, "me")) == ["a2", "a3"]
        my_supervision.mark_done(sam, "a2")
        assert _ids(my_supervision.open_actions(sam, "me")) == ["a3"]
    backup = path.with_name(f"sam.before-v{schema.latest_version()}.sdvault")
    with Vault.open(backup, PASSPHRASE, migrate=False) as kept:
        assert kept.schema_version == 9
