"""The user's notes are plain Markdown: bulleted and numbered lists, bold and italic. Here they
become PDF flowables. The text is parsed by markdown-it-py with only those rules switched on,
so nothing else a note happens to hold (HTML, links, headings) turns into markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from .base import WrappedLines

_PARSER = MarkdownIt("zero").enable(["emphasis", "list", "newline"])
# Text with none of these has no Markdown in it: it takes the quick plain path.
_MARKUP = re.compile(r"[*_]|^\s*(?:[-+]|\d{1,9}[.)])\s", re.MULTILINE)
BULLETS = ("•", "◦", "▪")
_ITEM_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
INDENT = 14  # points per list level


@dataclass
class Block:
    """One paragraph or list item: lines of (text, bold, italic) runs."""

    lines: list[list[tuple[str, bool, bool]]] = field(default_factory=lambda: [[]])
    marker: str = ""
    depth: int = 0


def has_markup(value: str) -> bool:
    return bool(_MARKUP.search(value))


def _end_lists(value: str) -> str:
    """A line typed at the margin straight after a list item is, in the editor, a line after
    the list; Markdown would fold it into the item ("lazy continuation"). A blank line before
    it makes the PDF show it where the editor does. Indented lines stay in their item."""
    out: list[str] = []
    in_item = False
    for line in value.split("\n"):
        if _ITEM_LINE.match(line):
            in_item = True
        elif not line.strip():
            in_item = False
        elif in_item and not line[:1].isspace():
            out.append("")
            in_item = False
        out.append(line)
    return "\n".join(out)


def blocks(value: str) -> list[Block]:
    found: list[Block] = []
    lists: list[list] = []  # per open list: [ordered, next number]
    pending_marker = ""
    for token in _PARSER.parse(_end_lists(value)):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if token.type == "ordered_list_open" else 0
            lists.append([token.type == "ordered_list_open", start])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            ordered, number = lists[-1]
            depth = len(lists) - 1
            pending_marker = f"{number}." if ordered else BULLETS[depth % len(BULLETS)]
            lists[-1][1] = number + 1
        elif token.type == "inline":
            block = Block(marker=pending_marker, depth=max(len(lists) - 1, 0) if lists else 0)
            pending_marker = ""  # a second paragraph in one item has no marker of its own
            if lists and not block.marker:
                block.depth = len(lists) - 1
            bold = italic = False
            for child in token.children or []:
                if child.type == "strong_open":
                    bold = True
                elif child.type == "strong_close":
                    bold = False
                elif child.type == "em_open":
                    italic = True
                elif child.type == "em_close":
                    italic = False
                elif child.type in ("softbreak", "hardbreak"):
                    block.lines.append([])
                elif child.content:
                    block.lines[-1].append((child.content, bold, italic))
            found.append(block)
    return found


class RichText(WrappedLines):
    """Wrapped lines of words in regular, bold and italic faces, with an optional list marker
    in a hanging indent; split by whole lines across pages."""

    def __init__(
        self,
        block: Block,
        style: ParagraphStyle,
        fonts: dict[tuple[bool, bool], str],
        lines: list[list[tuple[str, str, float, bool]]] | None = None,
        marker: str | None = None,
    ):
        super().__init__(style, lines)
        self.block, self.fonts = block, fonts
        self.marker = block.marker if marker is None else marker
        self.indent = INDENT * (block.depth + (1 if block.marker or block.depth else 0))

    def _part(self, lines: list, first: bool) -> RichText:
        # The marker belongs to the item's first line only, not to its continuation.
        return RichText(self.block, self.style, self.fonts, lines, self.marker if first else "")

    def _wrap_lines(self, width: float) -> list[list[tuple[str, str, float, bool]]]:
        size = self.style.fontSize
        room = max(width - self.indent, size * 4)
        out: list[list[tuple[str, str, float, bool]]] = []
        for runs in self.block.lines:
            line: list[tuple[str, str, float, bool]] = []
            x = 0.0
            spaced = False  # whether a space comes before the next word
            for text, bold, italic in runs:
                font = self.fonts[(bold, italic)]
                space = pdfmetrics.stringWidth(" ", font, size)
                pieces = text.split(" ")
                for n, word in enumerate(pieces):
                    if n:
                        spaced = True
                        if line:
                            x += space  # the space the text had between words
                    if not word:
                        continue
                    w = pdfmetrics.stringWidth(word, font, size)
                    while w > room:  # a word wider than the column is broken
                        cut = max(1, int(len(word) * room / w))
                        if line:
                            out.append(line)
                        out.append([(word[:cut], font, 0.0, False)])
                        line, x = [], 0.0
                        word = word[cut:]
                        w = pdfmetrics.stringWidth(word, font, size)
                    if line and x + w > room:
                        out.append(line)
                        line, x = [], 0.0
                    # A word glued to the one before (bold then a full stop) keeps no space.
                    line.append((word, font, x, spaced and bool(line)))
                    spaced = False
                    x += w
            out.append(line)
        return out

    def draw(self) -> None:
        canvas = self.canv
        size, leading = self.style.fontSize, self.style.leading
        canvas.setFillColor(self.style.textColor)
        y = self.height - leading + (leading - size) * 0.5
        regular = self.fonts[(False, False)]
        for number, line in enumerate(self._lines):
            # One text run per line, changing face between words: the PDF's text then reads
            # (and copies) as the sentence it is, not word by word; the marker joins it.
            run = canvas.beginText(self.indent, y)
            if number == 0 and self.marker:
                width = pdfmetrics.stringWidth(self.marker, regular, size)
                run.setTextOrigin(self.indent - 4 - width, y)
                run.setFont(regular, size)
                run.textOut(self.marker)
                run.setTextOrigin(self.indent, y)
            face = None
            for word, font, _x, spaced in line:
                if font != face:
                    run.setFont(font, size)
                    face = font
                run.textOut(f" {word}" if spaced else word)
            canvas.drawText(run)
            y -= leading
