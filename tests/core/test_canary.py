"""No plaintext of a record ever reaches the disk: not the vault, its journal files, nor the
temp folder; and text of deleted records is gone from the decrypted pages too."""

from __future__ import annotations

import secrets

from supervision_desk.core import interchange, pagefile, repos, search
from supervision_desk.core.vault import Vault, unlock_key
from tests.conftest import PASSPHRASE


def _canary(tag: str) -> str:
    return f"Canary{tag}{secrets.token_hex(6)}"


def _all_record_types(vault: Vault, c) -> None:
    repos.save(vault, "people", {"id": "p1", "name": c("name"), "role": "youth_worker"})
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": c("ref"),
            "label": c("label"),
            "weight": 5,
            "allocated": "2026-01-05",
            "allocation_rationale": c("rationale"),
        },
    )
    repos.save(
        vault,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 90,
            "agenda": c("agenda"),
            "attunement": c("att"),
            "analysis": c("ana"),
            "allocation": c("all"),
            "adaptation": c("ada"),
            "supervisee_comments": c("comment"),
            "tags": [c("tag")],
            "prompts_used": [c("prompt")],
        },
    )
    repos.save(
        vault, "actions", {"id": "a1", "session": "s1", "text": c("action"), "owner": c("owner")}
    )
    repos.save(
        vault,
        "journal",
        {
            "id": "j1",
            "date": "2026-03-10",
            "title": c("title"),
            "body": c("body"),
            "tags": [c("jtag")],
        },
    )
    repos.save(vault, "time_logs", {"person": "p1", "week": "2026-W11", "hours_worked": 40})
    repos.save(
        vault,
        "concerns",
        {
            "id": "w1",
            "person": "p1",
            "date": "2026-03-12",
            "raised_by": c("raiser"),
            "text": c("concern"),
        },
    )
    repos.save(vault, "custom_prompts", {"id": "my1", "capacity": "analysis", "text": c("custom")})


def _needles(values: list[str]) -> list[bytes]:
    found = []
    for value in values:
        found += [value.encode("utf-8"), value.encode("utf-16-le"), value.lower().encode()]
    return found


def test_no_record_text_reaches_the_disk(make_vault, vault_path, private_home, monkeypatch):
    tmp = private_home / "tmp"
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp))
    canaries: list[str] = []

    def c(tag: str) -> str:
        canaries.append(_canary(tag))
        return canaries[-1]

    vault = make_vault()
    _all_record_types(vault, c)
    for text in canaries[4:9]:  # the session sections, which are indexed
        assert search.run(vault.conn, text[:12])  # searched, with a canary as the query
    vault.conn.execute("SELECT name FROM people ORDER BY name COLLATE NOCASE").fetchall()
    vault.conn.execute("SELECT * FROM sessions ORDER BY agenda DESC, attunement").fetchall()
    interchange.export(vault)  # builds the whole document in memory only
    vault.compact()
    vault.close()

    files = [p for p in vault_path.parent.rglob("*") if p.is_file()]
    assert vault_path in files
    for path in files:
        data = path.read_bytes()
        for needle in _needles(canaries):
            assert needle not in data, f"{needle!r} found in {path.name}"
    assert list(tmp.iterdir()) == []


def test_deleted_text_is_gone_from_the_decrypted_pages(make_vault, vault_path):
    vault = make_vault()
    kept, gone = _canary("kept"), _canary("gone")
    repos.save(vault, "people", {"id": "p1", "name": "Sam", "role": "youth_worker"})
    repos.save(vault, "journal", {"id": "j1", "date": "2026-03-10", "body": kept})
    repos.save(vault, "journal", {"id": "j2", "date": "2026-03-11", "body": gone})
    repos.save(
        vault,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-03-09", "minutes": 60, "analysis": gone},
    )
    repos.delete(vault, "journal", "j2")
    repos.delete(vault, "sessions", "s1")
    vault.close()  # checkpoints the journal into the file

    key, _salt = unlock_key(vault_path, PASSPHRASE)
    plain = b"".join(
        pagefile.decrypt_page(page, n, key) for n, page in pagefile.iter_pages(vault_path)
    )
    assert kept.encode() in plain  # the decryption is real: live text is visible
    assert kept.lower().encode() in plain  # and so are its index tokens
    assert gone.encode() not in plain
    assert gone.lower().encode() not in plain
