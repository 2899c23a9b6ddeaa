"""Reading one large JSON object a piece at a time, so memory stays near one record.

An interchange file is an object whose big members are lists of records. ``Stream`` walks
the object's members; a member's value is read whole (``value``) or, for a list, one item at a
time (``items``). Each piece is parsed by the same strict decoder as a small file
(``strictjson``): Python's own C scanner on a window of text that slides through the file.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from .errors import BadInput
from .strictjson import DECODER

CHUNK = 1 << 20  # characters read at a time
# One record may hold several texts of up to a million characters; a piece of JSON that
# still does not parse with this much text after its start is not waiting for more.
MAX_PIECE = 64 << 20
_SPACE = " \t\n\r"


# What a file holds when it starts with something other than an object.
_KINDS = {"[": "a list", '"': "a string", "t": "true", "f": "false", "n": "null"}


class Stream:
    """``start`` begins the reading part way through the source (an offset ``offset`` gave
    for the same source), to read one section again without the rest."""

    def __init__(self, source: IO[bytes] | str, name: str = "The text", start: int = 0):
        self.name = name  # how messages name what is read: the file as the user gave it
        if isinstance(source, str):
            self._raw: IO[bytes] | None = None
            self._text: io.StringIO | None = io.StringIO(source)
        else:
            self._raw, self._text = source, None
        if start:
            (self._raw or self._text).seek(start)  # type: ignore[union-attr]
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._bytes_read = start  # bytes of a file, characters of a text
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._line = 0  # lines and column of the text already dropped from ``buf``
        self._col = 0

    # -- the window of text --------------------------------------------------------------

    def _fill(self) -> bool:
        if self.eof:
            return False
        if self.pos:
            dropped = self.buf[: self.pos]
            newlines = dropped.count("\n")
            if newlines:
                self._line += newlines
                self._col = len(dropped) - dropped.rfind("\n") - 1
            else:
                self._col += len(dropped)
            self.buf, self.pos = self.buf[self.pos :], 0
        if self._text is not None:
            more = self._text.read(CHUNK)
            self._bytes_read += len(more)
            self.eof = not more
        else:
            assert self._raw is not None
            data = self._raw.read(CHUNK)
            try:
                more = self._decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                at = self._bytes_read + exc.start
                raise BadInput(f"{self.name} is not UTF-8 text (byte {at})") from None
            self._bytes_read += len(data)
            self.eof = not data
        self.buf += more
        return bool(more) or not self.eof

    # -- where in the source ---------------------------------------------------------

    def offset(self) -> int:
        """Where the next piece starts in the source: bytes into a file (characters into a
        text). Exact, for reading a section again from there; costs a pass over the window."""
        self._skip_space()
        rest = len(self.buf) - self.pos
        if self._raw is None:
            return self._bytes_read - rest
        pending = len(self._decoder.getstate()[0])  # bytes of a character not yet whole
        return self._bytes_read - pending - len(self.buf[self.pos :].encode("utf-8"))

    def reached(self) -> int:
        """About how far into the source the reading has got, for a progress bar: cheap
        enough to ask after every record. Exact in ASCII; with longer characters it runs
        ahead by at most the window's worth, so a caller keeps it within the section."""
        return self._bytes_read - (len(self.buf) - self.pos)

    def _bad(self, what: str, pos: int) -> BadInput:
        """One sentence naming the file and where in it, counted in characters from 1."""
        what = what[:1].lower() + what[1:]
        return BadInput(f"{self.name} is not valid JSON: {what} at {self._where(pos)}")

    def _where(self, pos: int) -> str:
        before = self.buf[:pos]
        newlines = before.count("\n")
        line = self._line + newlines + 1
        col = (pos - before.rfind("\n")) if newlines else self._col + pos + 1
        return f"line {line}, column {col}"

    def _skip_space(self) -> str:
        """The next character that is not white space ('' at the end of the text)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def _expect(self, chars: str, what: str) -> str:
        found = self._skip_space()
        if not found or found not in chars:
            shown = "the end of the file" if not found else repr(found)
            raise self._bad(f"expected {what}, found {shown}", self.pos)
        self.pos += 1
        return found

    # -- pieces --------------------------------------------------------------------------

    def value(self) -> Any:
        self._skip_space()
        # Positions are kept from the piece's start: filling slides the window so that the
        # piece starts at 0, even when the file has no more to give.
        while True:
            start = self.pos
            try:
                found, end = DECODER.raw_decode(self.buf, start)
            except json.JSONDecodeError as exc:
                into = exc.pos - start
                if not self.eof and len(self.buf) - start < MAX_PIECE and self._fill():
                    continue
                raise self._bad(exc.msg, self.pos + into) from None
            except RecursionError:
                raise BadInput(f"{self.name} is not valid JSON: nested too deeply") from None
            # A number that ends the window may go on in the next piece of the file.
            if end == len(self.buf) and not self.eof:
                if self._fill():
                    continue
                end = self.pos + (end - start)
            self.pos = end
            return found

    def members(self) -> Iterator[str]:
        """The keys of the top-level object, in file order. Before asking for the next key,
        read the value (``value`` or ``items``) or skip it (``skip``)."""
        first = self._skip_space()
        kind = _KINDS.get(first) or ("a number" if first in "-0123456789" and first else None)
        if kind:  # well-formed JSON, perhaps, but not the shape of an interchange file
            raise BadInput(
                f"{self.name} holds {kind}, so it is not a Supervision Desk export file (one "
                'object with a "format": "supervision-desk/…" line).'
            )
        self._expect("{", "an object")
        if self._skip_space() == "}":
            self.pos += 1
        else:
            seen: set[str] = set()
            while True:
                if self._skip_space() != '"':
                    self._expect('"', "a key")
                key = self.value()
                if key in seen:
                    from .records import shown_key

                    raise BadInput(f"the key {shown_key(key)!r} appears twice in one object")
                seen.add(key)
                self._expect(":", "':'")
                yield key
                if self._expect(",}", "',' or '}'") == "}":
                    break
        if self._skip_space():
            raise self._bad("extra data", self.pos)

    def is_list(self) -> bool:
        return self._skip_space() == "["

    def is_string(self) -> bool:
        return self._skip_space() == '"'

    def items(self) -> Iterator[Any]:
        self._expect("[", "a list")
        if self._skip_space() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self._expect(",]", "',' or ']'") == "]":
                return

    def skip(self) -> None:
        if self.is_list():
            for _ in self.items():
                pass
        else:
            self.value()
