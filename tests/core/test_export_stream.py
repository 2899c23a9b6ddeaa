"""Exporting every record writes the file a record at a time: the same text, byte for byte,
as the whole document laid out at once, for a vault holding every kind of record and every
part of the agreed records' history; the file imports back to the same records; a stopped
or failed export leaves no file, not even a hidden part of one."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from supervision_desk.core import (
    agreed,
    asye,
    audit,
    chain,
    clock,
    cpd,
    exchange,
    identity,
    interchange,
    removal,
    repos,
    sessions,
)
from supervision_desk.core.errors import Cancelled, OutputError
from supervision_desk.core.records import ORDER
from tests.helpers import vault_rows

NOW = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def fixed_now(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: NOW)


def _session(vault, sid: str, person: str, date: str, **extra) -> dict:
    record = {"id": sid, "person": person, "date": date, "minutes": 90, **extra}
    return repos.save(vault, "sessions", record)


def build_every_kind(boss, sam, folder) -> None:
    """Every record kind in ``boss``, and the history of agreed records: a contact (Sam's
    vault, paired), a record agreed by both vaults, an amendment of a record agreed in the
    room, and a record removed for good (its tombstone). Text holds characters beyond ASCII,
    quotes, back-slashes and line breaks, as notes do."""
    sessions.ensure_self(sam)
    people = (
        ("p1", "Sam Taylor", "social_worker", True),
        ("p2", "Zoë Ćwik", "youth_worker", False),
    )
    for pid, name, role, nq in people:
        repos.save(
            boss,
            "people",
            {
                "id": pid,
                "name": name,
                "role": role,
                "started_role": "2025-09-01",
                "newly_qualified": nq,
            },
        )
    mine, theirs = folder / "boss.contact", folder / "sam.contact"
    exchange.write_contact(boss, mine)
    exchange.write_contact(sam, theirs)
    exchange.add_contact(boss, theirs, "p1", identity.load(sam).fingerprint)
    exchange.add_contact(sam, mine, "me", identity.load(boss).fingerprint)

    note = 'She said "not again" — twice.\nThen: C:\\files\\plan ✓ 🙂'
    _session(boss, "s1", "p1", "2026-01-12", attunement=note, analysis="Peer group shifted.")
    _session(boss, "s2", "p2", "2026-01-19", agreed_by_supervisor="2026-01-19")
    _session(
        boss,
        "s3",
        "p2",
        "2026-02-02",
        agreed_by_supervisor="2026-02-02",
        agreed_by_supervisee="2026-02-03",
    )
    _session(
        boss,
        "s4",
        "p1",
        "2025-03-03",
        agreed_by_supervisor="2025-03-03",
        agreed_by_supervisee="2025-03-04",
    )
    _session(boss, "g1", None, "2026-02-10", attendees=["p1", "p2"], kind="reflective_group")
    # Sent to Sam's vault, agreed there, and the reply received: agreed versions, signatures
    # and the round.
    out, reply = folder / "s1.sdx", folder / "s1-reply.sdx"
    exchange.send(boss, "s1", out)
    exchange.receive(sam, out)
    exchange.agree(sam, "s1", reply, comments="Fair record.")
    exchange.receive(boss, reply)
    sealed = repos.get(boss, "sessions", "s3")
    agreed.amend(boss, {**sealed, "learning": "Read the study."}, by="supervisor", reason="Added.")
    chain.adopt(boss)
    removal.remove_for_good(boss, "s4", "Retention ended.")

    repos.save(
        boss,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-014",
            "label": "S.",
            "weight": 8,
            "allocated": "2026-01-05",
        },
    )
    repos.save(
        boss,
        "agreements",
        {
            "id": "ag1",
            "person": "p1",
            "agreed": "2026-01-05",
            "frequency_days": 28,
            "minutes": 90,
        },
    )
    repos.save(boss, "actions", {"id": "a1", "session": "s2", "text": "Book the joint visit."})
    repos.save(
        boss,
        "case_discussions",
        {"id": "d1", "session": "s2", "case": "c1", "decision": "Strategy meeting."},
    )
    repos.save(
        boss,
        "journal",
        {"id": "j1", "date": "2026-01-13", "title": "After the visit", "body": note},
    )
    repos.save(
        boss,
        "time_logs",
        {"person": "p1", "week": "2026-W03", "hours_worked": 41.5, "direct_work": 14.0},
    )
    repos.save(
        boss,
        "concerns",
        {
            "id": "w1",
            "person": "p2",
            "date": "2026-01-20",
            "raised_by": "supervisee",
            "text": "Recording done in the evenings.",
        },
    )
    repos.save(
        boss,
        "custom_prompts",
        {"id": "my-1", "capacity": "analysis", "text": "What keeps him safe right now?"},
    )
    cpd.new(boss, dt.date(2026, 1, 20), description="Course on exploitation.")
    # A practitioner's own mark on an action of a received record (my_supervision.mark_done
    # makes one on a practitioner's desk); kept here for the file's sake.
    repos.save(boss, "action_marks", {"action": "a-from-my-supervisor", "done": "2026-01-21"})
    asye.save_programme(boss, "p1")
    asye.record_review(boss, "p1", 3, dt.date(2025, 12, 1), "on_track")
    asye.log_time(boss, "p1", dt.date(2025, 10, 6), 3.5)
    asye.add_observation(boss, "p1", dt.date(2025, 11, 3), "Dana Hughes")
    area = asye.STATEMENTS[asye.programme(boss, "p1")["setting"]].areas[0]
    asye.rate(boss, "p1", "start", area, "developing", dt.date(2025, 9, 15))
    audit.draw(
        boss,
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 28),
        "Pat Lewis",
        2,
        today=dt.date(2026, 3, 1),
        rng=random.Random(4),
    )


@pytest.fixture
def every_kind(make_vault, tmp_path, fixed_now):
    boss = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan")
    sam = make_vault(tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
    build_every_kind(boss, sam, tmp_path)
    sam.close()
    yield boss
    boss.close()


def test_the_vault_holds_every_kind_of_record(every_kind):
    doc = interchange.export(every_kind)
    empty = [kind for kind in (*ORDER, "contacts", "record_exchange") if not doc.get(kind)]
    assert empty == []
    assert len(doc["record_versions"]) >= 3 and len(doc["tombstones"]) == 1
    assert any("pdf" in v for v in doc["record_versions"])  # a signed PDF kept with it


@pytest.mark.parametrize("journal", [True, False], ids=["with the journal", "without"])
def test_the_file_is_the_whole_document_laid_out_at_once(every_kind, tmp_path, journal):
    """``json.dumps`` of the whole document is how every earlier version wrote the file."""
    whole = json.dumps(
        interchange.export(every_kind, include_journal=journal), ensure_ascii=False, indent=2
    )
    out = tmp_path / "records.json"
    counts = interchange.write_file(every_kind, out, include_journal=journal)
    assert out.read_bytes() == (whole + "\n").encode("utf-8")
    doc = json.loads(whole)
    assert counts == {kind: len(doc.get(kind, [])) for kind in ORDER}
    assert ("journal" in doc) is journal and ("cpd" in doc) is journal


def test_the_file_imports_back_to_the_same_records(every_kind, make_vault, tmp_path):
    out = tmp_path / "records.json"
    interchange.write_file(every_kind, out)
    fresh = make_vault(tmp_path / "new.sdvault", owner="Alex Morgan")
    interchange.import_records(fresh, interchange.read_file(out))
    for kind in ORDER:
        assert repos.select(fresh, kind) == repos.select(every_kind, kind), kind
    again, first = interchange.export(fresh), interchange.export(every_kind)
    assert again.pop("identity") != first.pop("identity")  # the new vault's own keys
    assert again == first
    assert chain.check_chains(fresh) == []
    fresh.close()


def test_progress_counts_the_records_and_stopping_leaves_no_file(every_kind, tmp_path):
    out = tmp_path / "records.json"
    seen: list[tuple[int, int]] = []
    interchange.write_file(every_kind, out, progress=lambda d, t: seen.append((d, t)))
    total = seen[-1][1]
    doc = interchange.export(every_kind)
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    # Each record and agreed version, as it is written (the few contacts, rounds and
    # tombstones are written whole, with the vault's own details).
    assert total == sum(len(doc[kind]) for kind in ORDER) + len(doc["record_versions"])
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    out.unlink()

    def stop(done: int, total: int) -> None:
        if done >= total // 2:
            raise Cancelled("Stopped: nothing was written.")

    before = vault_rows(every_kind.conn)
    with pytest.raises(Cancelled):
        interchange.write_file(every_kind, out, progress=stop)
    assert list(tmp_path.glob("*records.json*")) == []  # nor a hidden part of it
    assert vault_rows(every_kind.conn) == before


def test_a_failure_part_way_leaves_no_file_and_an_existing_one_as_it_was(
    every_kind, tmp_path, monkeypatch
):
    out = tmp_path / "records.json"
    out.write_text("the file from last week\n", encoding="utf-8")
    real = repos.each

    def failing(vault, kind, batch=200):
        if kind == "journal":
            raise OSError(28, "No space left on device")
        return real(vault, kind, batch)

    monkeypatch.setattr(repos, "each", failing)
    with pytest.raises(OutputError, match="disk is full"):
        interchange.write_file(every_kind, out)
    assert out.read_text(encoding="utf-8") == "the file from last week\n"
    assert [p.name for p in tmp_path.glob("*records.json*")] == ["records.json"]
