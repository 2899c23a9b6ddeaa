"""Outside programs a few tests use (Debian's qpdf, poppler-utils, desktop-file-utils,
libreoffice-calc-nogui, actionlint, Qt's X11 libraries).

On a machine with only what the README installs, a test that needs one is skipped and says
which package brings it. CI (``.ci/run``) installs them all and sets
``SUPERVISION_DESK_TEST_TOOLS=required``, so there a missing one fails the run instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REQUIRED = os.environ.get("SUPERVISION_DESK_TEST_TOOLS") == "required"


def missing(what: str) -> None:
    """Skip (or, in CI, fail) a test whose outside tool is absent."""
    message = f"{what}; .ci/run installs it"
    if REQUIRED:
        pytest.fail(message)
    pytest.skip(message)


def tool(name: str, package: str = "qpdf, poppler-utils") -> str:
    found = shutil.which(name)
    if not found:
        missing(f"{name} is not installed (Debian: {package})")
    return found


_shots: list[Path] = []


def use_shots_folder(folder: Path) -> None:
    _shots[:] = [folder]


def shots() -> Path:
    """The folder for screenshots and rendered pages a person reviews: under this run's
    temporary folder (conftest sets it), never the source tree."""
    folder = _shots[0]
    folder.mkdir(parents=True, exist_ok=True)
    return folder
