"""The app's own folders and settings are its user's alone: settings.ini (which lists recent
vault paths) is 0600, and the settings, data and backup folders are 0700, even when an
earlier version made them open to everyone."""

from __future__ import annotations

import os
import stat

import pytest

from supervision_desk import paths
from supervision_desk.core import autobackup
from supervision_desk.gui.app import open_settings

pytestmark = pytest.mark.posix


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_settings_and_data_folders_are_owner_only(qapp):
    old = os.umask(0o022)
    try:
        paths.config_dir().mkdir(parents=True, mode=0o755)  # as an earlier version left it
        (paths.config_dir() / "settings.ini").write_text("[vaults]\n")
        os.chmod(paths.config_dir() / "settings.ini", 0o644)
        settings = open_settings()
        settings.setValue("vaults/recent", ["/home/someone/supervision.sdvault"])
        settings.sync()
    finally:
        os.umask(old)
    assert _mode(paths.config_dir() / "settings.ini") == 0o600
    assert _mode(paths.config_dir()) == 0o700
    assert _mode(paths.data_dir()) == 0o700


def test_backup_folders_are_owner_only(make_vault):
    root = paths.data_dir() / "backups"
    old = os.umask(0o022)
    try:
        with make_vault() as vault:
            made = autobackup.make(vault, root)
    finally:
        os.umask(old)
    assert _mode(root) == 0o700
    assert _mode(made.parent) == 0o700
    assert _mode(made) == 0o600
