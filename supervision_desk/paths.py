"""Where things live: the user's folders (platformdirs) and the bundled resources."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "Supervision Desk"
APP_ID = "supervision-desk"


def data_dir() -> Path:
    """The user's data folder; SUPERVISION_DESK_HOME moves every folder (tests, portable use)."""
    home = os.environ.get("SUPERVISION_DESK_HOME")
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get("SUPERVISION_DESK_HOME")
    if home:
        return Path(home) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def private_folder(path: Path) -> Path:
    """Make a folder of the app's own (settings, data, backups) if need be, and keep it
    readable by its owner only (0700 on POSIX; on Windows the profile folders are already
    the user's own). A folder made by an earlier version with 0755 is narrowed too."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        # Not ours to change on a shared mount: the files inside are still 0600.
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)
    return path


def documents_dir() -> Path:
    """Where a save or open dialog starts: the Documents folder, or the home folder when
    there is none (a fresh account, a system without one), so the first export of a PDF
    never suggests a folder that is not there."""
    home = os.environ.get("SUPERVISION_DESK_HOME")
    documents = Path(home) / "documents" if home else Path(platformdirs.user_documents_dir())
    if documents.is_dir():
        return documents
    return Path(home) if home else Path.home()


def default_vault() -> Path:
    return data_dir() / "supervision.sdvault"


def resource(*parts: str) -> Path:
    """A bundled file: inside the installed package (wheel, frozen bundle) or, for an
    editable install, the repository's top-level ``resources/``. (The package's own folder,
    not ``importlib.resources``: the same place, without its import at start-up.)"""
    here = Path(__file__).resolve().parent
    base = here / "resources"
    if not base.is_dir():
        base = here.parent / "resources"
    return base.joinpath(*parts)
