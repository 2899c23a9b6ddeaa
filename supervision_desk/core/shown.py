"""File names and paths as they appear in a message: every character that is not printable
(a newline, an escape sequence, a text-direction mark, a byte that is not UTF-8) is written as
a visible escape, so a hostile file name never reaches a terminal or a dialog raw, never
splits a one-line error, and never fails to print."""

from __future__ import annotations

import os


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by the file system
        return f"\\x{code - 0xDC00:02x}"
    if char in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(value: str | os.PathLike[str]) -> str:
    """``value`` safe to print: printable characters as they are (backslashes of a Windows
    path included), anything else as an escape. Applying it twice changes nothing more."""
    text = os.fspath(value)
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)
