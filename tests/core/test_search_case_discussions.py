"""What was discussed and decided about a case is found by search, like the notes around it;
an archived or deleted record's discussions are not, and discussions written before the
search covered them are indexed when the vault is next opened."""

from __future__ import annotations

from supervision_desk.core import removal, repos, schema, search
from supervision_desk.core.vault import Vault


def _discussed(vault) -> None:
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-0420",
            "weight": 3,
            "allocated": "2026-01-05",
        },
    )
    repos.save(
        vault,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-03-09", "minutes": 90},
    )
    repos.save(
        vault,
        "case_discussions",
        {
            "id": "d1",
            "session": "s1",
            "case": "c1",
            "discussion": "Missing twice from the placement this month.",
            "decision": "Convene a strategy meeting with the police this week.",
            "rationale": "The pattern fits criminal exploitation.",
        },
    )


def _found(vault, words):
    search.catch_up(vault.conn)
    return [
        (h.kind, h.record, h.field, h.date, h.title) for h in search.search(vault.conn, words).hits
    ]


def test_a_decision_about_a_case_is_found(make_vault):
    vault = make_vault()
    _discussed(vault)
    assert _found(vault, "strategy") == [
        ("case_discussions", "d1", "decision", "2026-03-09", "YP-0420")
    ]
    assert _found(vault, "exploitation")[0][2] == "rationale"


def test_an_archived_or_deleted_records_discussions_are_not_found(make_vault):
    vault = make_vault()
    _discussed(vault)
    bundle = removal.archive_session(vault, "s1")
    assert _found(vault, "strategy") == []
    removal.restore(vault, bundle)
    assert _found(vault, "strategy")[0][1] == "d1"
    repos.delete(vault, "sessions", "s1")
    assert _found(vault, "strategy") == []


def test_discussions_written_before_version_6_are_found_after_the_upgrade(
    make_vault, vault_path, monkeypatch
):
    from tests.conftest import PASSPHRASE

    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        patch.setitem(search.FIELDS, "case_discussions", ())  # not searched before
        old = make_vault()
        _discussed(old)
        search.catch_up(old.conn)
        old.close()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert _found(vault, "strategy")[0][:2] == ("case_discussions", "d1")
