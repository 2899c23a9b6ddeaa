"""Tagged PDF (PDF/UA-1): what makes a document readable by a screen reader.

reportlab draws but does not tag. While a document is laid out, ``Tagger`` wraps what each
flowable draws in a marked-content sequence with its own id and remembers which structure
element it belongs to (heading, paragraph, list item, table cell, figure). As reportlab writes
the file, ``finish_page`` marks whatever else each page draws (rules, shading, reportlab's own
set-up) as artifacts, with pikepdf's content parser, and ``prepare_catalogue`` sets the
language, the "marked" flag, the title shown as the window title and the PDF/UA
identification. ``finish`` then adds the structure tree as an incremental update. The content
itself is not changed.

A summary of twenty years has a quarter of a million structure elements: as Python or pikepdf
objects they took several times the memory of everything else in the document, so the tree is
kept as a few arrays of numbers (``Tree``) and written straight to compressed object streams.
"""

from __future__ import annotations

import html
import re
import zlib
from array import array

import pikepdf
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

LANG = "en-GB"
# A paragraph style's name says what it is in the document's outline.
HEADINGS = {"title": "H1", "h1": "H2", "h2": "H3"}
HEADER_STYLE = "cellhead"

ROLES = (
    "Document",
    *(f"H{n}" for n in range(1, 7)),
    *("P", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Figure"),
)
_ROLE_CODE = {role: code for code, role in enumerate(ROLES)}
_PAGE = 1 << 24  # a piece of marked content is known as page * _PAGE + its MCID


class Tree:
    """The structure elements recorded so far. An element is a number (the document is 0);
    its role and parent are kept in arrays, and its kids as a chain through one log of every
    kid added (``first``, ``next``): a kid >= 0 is an element, a kid < 0 is the marked content
    ``~(page * _PAGE + mcid)``."""

    def __init__(self) -> None:
        self.roles = bytearray()
        self.parents = array("i")
        self.alt: dict[int, str] = {}
        self.scope: dict[int, str] = {}  # a header cell's: "Column" or "Row"
        self.first = array("i")  # each element's first kid in the log, -1 for none
        self._last = array("i")
        self.kids = array("q")  # the log
        self.next = array("i")  # the kid after each one of the same element, -1 for none
        self.add(-1, "Document")

    def add(self, parent: int, role: str, *, alt: str | None = None, scope: str | None = None):
        elem = len(self.roles)
        self.roles.append(_ROLE_CODE[role])
        self.parents.append(parent)
        self.first.append(-1)
        self._last.append(-1)
        if alt:
            self.alt[elem] = alt
        if scope:
            self.scope[elem] = scope
        if parent >= 0:
            self._kid(parent, elem)
        return elem

    def mark(self, elem: int, page: int, mcid: int) -> None:
        self._kid(elem, ~(page * _PAGE + mcid))

    def _kid(self, elem: int, kid: int) -> None:
        at = len(self.kids)
        self.kids.append(kid)
        self.next.append(-1)
        if self._last[elem] < 0:
            self.first[elem] = at
        else:
            self.next[self._last[elem]] = at
        self._last[elem] = at

    def kids_of(self, elem: int) -> list[int]:
        found = []
        at = self.first[elem]
        while at >= 0:
            found.append(self.kids[at])
            at = self.next[at]
        return found

    def role(self, elem: int) -> str:
        return ROLES[self.roles[elem]]

    def __len__(self) -> int:
        return len(self.roles)


def _draws_nothing(flowable: Flowable) -> bool:
    return not getattr(flowable, "width", 0) and not getattr(flowable, "height", 0)


class Tagger:
    """Records the document's structure while reportlab draws it."""

    def __init__(self) -> None:
        self.tree = Tree()
        self.root = 0
        self.marked: dict[int, int] = {}  # page index -> how many MCIDs it has
        self._lists: list[int] = []  # the open list at each depth
        self._items: list[int | None] = []  # the last item of each open list
        self._item: tuple[object, int] | None = None  # the list item a split may continue
        self._text: tuple[object, int] | None = None  # the paragraph a split may continue
        self._heading = 0  # the level of the last heading

    # -- wrapping a flowable's drawing ---------------------------------------------------------

    def watch(self, flowable: Flowable, parent: int | None = None) -> None:
        """Tag what ``flowable`` draws, if it is drawn while watched."""
        if parent is None and "drawOn" in flowable.__dict__:
            return  # already watched
        original = type(flowable).drawOn.__get__(flowable)
        tagger = self
        into = self.root if parent is None else parent

        def draw_on(canvas, x, y, _sW=0):
            tagger._draw(flowable, original, canvas, x, y, _sW, into)

        # Through __dict__: a chart (a reportlab Drawing) refuses attributes it does not know.
        flowable.__dict__["drawOn"] = draw_on

    @staticmethod
    def unwatch(flowable: Flowable) -> None:
        flowable.__dict__.pop("drawOn", None)

    def _mark(self, canvas, node: int) -> None:
        page = len(getattr(canvas, "_pages", ()))  # pages already finished
        mcid = self.marked.get(page, 0)
        self.marked[page] = mcid + 1
        self.tree.mark(node, page, mcid)
        canvas.addLiteral(f"/{self.tree.role(node)} <</MCID {mcid}>> BDC")

    def _leaf(self, canvas, node: int, draw) -> None:
        self._mark(canvas, node)
        try:
            draw()
        finally:
            canvas.addLiteral("EMC")

    def _draw(self, flowable, original, canvas, x, y, sw, parent: int) -> None:
        def draw():
            original(canvas, x, y, sw)

        if parent == _REPEATED:
            canvas.addLiteral("/Artifact <</Type /Pagination>> BDC")
            try:
                draw()
            finally:
                canvas.addLiteral("EMC")
            return
        content = getattr(flowable, "_content", None)
        if isinstance(content, list):  # a group kept together: tag each of its parts
            for part in content:
                self.watch(part, parent)
            try:
                draw()
            finally:
                for part in content:
                    self.unwatch(part)
            return
        if isinstance(flowable, Table):
            self._end_list(parent)
            self._table(flowable, draw, parent)
            return
        if isinstance(flowable, HRFlowable | Spacer) or _draws_nothing(flowable):
            draw()  # a rule, a gap, or a marker that draws nothing: not content
            return
        if isinstance(flowable, Drawing):
            self._end_list(parent)
            alt = getattr(flowable, "alt_text", None) or "Chart"
            self._leaf(canvas, self.tree.add(parent, "Figure", alt=alt), draw)
            return
        block = getattr(flowable, "block", None)
        if block is not None and getattr(block, "marker", ""):
            self._leaf(canvas, self._list_item(flowable, block, parent), draw)
            return
        self._end_list(parent)
        self._leaf(canvas, self._text_node(flowable, parent), draw)

    # -- roles ---------------------------------------------------------------------------------

    def _text_node(self, flowable, parent: int) -> int:
        style = getattr(getattr(flowable, "style", None), "name", "")
        role = HEADINGS.get(style, "P")
        # The part of a long paragraph after a page break continues the same paragraph.
        same = getattr(flowable, "value", None) or getattr(flowable, "block", None)
        if same is not None and self._text and self._text[0] is same:
            return self._text[1]
        if role != "P":
            # Levels follow one another (H1, H2, H3) whatever style a document picked.
            level = min(int(role[1]), self._heading + 1)
            self._heading = level
            role = f"H{level}"
        node = self.tree.add(parent, role)
        self._text = (same, node) if same is not None else None
        return node

    def _list_item(self, flowable, block, parent: int) -> int:
        if self._item and self._item[0] is block:  # the rest of an item split by a page
            return self._item[1]
        depth = getattr(block, "depth", 0)
        del self._lists[depth + 1 :]
        del self._items[depth + 1 :]
        while len(self._lists) <= depth:  # a deeper list belongs to the item before it
            last = self._items[-1] if self._items else None
            self._lists.append(self.tree.add(parent if last is None else last, "L"))
            self._items.append(None)
        item = self.tree.add(self._lists[depth], "LI")
        self._items[depth] = item
        body = self.tree.add(item, "LBody")
        self._item = (block, body)
        return body

    def _end_list(self, parent: int) -> None:
        if parent == self.root:
            self._lists.clear()
            self._items.clear()
            self._item = None

    def _table(self, table: Table, draw, parent: int) -> None:
        rows = table._cellvalues
        first = _cell_flowables(rows[0][0]) if rows and rows[0] else []
        # A table split across pages repeats its header row, the very same flowables: the
        # part on a later page continues the table its header cell was first drawn in.
        node = first[0].__dict__.get(_TABLE) if first else None
        repeated = node is not None
        if node is None:
            node = self.tree.add(parent, "Table")
        header_rows = getattr(table, "repeatRows", 0) or 0
        watched: list[Flowable] = []
        for r, row in enumerate(rows):
            cells = [_cell_flowables(value) for value in row]
            if repeated and r < header_rows:
                # The header row repeated on a new page is read once: here it is page
                # furniture, like a running head, and a reader skips it.
                for f in (f for flowables in cells for f in flowables):
                    self.watch(f, _REPEATED)
                    watched.append(f)
                continue
            tr = self.tree.add(node, "TR")
            for flowables in cells:
                head = any(_is_header(f) for f in flowables)
                scope = ("Column" if r < header_rows else "Row") if head else None
                cell = self.tree.add(tr, "TH" if head else "TD", scope=scope)
                for f in flowables:
                    f.__dict__[_TABLE] = node
                    self.watch(f, cell)
                    watched.append(f)
        try:
            draw()
        finally:
            for f in watched:
                self.unwatch(f)


_TABLE = "_tagged_table"  # on a cell's flowable: the table element it was drawn in
_REPEATED = -1  # the "parent" of a table's header cells drawn again on a later page


def _cell_flowables(value) -> list[Flowable]:
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, Flowable)]
    return []


def _is_header(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name == HEADER_STYLE


# -- after reportlab: the structure tree and the catalogue ---------------------------------------

_PATH = {"m", "l", "c", "v", "y", "h", "re", "W", "W*"}
_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}
_ALONE = {"Do", "sh", "BI", "INLINE IMAGE"}


def _artifact_untagged(instructions: list) -> list:
    """Wrap everything a page draws outside any marked content (rules, shading, reportlab's
    own set-up) as an artifact, so a reader meets only tagged content."""
    open_ = pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact], pikepdf.Operator("BMC"))
    close = pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC"))
    out: list = []
    depth = 0
    in_text = in_path = False
    for inst in instructions:
        op = str(inst.operator) if hasattr(inst, "operator") else "INLINE IMAGE"
        if op in ("BDC", "BMC"):
            depth += 1
        elif op == "EMC":
            depth -= 1
        if depth > 0 or op in ("BDC", "BMC", "EMC"):
            out.append(inst)
            continue
        if op == "BT":
            out += [open_, inst]
            in_text = True
        elif op == "ET" and in_text:
            out += [inst, close]
            in_text = False
        elif in_text:
            out.append(inst)
        elif op in _PATH:
            if not in_path:
                out.append(open_)
                in_path = True
            out.append(inst)
        elif op in _PAINT:
            out += [inst, close] if in_path else [open_, inst, close]
            in_path = False
        elif op in _ALONE:
            out += [open_, inst, close]
        else:
            out.append(inst)
    return out


def artifacts(content: bytes) -> bytes:
    """A page's drawing with whatever it draws outside any marked content marked as an
    artifact (reportlab's own set-up, rules, shading)."""
    scratch = pikepdf.new()
    instructions = pikepdf.parse_content_stream(pikepdf.Stream(scratch, content))
    return pikepdf.unparse_content_stream(_artifact_untagged(instructions))


# -- in reportlab's document, as it is written -----------------------------------------------


def finish_page(doc: pdfdoc.PDFDocument, index: int) -> None:
    """The page reportlab has just finished (the ``index``-th), made ready for the structure
    tree at once rather than all pages at the end: what it draws outside tagged content is
    marked as an artifact, its drawing is compressed, and it says which entry of the parent
    tree is its own and that its annotations follow the structure order."""
    page = doc.Pages.pages[-1]
    if page.Contents or not isinstance(page.stream, str):
        raise ValueError("a page's drawing is not where it is expected")
    content = artifacts(page.stream.encode("utf8"))  # as reportlab would encode it
    page.stream = None
    contents = pdfdoc.PDFStream(content=zlib.compress(content))
    contents.dictionary["Filter"] = pdfdoc.PDFName("FlateDecode")
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.Tabs = pdfdoc.PDFName("S")
    page.StructParents = index
    page.__NoDefault__ = [*pdfdoc.PDFPage.__NoDefault__, "Tabs", "StructParents"]


class Info(pdfdoc.PDFInfo):
    """The document information, saying no more than the metadata stream says."""

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        found = {
            "Title": pdfdoc.PDFString(self.title),
            "Author": pdfdoc.PDFString(self.author),
            "Subject": pdfdoc.PDFString(self.subject),
            "Producer": pdfdoc.PDFString(self.producer),
            "Keywords": pdfdoc.PDFString(self.keywords),
            "Trapped": pdfdoc.PDFName(self.trapped),
        }
        return pdfdoc.PDFDictionary(found).format(document)


def prepare_catalogue(doc: pdfdoc.PDFDocument) -> pdfdoc.PDFDictionary:
    """Before reportlab writes its document: the catalogue entries of an accessible PDF (the
    language, the "marked" flag, the title shown as the window title, the metadata stream
    with the PDF/UA identification). Returns the structure tree root, empty: ``finish``
    writes it again, with the tree."""
    catalogue, info = doc.Catalog, doc.info
    holder = pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("StructTreeRoot")})
    catalogue.StructTreeRoot = holder
    catalogue.MarkInfo = pdfdoc.PDFDictionary({"Marked": pdfdoc.PDFtrue})
    catalogue.Lang = pdfdoc.PDFString(LANG)
    catalogue.ViewerPreferences = pdfdoc.PDFDictionary({"DisplayDocTitle": pdfdoc.PDFtrue})
    head = {"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}
    xml = _xmp(info.title, info.author, info.subject, info.producer, info.keywords)
    catalogue.Metadata = pdfdoc.PDFStream(pdfdoc.PDFDictionary(head), content=xml)
    return holder


def _xmp(title: str, author: str, subject: str, producer: str, keywords: str) -> bytes:
    """The metadata stream (XMP): what the document information says, and PDF/UA-1."""

    def x(value: str) -> str:
        return html.escape(_NOT_XML.sub("", value), quote=False)

    alt = '<rdf:Alt><rdf:li xml:lang="x-default">{}</rdf:li></rdf:Alt>'
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        f"<dc:title>{alt.format(x(title))}</dc:title>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{x(author)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"<dc:description>{alt.format(x(subject))}</dc:description>\n"
        f"<pdf:Producer>{x(producer)}</pdf:Producer>\n"
        f"<pdf:Keywords>{x(keywords)}</pdf:Keywords>\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# -- after reportlab: the structure tree ---------------------------------------------------------


def finish(data: bytes, tagger: Tagger, pages: list[int], holder: int) -> bytes:
    """The PDF reportlab made (see ``finish_page`` and ``prepare_catalogue``) with its
    structure tree: the objects numbered ``pages`` are its pages, ``holder`` is the structure
    tree root. They are added as an incremental update: a new version of the root, new
    objects for the tree, after reportlab's bytes, which stay as they are."""
    tail = data[data.rfind(b"trailer") :]

    def entry(pattern: bytes) -> re.Match:
        found = re.search(pattern, tail)
        if found is None:
            raise ValueError("the PDF's trailer is not as reportlab writes it")
        return found

    size = int(entry(rb"/Size\s+(\d+)").group(1))
    trailer = b"/Root %s/Info %s" % (
        entry(rb"/Root\s+(\d+\s+\d+\s+R)").group(1),
        entry(rb"/Info\s+(\d+\s+\d+\s+R)").group(1),
    )
    if b"/ID" in tail:
        trailer += b"/ID[%s%s]" % entry(rb"/ID\s*\[\s*(<[0-9a-fA-F]*>)\s*(<[0-9a-fA-F]*>)").groups()
    previous = int(entry(rb"startxref\s+(\d+)\s+%%EOF\r?\n$").group(1))
    update = _Update(len(data), size, size)
    _write_tree(update, tagger, [b"%d 0 R" % page for page in pages], holder)
    tagger.tree = Tree()  # written: let go of it before the file is put together
    return update.written(data, trailer, previous)


def _write_tree(update: _Update, tagger: Tagger, pages: list[bytes], holder: int) -> None:
    """The structure tree and its parent tree, as objects of ``update``: ``holder`` is the
    structure tree root's number."""
    tree = tagger.tree
    elements = len(tree)
    # Numbers of the new objects: the elements, the parent tree, one array per page.
    first = update.reserve(elements + 1 + len(pages))
    parent_tree = first + elements
    per_page = parent_tree + 1
    update.add(
        holder,
        b"<</Type/StructTreeRoot/K[%d 0 R]/ParentTree %d 0 R/ParentTreeNextKey %d>>"
        % (first, parent_tree, len(pages)),
    )
    # The parent tree: for each page, the element each of its MCIDs belongs to.
    owners = [array("i", [-1]) * tagger.marked.get(page, 0) for page in range(len(pages))]
    roles = [b"/" + role.encode() for role in ROLES]
    for elem in range(elements):
        parent = tree.parents[elem]
        refs = []
        for kid in tree.kids_of(elem):
            if kid >= 0:
                refs.append(b"%d 0 R" % (first + kid))
            else:
                page, mcid = divmod(~kid, _PAGE)
                refs.append(b"<</Type/MCR/Pg %s/MCID %d>>" % (pages[page], mcid))
                owners[page][mcid] = elem
        more = b""
        if elem in tree.alt:
            more += b"/Alt" + _text_string(tree.alt[elem])
        if elem in tree.scope:
            more += b"/A<</O/Table/Scope/%s>>" % tree.scope[elem].encode()
        update.add(
            first + elem,
            b"<</Type/StructElem/S%s/P %d 0 R/K[%s]%s>>"
            % (
                roles[tree.roles[elem]],
                holder if parent < 0 else first + parent,
                b" ".join(refs),
                more,
            ),
        )
    update.add(
        parent_tree,
        b"<</Nums[%s]>>"
        % b" ".join(b"%d %d 0 R" % (page, per_page + page) for page in range(len(pages))),
    )
    for page, found in enumerate(owners):
        if -1 in found:
            raise ValueError(f"page {page + 1} has marked content outside the structure tree")
        update.add(per_page + page, b"[%s]" % b" ".join(b"%d 0 R" % (first + e) for e in found))


def _text_string(value: str) -> bytes:
    """A PDF text string: literal if plain ASCII, else UTF-16 with its byte order mark."""
    if value.isascii() and value.isprintable():
        escaped = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class _Update:
    """New objects, and new versions of old ones, after the end of a PDF: an incremental
    update (ISO 32000-1, 7.5.6) whose objects are packed in compressed object streams and
    found through a cross-reference stream (7.5.7, 7.5.8)."""

    PER_STREAM = 256
    W = (1, 4, 2)  # the widths of a cross-reference entry's fields

    def __init__(self, offset: int, size: int, free: int):
        """The PDF so far is ``offset`` bytes long with objects numbered below ``size``; the
        numbers from ``size`` below ``free`` are the caller's, the rest ``reserve``'s."""
        self.offset = offset  # where the next object will start in the whole file
        self.size = size
        self.next = free
        self.chunks: list[bytes] = []
        self.rows: dict[int, bytes] = {}  # old objects given a new version
        self.new_rows = bytearray()  # the new objects', from ``size`` on (0: none)
        self._batch: list[tuple[int, bytes]] = []

    def reserve(self, count: int) -> int:
        """The first of ``count`` numbers for new objects."""
        first, self.next = self.next, self.next + count
        return first

    def add(self, number: int, body: bytes) -> None:
        """An object, not a stream (it goes into an object stream)."""
        self._batch.append((number, body))
        if len(self._batch) == self.PER_STREAM:
            self._flush()

    def stream(self, number: int, head: bytes, data: bytes) -> None:
        """A stream object as it is: ``head`` is its dictionary's keys but /Length."""
        self._row(number, 1, self.offset, 0)
        self._write(number, head, data)

    def _write(self, number: int, head: bytes, data: bytes) -> None:
        written = b"%d 0 obj\n<<%s/Length %d>>\nstream\n" % (number, head, len(data))
        written += data + b"\nendstream\nendobj\n"
        self.chunks.append(written)
        self.offset += len(written)

    def _row(self, number: int, kind: int, field: int, index: int) -> None:
        row = bytes([kind]) + field.to_bytes(self.W[1], "big") + index.to_bytes(self.W[2], "big")
        if number < self.size:
            self.rows[number] = row
            return
        at = (number - self.size) * len(row)
        if len(self.new_rows) < at + len(row):
            self.new_rows.extend(bytes(at + len(row) - len(self.new_rows)))
        self.new_rows[at : at + len(row)] = row

    def _flush(self) -> None:
        if not self._batch:
            return
        number = self.reserve(1)
        places, at = [], 0
        for index, (kept, body) in enumerate(self._batch):
            places.append(b"%d %d" % (kept, at))
            at += len(body) + 1
            self._row(kept, 2, number, index)
        header = b" ".join(places) + b"\n"
        data = zlib.compress(header + b"".join(body + b"\n" for _, body in self._batch))
        head = b"/Type/ObjStm/N %d/First %d/Filter/FlateDecode" % (len(self._batch), len(header))
        self.stream(number, head, data)
        self._batch.clear()

    def written(self, base: bytes, trailer: bytes, previous: int) -> bytes:
        """``base`` followed by the update; ``trailer`` holds /Root, /Info and /ID."""
        self._flush()
        number = self.reserve(1)
        where = self.offset
        self._row(number, 1, where, 0)
        old = sorted(self.rows)
        index = b"".join(b"%d 1 " % n for n in old) + b"%d %d" % (self.size, self.next - self.size)
        rows = b"".join(self.rows[n] for n in old) + self.new_rows
        xref = zlib.compress(rows)
        head = b"/Type/XRef/Size %d/W[%d %d %d]/Index[%s]%s/Prev %d/Filter/FlateDecode" % (
            self.next,
            *self.W,
            index,
            trailer,
            previous,
        )
        del rows
        self.new_rows = bytearray()
        self._write(number, head, xref)
        tail = b"startxref\n%d\n%%%%EOF\n" % where
        return b"".join([base, *self.chunks, tail])
