"""A prompt pack must be an ordinary file: a device that never ends (/dev/zero, or a link to
it) or a pipe that waits for a writer is refused with one sentence, at once."""

from __future__ import annotations

import os

import pytest

from supervision_desk.core import prompts
from supervision_desk.core.errors import BadInput

pytestmark = pytest.mark.posix


def test_dev_zero_and_a_link_to_it_are_refused(tmp_path):
    link = tmp_path / "pack.json"
    link.symlink_to("/dev/zero")
    for path in ("/dev/zero", link):
        with pytest.raises(BadInput, match="not an ordinary file"):
            prompts.read_pack(path)


def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pack.json"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match="not an ordinary file"):
        prompts.read_pack(fifo)  # no writer ever comes: a plain read would wait for ever


def test_a_too_large_file_is_refused(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (prompts.MAX_PACK_BYTES + 1))
    with pytest.raises(BadInput, match="too large"):
        prompts.read_pack(big)
