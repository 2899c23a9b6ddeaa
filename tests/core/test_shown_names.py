"""File names in messages: whatever a file is called, the message shows it as visible text on
one line (no newline, no terminal escape, no text-direction trick, no undecodable byte)."""

from __future__ import annotations

from pathlib import Path

import pytest

from supervision_desk.core import fsutil
from supervision_desk.core.errors import OutputError
from supervision_desk.core.shown import shown

HOSTILE = "notes\n\x1b[2J\x1b]0;owned\x07\u202eevil\udcff.pdf"


def test_control_characters_become_visible_escapes():
    text = shown(HOSTILE)
    assert text == "notes\\n\\x1b[2J\\x1b]0;owned\\x07\\u202eevil\\xff.pdf"
    assert text.isprintable()
    text.encode("utf-8")  # an undecodable byte no longer stops the message being printed


def test_ordinary_names_are_left_as_they_are():
    for name in ("C:\\Users\\Sam\\records.pdf", "Siân's notes – März.pdf", "a b/c.sdvault"):
        assert shown(name) == name
    assert shown(Path("/tmp/plain.pdf")) == "/tmp/plain.pdf"


def test_escaping_twice_changes_nothing_more():
    assert shown(shown(HOSTILE)) == shown(HOSTILE)


@pytest.mark.posix
def test_a_write_error_names_the_file_on_one_printable_line(tmp_path):
    dest = tmp_path / "no\nsuch\x1b[31m" / "out\x1b[0m.pdf"
    with pytest.raises(OutputError) as caught, fsutil.atomic_output(dest) as tmp:
        tmp.write_bytes(b"x")
    message = str(caught.value)
    assert message.isprintable(), message
    assert "no\\nsuch\\x1b[31m" in message and "out\\x1b[0m.pdf" in message
