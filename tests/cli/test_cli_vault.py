"""The scripted interface as a script would use it: separate processes, exit codes, one-line
errors, passphrases from files or standard input only."""

from __future__ import annotations

import json

import pytest

from supervision_desk import __version__
from supervision_desk.core import interchange
from supervision_desk.core.vault import Vault
from tests.conftest import FIXTURES, PASSPHRASE, run_cli
from tests.helpers import file_state


def _one_line_error(result, code, words):
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.slow
def test_create_import_export_check_backup_passwd(tmp_path, passfile):
    vault = tmp_path / "team.sdvault"
    created = run_cli(
        "vault", "create", vault, "--owner", "Alex Morgan", "--passphrase-file", passfile
    )
    assert created.returncode == 0, created.stderr
    assert vault.read_bytes()[12:16] == b"SDA1"  # the strong key-derivation profile

    imported = run_cli(
        "import", vault, FIXTURES / "spec_example.json", "--passphrase-file", passfile
    )
    assert imported.returncode == 0, imported.stderr
    assert "1 sessions" in imported.stdout
    again = run_cli(
        "import",
        vault,
        FIXTURES / "spec_example.json",
        "--passphrase-file",
        "-",
        stdin=PASSPHRASE + "\n",
    )
    assert again.returncode == 0 and "8 already present" in again.stdout

    out = tmp_path / "out.json"
    exported = run_cli("export-json", vault, out, "--passphrase-file", passfile)
    assert exported.returncode == 0
    assert "plain, unencrypted" in exported.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    example = json.loads((FIXTURES / "spec_example.json").read_text(encoding="utf-8"))
    assert doc["format"] == "supervision-desk/3"
    for kind in ("people", "cases", "sessions", "actions", "journal", "time_logs", "concerns"):
        for old, new in zip(example[kind], doc[kind], strict=True):
            assert {k: new[k] for k in old} == old, kind  # version 1 values, unchanged
    # The export imports back into a fresh vault as it is.
    fresh = tmp_path / "fresh.sdvault"
    assert run_cli("vault", "create", fresh, "--passphrase-file", passfile).returncode == 0
    back = run_cli("import", fresh, out, "--passphrase-file", passfile)
    assert back.returncode == 0, back.stderr
    _one_line_error(
        run_cli("export-json", vault, out, "--passphrase-file", passfile), 8, "already exists"
    )

    checked = run_cli("vault", "check", vault, "--passphrase-file", passfile)
    assert checked.returncode == 0 and "integrity check passed" in checked.stdout

    backup = run_cli(
        "vault", "backup", vault, tmp_path / "b.sdvault", "--passphrase-file", passfile
    )
    assert backup.returncode == 0, backup.stderr
    new = tmp_path / "new.txt"
    new.write_text("winter orchard kettle 19 heron\n", encoding="utf-8")
    new.chmod(0o600)
    changed = run_cli(
        "vault", "passwd", vault, "--passphrase-file", passfile, "--new-passphrase-file", new
    )
    assert changed.returncode == 0, changed.stderr
    _one_line_error(
        run_cli("vault", "check", vault, "--passphrase-file", passfile), 3, "does not open"
    )
    assert run_cli("vault", "check", vault, "--passphrase-file", new).returncode == 0
    assert (
        run_cli("vault", "check", tmp_path / "b.sdvault", "--passphrase-file", passfile).returncode
        == 0
    )


def test_weak_new_passphrase_is_refused_with_a_reason(tmp_path):
    weak = tmp_path / "weak.txt"
    weak.write_text("password1\n")
    weak.chmod(0o600)
    result = run_cli("vault", "create", tmp_path / "v.sdvault", "--passphrase-file", weak)
    _one_line_error(result, 2, "too weak")
    assert not (tmp_path / "v.sdvault").exists()


def test_no_passphrase_without_a_terminal_is_a_usage_error(make_vault, vault_path):
    make_vault().close()
    _one_line_error(run_cli("vault", "check", vault_path, stdin=""), 2, "--passphrase-file")


@pytest.mark.parametrize(
    ("damage", "code", "words"),
    [
        (lambda p: p.write_bytes(b""), 4, "empty"),
        (lambda p: p.write_bytes(p.read_bytes()[:5000]), 4, "truncated"),
        (lambda p: p.write_text("hello"), 4, "not a Supervision Desk vault"),
    ],
)
def test_damaged_vaults_exit_4_and_stay_as_they_were(
    make_vault, vault_path, passfile, damage, code, words
):
    make_vault().close()
    damage(vault_path)
    before = file_state(vault_path.parent)
    _one_line_error(
        run_cli("vault", "check", vault_path, "--passphrase-file", passfile), code, words
    )
    assert file_state(vault_path.parent) == before


def test_check_names_a_damaged_later_page(make_vault, vault_path, passfile):
    make_vault().close()
    data = bytearray(vault_path.read_bytes())
    data[4096 * 5 + 300] ^= 1  # page 6
    vault_path.write_bytes(bytes(data))
    result = run_cli("vault", "check", vault_path, "--passphrase-file", passfile)
    assert result.returncode == 4
    assert "page 6 is damaged" in result.stderr


def test_too_new_vault_exits_6(make_vault, vault_path, passfile):
    vault = make_vault()
    vault.conn.execute("PRAGMA user_version = 99")
    vault.close()
    _one_line_error(
        run_cli("vault", "check", vault_path, "--passphrase-file", passfile), 6, "newer version"
    )


def test_a_json_file_that_is_not_an_export_is_called_that(
    make_vault, vault_path, passfile, tmp_path
):
    make_vault().close()
    other = tmp_path / "settings.json"
    other.write_text('{"hello": "world"}')
    before = file_state(tmp_path)
    _one_line_error(
        run_cli("import", vault_path, other, "--passphrase-file", passfile),
        7,
        f"{other} is not a Supervision Desk export file "
        '(it has no "format": "supervision-desk/…" line), so nothing was imported.',
    )
    assert file_state(tmp_path) == before
    other.write_text("[]")
    _one_line_error(
        run_cli("import", vault_path, other, "--passphrase-file", passfile),
        7,
        f"{other} holds a list, so it is not a Supervision Desk export file",
    )


def test_bad_import_file_exits_7_and_changes_nothing(make_vault, vault_path, passfile, tmp_path):
    vault = make_vault()
    digest = vault.digest()
    vault.close()
    doc = json.loads((FIXTURES / "spec_example.json").read_text())
    doc["sessions"][0]["minutes"] = 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    _one_line_error(
        run_cli("import", vault_path, bad, "--passphrase-file", passfile),
        7,
        "$.sessions[0].minutes",
    )
    bad.write_text('{"format": "supervision-desk/1", "people": [')
    _one_line_error(
        run_cli("import", vault_path, bad, "--passphrase-file", passfile), 7, "not valid JSON"
    )
    # A file cut off mid-way: the file is named, and the column is within its 66 characters.
    cut = tmp_path / "cut.json"
    cut.write_text('{"format": "supervision-desk/1", "vault": {"owner": "Alex", "role"')
    assert cut.stat().st_size == 66
    _one_line_error(
        run_cli("import", vault_path, cut, "--passphrase-file", passfile),
        7,
        f"{cut} is not valid JSON: expecting ':' delimiter at line 1, column 67",
    )
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.digest() == digest
        assert interchange.export(reopened)["people"] == []


def test_usage_errors_exit_2():
    assert run_cli("vault").returncode == 2
    assert run_cli("no-such-command").returncode == 2
