"""Autosave: a kill in the middle of unbroken typing loses at most about the last second."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_desk.core import repos
from supervision_desk.core.vault import Vault
from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("typing_child.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.posix
@pytest.mark.slow
def test_typing_survives_a_kill(filled_vault):
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(filled_vault), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    typed = -1
    while typed < 40:  # about four seconds of typing with no pause
        line = child.stdout.readline()
        assert line, "the typing process ended early"
        typed = int(line)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Vault.open(filled_vault, PASSPHRASE) as vault:
        analysis = repos.get(vault, "sessions", "s1")["analysis"]
    saved = [int(w) for w in re.findall(r"\bw(\d{3})\b", analysis)]
    assert saved, "nothing typed was saved"
    assert saved == list(range(len(saved)))  # in order, nothing half-written
    # Saves happen at least once a second (about 10 chunks); allow generous slack.
    assert saved[-1] >= typed - 20, f"typed {typed}, saved only to {saved[-1]}"
