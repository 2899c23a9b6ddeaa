"""Every PDF the app makes is tagged for screen readers (PDF/UA-1): each is opened and its
structure tree walked, and its page content checked against the tree."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import subprocess

import pikepdf
import pytest
from pypdf import PdfReader

from supervision_desk.core import pdf, repos
from supervision_desk.core.pdf import documents, record, tagging
from tests.core import test_pdf
from tests.core.test_pdf import TODAY, YEAR_AGO, tool

history = test_pdf.history  # the same year of records as the other PDF tests

SHOWS_TEXT = {"Tj", "TJ", "'", '"'}
HEADING = ("H1", "H2", "H3", "H4", "H5", "H6")


def _role(elem) -> str:
    return str(elem.S)[1:]


def _elements(elem):
    yield elem
    kids = elem.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
            yield from _elements(kid)


def _marked(elem) -> list[tuple[int, int]]:
    """(page object number, MCID) of each piece of content the element holds directly."""
    found = []
    kids = elem.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            found.append((kid.Pg.objgen[0], int(kid.MCID)))
    return found


def untagged_text(document: pikepdf.Pdf) -> list[str]:
    """Text drawn neither inside a tagged sequence (with an MCID) nor inside the page
    furniture (the footer and the journal banner, artifacts of type Pagination). Words the
    document itself says are never hidden as an unnamed artifact: a reader would skip them."""
    loose = []
    for number, page in enumerate(document.pages, start=1):
        stack: list[str] = []
        for inst in pikepdf.parse_content_stream(page):
            op = str(getattr(inst, "operator", ""))
            if op in ("BDC", "BMC"):
                tag = str(inst.operands[0])
                props = inst.operands[1] if op == "BDC" else None
                has_mcid = isinstance(props, pikepdf.Dictionary) and "/MCID" in props
                furniture = isinstance(props, pikepdf.Dictionary) and props.get("/Type") == (
                    "/Pagination"
                )
                stack.append(
                    ("furniture" if furniture else "?")
                    if tag == "/Artifact"
                    else "tag"
                    if has_mcid
                    else "?"
                )
            elif op == "EMC":
                stack.pop()
            elif op in SHOWS_TEXT and not {"furniture", "tag"} & set(stack):
                loose.append(f"page {number}: {op} {inst.operands}")
    return loose


def marked_text(data: bytes) -> dict[tuple[int, int], str]:
    """(page index, MCID) -> the words drawn inside that marked sequence (pypdf decodes them)."""
    found: dict[tuple[int, int], str] = {}
    for index, page in enumerate(PdfReader(io.BytesIO(data)).pages):
        open_: list = []

        def before(op, args, _cm, _tm, index=index, open_=open_):
            if op == b"BDC":
                props = args[1] if len(args) > 1 else None
                mcid = props.get("/MCID") if hasattr(props, "get") else None
                open_.append(None if mcid is None else (index, int(mcid)))
            elif op == b"BMC":
                open_.append(None)
            elif op == b"EMC" and open_:
                open_.pop()

        def text(words, _cm, _tm, _font, _size, open_=open_):
            here = next((m for m in reversed(open_) if m is not None), None)
            if here is not None:
                found[here] = found.get(here, "") + words

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return found


def _squeezed(words: str) -> str:
    return " ".join(words.split())


def tagged_headings(data: bytes) -> list[tuple[str, str, int]]:
    """Each heading element of the structure tree: its role, its words and its first page."""
    document = pikepdf.open(io.BytesIO(data))
    pages = {page.obj.objgen[0]: index for index, page in enumerate(document.pages)}
    words = marked_text(data)
    found = []
    for elem in _elements(document.Root.StructTreeRoot.K[0]):
        if _role(elem) in HEADING:
            parts = [(pages[objnum], mcid) for objnum, mcid in _marked(elem)]
            text = _squeezed(" ".join(words.get(part, "") for part in parts))
            found.append((_role(elem), text, parts[0][0]))
    return found


def story_headings(story: list) -> list[str]:
    """The words of every paragraph a story draws in a heading's style, in order, looking
    inside groups that reportlab keeps together."""
    found = []
    for flowable in story:
        content = getattr(flowable, "_content", None)
        if isinstance(content, list):
            found += story_headings(content)
        elif getattr(getattr(flowable, "style", None), "name", "") in tagging.HEADINGS:
            found.append(_squeezed(flowable.getPlainText()))
    return found


def page_of(data: bytes, words: str) -> int:
    return next(page for (page, _), text in sorted(marked_text(data).items()) if words in text)


def page_mcids(document: pikepdf.Pdf) -> set[tuple[int, int]]:
    found = set()
    for page in document.pages:
        for inst in pikepdf.parse_content_stream(page):
            if str(getattr(inst, "operator", "")) == "BDC":
                props = inst.operands[1]
                if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    found.add((page.obj.objgen[0], int(props.MCID)))
    return found


def check_tagged(data: bytes, password: str = "") -> list[str]:
    """Asserts what PDF/UA asks that a machine can check; returns the heading roles."""
    document = pikepdf.open(io.BytesIO(data), password=password)
    root = document.Root
    assert str(root.Lang) == "en-GB"
    assert bool(root.MarkInfo.Marked) is True
    assert bool(root.ViewerPreferences.DisplayDocTitle) is True
    meta = document.open_metadata()
    assert meta["pdfuaid:part"] == "1"
    assert meta["dc:title"] == str(document.docinfo.Title)
    tree = root.StructTreeRoot
    (top,) = list(tree.K)
    assert _role(top) == "Document"
    elements = list(_elements(top))
    roles = [_role(e) for e in elements]
    # Every piece of content is either an artifact or belongs to exactly one element, and the
    # parent tree leads from each page's content back to that element.
    assert untagged_text(document) == []
    tagged = [m for e in elements for m in _marked(e)]
    assert len(tagged) == len(set(tagged))
    assert set(tagged) == page_mcids(document)
    nums = list(tree.ParentTree.Nums)
    parents = dict(zip(nums[::2], nums[1::2], strict=True))
    for index, page in enumerate(document.pages):
        assert int(page.obj.StructParents) == index
        for mcid, elem in enumerate(parents[index]):
            assert (page.obj.objgen[0], mcid) in _marked(elem)
    # Headings: the document's title first, and no level skipped on the way down.
    headings = [r for r in roles if r in HEADING]
    assert headings and headings[0] == "H1"
    for before, after in itertools.pairwise(headings):
        assert int(after[1]) <= int(before[1]) + 1, f"{before} then {after}"
    # Tables have rows of cells; header cells say what they head.
    for elem in elements:
        if _role(elem) == "Table":
            rows = [k for k in elem.K if _role(k) == "TR"]
            assert rows and all(_role(c) in ("TH", "TD") for r in rows for c in r.K)
        if _role(elem) == "TH":
            assert str(elem.A.Scope) in ("/Column", "/Row")
        if _role(elem) == "Figure":
            assert len(str(elem.Alt)) > 10
        if _role(elem) == "LI":
            assert [_role(k) for k in elem.K][:1] == ["LBody"]
    return roles


def test_a_session_record_is_tagged(history, tmp_path):
    session = repos.get(history, "sessions", "su")
    repos.save(
        history, "sessions", {**session, "analysis": "- first point\n  - its detail\n- next"}
    )
    data = pdf.session_record(history, "su", today=TODAY)
    roles = check_tagged(data)
    assert roles.count("H1") == 1 and roles.count("H2") >= 7  # "Agenda", the four sections...
    assert "TH" in roles and "L" in roles and roles.count("LI") == 3
    # Read in the document's order, furniture and all (Poppler's pdftotext).
    path = tmp_path / "record.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        [tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    order = ["Session 2026-03-12", "Agenda", "Attunement", "first point", "its detail", "next"]
    order += ["Book the joint visit", "Felt heard", "Agreement"]
    places = [text.index(words) for words in order]
    assert places == sorted(places)


def test_summaries_journal_and_extracts_are_tagged(history):
    person = pdf.person_summary(history, "p2", YEAR_AGO, TODAY, today=TODAY)
    roles = check_tagged(person)
    assert roles.count("Figure") == 3  # the workload chart and the two balance charts
    check_tagged(pdf.team_summary(history, YEAR_AGO, TODAY, today=TODAY))
    check_tagged(pdf.journal_export(history, ["ju"], today=TODAY))
    check_tagged(pdf.session_record(history, "su", journal=["ju"], today=TODAY))
    case = repos.select(history, "cases")[0]
    repos.save(
        history,
        "case_discussions",
        {
            "session": "su",
            "case": case["id"],
            "discussion": "Placement stability.",
            "decision": "Keep the placement.",
            "rationale": "Settled at school.",
        },
    )
    check_tagged(pdf.case_extract(history, case["reference"], today=TODAY))
    agreement = repos.save(
        history,
        "agreements",
        {
            "person": "u1",
            "agreed": "2026-01-05",
            "frequency_days": 28,
            "minutes": 90,
            "confidentiality": "What is said stays here, except where someone is at risk.",
        },
    )
    check_tagged(pdf.agreement_document(history, agreement["id"], today=TODAY))


def test_an_encrypted_pdf_keeps_its_tags(history, tmp_path):
    out = pdf.write(pdf.session_record(history, "su", today=TODAY), tmp_path / "e.pdf", "pw 42")
    check_tagged(out.read_bytes(), password="pw 42")
    with pikepdf.open(out, password="pw 42") as document:
        assert document.allow.accessibility and document.allow.extract


def test_a_paragraph_split_across_pages_is_one_paragraph(history):
    session = repos.get(history, "sessions", "su")
    repos.save(history, "sessions", {**session, "analysis": "word0 word1"})
    short = check_tagged(pdf.session_record(history, "su", today=TODAY))
    long = " ".join(f"word{n}" for n in range(8_000))
    repos.save(history, "sessions", {**session, "analysis": long})
    data = pdf.session_record(history, "su", today=TODAY)
    assert len(pikepdf.open(io.BytesIO(data)).pages) > 5
    long_roles = check_tagged(data)
    assert long_roles.count("P") == short.count("P")  # one paragraph, however many pages
    story = documents._record_story(record.current(history, "su"))
    assert [text for _, text, _ in tagged_headings(data)] == story_headings(story)


def test_every_heading_is_tagged_when_the_agreement_moves_to_a_new_page(history):
    """The "Agreement" heading, its sentence and the signature boxes are kept together; when
    they no longer fit under the comments they move to the next page, heading and all."""
    session = repos.get(history, "sessions", "su")
    for lines in range(10, 80, 4):
        comments = "\n".join(f"Comment line {n}." for n in range(lines))
        repos.save(history, "sessions", {**session, "supervisee_comments": comments})
        data = pdf.session_record(history, "su", today=TODAY)
        if page_of(data, "Agreement") > page_of(data, f"Comment line {lines - 1}."):
            break
    else:
        raise AssertionError("the Agreement block never moved to a new page")
    check_tagged(data)
    headings = tagged_headings(data)
    story = documents._record_story(record.current(history, "su"))
    assert [text for _, text, _ in headings] == story_headings(story)
    assert ("H2", "Agreement") in [(role, text) for role, text, _ in headings]


def test_the_cpd_log_is_tagged(make_vault):
    from supervision_desk.core import cpd
    from supervision_desk.core.pdf.practitioner import cpd_log

    vault = make_vault(mode="practitioner", role="social_worker")
    piece = cpd.new(vault)
    cpd.save(
        vault,
        {
            **piece,
            "date": "2025-03-04",
            "description": "Contextual safeguarding course",
            "learning": "- mapping places\n- not only people",
            "impact": "Safety plans now name the station.",
        },
    )
    data = cpd_log(vault, 2025, today=TODAY)
    roles = check_tagged(data)
    assert "Table" in roles and "L" in roles  # the piece's facts; its learning as a list
    headings = [text for _, text, _ in tagged_headings(data)]
    assert headings[0] == "CPD log: year ending 30 November 2025"
    assert any(h.startswith("Piece 1: ") for h in headings)
    vault.close()


def _annotations_outside_the_tree(document: pikepdf.Pdf) -> list[str]:
    """Annotations a screen reader cannot reach: neither tagged (a structure parent) nor
    exempt as PDF/UA allows (hidden, or placed outside the page's crop box)."""
    found = []
    for number, page in enumerate(document.pages, start=1):
        box = [float(v) for v in page.obj.get("/CropBox", page.obj.MediaBox)]
        for annot in page.obj.get("/Annots", []):
            rect = [float(v) for v in annot.Rect]
            outside = rect[2] < box[0] or rect[0] > box[2] or rect[3] < box[1] or rect[1] > box[3]
            hidden = int(annot.get("/F", 0)) & 2
            if not (outside or hidden or "/StructParent" in annot):
                found.append(f"page {number}: {annot.get('/Subtype')} at {rect}")
    return found


def test_the_agreed_record_keeps_its_tags_through_both_signatures(history, tmp_path):
    from supervision_desk.core import identity
    from supervision_desk.core.pdf import signing

    supervisor = identity.new_identity("Alex Morgan")
    supervisee = identity.new_identity("Sam Taylor")
    data = pdf.session_record(history, "su", today=TODAY)
    before = check_tagged(data)
    once = signing.sign(data, supervisee, name="Sam Taylor", reason="Agreed")
    twice = signing.sign(once, supervisor, name="Alex Morgan", reason="Agreed")
    # The structure tree, language and marks read from the signed file's latest revision.
    assert check_tagged(twice) == before
    assert tagged_headings(twice) == tagged_headings(data)
    with pikepdf.open(io.BytesIO(twice)) as document:
        assert len(document.Root.AcroForm.Fields) == 2
        assert _annotations_outside_the_tree(document) == []
    checks = signing.inspect(twice, [supervisor.certificate, supervisee.certificate])
    assert [c.signer for c in checks] == ["Sam Taylor", "Alex Morgan"]
    assert all(c.intact and c.valid and not c.changed_after for c in checks)


def _three_years_of_sessions(vault) -> list[str]:
    """Monthly sessions for Sam over three years, each with notes, a list and actions."""
    dates = []
    with vault.write():
        for n in range(36):
            year, month = 2023 + n // 12, n % 12 + 1
            date = f"{year}-{month:02d}-03"
            dates.append(date)
            repos.save(
                vault,
                "sessions",
                {
                    "id": f"long-{n}",
                    "person": "p1",
                    "date": date,
                    "minutes": 90,
                    "agenda": f"Agenda {n}: placements, school, the move.",
                    "attunement": f"Session {n} opened on how the week had gone. " * 6,
                    "analysis": "- the older peer group\n  - evenings out\n- school refusal",
                    "allocation": f"Caseload reviewed in session {n}. " * 4,
                    "adaptation": "Keep the visits at the library.",
                    "functions": ["support", "development"],
                },
            )
            for k in range(3):
                repos.save(
                    vault,
                    "actions",
                    {"session": f"long-{n}", "text": f"Action {k} of session {n}", "due": date},
                )
    return dates


@pytest.mark.slow
def test_a_long_summary_has_a_whole_structure_tree(history, tmp_path):
    """Three years with the appendix: dozens of pages and thousands of structure elements,
    written after the pages as an incremental update. Every element is reachable from the
    root, and every piece of content on every page leads back to its element."""
    dates = _three_years_of_sessions(history)
    data = pdf.person_summary(history, "p1", dt.date(2023, 1, 1), TODAY, appendix=True, today=TODAY)
    roles = check_tagged(data)
    assert len(roles) > 3_000
    document = pikepdf.open(io.BytesIO(data))
    assert len(document.pages) > 40
    # No element is written and left out of the tree, and none is missing from the file.
    written = [o for o in document.objects if isinstance(o, pikepdf.Dictionary)]
    written = [o for o in written if o.get("/Type") == "/StructElem"]
    assert len(written) == len(roles)
    # Each page's entry in the parent tree covers exactly the MCIDs its content has.
    tree = document.Root.StructTreeRoot
    nums = list(tree.ParentTree.Nums)
    parents = dict(zip(nums[::2], nums[1::2], strict=True))
    assert int(tree.ParentTreeNextKey) == len(document.pages)
    marked = page_mcids(document)
    for index, page in enumerate(document.pages):
        on_page = sorted(m for n, m in marked if n == page.obj.objgen[0])
        assert on_page == list(range(len(parents[index])))
    # Every session of the appendix is a heading, in the order of the records.
    headings = [text for _, text, _ in tagged_headings(data)]
    appendix = headings[headings.index("Appendix: session records") + 1 :]
    held = sorted(s["date"] for s in repos.select(history, "sessions", "person = 'p1'"))
    assert set(dates) <= set(held)
    assert [h for h in appendix if h.startswith("Session ")] == [f"Session {d}" for d in held]
    # Other readers agree: qpdf finds nothing wrong, pypdf and Poppler read every page.
    path = tmp_path / "long.pdf"
    path.write_bytes(data)
    qpdf = subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    assert len(PdfReader(io.BytesIO(data)).pages) == len(document.pages)
    text = subprocess.run(
        [tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Page {len(document.pages)} of {len(document.pages)}" in text
    assert "Action 2 of session 35" in text
