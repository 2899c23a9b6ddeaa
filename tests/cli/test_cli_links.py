"""A symbolic link at an output's name: refused without --force even when it points nowhere
(exit 8, nothing written anywhere); with --force the link itself is replaced by the new file
and the place it pointed to, outside the folder, is never written."""

from __future__ import annotations

import pytest

from tests.cli.test_cli_output_codes import _commands, _desks
from tests.conftest import run_cli

pytestmark = pytest.mark.posix

FORCEABLE = ("export-json", "export-pdf session", "cpd --pdf", "asye --pdf")


@pytest.fixture
def desks(make_vault, tmp_path):
    out = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    return (*_desks(make_vault, tmp_path), out, elsewhere)


def _output(command):
    """The output path in a command: the argument after the vault that lies in out/."""
    return next(a for a in command if getattr(a, "parent", None) and a.parent.name == "out")


def test_a_dangling_link_is_never_written_through(desks, passfile):
    boss, sam, out, elsewhere = desks
    for name, command in _commands(boss, sam, out).items():
        link = _output(command)
        target = elsewhere / f"{link.name}.target"
        link.symlink_to(target)
        result = run_cli(*command, "--passphrase-file", passfile)
        assert result.returncode == 8, (name, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (name, result.stderr)
        assert "already exists" in result.stderr, (name, result.stderr)
        assert link.is_symlink() and not target.exists(), name
    assert list(elsewhere.iterdir()) == []


def test_force_replaces_the_link_itself_not_what_it_points_to(desks, passfile):
    boss, sam, out, elsewhere = desks
    commands = _commands(boss, sam, out)
    for name in FORCEABLE:
        command = commands[name]
        link = _output(command)
        dangling = elsewhere / f"{link.name}.nowhere"
        link.symlink_to(dangling)
        result = run_cli(*command, "--force", "--passphrase-file", passfile)
        assert result.returncode == 0, (name, result.stderr)
        assert not link.is_symlink() and link.stat().st_size > 0, name
        assert not dangling.exists(), name
        # A live link to someone else's file: the file keeps its bytes.
        link.unlink()
        kept = elsewhere / f"{link.name}.kept"
        kept.write_bytes(b"not yours")
        link.symlink_to(kept)
        refused = run_cli(*command, "--passphrase-file", passfile)
        assert refused.returncode == 8 and "--force" in refused.stderr, (name, refused.stderr)
        forced = run_cli(*command, "--force", "--passphrase-file", passfile)
        assert forced.returncode == 0, (name, forced.stderr)
        assert not link.is_symlink() and kept.read_bytes() == b"not yours", name
