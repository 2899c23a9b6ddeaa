"""Progress on the command line: one rewritten line on standard error while an import or a
backup runs, only when standard error is a terminal; nothing extra in a pipe. Ctrl+C stops
the work at its next step: the vault is unchanged, no copy is left, and the exit code is 130."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time

import pytest

from supervision_desk.core import search
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.helpers import vault_rows, write_records_file

pytestmark = pytest.mark.posix  # a pseudo-terminal and signals


def on_terminal(*args, interrupt_at: bytes | None = None) -> tuple[int, str, str]:
    """Run the command with standard error on a pseudo-terminal, as in a terminal window;
    with ``interrupt_at``, press Ctrl+C (SIGINT) once that text appears there. Returns the
    exit code, standard output and what the terminal received."""
    import pty

    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "supervision_desk", *map(str, args)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=follower,
    )
    os.close(follower)
    seen, sent = b"", False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child has gone and closed its end
                break
            if not chunk:
                break
            seen += chunk
            if interrupt_at and not sent and interrupt_at in seen:
                child.send_signal(signal.SIGINT)
                sent = True
        elif child.poll() is not None:
            break
    os.close(leader)
    out = child.stdout.read().decode()
    child.stdout.close()
    return child.wait(timeout=60), out, seen.decode()


@pytest.fixture
def records(tmp_path):
    source = tmp_path / "records.json"
    write_records_file(source, sessions=600, word="zephyrquill")  # about 5.6 MB
    return source


@pytest.fixture
def vault_file(make_vault):
    vault = make_vault()
    path = vault.path
    vault.close()
    return path


def test_in_a_pipe_an_import_and_a_backup_print_nothing_extra(
    vault_file, records, passfile, tmp_path
):
    done = run_cli("import", vault_file, records, "--passphrase-file", passfile)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == (f"Imported 4 people, 600 sessions from {records}; 0 already present.\n")
    copy = tmp_path / "copy.sdvault"
    done = run_cli("vault", "backup", vault_file, copy, "--passphrase-file", passfile)
    assert done.returncode == 0 and done.stderr == "" and copy.exists()


def test_on_a_terminal_an_import_shows_the_megabytes_read_on_one_line(
    vault_file, records, passfile
):
    code, out, terminal = on_terminal("import", vault_file, records, "--passphrase-file", passfile)
    assert code == 0, terminal
    assert out == f"Imported 4 people, 600 sessions from {records}; 0 already present.\n"
    assert "\n" not in terminal  # one line, rewritten in place
    shown = [part.strip() for part in terminal.split("\r") if part.strip()]
    assert shown[0] == "Checking records.json: 0.0 of 5.6 MB read"
    assert "Importing records.json: 5.6 of 5.6 MB read" in shown
    middle = [
        s
        for s in shown
        if s.startswith("Importing")
        and not s.startswith(("Importing records.json: 0.0", "Importing records.json: 5.6"))
    ]
    assert middle, shown  # it moved between the start and the end
    assert terminal.endswith("\r")  # and was cleared for what the command prints next


def test_ctrl_c_during_an_import_leaves_the_vault_unchanged_and_exits_130(
    vault_file, records, passfile
):
    with Vault.open(vault_file, PASSPHRASE) as vault:
        before = vault_rows(vault.conn)
    code, out, terminal = on_terminal(
        "import", vault_file, records, "--passphrase-file", passfile, interrupt_at=b"Importing"
    )
    assert code == 130, terminal
    assert out == ""
    assert terminal.rstrip().endswith("supervision-desk: import stopped: nothing was changed")
    with Vault.open(vault_file, PASSPHRASE) as vault:
        assert vault_rows(vault.conn) == before
        assert search.search(vault.conn, "zephyrquill").total == 0


@pytest.mark.slow
def test_a_backup_shows_its_steps_and_ctrl_c_leaves_no_copy(
    vault_file, records, passfile, tmp_path
):
    assert run_cli("import", vault_file, records, "--passphrase-file", passfile).returncode == 0
    copy = tmp_path / "copy.sdvault"
    code, out, terminal = on_terminal(
        "vault", "backup", vault_file, copy, "--passphrase-file", passfile
    )
    assert code == 0 and copy.exists()
    shown = [part.strip() for part in terminal.split("\r") if part.strip()]
    assert shown[0] == "Checking the vault (step 1 of 3): 0%"
    assert shown[-1] == "Checking the copy (step 3 of 3): 100%"
    assert out.startswith("Wrote a verified encrypted backup to")

    folder = tmp_path / "usb"
    folder.mkdir()
    code, out, terminal = on_terminal(
        "vault",
        "backup",
        vault_file,
        folder,
        "--passphrase-file",
        passfile,
        interrupt_at=b"step 1 of 3",
    )
    assert code == 130, terminal
    assert terminal.rstrip().endswith("supervision-desk: backup stopped: no copy was made")
    assert list(folder.iterdir()) == []


def test_on_a_terminal_an_export_counts_the_records_written(
    vault_file, records, passfile, tmp_path
):
    assert run_cli("import", vault_file, records, "--passphrase-file", passfile).returncode == 0
    out_file = tmp_path / "all.json"
    code, _out, terminal = on_terminal(
        "export-json", vault_file, out_file, "--passphrase-file", passfile
    )
    assert code == 0 and out_file.exists(), terminal
    shown = [part.strip() for part in terminal.split("\r") if part.strip()]
    written = [s for s in shown if s.startswith("Writing all.json: ")]
    assert written[0].startswith("Writing all.json: 0 of ")
    total = written[0].removeprefix("Writing all.json: 0 of ").removesuffix(" records")
    assert int(total) > 600 and written[-1] == f"Writing all.json: {total} of {total} records"
    assert shown[-1].startswith("Warning: ")  # the line was cleared for the warning
