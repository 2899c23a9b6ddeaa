"""The README's recipe for opening a vault without the app works, even when the salt holds
a NUL byte (about one vault in twenty), which no shell recipe can pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_desk.core import kdf
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.posix

README = Path(__file__).resolve().parents[1] / "README.md"


def _recipe() -> str:
    text = README.read_text(encoding="utf-8")
    after = text.split("<!-- open-vault-recipe -->", 1)[1]
    return after.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readme_recipe_opens_a_vault_whose_salt_holds_a_nul(make_vault, tmp_path, monkeypatch):
    salt = b"\x00" + os.urandom(kdf.RANDOM_SIZE - 2) + b"\x00" + kdf.FAST.marker
    monkeypatch.setattr("supervision_desk.core.vault.new_salt", lambda profile: salt)
    path = tmp_path / "nul.sdvault"
    make_vault(path).close()
    assert path.read_bytes()[:16] == salt
    script = tmp_path / "open_vault.py"
    script.write_text(_recipe(), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(path)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "'people'" in done.stdout and "'sessions'" in done.stdout
