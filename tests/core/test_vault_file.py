"""The vault file: key derivation, settings, wrong passphrases, damaged files, one writer."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata

import pytest

from supervision_desk.core import kdf, pagefile, schema
from supervision_desk.core.errors import (
    OutputError,
    UsageError,
    VaultDamaged,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
)
from supervision_desk.core.vault import Vault, digested_tables
from tests.conftest import FIXTURES, PASSPHRASE
from tests.helpers import file_state


def test_public_create_path_uses_the_strong_profile(vault_path):
    vault = Vault.create(vault_path, PASSPHRASE, owner="Sam")
    vault.close()
    header = vault_path.read_bytes()[:16]
    assert header[12:] == kdf.STRONG.marker
    assert kdf.STRONG.memory_kib == 256 * 1024
    assert (kdf.STRONG.passes, kdf.STRONG.parallelism) == (3, 4)
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.meta()["owner"] == "Sam"


def test_key_is_argon2id_over_nfc_utf8_and_salt_is_the_file_header(vault):
    from argon2.low_level import Type, hash_secret_raw

    salt = vault.path.read_bytes()[:16]
    expected = hash_secret_raw(
        PASSPHRASE.encode(),
        salt,
        time_cost=1,
        memory_cost=8192,
        parallelism=1,
        hash_len=32,
        type=Type.ID,
    )
    # Stock tools: the derived key authenticates every page of the file.
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert pagefile.damaged_pages(vault.path, expected, salt) == []


def test_every_connection_has_the_safe_settings(vault):
    def pragma(name):
        return vault.conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("secure_delete") == 1
    assert pragma("foreign_keys") == 1
    assert pragma("cipher_memory_security") == "0"  # see _connect: off, on purpose
    assert pragma("locking_mode") == "exclusive"
    config = dict(vault.conn.execute("SELECT k, v FROM search_index_config").fetchall())
    assert config.get("secure-delete") == 1
    assert not os.path.exists(f"{vault.path}-shm")


@pytest.mark.parametrize(
    "wrong",
    ["nope", "x'; --", '"; DROP TABLE people; --', "lantern meadow quill 7 otter ", "🔐🙈", "'"],
)
def test_wrong_passphrase_is_told_and_changes_nothing(make_vault, vault_path, wrong):
    make_vault().close()
    before = file_state(vault_path.parent)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Vault.open(vault_path, wrong)
    assert file_state(vault_path.parent) == before


def test_nfc_and_nfd_forms_of_a_passphrase_open_the_same_vault(make_vault, vault_path):
    composed = unicodedata.normalize("NFC", "Zoë Łódź café ☕ ĞüŞ")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    make_vault(passphrase=decomposed).close()
    Vault.open(vault_path, composed).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, composed.replace("ë", "e"))


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def test_bit_flip_in_first_page_is_damage_not_a_wrong_passphrase(make_vault, vault_path):
    make_vault().close()
    _flip(vault_path, 2000)
    before = file_state(vault_path.parent)
    with pytest.raises(VaultDamaged, match="damaged"):
        Vault.open(vault_path, PASSPHRASE)
    assert file_state(vault_path.parent) == before


def test_bit_flip_in_a_later_page_is_reported_with_its_number(make_vault, vault_path):
    with make_vault() as vault:  # the last table's page: opening the vault does not read it
        target = vault.conn.execute("SELECT max(rootpage) FROM sqlite_master").fetchone()[0]
    _flip(vault_path, (target - 1) * pagefile.PAGE_SIZE + 100)
    with pytest.raises(VaultDamaged, match=f"page {target} failed authentication"):
        Vault.open(vault_path, PASSPHRASE, migrate=False)  # refused at once, not used
    with Vault.open(vault_path, PASSPHRASE, migrate=False, check=True) as vault:
        report = vault.check()
    assert not report.ok
    assert report.damaged_pages == [target]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(p.read_bytes()[:6000]), "truncated"),
        (lambda p: p.write_bytes(b"%PDF-1.7 not a vault at all\n" * 400), "not a Supervision"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(8176)), "unencrypted"),
    ],
)
def test_broken_files_are_told_apart_and_never_overwritten(make_vault, vault_path, damage, message):
    make_vault().close()
    damage(vault_path)
    before = file_state(vault_path.parent)
    with pytest.raises(VaultDamaged, match=message):
        Vault.open(vault_path, PASSPHRASE)
    assert file_state(vault_path.parent) == before


def test_create_never_replaces_an_existing_file(vault_path):
    vault_path.write_text("my thesis")
    with pytest.raises(UsageError, match="already exists"):
        Vault.create(vault_path, PASSPHRASE, profile=kdf.FAST)
    assert vault_path.read_text() == "my thesis"


def test_second_opener_in_the_same_process_is_refused(vault):
    with pytest.raises(VaultInUse, match="open in another"):
        Vault.open(vault.path, PASSPHRASE)
    assert vault.meta()["owner"] == "Alex Morgan"


def test_second_process_gets_in_use_and_exit_5(vault):
    from tests.conftest import run_cli

    result = run_cli("vault", "check", vault.path, "--passphrase-file", "-", stdin=PASSPHRASE)
    assert result.returncode == 5
    assert "open in another" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_vault_from_a_newer_version_is_refused_untouched(make_vault, vault_path):
    vault = make_vault()
    vault.conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    vault.close()
    before = file_state(vault_path.parent)
    with pytest.raises(VaultTooNew, match="newer version"):
        Vault.open(vault_path, PASSPHRASE)
    assert file_state(vault_path.parent) == before


def test_migration_backs_up_first_and_keeps_records(make_vault, vault_path, monkeypatch):
    from supervision_desk.core import repos

    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "youth_worker"})
    vault.close()
    extra = "ALTER TABLE people ADD COLUMN pronouns TEXT;"
    now = schema.latest_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, extra])
    with Vault.open(vault_path, PASSPHRASE) as migrated:
        assert migrated.schema_version == now + 1
        assert repos.get(migrated, "people", "p1")["name"] == "Sam Taylor"
    backup = vault_path.with_name(f"{vault_path.stem}.before-v{now + 1}.sdvault")
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:now])
    with Vault.open(backup, PASSPHRASE) as old:
        assert old.schema_version == now
        assert repos.get(old, "people", "p1")["name"] == "Sam Taylor"


def test_sqlcipher_log_lines_never_reach_the_terminal(make_vault, vault_path):
    make_vault().close()
    code = (
        "from supervision_desk.core.vault import Vault\n"
        "from supervision_desk.core.errors import WrongPassphrase\n"
        f"try: Vault.open({str(vault_path)!r}, 'wrong')\n"
        "except WrongPassphrase: print('refused')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""


def test_backup_opens_with_the_same_passphrase_and_holds_everything(vault, tmp_path):
    from supervision_desk.core import repos

    repos.save(vault, "people", {"id": "p1", "name": "Ana Kowalska", "role": "social_worker"})
    dest = vault.backup(tmp_path / "copy.sdvault")
    with Vault.open(dest, PASSPHRASE) as copy:
        assert copy.digest() == vault.digest()
        assert copy.check().ok
    with pytest.raises(OutputError, match="already exists"):
        vault.backup(dest)


def test_change_passphrase_swaps_which_passphrase_opens(vault, vault_path):
    from supervision_desk.core import repos

    repos.save(vault, "people", {"id": "p1", "name": "Ana", "role": "social_worker"})
    digest = vault.digest()
    vault.change_passphrase("new words for a new year", profile=kdf.FAST)
    assert repos.get(vault, "people", "p1")["name"] == "Ana"
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "new words for a new year") as reopened:
        assert reopened.digest() == digest
    assert [p.name for p in vault_path.parent.iterdir() if "partial" in p.name] == []


def test_a_version_1_vault_from_the_first_release_migrates_to_the_latest(tmp_path):
    """The committed fixture was written by the first release (schema 1)."""
    import shutil

    from supervision_desk.core import interchange, repos, sessions

    path = tmp_path / "old.sdvault"
    shutil.copyfile(FIXTURES / "vault-v1.sdvault", path)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.latest_version()
        assert vault.check().ok
        # Sessions keep their order and content, and gain version 2's defaults.
        assert [s["id"] for s in sessions.for_person(vault, "p1")] == ["s1", "s0"]
        first = repos.get(vault, "sessions", "s1")
        assert first["attunement"] == "Feels shut out since release; worried and tired."
        assert (first["status"], first["attendees"], first["disagreement"]) == ("held", [], "")
        # References survive the rebuilt table: actions still point at their sessions.
        assert repos.get(vault, "actions", "a0")["closed_in_session"] == "s1"
        assert vault.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert interchange.export(vault)["format"] == "supervision-desk/3"
    backup = tmp_path / f"old.before-v{schema.latest_version()}.sdvault"
    with Vault.open(backup, PASSPHRASE, migrate=False) as old:
        assert old.schema_version == 1


def test_a_version_2_vault_gains_an_identity_and_keeps_its_records(tmp_path):
    """The committed fixture was written by the second release (schema 2): the interchange
    example with an agreed, amended record."""
    import shutil

    from supervision_desk.core import identity, repos

    path = tmp_path / "v2.sdvault"
    shutil.copyfile(FIXTURES / "vault-v2.sdvault", path)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.latest_version()
        assert vault.check().ok
        mine = identity.load(vault)
        assert identity.normalise_fingerprint(mine.fingerprint) == mine.fingerprint
        assert repos.get(vault, "sessions", "s1")["agreed_by_supervisee"] == "2026-01-06"
        fingerprint = mine.fingerprint
    # The identity is made once: opening again finds the same keys.
    with Vault.open(path, PASSPHRASE) as vault:
        assert identity.load(vault).fingerprint == fingerprint
    backup = tmp_path / f"v2.before-v{schema.latest_version()}.sdvault"
    with Vault.open(backup, PASSPHRASE, migrate=False) as old:
        assert old.schema_version == 2


def test_a_version_5_vault_keeps_its_journal_and_cpd_through_version_6(
    make_vault, vault_path, monkeypatch
):
    """Version 6 makes the journal and CPD tables again without their link to sessions (so
    they can name a received record): every entry, its row id (the search index's key) and
    its link are kept."""
    from supervision_desk.core import repos, search
    from tests.conftest import PASSPHRASE

    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        old = make_vault()
        repos.save(old, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
        repos.save(
            old,
            "sessions",
            {"id": "s1", "person": "p1", "date": "2026-03-01", "minutes": 60, "kind": "one_to_one"},
        )
        repos.save(
            old,
            "journal",
            {"id": "j1", "date": "2026-03-02", "title": "After", "body": "heron", "session": "s1"},
        )
        search.catch_up(old.conn)
        rowid = old.conn.execute("SELECT rowid FROM journal WHERE id = 'j1'").fetchone()[0]
        old.close()

    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.latest_version()
        assert vault.check().ok
        entry = repos.get(vault, "journal", "j1")
        assert entry["session"] == "s1" and entry["body"] == "heron"
        assert vault.conn.execute("SELECT rowid FROM journal WHERE id = 'j1'").fetchone()[0] == (
            rowid
        )
        assert [hit.record for hit in search.search(vault.conn, "heron").hits] == ["j1"]
        links = vault.conn.execute("PRAGMA foreign_key_list(journal)").fetchall()
        assert links == []


def test_a_copy_is_checked_against_every_table_the_vault_holds(vault):
    """A backup is trusted only when its fingerprint matches the vault's: every table the
    vault holds is in it (the search index as its one table), so a copy missing a CPD entry,
    an agreement or a practitioner's mark on an action is never called good."""
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    read = digested_tables(vault.conn)
    assert len(read) == len(set(read))
    assert set(read) == {t for t in tables if not t.startswith("search_index_")}
    for table in ("cpd", "agreements", "action_marks", "asye_reviews", "settings"):
        assert table in read
    before = vault.digest()
    with vault.write():
        vault.conn.execute("INSERT INTO action_marks (action, done) VALUES ('a-1', '2026-03-01')")
    assert vault.digest() != before
