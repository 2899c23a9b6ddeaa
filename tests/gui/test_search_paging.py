"""Search through the app over a long history: the count of every match, the best page first,
more on request (the button or Down past the last result), and the oldest record found."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.core import repos, search
from tests.gui.conftest import open_window, texts
from tests.tools import shots


def _history(make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    for n in range(120):
        year, month = 2010 + n // 12, 1 + n % 12
        text = f"Curfew talk in month {n}."
        if n == 0:
            text += " The first referral, YP-90417, came from the youth club."
        repos.save(
            vault,
            "sessions",
            {
                "id": f"s{n:03d}",
                "person": "p1",
                "date": f"{year}-{month:02d}-03",
                "minutes": 90,
                "analysis": text,
            },
        )
    path = vault.path
    vault.close()
    return path


def test_search_counts_every_match_and_pages_through_them(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _history(make_vault))
    window.ui.actionSearch.trigger()
    page = window.search
    qtbot.keyClicks(page.ui.queryEdit, "curfew")
    qtbot.waitUntil(lambda: len(texts(page.ui.results)) == search.PAGE, timeout=3000)
    assert page.ui.summary.text().startswith(f"120 results, the best {search.PAGE} shown")
    assert page.ui.moreButton.isVisible()
    qtbot.mouseClick(page.ui.moreButton, Qt.LeftButton)
    assert len(texts(page.ui.results)) == 2 * search.PAGE
    # Down past the last result brings the rest, and the cursor moves onto the first of them.
    page.ui.results.setFocus()
    page.ui.results.setCurrentIndex(page.hits.index(2 * search.PAGE - 1, 0))
    qtbot.keyClick(page.ui.results, Qt.Key_Down)
    shown = texts(page.ui.results)
    assert len(shown) == 120 and page.ui.results.currentIndex().row() == 2 * search.PAGE
    assert not page.ui.moreButton.isVisible()
    assert page.ui.summary.text().startswith("120 results —")
    assert len({h.record for h in page.hits.records}) == 120  # each session once
    window.grab().save("/tmp/search_paging.png")


def test_the_list_keeps_its_place_whether_or_not_more_results_wait(qtbot, controller, make_vault):
    """One search after another: the list does not jump as the "more" button comes and goes."""
    window = open_window(qtbot, controller, _history(make_vault))
    window.ui.actionSearch.trigger()
    page = window.search
    places = []
    for query, count, more in (("curfew", search.PAGE, True), ("YP-90417", 1, False)):
        page.ui.queryEdit.setText(query)
        qtbot.waitUntil(lambda count=count: len(texts(page.ui.results)) == count, timeout=3000)
        qtbot.wait(50)  # the page's layout settles
        assert page.ui.moreButton.isVisible() is more
        places.append(page.ui.results.geometry())
    assert places[0] == places[1]
    window.grab().save(str(shots() / "search-one-result.png"))


def test_a_reference_used_once_in_the_oldest_session_is_found(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _history(make_vault))
    window.ui.actionSearch.trigger()
    page = window.search
    qtbot.keyClicks(page.ui.queryEdit, "YP-90417")
    qtbot.waitUntil(lambda: len(texts(page.ui.results)) == 1, timeout=3000)
    assert "3 Jan 2010" in texts(page.ui.results)[0]
    assert page.ui.summary.text().startswith("1 result —")
    qtbot.keyClick(page.ui.queryEdit, Qt.Key_Down)
    qtbot.keyClick(page.ui.results, Qt.Key_Return)
    assert window.ui.pages.currentWidget() is window.editor
    assert window.editor.section("analysis").toPlainText().startswith("Curfew talk in month 0.")


def test_a_search_after_a_long_section_is_rewritten_finds_the_new_words(
    qtbot, controller, make_vault, monkeypatch
):
    """The index catches up a few steps per turn of the event loop (the window keeps
    answering), and the search that waited for it finds the words just saved."""
    from supervision_desk.gui import search_page

    window = open_window(qtbot, controller, _history(make_vault))
    vault = controller.vault
    long = " ".join(f"Sentence {n} about the placement plan." for n in range(400))
    session = repos.get(vault, "sessions", "s050")
    repos.save(vault, "sessions", {**session, "analysis": long})
    search.catch_up(vault.conn)
    rewritten = "A heron crossed the yard. " + long  # every chunk moves
    search_page_steps = []
    original = search.catch_up_step
    monkeypatch.setattr(search_page, "CATCH_UP_MS", 0)  # one step per turn, to see them
    monkeypatch.setattr(
        search, "catch_up_step", lambda conn, *a: (search_page_steps.append(1), original(conn))[1]
    )
    window.flush()
    # As autosave saves it: the index is left to catch up later.
    repos.save(
        vault,
        "sessions",
        {**repos.get(vault, "sessions", "s050"), "analysis": rewritten},
        index_now=False,
    )
    window.ui.actionSearch.trigger()
    page = window.search
    page.ui.queryEdit.setText("heron")
    page.run()
    assert page.ui.summary.text() == "Searching…"  # not caught up in one go
    qtbot.waitUntil(lambda: not page.searching(), timeout=20_000)
    assert len(search_page_steps) > 1
    assert any("heron" in line.lower() for line in texts(page.ui.results))


def test_a_case_decision_found_by_search_opens_chosen_in_its_session(qtbot, controller, make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    repos.save(
        vault,
        "cases",
        {
            "id": "c1",
            "person": "p1",
            "reference": "YP-014",
            "weight": 2,
            "allocated": "2026-01-05",
        },
    )
    repos.save(vault, "sessions", {"id": "s1", "person": "p1", "date": "2026-03-09", "minutes": 60})
    repos.save(
        vault,
        "case_discussions",
        {"id": "d1", "session": "s1", "case": "c1", "decision": "Convene a strategy meeting."},
    )
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.ui.actionSearch.trigger()
    page = window.search
    page.ui.queryEdit.setText("strategy")
    page.run()
    qtbot.waitUntil(lambda: not page.searching(), timeout=10_000)
    assert texts(page.ui.results)[0].startswith("Case discussed")
    window.open_hit(search.search(controller.vault.conn, "strategy").hits[0])
    table = window.editor.ui.casesTable
    assert window.editor.session["id"] == "s1"
    # The decision is chosen in the "Cases discussed" table; the find bar, which reads only the
    # notes, is not opened to say "Not found" about a word the record holds.
    assert table.model().records[table.currentIndex().row()]["id"] == "d1"
    assert window._find_bar is None or not window._find_bar.isVisible()
