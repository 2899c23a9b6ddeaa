"""Every section a user types into a session is found by search (the confidential note, kept
off the shared record, is not); sessions written before the learning and disagreement sections
were searched are found after the upgrade, indexed a record at a time."""

from __future__ import annotations

from supervision_desk.core import repos, schema, search
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE

# What a session searched before version 11 covered.
BEFORE_11 = ("agenda", "attunement", "analysis", "allocation", "adaptation")
BEFORE_11 += ("supervisee_comments", "tags")

SECTIONS = {
    "agenda": "Caseload review and a transition plan.",
    "attunement": "Feels unheard by the housing team.",
    "learning": "Read the SCIE guide on contextual safeguarding before next time.",
    "supervisee_comments": "I would add that the quarrymen visit was cancelled.",
    "disagreement": "I do not agree the kestrelford placement is stable.",
    "confidential_note": "Bereavement leave in April: tamarisk.",
}


def _person(vault) -> None:
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})


def _session(vault, sid: str, date: str, **text: str) -> None:
    record = {"id": sid, "person": "p1", "date": date, "minutes": 90, **text}
    repos.save(vault, "sessions", record)


def _found(vault, words: str) -> list[tuple[str, str, str]]:
    return [(h.kind, h.record, h.field) for h in search.search(vault.conn, words).hits]


def test_every_typed_section_is_found_but_the_confidential_note(make_vault):
    vault = make_vault()
    _person(vault)
    _session(vault, "s1", "2026-03-09", **SECTIONS)
    assert _found(vault, "SCIE guide") == [("sessions", "s1", "learning")]
    assert _found(vault, "contextual") == [("sessions", "s1", "learning")]
    assert _found(vault, "quarrymen") == [("sessions", "s1", "supervisee_comments")]
    assert _found(vault, "kestrelford") == [("sessions", "s1", "disagreement")]
    assert _found(vault, "housing") == [("sessions", "s1", "attunement")]
    assert _found(vault, "tamarisk") == []  # private: never in the index


def test_learning_written_while_typing_is_found_after_the_catch_up(make_vault):
    """Autosave leaves the index to catch_up; the learning section goes in with the rest."""
    vault = make_vault()
    _person(vault)
    _session(vault, "s1", "2026-03-09")
    record = repos.get(vault, "sessions", "s1")
    repos.save(
        vault, "sessions", {**record, "learning": "Try the heronsgate model."}, index_now=False
    )
    assert search.pending(vault.conn)
    while search.catch_up_step(vault.conn):
        pass
    assert _found(vault, "heronsgate") == [("sessions", "s1", "learning")]


def test_learning_in_a_version_10_vault_is_found_after_the_upgrade(
    make_vault, vault_path, monkeypatch
):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:10])
        patch.setitem(search.FIELDS, "sessions", BEFORE_11)  # as that version indexed them
        old = make_vault()
        _person(old)
        for n in range(30):
            _session(
                old,
                f"s{n:02d}",
                f"2025-{1 + n % 12:02d}-{1 + n:02d}",
                agenda=f"Fieldwork round {n}.",
            )
        _session(old, "s99", "2026-03-09", **SECTIONS)
        _session(old, "s98", "2026-02-09", learning="Archived: the kestrelford notes.")
        from supervision_desk.core import removal

        removal.archive_session(old, "s98")
        assert old.schema_version == 10
        assert _found(old, "SCIE") == []  # the fault: only in the learning section
        assert _found(old, "fieldwork")  # what was indexed then is there
        old.close()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.latest_version() >= 11
        # Every kept session waits to be indexed again; the archived one does not.
        waiting = vault.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        assert waiting == 31
        steps = 0
        while search.catch_up_step(vault.conn):  # one short transaction a record
            steps += 1
        assert steps == 30
        assert _found(vault, "SCIE guide") == [("sessions", "s99", "learning")]
        assert _found(vault, "kestrelford") == [("sessions", "s99", "disagreement")]
        assert _found(vault, "tamarisk") == []
        assert len(search.search(vault.conn, "fieldwork").hits) == 30  # nothing indexed twice
        rows = vault.conn.execute(
            "SELECT count(*) FROM search_rows WHERE record = 's00'"
        ).fetchone()[0]
        assert rows == 1
