"""Shared fixtures. Every test gets its own data folder and temp folder under tmp_path, and
Qt runs offscreen, so tests never touch the user's files or need a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from supervision_desk.core.kdf import FAST
from supervision_desk.core.vault import Vault
from tests import tools

PASSPHRASE = "lantern meadow quill 7 otter"
FIXTURES = Path(__file__).parent / "fixtures"


def pytest_collection_modifyitems(config, items):
    """Tests of one system's own behaviour run on that system; here, on Linux, all run."""
    for item in items:
        if "linux" in item.keywords and not sys.platform.startswith("linux"):
            item.add_marker(pytest.mark.skip(reason="tests Linux's own behaviour"))
        elif "posix" in item.keywords and os.name != "posix":
            item.add_marker(pytest.mark.skip(reason="tests POSIX signals, modes or limits"))


@pytest.fixture(scope="session", autouse=True)
def screenshot_folder(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # each worker's folder is inside the run's: one folder for all
    tools.use_shots_folder(base / "screenshots")


def pytest_terminal_summary(terminalreporter, config):
    folder = tools._shots[0] if tools._shots else None
    if folder is None and hasattr(config, "_tmp_path_factory"):  # the workers made them
        folder = config._tmp_path_factory.getbasetemp() / "screenshots"
    if folder and folder.is_dir() and any(folder.iterdir()):
        terminalreporter.write_line(f"Screenshots and rendered pages to review: {folder}")


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    monkeypatch.setenv("SUPERVISION_DESK_HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    return home


@pytest.fixture
def vault_path(tmp_path) -> Path:
    return tmp_path / "test.sdvault"


@pytest.fixture
def make_vault(vault_path):
    """A factory for fast-profile vaults (the strong profile is tested on its own)."""

    def make(path: Path = vault_path, passphrase: str = PASSPHRASE, **kw) -> Vault:
        kw.setdefault("owner", "Alex Morgan")
        return Vault.create(path, passphrase, profile=FAST, **kw)

    return make


@pytest.fixture
def vault(make_vault):
    v = make_vault()
    yield v
    v.close()


@pytest.fixture
def passfile(tmp_path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    if os.name == "posix":
        path.chmod(0o600)  # as a careful user keeps it (a shared one draws a warning)
    return path


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None):
    """Run the installed command in a separate process, as a user or a script would."""
    return subprocess.run(
        [sys.executable, "-m", "supervision_desk", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
