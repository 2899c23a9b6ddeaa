"""The practitioner's desk with records from the supervisor, in the app: their open actions
under Open actions, found by the search page, and an amendment awaiting agreement shown as
proposed with the agreed version a step away. Two real vaults: the records travel as
exchange files; Sam's vault is then unlocked in the app as Sam would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from supervision_desk.core import chain, clock
from supervision_desk.gui import main_window as mw
from tests import received_records, tools
from tests.gui.conftest import open_window, texts
from tests.received_records import AMENDED


@pytest.fixture
def sam_desk(qtbot, controller, make_vault, tmp_path):
    """Sam's desk holding the record of 9 March (sealed, then amended: version 2 awaits
    agreement) and the record of 16 March (awaiting agreement), open in the app."""
    clock.set_today(dt.date(2026, 3, 20))
    boss, sam = received_records.make_desks(make_vault, tmp_path)
    received_records.two_records_with_actions(boss, sam, tmp_path)
    received_records.amendment_sent(boss, sam, tmp_path)
    boss.close()
    path = sam.path
    sam.close()
    yield open_window(qtbot, controller, path)
    clock.set_today(None)


def _shot(window, name: str) -> None:
    window.resize(1280, 720)
    window.grab().save(str(tools.shots() / name))


def test_open_actions_from_my_supervisors_records_are_listed_marked_and_open_it(qtbot, sam_desk):
    window = sam_desk
    window.show_section(mw.PEOPLE)
    people = window.people
    people.select_person("me")
    shown = texts(people.ui.openActions)
    # The first action was closed in the later record, so only two are open; each says
    # which record it comes from and where that record stands.
    assert [line.split(" — ")[0] for line in shown] == [
        "Book the family meeting",
        "Write to the virtual school head",
    ]
    assert all(
        line.endswith("from your supervisor's record of 16 March 2026, awaiting your agreement")
        for line in shown
    )
    assert "(due 27 Mar 2026)" in shown[0]
    qtbot.wait(50)
    _shot(window, "practitioner-open-actions.png")

    # Enter on one opens its record where it was received, read-only.
    view = people.ui.openActions
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key_Return)
    page = window.page(mw.RECEIVED)
    assert window.ui.pages.currentIndex() == mw.RECEIVED
    assert page.current() == "s2"
    assert "Book the family meeting" in page.recordView.toPlainText()
    assert page.recordView.isReadOnly()


def test_the_search_page_finds_a_received_record_and_opens_it_with_the_words_marked(
    qtbot, sam_desk
):
    window = sam_desk
    window.start_search()
    search_page = window.search
    assert search_page.ui.searchHeading.text().endswith("cases discussed and records received")
    qtbot.keyClicks(search_page.ui.queryEdit, "friends")
    qtbot.waitUntil(lambda: search_page.hits.rowCount() > 0, timeout=10_000)
    first = texts(search_page.ui.results)[0]
    assert first.startswith("From my supervisor · 9 Mar 2026 · Alex Morgan · Analysis\n")
    assert "cut her off from her friends" in first
    qtbot.wait(50)
    _shot(window, "practitioner-search-received.png")

    qtbot.keyClick(search_page.ui.queryEdit, Qt.Key_Return)
    page = window.page(mw.RECEIVED)
    assert window.ui.pages.currentIndex() == mw.RECEIVED and page.current() == "s1"
    assert page.splitter.isVisible() and not page.empty.isVisible()
    bar = window.find_bar
    assert bar.isVisible() and bar.matches
    assert all(field is page.recordView for field, _ in bar.matches)
    assert bar.matches[0][1].selectedText() == "friends"


def test_an_amendment_awaiting_agreement_shows_the_proposed_text_and_keeps_the_agreed_one(
    qtbot, sam_desk, tmp_path
):
    window = sam_desk
    window.open_session("s1")  # from My supervision: it opens where it was received
    page = window.page(mw.RECEIVED)
    assert page.current() == "s1"
    assert page.stateLabel.text() == (
        "Version 2 is an amendment, awaiting your agreement: the text below is proposed, "
        "not yet agreed. Version 1 stays the agreed record until this one is sealed; choose "
        "it under Version shown to read it."
    )
    assert page.stateLabel.property("role") == "pending"  # framed
    shown = page.recordView.toPlainText()
    assert AMENDED in shown and "Left out the move's effect." in shown
    combo = page.versionCombo
    assert combo.isVisibleTo(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Version 2: an amendment, awaiting your agreement",
        "Version 1: agreed and sealed",
    ]
    assert page.agreeButton.isEnabled()
    qtbot.wait(50)
    _shot(window, "practitioner-amendment-proposed.png")

    # The version both signed: its own text, said to be the agreed record, and its PDF the
    # very one both signed. Nothing here answers the amendment.
    combo.setCurrentIndex(1)
    assert AMENDED not in page.recordView.toPlainText()
    assert page.stateLabel.text().startswith("Version 1: agreed and sealed. Signed digitally")
    assert page.stateLabel.text().endswith(
        "It is the agreed record while version 2 awaits agreement."
    )
    assert page.stateLabel.property("role") == ""
    assert not page.agreeButton.isEnabled() and not page.returnButton.isEnabled()
    assert page.savePdfButton.text().replace("&", "") == "Save the signed PDF…"
    saved = page.save_pdf(tmp_path / "agreed-v1.pdf")
    assert saved.read_bytes() == chain.versions(window.vault, "s1")[0].pdf
    qtbot.wait(50)
    _shot(window, "practitioner-amendment-agreed-v1.png")

    window.show_section(mw.SEARCH)
    window.show_section(mw.RECEIVED)  # coming back to the page keeps the version chosen
    assert combo.currentData() == 1 and AMENDED not in page.recordView.toPlainText()
    combo.setCurrentIndex(0)
    assert AMENDED in page.recordView.toPlainText() and page.agreeButton.isEnabled()

    # My supervision says the same: the amendment awaits agreement; version 1 is agreed.
    window.show_section(mw.PEOPLE)
    line = next(t for t in texts(window.people.ui.sessionList) if t.startswith("9 Mar 2026"))
    assert "awaiting your agreement (version 2, an amendment; version 1 is the agreed record)" in (
        line
    )


def test_the_supervisors_desk_offers_the_agreed_version_beside_the_amendment(
    qtbot, controller, make_vault, tmp_path
):
    """At the supervisor's desk the editor shows the proposed text; the export says the
    record as it stands is that proposal, a draft, and offers the version both signed."""
    clock.set_today(dt.date(2026, 3, 20))
    try:
        boss, sam = received_records.make_desks(make_vault, tmp_path)
        received_records.agreed_and_sealed(boss, sam, tmp_path)
        received_records.amendment_sent(boss, sam, tmp_path)
        sam.close()
        agreed_pdf = chain.versions(boss, "s1")[0].pdf
        path = boss.path
        boss.close()
        window = open_window(qtbot, controller, path)
        window.open_session("s1")
        assert window.editor.section("analysis").toPlainText() == AMENDED
        assert "Version 2 awaits agreement" in window.editor.ui.sealLabel.text()
        dialog = window.export_pdf()
        assert dialog.ui.sessionRadio.text().replace("&", "") == (
            "The record of this session: version 2, an amendment awaiting agreement (a draft)"
        )
        assert dialog.agreedRadio.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.agreedRadio, Qt.LeftButton)
        assert dialog.choice() == "agreed"
        assert dialog.ui.destEdit.text().endswith("-2026-03-09-v1.pdf")
        assert not dialog.ui.journalList.isVisibleTo(dialog)
        out = tmp_path / "agreed-v1.pdf"
        dialog.ui.destEdit.setText(str(out))
        qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
        assert out.read_bytes() == agreed_pdf  # the very PDF both signed
        dialog.resize(1280, 720)
        dialog.grab().save(str(tools.shots() / "supervisor-export-agreed-version.png"))
    finally:
        clock.set_today(None)


def test_after_a_lock_unlocking_returns_to_the_record_and_version_that_were_open(
    qtbot, controller, sam_desk
):
    """Ctrl+L with version 1 of the older record open: the lock hands where the user was to
    the fresh process it starts (here: the same state, through JSON, to a new window), and
    unlocking there shows that record at that version, not the first page or record."""
    import json

    from PySide6.QtGui import QGuiApplication

    from supervision_desk.gui.app import Controller, make_app, open_settings
    from tests.gui.conftest import unlock

    window = sam_desk
    window.open_session("s1")
    page = window.page(mw.RECEIVED)
    page.versionCombo.setCurrentIndex(1)  # version 1, the agreed one
    assert page.current() == "s1" and page.records[0]["session"] == "s2"  # not the first
    handed: list[dict] = []
    controller.restart = lambda state: handed.append(json.loads(json.dumps(state)))
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)
    qtbot.keyClick(window.page(mw.RECEIVED).recordView, Qt.Key_L, Qt.ControlModifier)
    assert controller.vault is None and handed

    make_app()
    fresh = Controller(open_settings())
    qtbot.addWidget(fresh.window)
    try:
        fresh.resume_locked(handed[0])
        unlock(qtbot, fresh)
        again = fresh.window.page(mw.RECEIVED)
        assert fresh.window.ui.pages.currentIndex() == mw.RECEIVED
        assert again.current() == "s1"
        assert again.versionCombo.currentData() == 1
        assert again.stateLabel.text().startswith("Version 1: agreed and sealed.")
    finally:
        fresh.shutdown()
        fresh.window.close()


def test_a_lower_search_result_opens_at_its_own_section_not_the_first_match(qtbot, sam_desk):
    """'move' is in the agenda and in the analysis: choosing the analysis result and pressing
    Enter puts the find bar's current match in the Analysis section, not the agenda."""
    window = sam_desk
    window.start_search()
    search_page = window.search
    qtbot.keyClicks(search_page.ui.queryEdit, "move")
    qtbot.waitUntil(lambda: search_page.hits.rowCount() > 1, timeout=10_000)
    rows = texts(search_page.ui.results)
    analysis = next(n for n, row in enumerate(rows) if " · Analysis\n" in row)
    agenda = next(n for n, row in enumerate(rows) if " · Agenda\n" in row)
    assert analysis != agenda
    search_page.ui.results.setCurrentIndex(search_page.hits.index(analysis, 0))
    qtbot.keyClick(search_page.ui.results, Qt.Key_Return)
    page = window.page(mw.RECEIVED)
    assert window.ui.pages.currentIndex() == mw.RECEIVED
    bar = window.find_bar
    field, cursor = bar.matches[bar.current]
    text = page.recordView.toPlainText()
    assert field is page.recordView
    assert cursor.selectionStart() > text.index("\nAnalysis\n")
    assert text.index("\nAgenda\n") < text.index("\nAnalysis\n")
    assert bar.count.text().strip() == f"{bar.current + 1} of {len(bar.matches)}"
    assert bar.current > 0  # not the agenda's, the first in the record
