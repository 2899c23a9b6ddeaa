"""Pages over a long history: each reads what it shows, the rest as the user goes there, and
work that takes long goes on beside the window while it stays free. What a user sees at the
end is the same as when everything was read at once."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import Qt

from supervision_desk.core import repos, search, sessions, team
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import search_page, tracker_page
from tests import team_of_six, tools
from tests.gui.conftest import open_window, texts

ENTRIES = 450  # more than two pages of the journal's list
FIRST = dt.date(2010, 1, 1)


def _journal_vault(make_vault):
    vault = make_vault()
    with vault.write():
        for n in range(ENTRIES):
            day = FIRST + dt.timedelta(days=7 * n)
            body = "The day the heron came back." if n == 0 else f"Week {n} at the desk."
            repos.save(
                vault,
                "journal",
                {"id": f"j{n:03d}", "date": day.isoformat(), "title": f"Week {n}", "body": body},
                index_now=True,
            )
    path = vault.path
    vault.close()
    return path


def test_the_journal_list_reaches_the_oldest_entry(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _journal_vault(make_vault))
    window.show_section(mw.JOURNAL)
    page = window.journal
    listed = page.ui.entryList
    # The newest first, and only the first page of them read.
    assert texts(listed)[0].endswith("Week 449")
    assert len(texts(listed)) == sessions.JOURNAL_PAGE
    assert page.ui.titleEdit.text() == "Week 449"
    # Scrolling to the bottom brings the next page.
    listed.scrollToBottom()
    qtbot.waitUntil(lambda: len(texts(listed)) == 2 * sessions.JOURNAL_PAGE)
    # End goes to the oldest entry, as in a list read at once, and opens it.
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key_End)
    assert len(texts(listed)) == ENTRIES
    assert texts(listed)[-1] == "1 Jan 2010  Week 0"
    assert listed.currentIndex().row() == ENTRIES - 1
    assert page.ui.bodyEdit.toPlainText() == "The day the heron came back."
    # Each entry once, newest first, nothing missed between the pages.
    titles = [t.split("  ", 1)[1] for t in texts(listed)]
    assert titles == [f"Week {n}" for n in reversed(range(ENTRIES))]
    window.grab().save(str(tools.shots() / "journal-oldest-entry.png"))


def test_an_old_entry_found_by_search_opens_in_the_list(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _journal_vault(make_vault))
    window.show_section(mw.JOURNAL)  # the list holds its first page only
    window.start_search()
    qtbot.keyClicks(window.search.ui.queryEdit, "heron")
    qtbot.waitUntil(lambda: len(texts(window.search.ui.results)) == 1)
    qtbot.keyClick(window.search.ui.queryEdit, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.journal)
    page = window.journal
    assert page.ui.titleEdit.text() == "Week 0"
    index = page.ui.entryList.currentIndex()
    assert index.data() == "1 Jan 2010  Week 0"


def _team_vault(make_vault):
    vault = make_vault()
    team_of_six.build(vault)
    path = vault.path
    vault.close()
    return path


def test_the_tracker_is_worked_out_in_steps_with_the_window_free(
    qtbot, controller, make_vault, monkeypatch
):
    monkeypatch.setattr(tracker_page, "STEP_SECONDS", 0)  # one person a step
    window = open_window(qtbot, controller, _team_vault(make_vault))
    window.show_section(mw.TRACKER)
    page = window.tracker
    assert page.working()
    assert page.ui.personHeading.text() == "Working out each person's figures…"
    assert page.sorted.rowCount() == 0
    qtbot.waitUntil(lambda: not page.working())
    expected = team.rows(controller.vault, page.today)
    shown = [page.dashboard.record(n) for n in range(page.dashboard.rowCount())]
    assert [r.person["name"] for r in shown] == [r.person["name"] for r in expected]
    assert [r.flags for r in shown] == [r.flags for r in expected]
    assert page.ui.personHeading.text() == expected[0].person["name"]
    window.grab().save(str(tools.shots() / "tracker-after-steps.png"))
    # Back on the page later: the table shown stays while it is worked out again.
    page.select_person(expected[-1].person["id"])
    window.show_section(mw.PEOPLE)
    window.show_section(mw.TRACKER)
    assert page.working() and page.dashboard.rowCount() == len(expected)
    qtbot.waitUntil(lambda: not page.working())
    assert page.selected_person() == expected[-1].person["id"]


def test_a_long_search_goes_on_beside_the_window(qtbot, controller, filled_vault, monkeypatch):
    gate = threading.Event()
    real = search.search

    def slow(conn, query, *args, **kwargs):  # a search that takes as long as the test says
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)
        return real(conn, query, *args, **kwargs)

    monkeypatch.setattr(search, "search", slow)
    window = open_window(qtbot, controller, filled_vault)
    window.start_search()
    page = window.search
    page.ui.queryEdit.setText("peer")
    qtbot.keyClick(page.ui.queryEdit, Qt.Key_Return)  # Enter: open the first result
    assert page.searching() and page.ui.summary.text() == "Searching…"
    assert window.ui.pages.currentWidget() is page
    qtbot.keyClicks(page.ui.queryEdit, " ")  # the window takes typing meanwhile
    gate.set()
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.editor)
    assert window.editor.session["id"] == "s1"
    assert window.editor.section("analysis").hasFocus()


def test_a_search_left_running_runs_again_on_return(qtbot, controller, filled_vault, monkeypatch):
    gate = threading.Event()
    real = search.search

    def slow(conn, query, *args, stop=None, **kwargs):  # a long ranking, given up when asked
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)
            if stop is not None and stop.is_set():
                raise search.Stopped("stopped")
        return real(conn, query, *args, stop=stop, **kwargs)

    monkeypatch.setattr(search, "search", slow)
    monkeypatch.setattr(search_page, "WAIT_MS", 0)
    window = open_window(qtbot, controller, filled_vault)
    window.start_search()
    page = window.search
    page.ui.queryEdit.setText("peer")
    page.run()
    window.show_section(mw.PEOPLE)  # left before the results came
    gate.set()
    qtbot.waitUntil(lambda: page._busy is None)
    assert page.searching()  # still wanted: it runs when the page is back
    window.show_section(mw.SEARCH)
    qtbot.waitUntil(lambda: not page.searching())
    assert len(texts(page.ui.results)) == 1
    assert page.ui.summary.text().startswith("1 result —")
