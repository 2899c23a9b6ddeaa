"""A planned session whose date has passed asks "was it held?", and the answer can be given
from the Tracker and from the People page: held, it counts; not held, the diary entry goes,
unless something is written in it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from supervision_desk.core import clock, labels, repos
from supervision_desk.core.errors import UsageError
from supervision_desk.core.sessions import answer_planned
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import messages
from tests.gui.conftest import choose, open_window

TODAY = clock.today()


def _day(days_ago: int) -> str:
    return (TODAY - dt.timedelta(days=days_ago)).isoformat()


def _shown(days_ago: int) -> str:
    """The day as the screen writes it (25 Nov 2026)."""
    return labels.short_date(_day(days_ago))


def _vault(make_vault):
    vault = make_vault()
    repos.save(vault, "people", {"id": "p", "name": "Gwen Ifan", "role": "social_worker"})
    repos.save(vault, "sessions", {"id": "s0", "person": "p", "date": _day(40), "minutes": 90})
    repos.save(
        vault,
        "sessions",
        {"id": "s1", "person": "p", "date": _day(5), "minutes": 90, "status": "planned"},
    )
    repos.save(
        vault,
        "sessions",
        {
            "id": "s2",
            "person": "p",
            "date": _day(3),
            "minutes": 90,
            "status": "planned",
            "agenda": "Prepared: the transfer meeting.",
        },
    )
    return vault


def test_not_held_removes_only_an_empty_diary_entry(make_vault):
    vault = _vault(make_vault)
    with pytest.raises(UsageError, match="Something is written"):
        answer_planned(vault, "s2", held=False)
    assert repos.get(vault, "sessions", "s2")["agenda"].startswith("Prepared")
    removed = answer_planned(vault, "s1", held=False)
    assert removed["id"] == "s1" and not repos.exists(vault, "sessions", "s1")
    answer_planned(vault, "s2", held=True)
    assert repos.get(vault, "sessions", "s2")["status"] == "held"
    with pytest.raises(UsageError, match="planned session whose day has passed"):
        answer_planned(vault, "s2", held=True)
    vault.close()


def test_the_tracker_and_people_page_ask_and_record_the_answer(
    qtbot, controller, make_vault, monkeypatch
):
    vault = _vault(make_vault)
    vault.close()  # the app opens it, as a user would
    path = vault.path
    asked = []

    def answer(parent, title, text, options):
        asked.append(text)
        return 0  # "It was held"

    monkeypatch.setattr(messages, "choose", answer)
    window = open_window(qtbot, controller, path)
    window.show_section(mw.TRACKER)
    page = window.tracker
    page.select_person("p")
    model = page.ui.table.model()
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    flags = model.index(0, headers.index("Flags")).data()
    assert f"planned {_shown(5)}: was it held?" in flags
    assert page.ui.heldButton.isEnabled()
    qtbot.mouseClick(page.ui.heldButton, Qt.LeftButton)
    assert "Gwen Ifan" in asked[0] and "Was it held?" in asked[0]
    flags = model.index(0, headers.index("Flags")).data()
    assert f"planned {_shown(5)}" not in flags and f"planned {_shown(3)}: was it held?" in flags
    last = model.index(0, headers.index("Last supervision"))
    assert last.data() == labels.brief_date(_day(5), TODAY)  # "3 Nov" in this year
    assert last.data(Qt.AccessibleTextRole) == labels.long_date(_day(5))

    window.show_section(mw.PEOPLE)
    people = window.people
    people.select_person("p")
    ids = [s["id"] for s in repos.select(controller.vault, "sessions", order="date DESC")]
    choose(people.ui.sessionList, ids.index("s2"))
    assert people.ui.heldButton.isEnabled()
    qtbot.mouseClick(people.ui.heldButton, Qt.LeftButton)
    assert repos.get(controller.vault, "sessions", "s2")["status"] == "held"
    assert not people.ui.heldButton.isEnabled()
