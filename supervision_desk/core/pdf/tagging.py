"""Tagged PDF (PDF/UA-1): what makes a document readable by a screen reader.

reportlab draws but does not tag. While a document is laid out, ``Tagger`` wraps what each
flowable draws in a marked-content sequence with its own id and remembers which structure
element it belongs to (heading, paragraph, list item, table cell, figure). ``finish`` then, with
pikepdf, builds the structure tree from that record, marks whatever else the pages draw (rules,
shading, the page footer) as artifacts, and sets the language, the "marked" flag, the title
shown as the window title and the PDF/UA identification. The content itself is not changed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

LANG = "en-GB"
# A paragraph style's name says what it is in the document's outline.
HEADINGS = {"title": "H1", "h1": "H2", "h2": "H3"}
HEADER_STYLE = "cellhead"


@dataclass(eq=False)
class Node:
    """A structure element: its kids are elements or (page index, marked-content id)."""

    role: str
    kids: list = field(default_factory=list)
    alt: str | None = None
    scope: str | None = None  # for a header cell: "Column" or "Row"
    parent: Node | None = None

    def add(self, role: str, **kw) -> Node:
        node = Node(role, parent=self, **kw)
        self.kids.append(node)
        return node


def _draws_nothing(flowable: Flowable) -> bool:
    return not getattr(flowable, "width", 0) and not getattr(flowable, "height", 0)


class Tagger:
    """Records the document's structure while reportlab draws it."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self._next_mcid: dict[int, int] = {}
        self._lists: list[Node] = []  # the open list at each depth
        self._item: tuple[object, Node] | None = None  # the list item a split may continue
        self._text: tuple[object, Node] | None = None  # the paragraph a split may continue
        self._drawn_cells: set[int] = set()
        self._tables: dict[int, Node] = {}  # first header cell -> its table, across pages
        self._heading = 0  # the level of the last heading

    # -- wrapping a flowable's drawing ---------------------------------------------------------

    def watch(self, flowable: Flowable, parent: Node | None = None) -> None:
        """Tag what ``flowable`` draws, if it is drawn while watched."""
        if parent is None and "drawOn" in flowable.__dict__:
            return  # already watched
        original = type(flowable).drawOn.__get__(flowable)
        tagger = self

        def draw_on(canvas, x, y, _sW=0):
            tagger._draw(flowable, original, canvas, x, y, _sW, parent or tagger.root)

        # Through __dict__: a chart (a reportlab Drawing) refuses attributes it does not know.
        flowable.__dict__["drawOn"] = draw_on

    @staticmethod
    def unwatch(flowable: Flowable) -> None:
        flowable.__dict__.pop("drawOn", None)

    def _mark(self, canvas, node: Node) -> None:
        page = len(getattr(canvas, "_pages", ()))  # pages already finished
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        node.kids.append((page, mcid))
        canvas.addLiteral(f"/{node.role} <</MCID {mcid}>> BDC")

    def _leaf(self, canvas, node: Node, draw) -> None:
        self._mark(canvas, node)
        try:
            draw()
        finally:
            canvas.addLiteral("EMC")

    def _draw(self, flowable, original, canvas, x, y, sw, parent: Node) -> None:
        def draw():
            original(canvas, x, y, sw)

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
            self._leaf(canvas, parent.add("Figure", alt=alt), draw)
            return
        block = getattr(flowable, "block", None)
        if block is not None and getattr(block, "marker", ""):
            self._leaf(canvas, self._list_item(flowable, block, parent), draw)
            return
        self._end_list(parent)
        self._leaf(canvas, self._text_node(flowable, parent), draw)

    # -- roles ---------------------------------------------------------------------------------

    def _text_node(self, flowable, parent: Node) -> Node:
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
        node = parent.add(role)
        self._text = (same, node) if same is not None else None
        return node

    def _list_item(self, flowable, block, parent: Node) -> Node:
        if self._item and self._item[0] is block:  # the rest of an item split by a page
            return self._item[1]
        depth = getattr(block, "depth", 0)
        del self._lists[depth + 1 :]
        while len(self._lists) <= depth:  # a deeper list belongs to the item before it
            outer = self._lists[-1] if self._lists else None
            holder = outer.kids[-1] if outer and outer.kids else parent
            self._lists.append(holder.add("L"))
        item = self._lists[depth].add("LI")
        body = item.add("LBody")
        self._item = (block, body)
        return body

    def _end_list(self, parent: Node) -> None:
        if parent is self.root:
            self._lists.clear()
            self._item = None

    def _table(self, table: Table, draw, parent: Node) -> None:
        rows = table._cellvalues
        first = _cell_flowables(rows[0][0]) if rows and rows[0] else []
        key = id(first[0]) if first else None
        repeated = key is not None and key in self._drawn_cells
        node = self._tables.get(key) if repeated else None
        if node is None:
            node = parent.add("Table")
            if key is not None:
                self._tables[key] = node
        header_rows = getattr(table, "repeatRows", 0) or 0
        watched: list[Flowable] = []
        for r, row in enumerate(rows):
            cells = [_cell_flowables(value) for value in row]
            if repeated and r < header_rows:
                continue  # the header row repeated on a new page: an artifact, read once
            tr = node.add("TR")
            for flowables in cells:
                head = any(_is_header(f) for f in flowables)
                scope = ("Column" if r < header_rows else "Row") if head else None
                cell = tr.add("TH" if head else "TD", scope=scope)
                for f in flowables:
                    self._drawn_cells.add(id(f))
                    self.watch(f, cell)
                    watched.append(f)
        try:
            draw()
        finally:
            for f in watched:
                self.unwatch(f)


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


def finish(data: bytes, tagger: Tagger, title: str) -> bytes:
    """The PDF reportlab made, with its structure tree and the marks of an accessible PDF."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        instructions = pikepdf.parse_content_stream(page)
        page.obj.Contents = pdf.make_stream(
            pikepdf.unparse_content_stream(_artifact_untagged(instructions))
        )
        page.obj.Tabs = pikepdf.Name.S  # annotations in structure order
    tree = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
    parents: dict[int, dict[int, pikepdf.Object]] = {}

    def build(node: Node, parent: pikepdf.Object) -> pikepdf.Object:
        elem = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + node.role), P=parent
            )
        )
        kids = pikepdf.Array()
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(build(kid, elem))
                continue
            page, mcid = kid
            kids.append(
                pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=pdf.pages[page].obj, MCID=mcid)
            )
            parents.setdefault(page, {})[mcid] = elem
        elem.K = kids
        if node.alt:
            elem.Alt = pikepdf.String(node.alt)
        if node.scope:
            elem.A = pikepdf.Dictionary(O=pikepdf.Name.Table, Scope=pikepdf.Name("/" + node.scope))
        return elem

    tree.K = pikepdf.Array([build(tagger.root, tree)])
    nums = pikepdf.Array()
    for index, page in enumerate(pdf.pages):
        page.obj.StructParents = index
        found = parents.get(index, {})
        nums.append(index)
        nums.append(pdf.make_indirect(pikepdf.Array([found[m] for m in sorted(found)])))
    tree.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=nums))
    tree.ParentTreeNextKey = len(pdf.pages)
    root = pdf.Root
    root.StructTreeRoot = tree
    root.MarkInfo = pikepdf.Dictionary(Marked=True)
    root.Lang = pikepdf.String(LANG)
    root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    info = pdf.docinfo
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = title
        meta["dc:creator"] = [str(info.get("/Author", ""))]
        meta["dc:description"] = str(info.get("/Subject", ""))
        meta["pdf:Producer"] = str(info.get("/Producer", ""))
        # The metadata stream and the document information must agree: without this, writing
        # the stream would drop the keywords a record's version is found by.
        if "/Keywords" in info:
            meta["pdf:Keywords"] = str(info["/Keywords"])
        meta["pdfuaid:part"] = "1"
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
