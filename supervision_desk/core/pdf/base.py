"""What every document shares: embedded fonts, styles, the page frame (confidentiality line,
producer, "Page n of m"), bookmarks, metadata, optional AES-256 encryption, atomic writing."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import html
import io
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from ... import __version__
from ...paths import resource
from .. import clock
from ..errors import Cancelled, UsageError
from ..fsutil import atomic_output
from . import tagging

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
INK = colors.HexColor("#22282b")
MUTED = colors.HexColor("#5f6b70")
ACCENT = colors.HexColor("#2f6f73")
RULE = colors.HexColor("#c9c3b8")
SHADE = colors.HexColor("#f0ede6")
CONFIDENTIAL = (
    "Confidential: supervision record. Keep it secure, share it only with the people "
    "it concerns, and destroy it in line with your organisation's retention policy."
)


def register_fonts() -> None:
    """Register DejaVu Sans (bundled with its licence): Latin, Greek and Cyrillic glyphs."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


def _style(name: str, **kw) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": 10, "leading": 14, "textColor": INK, "alignment": TA_LEFT}
    return ParagraphStyle(name, **(base | kw))


STYLES = {
    "title": _style(
        "title", fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=4, textColor=ACCENT
    ),
    "subtitle": _style("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10),
    "h1": _style(
        "h1",
        fontName=FONT_BOLD,
        fontSize=13,
        leading=17,
        spaceBefore=12,
        spaceAfter=5,
        textColor=ACCENT,
        keepWithNext=1,
    ),
    "h2": _style(
        "h2",
        fontName=FONT_BOLD,
        fontSize=11,
        leading=15,
        spaceBefore=8,
        spaceAfter=3,
        keepWithNext=1,
    ),
    "body": _style("body", spaceAfter=5),
    "note": _style(
        "note", fontName=FONT_ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4
    ),
    "cell": _style("cell", fontSize=8.5, leading=11),
    "cellhead": _style("cellhead", fontName=FONT_BOLD, fontSize=8.5, leading=11),
    "empty": _style("empty", fontName=FONT_ITALIC, textColor=MUTED, spaceAfter=5),
}


def text(value: str) -> str:
    """User text made safe for reportlab's paragraph markup."""
    return html.escape(value, quote=False)


class WrappedLines(Flowable):
    """Text wrapped once into lines and split between pages by whole lines.

    reportlab's Paragraph re-wraps what remains at every page break, which makes a very long
    section (tens of thousands of words) take minutes; this stays linear. Subclasses say how
    to wrap (``_wrap_lines``), how to make the part after a break (``_part``) and how to draw.
    """

    def __init__(self, style: ParagraphStyle, lines: list | None = None):
        super().__init__()
        self.style = style
        self._lines = lines
        self._width: float | None = None if lines is None else -1

    def _wrap_lines(self, width: float) -> list:
        raise NotImplementedError

    def _part(self, lines: list, first: bool) -> WrappedLines:
        raise NotImplementedError

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._width != avail_width and self._width != -1:
            self._lines = self._wrap_lines(avail_width)
            self._width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(self._lines):
            return [self]
        head = self._part(self._lines[:fits], first=True)
        head.style = ParagraphStyle("tail", parent=self.style, spaceAfter=0)
        return [head, self._part(self._lines[fits:], first=False)]

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter


class PlainText(WrappedLines):
    """A paragraph of the user's own words in one face."""

    def __init__(self, value: str, style: ParagraphStyle, lines: list[str] | None = None):
        super().__init__(style, lines)
        self.value = value

    def _part(self, lines: list, first: bool) -> PlainText:
        return PlainText(self.value, self.style, lines)

    def _wrap_lines(self, width: float) -> list[str]:
        font, size = self.style.fontName, self.style.fontSize
        space = pdfmetrics.stringWidth(" ", font, size)
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in self.value.split():
            w = pdfmetrics.stringWidth(word, font, size)
            while w > width:  # a token wider than the column is broken by characters
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                cut = max(1, int(len(word) * width / w))
                lines.append(word[:cut])
                word = word[cut:]
                w = pdfmetrics.stringWidth(word, font, size)
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0) + w
            current.append(word)
        if current:
            lines.append(" ".join(current))
        return lines

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        leading = self.style.leading
        y = self.height - leading + (leading - self.style.fontSize) * 0.5
        for line in self._lines:
            canvas.drawString(0, y, line)
            y -= leading


def paragraphs(value: str, style: str = "body", empty: str = "Nothing recorded.") -> list:
    """The user's text as flowables that flow across pages: one per line, or, for text with
    Markdown in it, one per paragraph or list item with its bold and italic words."""
    from . import markdown

    value = value.replace("\r\n", "\n")
    if markdown.has_markup(value):
        fonts = {
            (False, False): FONT,
            (True, False): FONT_BOLD,
            (False, True): FONT_ITALIC,
            (True, True): FONT_BOLD_ITALIC,
        }
        rich = [markdown.RichText(b, STYLES[style], fonts) for b in markdown.blocks(value)]
        if rich:
            return rich
    lines = value.split("\n")
    chunks = [PlainText(line, STYLES[style]) for line in lines if line.strip()]
    return chunks or [Paragraph(text(empty), STYLES["empty"])]


class Heading(Paragraph):
    """A heading that also becomes a bookmark in the PDF's outline."""

    def __init__(self, title: str, level: int = 0, style: str | None = None):
        super().__init__(text(title), STYLES[style or ("h1" if level == 0 else "h2")])
        self.outline_title = title
        self.outline_level = level


@dataclass
class Meta:
    title: str
    author: str
    subject: str
    private: bool = False  # every page is journal (a journal export)
    keywords: str = ""  # what ``verify`` reads back from a record's PDF
    footer: str = ""  # replaces "Produced <date> by ..." where the text must not vary
    notice: str = CONFIDENTIAL  # what each page says it is, at its foot


class PrivateFromHere(Flowable):
    """Marks the pages from here on as holding private journal text (the banner's cue)."""

    width = height = 0

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._private_pages = True


class Later:
    """A part of a story made only when the layout reaches it. A long document (the appendix
    of every record of twenty years) made whole before layout starts is held in memory whole,
    and reportlab adds to each part as it lays it out."""

    def __init__(self, make: Callable[[], list[Flowable]]):
        self.make = make


class _Feed:
    """The list reportlab lays out, kept a few dozen flowables long: filled from the story,
    making each ``Later`` part as it is reached. reportlab takes flowables from the front and
    looks ahead only along a run of headings kept with what follows them."""

    AHEAD = 64

    def __init__(self, story: list) -> None:
        self._parts = story[::-1]  # popped from the end, so a part is let go once it is given
        self.count = len(story)
        self.flowables: list[Flowable] = []
        self._given = 0
        self._ends: list[int] = []  # flowables given once each story part had been
        self.top_up()

    def top_up(self) -> None:
        while len(self.flowables) < self.AHEAD and self._parts:
            part = self._parts.pop()
            made = part.make() if isinstance(part, Later) else [part]
            self.flowables.extend(made)
            self._given += len(made)
            self._ends.append(self._given)

    def done(self) -> int:
        """How many parts of the story have been laid out."""
        return bisect.bisect_right(self._ends, self._given - len(self.flowables))


class _Output:
    """Where reportlab writes the finished file: the bytes it made, kept as they are (a
    BytesIO would copy them, and a long summary's are megabytes)."""

    data = b""

    def write(self, data: bytes) -> None:
        self.data = self.data + data if self.data else data


class _Template(SimpleDocTemplate):
    def __init__(self, buffer: _Output, meta: Meta):
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=24 * mm,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=meta.keywords,
            creator=f"Supervision Desk {__version__}",
            producer=f"Supervision Desk {__version__}",
            # Without this reportlab starts every page in an unembedded Helvetica.
            initialFontName=FONT,
        )
        self.meta = meta
        self._bookmarks = 0
        self.tagger = tagging.Tagger()
        self.feed: _Feed | None = None

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        super().handle_flowable(flowables)
        if self.feed is not None and flowables is self.feed.flowables:
            self.feed.top_up()

    def handle_frameBegin(self, *args, **kwargs) -> None:
        super().handle_frameBegin(*args, **kwargs)
        frame = self.frame
        if "add" in frame.__dict__:
            return
        add = frame.add
        tagger = self.tagger

        def add_tagged(flowable: Flowable, canv, trySplit=0):
            # Whatever the frame draws is tagged as it is drawn. Here, not as flowables leave
            # the story: reportlab draws the first part of a split (a group kept together, a
            # paragraph across a page) at once, and those parts never were in the story.
            # Watched only while the frame draws it: the watch refers to the flowable, and a
            # flowable left referring to itself is freed late, by the garbage collector.
            watched = "drawOn" not in flowable.__dict__
            if watched:
                tagger.watch(flowable)
            try:
                return add(flowable, canv, trySplit)
            finally:
                if watched:
                    tagger.unwatch(flowable)

        frame.add = add_tagged

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = f"h{self._bookmarks}"
            self._bookmarks += 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, flowable.outline_level)


_OWN = ("_pages", "_first", "_code")  # NumberedCanvas's own, not a page's state


def _canvas_class(meta: Meta, produced: str):
    class NumberedCanvas(Canvas):
        """Holds each page back until the end so the footer can say "Page n of m"."""

        def __init__(self, *args, **kwargs):
            # PDF 1.7, which PDF/UA-1 is built on (the structure tree's object streams need 1.5).
            super().__init__(*args, pdfVersion=(1, 7), **kwargs)
            info = tagging.Info()
            info.__dict__.update(self._doc.info.__dict__)
            self._doc.info = info
            self._pages: list[dict] = []
            self._first: dict | None = None
            self.written: tuple[list[int], int] | None = None  # see ``save``

        def showPage(self) -> None:
            # A long summary holds back a thousand pages or more, so each is kept small: what
            # of the canvas's state differs from the first page's, and its drawing (thousands
            # of short strings) as one compressed string.
            now = self.__dict__
            if self._first is None:
                self._first = {k: v for k, v in now.items() if k not in _OWN}
            first = self._first
            state = {k: v for k, v in now.items() if k not in _OWN and first.get(k, now) is not v}
            state["_code"] = zlib.compress("\n".join(self._code).encode("utf-8"), 1)
            self._pages.append(state)
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            pages, self._pages = self._pages[::-1], []
            progress: Progress | None = getattr(_current, "progress", None)
            for number in range(1, total + 1):
                if progress is not None:  # writing them out is a good part of a long summary
                    progress._on("WRITING", number * 1000 // total)
                state = pages.pop()  # let go of each page's state once it is written
                self.__dict__.update(self._first)
                self.__dict__.update(state)
                self._code = [zlib.decompress(state["_code"]).decode("utf-8")]
                # Each page's own state says whether it holds journal text.
                self._frame(number, total, state.get("_private_pages", False))
                super().showPage()
                tagging.finish_page(self._doc, number - 1)
            holder = tagging.prepare_catalogue(self._doc)
            super().save()
            # What the structure tree refers to: the pages' object numbers and its root's.
            numbers = self._doc.idToObjectNumberAndVersion
            pages = [numbers[page.__InternalName__][0] for page in self._doc.Pages.pages]
            self.written = (pages, numbers[holder.__InternalName__][0])

        def _frame(self, number: int, total: int, journal_page: bool) -> None:
            width, _height = A4
            # Page furniture: a screen reader skips it (tagging marks it as an artifact).
            self.addLiteral("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(20 * mm, 17 * mm, width - 20 * mm, 17 * mm)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7)
            lines = simpleSplit(meta.notice, FONT, 7, width - 40 * mm)
            for n, line in enumerate(lines[:2]):
                self.drawString(20 * mm, (13 - 3.5 * n) * mm, line)
            self.drawString(20 * mm, 6 * mm, produced)
            self.setFont(FONT_BOLD, 8)
            self.drawRightString(width - 20 * mm, 6 * mm, f"Page {number} of {total}")
            self.restoreState()
            self.addLiteral("EMC")
            if meta.private or journal_page:
                self.addLiteral("/Artifact <</Type /Pagination /Subtype /Header>> BDC")
                self.saveState()
                self.setFillColor(colors.HexColor("#8e2c23"))
                self.setFont(FONT_BOLD, 9)
                self.drawRightString(
                    width - 20 * mm,
                    A4[1] - 12 * mm,
                    "PRIVATE JOURNAL — not part of any shared record",
                )
                self.restoreState()
                self.addLiteral("EMC")

    return NumberedCanvas


# Percent of the bar reached once the pages are laid out, and once they are written out.
LAID_OUT, WRITTEN = 80, 95


class Progress:
    """How far the PDF being made on this thread has got, and a way to stop it. Set with
    ``reporting``; ``render`` reports to it as each part of the document is laid out."""

    def __init__(self, report: Callable[[int, int], None] | None = None):
        self.report = report  # (done, total), called on the thread making the PDF
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        self.cancelled.set()

    def _on(self, kind: str, value: int) -> None:
        if self.cancelled.is_set():
            raise Cancelled("Stopped: no PDF was made.")
        if kind == "SIZE_EST":
            self._total = max(1, value)
        elif kind in ("PROGRESS", "WRITING") and self.report is not None:
            total = getattr(self, "_total", 1)
            # Laying out the pages takes about four fifths of the time; writing out the pages
            # held back for their "Page n of m" most of the rest (``value``: thousandths of
            # them), and the structure tree the last few hundredths. A part split across
            # pages goes back on the list, so the count can step back: the bar never does.
            if kind == "PROGRESS":
                share = min(value, total) * LAID_OUT // total
            else:
                share = LAID_OUT + (WRITTEN - LAID_OUT) * value // 1000
            done = max(getattr(self, "_done", 0), total * share // 100)
            if done != getattr(self, "_done", None):
                self._done = done
                self.report(done, total)


_current = threading.local()


@contextlib.contextmanager
def reporting(progress: Progress) -> Iterator[Progress]:
    """Every PDF made on this thread inside the block reports to ``progress``."""
    before = getattr(_current, "progress", None)
    _current.progress = progress
    try:
        yield progress
    finally:
        _current.progress = before


def render(story: Iterable[Flowable | Later], meta: Meta, today: dt.date | None = None) -> bytes:
    progress: Progress | None = getattr(_current, "progress", None)
    register_fonts()
    produced = (
        meta.footer
        or f"Produced {(today or clock.today()).isoformat()} by Supervision Desk {__version__}"
    )
    buffer = _Output()
    doc = _Template(buffer, meta)
    parts = list(story)
    if isinstance(story, list):
        # The caller's list is its last use, but it would keep every part of the document,
        # laid out, alive until the end: reportlab lets each part go once it is drawn.
        story.clear()
    feed = doc.feed = _Feed(parts)
    del parts
    if progress is not None:

        def moved(kind: str, value: int) -> None:
            # In parts of the story (a ``Later`` part is one), not in reportlab's flowables.
            if kind == "SIZE_EST":
                value = feed.count
            elif kind == "PROGRESS":
                value = feed.done()
            progress._on(kind, value)

        doc.setProgressCallBack(moved)
    doc.build(feed.flowables, canvasmaker=_canvas_class(meta, produced))
    if progress is not None:
        progress._on("TAGGING", 0)  # a last chance to stop before the structure tree
    tagger, (pages, holder) = doc.tagger, doc.canv.written
    data = buffer.data
    # The laid-out document is only its bytes now. reportlab's objects refer to one another,
    # so the garbage collector would free them, at some time; the structure tree is next.
    for done in (doc.canv._doc, doc.canv, doc):
        done.__dict__.clear()
    del doc, buffer
    # The one place every PDF the app makes is finished: tagged for screen readers.
    data = tagging.finish(data, tagger, pages, holder)
    if progress is not None and progress.report is not None:
        progress.report(1, 1)
    return data


def encrypt(data: bytes, password: str) -> bytes:
    """AES-256 (PDF 2.0, revision 6). pikepdf (qpdf) encrypts the objects as it writes them,
    so a 1,500-page summary costs little more memory than its bytes; pypdf held every object
    of it in Python at once. reportlab's own encryption is not used."""
    import pikepdf

    if not password:
        raise UsageError("The PDF password is empty.")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as document:
        # The owner password is the user's: nobody else holds a key that lifts restrictions.
        lock = pikepdf.Encryption(user=password, owner=password, R=6, aes=True)
        document.save(out, encryption=lock, object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def write(data: bytes, destination: Path, password: str | None = None) -> Path:
    """Write atomically: a failure or a kill leaves no partial file at ``destination``."""
    destination = Path(destination)
    if password:
        data = encrypt(data, password)
    with atomic_output(destination) as tmp:
        tmp.write_bytes(data)
    return destination
