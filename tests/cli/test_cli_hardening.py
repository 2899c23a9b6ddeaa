"""The command line met with damaged vaults, hostile files and outputs that cannot be written:
one clear line and the documented exit code, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from supervision_desk.core import interchange, pagefile, repos
from supervision_desk.core.vault import Vault
from tests.conftest import FIXTURES, PASSPHRASE, run_cli
from tests.core.test_hardening import (
    TAIL,
    _long_entry,
    _overwrite_page,
    _page_holding,
    read_only_vault,  # noqa: F401  (a fixture)
)
from tests.helpers import can_mount, file_state


def _one_line(result, code: int, *words: str) -> None:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def damaged(make_vault, vault_path):
    with make_vault() as vault:
        _long_entry(vault)
    return vault_path


@pytest.mark.parametrize("wipe", [False, True], ids=["garbled", "wiped"])
def test_a_damaged_page_stops_every_export_and_backup_with_its_number(
    damaged, passfile, tmp_path, wipe
):
    number = _page_holding(damaged, TAIL)
    garbage = bytes(pagefile.PAGE_SIZE) if wipe else os.urandom(pagefile.PAGE_SIZE)
    _overwrite_page(damaged, number, garbage)
    out = tmp_path / "out"
    out.mkdir()
    before = file_state(damaged.parent)
    for command in (
        ["export-json", damaged, out / "all.json"],
        ["export-pdf", damaged, out / "p.pdf", "--person", "nobody"],
        ["vault", "backup", damaged, out / "copy.sdvault"],
    ):
        result = run_cli(*command, "--passphrase-file", passfile)
        _one_line(result, 4, f"page {number}")
    assert list(out.iterdir()) == []
    assert file_state(damaged.parent) == before
    check = run_cli("vault", "check", damaged, "--passphrase-file", passfile)
    assert check.returncode == 4 and f"page {number} is damaged" in check.stderr


@pytest.mark.posix
def test_a_read_only_vault_can_be_checked_and_exported_but_not_changed(
    read_only_vault,  # noqa: F811
    passfile,
    tmp_path,
):
    check = run_cli("vault", "check", read_only_vault, "--passphrase-file", passfile)
    assert check.returncode == 0, check.stderr
    out = tmp_path / "all.json"
    exported = run_cli("export-json", read_only_vault, out, "--passphrase-file", passfile)
    assert exported.returncode == 0, exported.stderr
    assert "j-long" in out.read_text(encoding="utf-8")
    spec = FIXTURES / "spec_example.json"
    _one_line(
        run_cli("import", read_only_vault, spec, "--passphrase-file", passfile), 8, "read-only"
    )
    new = tmp_path / "new.txt"
    new.write_text("winter orchard kettle 19 heron\n", encoding="utf-8")
    new.chmod(0o600)
    _one_line(
        run_cli(
            "vault",
            "passwd",
            read_only_vault,
            "--passphrase-file",
            passfile,
            "--new-passphrase-file",
            new,
        ),
        8,
        "read-only",
    )


@pytest.mark.posix
def test_passphrase_files_lose_a_bom_line_ending_and_trailing_spaces(
    make_vault, vault_path, tmp_path
):
    make_vault().close()
    for n, raw in enumerate(
        [
            b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n",
            PASSPHRASE.encode() + b"  \n",
            PASSPHRASE.encode(),
        ]
    ):
        secret = tmp_path / f"secret{n}.txt"
        secret.write_bytes(raw)
        secret.chmod(0o600)
        result = run_cli("vault", "check", vault_path, "--passphrase-file", secret)
        assert result.returncode == 0, (raw, result.stderr)
        assert result.stderr == ""


@pytest.mark.posix
def test_a_passphrase_file_others_can_read_works_with_a_warning(make_vault, vault_path, passfile):
    make_vault().close()
    passfile.chmod(0o644)
    result = run_cli("vault", "check", vault_path, "--passphrase-file", passfile)
    assert result.returncode == 0
    assert "can be read by other users" in result.stderr and "chmod 600" in result.stderr


@pytest.mark.posix
def test_dev_zero_as_a_passphrase_file_is_one_line(make_vault, vault_path):
    make_vault().close()
    result = run_cli("vault", "check", vault_path, "--passphrase-file", "/dev/zero")
    _one_line(result, 2, "does not hold a passphrase")


@pytest.mark.parametrize(
    "body, words",
    [
        (
            '{"format": "supervision-desk/2", "people": [{"id": "p1", "fte": 1%s}]}' % ("0" * 4000),
            "out of range",
        ),
        ('{"format": "supervision-desk/2", "people": [], "people": []}', "appears twice"),
        ('{"format": "supervision-desk/2", "people": [{"id": "p1", "fte": NaN}]}', "NaN"),
        ('{"format": "supervision-desk/2", "\\u001b[31mred": 1}', "\\x1b[31mred"),
        ('{"format": "supervision-desk/2", "people": [{"id": "\\ud800"}]}', "surrogate"),
    ],
    ids=["4000 digits", "repeated key", "NaN", "escape sequence", "lone surrogate"],
)
def test_hostile_interchange_files_are_one_line_exit_7(
    make_vault, vault_path, passfile, tmp_path, body, words
):
    make_vault().close()
    bad = tmp_path / "bad.json"
    bad.write_text(body, encoding="utf-8")
    before = file_state(vault_path.parent)
    _one_line(run_cli("import", vault_path, bad, "--passphrase-file", passfile), 7, words)
    assert file_state(vault_path.parent) == before


# -- outputs that cannot be written --------------------------------------------------------


@pytest.fixture
def filled(make_vault, vault_path):
    with make_vault() as vault:
        interchange.import_records(
            vault, interchange.parse((FIXTURES / "spec_example.json").read_text("utf-8"))
        )
    return vault_path


def _outputs(vault_path, passfile, folder):
    return {
        "json": ["export-json", vault_path, folder / "all.json"],
        "pdf": ["export-pdf", vault_path, folder / "s1.pdf", "--session", "s1"],
        "csv": ["tracker", vault_path, "--csv", folder / "t.csv"],
        "ics": ["tracker", vault_path, "--ics", folder / "t.ics"],
        "backup": ["vault", "backup", vault_path, folder / "copy.sdvault"],
    }


@pytest.mark.parametrize("what", ["json", "pdf", "csv", "ics", "backup"])
def test_a_missing_output_folder_is_exit_8(filled, vault_path, passfile, tmp_path, what):
    command = _outputs(vault_path, passfile, tmp_path / "no" / "such")[what]
    _one_line(run_cli(*command, "--passphrase-file", passfile), 8, "does not exist")


def _read_only_folder(tmp_path, request):
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0 and can_mount():  # root writes through modes: mount it read-only
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", folder], check=True)
        request.addfinalizer(lambda: subprocess.run(["umount", "-l", folder], check=False))
    elif os.geteuid() == 0:  # an immutable folder takes no new files, from root either
        subprocess.run(["chattr", "+i", folder], check=True)
        request.addfinalizer(lambda: subprocess.run(["chattr", "-i", folder], check=False))
    else:
        folder.chmod(0o555)
        request.addfinalizer(lambda: folder.chmod(0o755))
    return folder


@pytest.mark.posix
@pytest.mark.parametrize("what", ["json", "pdf", "csv", "ics", "backup"])
def test_a_read_only_output_folder_is_exit_8(filled, vault_path, passfile, tmp_path, request, what):
    folder = _read_only_folder(tmp_path, request)
    command = _outputs(vault_path, passfile, folder)[what]
    _one_line(run_cli(*command, "--passphrase-file", passfile), 8, "read-only")


def _small_file_limit():
    # Writing beyond this size fails as on a full disk (EFBIG), with no privileges needed.
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@pytest.mark.parametrize("what", ["json", "pdf", "backup"])
@pytest.mark.posix
def test_a_full_disk_is_exit_8_and_leaves_nothing(filled, vault_path, passfile, tmp_path, what):
    with Vault.open(vault_path, PASSPHRASE) as vault:  # every output beyond the limit below
        session = repos.get(vault, "sessions", "s1")
        repos.save(vault, "sessions", {**session, "analysis": "Many words. " * 20_000})
    out = tmp_path / "out"
    out.mkdir()
    command = _outputs(vault_path, passfile, out)[what]
    with passfile.open() as secret:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "supervision_desk",
                *map(str, command),
                "--passphrase-file",
                "-",
            ],
            stdin=secret,
            capture_output=True,
            text=True,
            preexec_fn=_small_file_limit,
            timeout=120,
        )
    _one_line(result, 8, "full")
    assert list(out.iterdir()) == []
