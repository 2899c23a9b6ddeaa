"""Every command that writes a file says so the same way when it cannot: a missing folder or a
read-only one is exit 8 (the README's "could not write the output"), one line, with nothing
left in the folder and nothing changed in the vault."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_desk.core import asye, cpd, exchange, identity, repos, sessions
from supervision_desk.core.vault import Vault
from tests.cli.test_cli_hardening import _read_only_folder
from tests.conftest import PASSPHRASE, run_cli


def _desks(make_vault, tmp_path):
    """A supervisor paired with a practitioner, who has received a record to agree; the
    supervisee is in her assessed year; the practitioner keeps a CPD log."""
    boss = make_vault(tmp_path / "alex.sdvault", owner="Alex Morgan")
    repos.save(
        boss,
        "people",
        {
            "id": "p1",
            "name": "Sam Taylor",
            "role": "social_worker",
            "started_role": "2025-09-01",
            "newly_qualified": True,
        },
    )
    asye.save_programme(boss, "p1", assessor="Priya Shah", assessor_role="practice educator")
    repos.save(
        boss,
        "sessions",
        {"id": "s1", "person": "p1", "date": "2026-03-09", "minutes": 90, "attunement": "Tired."},
    )
    sam = make_vault(tmp_path / "sam.sdvault", owner="Sam Taylor", mode="practitioner")
    sessions.ensure_self(sam)
    cpd.new(sam, dt.date(2026, 1, 10), description="Course on exploitation")
    exchange.write_contact(boss, tmp_path / "alex.contact")
    exchange.write_contact(sam, tmp_path / "sam.contact")
    exchange.add_contact(boss, tmp_path / "sam.contact", "p1", identity.public(sam).fingerprint)
    exchange.add_contact(sam, tmp_path / "alex.contact", "me", identity.public(boss).fingerprint)
    exchange.send(boss, "s1", tmp_path / "s1.sdx")
    exchange.receive(sam, tmp_path / "s1.sdx")
    boss.close()
    sam.close()
    return tmp_path / "alex.sdvault", tmp_path / "sam.sdvault"


def _commands(boss, sam, folder):
    return {
        "export-json": ["export-json", boss, folder / "all.json"],
        "export-pdf session": ["export-pdf", boss, folder / "s1.pdf", "--session", "s1"],
        "export-pdf person": ["export-pdf", boss, folder / "p1.pdf", "--person", "p1"],
        "export-pdf team": ["export-pdf", boss, folder / "team.pdf", "--team"],
        "backup": ["vault", "backup", boss, folder / "copy.sdvault"],
        "contact export": ["contact", "export", boss, folder / "me.contact"],
        "send": ["send", boss, "--session", "s1", folder / "s1.sdx"],
        "agree": ["agree", sam, "--session", "s1", folder / "reply.sdx"],
        "cpd --pdf": ["cpd", sam, "--pdf", folder / "cpd.pdf"],
        "asye --pdf": ["asye", boss, "--person", "p1", "--pdf", folder / "asye.pdf"],
        "tracker --csv": ["tracker", boss, "--csv", folder / "t.csv"],
        "tracker --ics": ["tracker", boss, "--ics", folder / "t.ics"],
    }


def _writes(path) -> int:
    with Vault.open(path, PASSPHRASE) as vault:
        return vault.writes


def _every_output_fails_with_8(boss, sam, passfile, folder, words):
    before = {boss: _writes(boss), sam: _writes(sam)}
    for name, command in _commands(boss, sam, folder).items():
        result = run_cli(*command, "--passphrase-file", passfile)
        assert result.returncode == 8, (name, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, (name, result.stderr)
        assert words in lines[0], (name, lines[0])
        if folder.is_dir():
            assert list(folder.iterdir()) == [], name
    assert {boss: _writes(boss), sam: _writes(sam)} == before  # no record marked sent or agreed


def test_a_missing_folder_is_exit_8_for_every_output(make_vault, passfile, tmp_path):
    boss, sam = _desks(make_vault, tmp_path)
    _every_output_fails_with_8(boss, sam, passfile, tmp_path / "no" / "such", "does not exist")


@pytest.mark.posix
def test_a_read_only_folder_is_exit_8_for_every_output(make_vault, passfile, tmp_path, request):
    boss, sam = _desks(make_vault, tmp_path)
    folder = _read_only_folder(tmp_path, request)
    _every_output_fails_with_8(boss, sam, passfile, folder, "read-only")


def test_the_team_csv_beside_the_pdf_is_exit_8_too(make_vault, passfile, tmp_path):
    boss, _sam = _desks(make_vault, tmp_path)
    result = run_cli(
        "export-pdf",
        boss,
        tmp_path / "team.pdf",
        "--team",
        "--csv",
        tmp_path / "no" / "t.csv",
        "--passphrase-file",
        passfile,
    )
    assert result.returncode == 8, result.stderr
    assert "does not exist" in result.stderr.strip().splitlines()[-1]


def _small_file_limit():
    # Writing beyond this size fails as on a full disk (EFBIG), with no privileges needed.
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))


@pytest.mark.posix
def test_a_vault_that_cannot_be_saved_to_is_exit_8_and_keeps_what_it_had(
    make_vault, vault_path, passfile, tmp_path
):
    import json
    import subprocess
    import sys

    make_vault().close()
    before = _writes(vault_path)
    people = [
        {"id": f"p{i}", "name": f"Person {i} " + "x" * 2000, "role": "other"} for i in range(400)
    ]
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"format": "supervision-desk/1", "people": people}), "utf-8")
    with passfile.open() as secret:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "supervision_desk",
                "import",
                str(vault_path),
                "--passphrase-file",
                "-",
                str(big),
            ],
            stdin=secret,
            capture_output=True,
            text=True,
            preexec_fn=_small_file_limit,
            timeout=120,
        )
    assert result.returncode == 8, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "could not be saved" in lines[0] and "intact" in lines[0]
    assert _writes(vault_path) == before
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert repos.select(vault, "people") == []
