"""A file named with a newline or a terminal escape sequence: every line the command line
prints about it, done or failed, shows the name escaped, so nothing raw reaches the terminal
and an error stays one line."""

from __future__ import annotations

import pytest

from supervision_desk.core import interchange
from tests.conftest import FIXTURES, run_cli

pytestmark = pytest.mark.posix

NAME = "x\n\x1b[2J\x1b]0;pwned\x07"
ESCAPED = "x\\n\\x1b[2J\\x1b]0;pwned\\x07"


def _clean(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text, text


@pytest.fixture
def filled(make_vault, vault_path):
    with make_vault() as vault:
        interchange.import_records(
            vault, interchange.parse((FIXTURES / "spec_example.json").read_text("utf-8"))
        )
    return vault_path


def test_errors_about_hostile_names_are_one_escaped_line(filled, passfile, tmp_path):
    taken = tmp_path / f"{NAME}.pdf"
    taken.write_bytes(b"mine")
    cases = [
        (["vault", "check", tmp_path / f"{NAME}.sdvault"], 4),
        (["export-pdf", filled, taken, "--session", "s1"], 8),
        (["export-json", filled, tmp_path / NAME / "all.json"], 8),
        (["tracker", filled, "--csv", tmp_path / NAME / "t.csv"], 8),
        (["receive", filled, tmp_path / f"{NAME}.exchange"], 7),
        (["contact", "export", filled, tmp_path / NAME / "me.contact"], 8),
    ]
    for command, code in cases:
        result = run_cli(*command, "--passphrase-file", passfile)
        assert result.returncode == code, (command, result.stderr)
        _clean(result.stderr + result.stdout)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert ESCAPED in result.stderr, result.stderr
    assert taken.read_bytes() == b"mine"
    missing = run_cli("tracker", filled, "--passphrase-file", tmp_path / f"{NAME}.txt")
    assert missing.returncode == 2
    _clean(missing.stderr)
    assert ESCAPED in missing.stderr and len(missing.stderr.strip().splitlines()) == 1


def test_outputs_with_hostile_names_are_written_and_reported_escaped(filled, passfile, tmp_path):
    for command in (
        ["export-json", filled, tmp_path / f"{NAME}.json"],
        ["export-pdf", filled, tmp_path / f"{NAME}.pdf", "--session", "s1"],
        ["tracker", filled, "--csv", tmp_path / f"{NAME}.csv"],
        ["vault", "backup", filled, tmp_path / f"{NAME}.sdvault"],
    ):
        result = run_cli(*command, "--passphrase-file", passfile)
        assert result.returncode == 0, result.stderr
        _clean(result.stdout + result.stderr)
        assert ESCAPED in result.stdout + result.stderr
    # The files themselves carry the name the user gave, unchanged.
    for suffix in (".json", ".pdf", ".csv", ".sdvault"):
        assert (tmp_path / f"{NAME}{suffix}").stat().st_size > 0
