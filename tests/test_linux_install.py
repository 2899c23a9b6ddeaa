"""The Linux download as a user meets it: unpacked, installed for one user by install.sh
(menu entry, icons, a command), updated, and removed again without touching the vault; and
the check that the bundle does not need a newer C library than the oldest system named."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import tools

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.supervisiondesk.SupervisionDesk"
pytestmark = pytest.mark.linux


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """The download's folder as tar would unpack it, with a stand-in for the program."""
    folder = tmp_path / "download" / "supervision-desk"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "library.txt").write_text("part of the bundle", encoding="utf-8")
    program = folder / "supervision-desk"
    program.write_text("#!/bin/sh\necho started\n", encoding="utf-8")
    program.chmod(0o755)
    for source, inside in _module("build").linux_extras():
        target = folder / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return folder


def _run(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["sh", str(script), *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_install_puts_the_app_in_the_menu_and_uninstall_keeps_the_vault(unpacked, tmp_path):
    home = tmp_path / "user"
    home.mkdir()
    vault = home / ".local" / "share" / "Supervision Desk" / "supervision.sdvault"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"the user's records")

    done = _run(unpacked / "install.sh", home)
    assert done.returncode == 0, done.stderr
    assert "applications menu" in done.stdout

    command = home / ".local" / "bin" / "supervision-desk"
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout == "started\n"
    installed = home / ".local" / "lib" / "supervision-desk"
    assert (installed / "_internal" / "library.txt").exists()
    assert not (installed / "install.sh").exists()
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == f'Exec="{installed}/supervision-desk"'
    for size in (16, 48, 256, 512):
        icon = home / f".local/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert icon.read_bytes()[:4] == b"\x89PNG"
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").exists()

    # Updating: the program is replaced whole, and no half copies are left beside it.
    (unpacked / "supervision-desk").write_text("#!/bin/sh\necho newer\n", encoding="utf-8")
    assert _run(unpacked / "install.sh", home).returncode == 0
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout == "newer\n"
    assert sorted(p.name for p in installed.parent.iterdir()) == ["supervision-desk"]

    done = _run(unpacked / "install.sh", home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert "vault and settings are kept" in done.stdout
    assert not installed.exists() and not command.exists() and not entry.exists()
    assert not list((home / ".local/share/icons").rglob("*.png"))
    assert vault.read_bytes() == b"the user's records"


def test_install_refuses_an_unknown_option_and_changes_nothing(unpacked, tmp_path):
    home = tmp_path / "user"
    home.mkdir()
    done = _run(unpacked / "install.sh", home, "--everything")
    assert done.returncode == 2 and "Usage" in done.stderr
    assert list(home.iterdir()) == []


def test_the_installed_menu_entry_is_valid(unpacked, tmp_path):
    validate = tools.tool("desktop-file-validate", "desktop-file-utils")
    home = tmp_path / "user"
    home.mkdir()
    assert _run(unpacked / "install.sh", home).returncode == 0
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    done = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout


def _an_extension_module() -> Path:
    import sqlcipher3._sqlite3 as compiled

    return Path(compiled.__file__)


def test_the_c_library_check_reads_what_a_compiled_module_needs():
    glibc = _module("glibc")
    needed = glibc.needed_versions(_an_extension_module().read_bytes())
    assert needed, "a compiled module for Linux always names glibc versions"
    running = os.confstr("CS_GNU_LIBC_VERSION").split()[-1]
    newest = max(glibc._version(name) for name in needed)
    assert newest <= glibc._version(running)  # it loads here, so it needs no more than this
    assert glibc.needed_versions(b"#!/bin/sh\n") == set()

    readelf = shutil.which("readelf")
    if readelf:  # binutils, where present, reads the same versions
        listed = subprocess.run(
            [readelf, "-V", str(_an_extension_module())], capture_output=True, text=True
        ).stdout
        assert needed == {
            word.strip("()") for word in listed.split() if word.strip("()").startswith("GLIBC_2")
        }


def test_the_c_library_check_stops_a_bundle_that_needs_too_new_a_system(tmp_path, capsys):
    glibc = _module("glibc")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(_an_extension_module(), bundle / "module.so")
    assert glibc.main([str(bundle), "--oldest", "2.99"]) == 0
    assert glibc.main([str(bundle), "--oldest", "2.1"]) == 1
    out = capsys.readouterr().out
    assert "needs GLIBC 2." in out and "Too new" in out
