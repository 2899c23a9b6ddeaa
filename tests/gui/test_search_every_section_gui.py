"""Through the app: words typed only in a session's learning and development section are found
on the search page and open the record at that section; an upgraded vault's sessions go into the
index while the window is idle; Find in the record scrolls the page to a match far below."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from supervision_desk.core import repos, schema, search
from tests.core.test_search_every_section import BEFORE_11
from tests.gui.conftest import open_window, texts
from tests.tools import shots


def _search(qtbot, window, words: str) -> list[str]:
    window.ui.actionSearch.trigger()
    page = window.search
    page.ui.queryEdit.clear()
    qtbot.keyClicks(page.ui.queryEdit, words)
    page.run()
    qtbot.waitUntil(lambda: not page.searching(), timeout=10_000)
    return texts(page.ui.results)


def test_words_typed_in_the_learning_section_are_found_and_open_it(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    window.open_session("s1")
    learning = window.editor.section("learning")
    learning.setFocus()
    qtbot.keyClicks(learning, "Read the SCIE guide on contextual safeguarding.")
    window.flush()  # as the autosave does after a pause
    found = _search(qtbot, window, "SCIE guide")
    assert len(found) == 1 and "Learning and development" in found[0]
    window.grab().save(str(shots() / "search-learning.png"))
    page = window.search
    qtbot.keyClick(page.ui.queryEdit, Qt.Key_Down)
    qtbot.keyClick(page.ui.results, Qt.Key_Return)
    assert window.ui.pages.currentWidget() is window.editor
    assert window.focusWidget() is learning


def test_an_upgraded_vault_is_indexed_while_the_window_is_idle(
    qtbot, controller, make_vault, monkeypatch
):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:10])
        patch.setitem(search.FIELDS, "sessions", BEFORE_11)  # as version 10 indexed them
        old = make_vault()
        repos.save(old, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
        for n in range(12):
            repos.save(
                old,
                "sessions",
                {
                    "id": f"s{n:02d}",
                    "person": "p1",
                    "date": f"2025-{1 + n:02d}-03",
                    "minutes": 90,
                    "learning": f"Month {n}: the SCIE guide, part {n}.",
                },
            )
        path = old.path
        old.close()
    window = open_window(qtbot, controller, path)
    conn = controller.vault.conn
    assert controller.vault.schema_version == schema.latest_version()
    # Nobody searches: the queue the upgrade made is worked off between the window's events.
    qtbot.waitUntil(lambda: not search.pending(conn), timeout=20_000)
    found = _search(qtbot, window, "SCIE")
    assert len(found) == 12 and all("Learning and development" in line for line in found)


def _match_rect(bar):
    """Where the current match is drawn, in the session page's scroll viewport."""
    field, cursor = bar.matches[bar.current]
    area = field.window().editor.ui.scroll
    place = field.cursorRect(cursor)
    top_left = field.viewport().mapTo(area.viewport(), place.topLeft())
    return area, QRect(top_left, place.size())


def test_find_scrolls_the_record_to_a_match_far_below(qtbot, controller, make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p1", "name": "Sam Taylor", "role": "social_worker"})
    filler = "\n".join(f"Line {n} of a long discussion about the plan." for n in range(60))
    lines = [f"Point {n}: the review went over the same ground." for n in range(80)]
    lines[70] = "Point 70: the kestrelford placement was never visited."
    repos.save(
        vault,
        "sessions",
        {
            "id": "s1",
            "person": "p1",
            "date": "2026-03-09",
            "minutes": 90,
            **{key: filler for key in ("agenda", "attunement", "analysis", "allocation")},
            "disagreement": "\n".join(lines),
        },
    )
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.open_session("s1")
    qtbot.waitExposed(window)
    area = window.editor.ui.scroll
    area.verticalScrollBar().setValue(0)
    qtbot.keyClick(window.editor.section("agenda"), Qt.Key_F, Qt.ControlModifier)
    bar = window.find_bar
    qtbot.keyClicks(bar.query, "kestrel")  # typing follows the first match
    assert bar.count.text().strip() == "1 of 1"
    area, rect = _match_rect(bar)
    assert area.viewport().rect().contains(rect)

    area.verticalScrollBar().setValue(0)  # scrolled back to the top, then Enter, then F3
    window.editor.section("disagreement").verticalScrollBar().setValue(0)
    area, rect = _match_rect(bar)
    assert not area.viewport().rect().contains(rect)  # out of sight before
    qtbot.keyClick(bar.query, Qt.Key_Return)
    area, rect = _match_rect(bar)
    assert area.viewport().rect().contains(rect)
    window.grab().save(str(shots() / "find-far-below.png"))
    area.verticalScrollBar().setValue(0)
    qtbot.keyClick(bar.query, Qt.Key_F3)
    area, rect = _match_rect(bar)
    assert area.viewport().rect().contains(rect)
