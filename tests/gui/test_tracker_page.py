"""The Tracker screen on a year of history: the dashboard, the chart, cases and concerns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from supervision_desk.gui import main_window as mw
from tests import year_of_history
from tests.gui.conftest import choose, texts, unlock
from tests.gui.test_screenshots import _save


def _open(qtbot, controller, make_vault):
    vault = make_vault()
    year_of_history.build(vault)
    vault.close()
    controller.ask_unlock(vault.path)
    unlock(qtbot, controller)
    page = controller.window.tracker
    controller.window.show_section(mw.TRACKER)
    page.show_vault(controller.vault, year_of_history.TODAY)
    return page


def _table(page):
    """Each row as the user reads it: header -> cell."""
    model = page.ui.table.model()
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    return [
        {h: model.index(r, c).data() for c, h in enumerate(headers)}
        for r in range(model.rowCount())
    ]


SHOWN = ("Caseload", "Of capacity", "Last supervision", "Next due", "Overdue days")
SHOWN += ("Minutes (28 days)", "Status")


def _cells(row, headers=SHOWN):
    return [row[h] for h in headers]


def test_dashboard_shows_who_is_overdue_and_why(qtbot, controller, make_vault):
    page = _open(qtbot, controller, make_vault)
    rows = {r["Person"]: r for r in _table(page)}
    assert list(rows) == ["Zoë Ćwik", "Dmitri Ó Briain", "Sam Taylor"]  # by due date
    zoe = rows["Zoë Ćwik"]
    # Dates of this year without the year, as the table has many columns.
    assert _cells(zoe) == ["26", "48%", "26 Jan", "9 Feb", "39", "0", "Overdue"]
    assert zoe["Cases"] == "3"
    flags = zoe["Flags"]
    assert "workload up, supervision down" in flags and "overtime +23.4h" in flags
    assert _cells(rows["Sam Taylor"]) == [
        "14",
        "14%",
        "10 Mar",
        "10 Apr",
        "—",
        "90",
        "On time",
    ]
    assert _cells(rows["Dmitri Ó Briain"], SHOWN[3:]) == ["2 Apr", "—", "120", "On time"]

    page.ui.attentionOnly.setChecked(True)
    assert [r["Person"] for r in _table(page)] == ["Zoë Ćwik"]
    page.ui.attentionOnly.setChecked(False)
    page.ui.table.sortByColumn(1, Qt.DescendingOrder)
    assert next(r["Person"] for r in _table(page)) == "Zoë Ćwik"
    page.ui.table.sortByColumn(1, Qt.AscendingOrder)
    assert [r["Person"] for r in _table(page)] == ["Dmitri Ó Briain", "Sam Taylor", "Zoë Ćwik"]
    # Dates read the UK way and still sort by the day, not by their words: 9 Feb, 2 Apr,
    # 10 Apr (as text, "10 Apr" would come first and "9 Feb" last).
    column = list(_table(page)[0]).index("Next due")
    page.ui.table.sortByColumn(column, Qt.AscendingOrder)
    by_due = [(r["Person"], r["Next due"]) for r in _table(page)]
    assert by_due == [
        ("Zoë Ćwik", "9 Feb"),
        ("Dmitri Ó Briain", "2 Apr"),
        ("Sam Taylor", "10 Apr"),
    ]
    status = page.ui.table.model().index(0, list(_table(page)[0]).index("Status"))
    assert status.data(Qt.ToolTipRole).startswith("<qt>Next due 9 Feb 2026 (")


def test_person_chart_cases_and_concerns(qtbot, controller, make_vault):
    page = _open(qtbot, controller, make_vault)
    page.select_person("p1")
    assert page.ui.personHeading.text() == "Sam Taylor"
    chart = page.chart_view.chart()
    names = [s.name() for s in chart.series()]
    # 90 minutes once a calendar month: the line and its name say 90, whatever the month's
    # length (it once said 88 for March, 90 x 30.44 / 31, and 91 for a 30-day month).
    assert names == [
        "",
        "Minimum 90",
        "Caseload",
        "Capacity 100",
    ]
    bars = chart.series()[0].barSets()[0]
    assert bars.count() == 12 and bars.at(11) == 90  # March 2026 so far
    caseload = chart.series()[2]
    assert caseload.count() == 12
    # April 2025: case c1 (8 points) all month, nothing else: a hand count.
    assert caseload.at(0).y() == 8
    assert "YP-c1 (8), YP-c3 (6)" in page.ui.explain.text()
    assert "10 Mar 2026 one to one 90 min" in page.ui.explain.text()
    chart.hover_texts[0](True, 11)
    assert QToolTip.text() == "Mar 26: 90 minutes"

    dialog = page.allocate_case()
    dialog.ui.referenceEdit.setText("YP-200")
    dialog.ui.weightSpin.setValue(9)
    dialog.ui.dateEdit.setDate(dialog.ui.dateEdit.date().fromString("2026-03-16", "yyyy-MM-dd"))
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert "why the case is allocated" in dialog.ui.message.text() and dialog.isVisible()
    dialog.ui.rationaleEdit.setPlainText("Joint work with YOT; protected time agreed.")
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert not dialog.isVisible()
    assert {r["Person"]: r for r in _table(page)}["Sam Taylor"]["Caseload"] == "23"
    assert len(texts(page.ui.casesTable)) == 3

    choose(page.ui.casesTable, 0)
    page.close_case()
    assert {r["Person"]: r for r in _table(page)}["Sam Taylor"]["Caseload"] == "15"
    assert len(texts(page.ui.casesTable)) == 2

    concern = page.record_concern()
    concern.ui.textEdit.setPlainText("Recording done in the evenings for three weeks.")
    qtbot.mouseClick(
        concern.ui.buttonBox.button(concern.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    assert "open workload concern" in {r["Person"]: r for r in _table(page)}["Sam Taylor"]["Flags"]
    assert "evenings" in texts(page.ui.concernsList)[0]
    choose(page.ui.concernsList, 0)
    resolve = page.resolve_concern()
    resolve_ok = resolve.ui.buttonBox.button(resolve.ui.buttonBox.StandardButton.Ok)
    qtbot.mouseClick(resolve_ok, Qt.LeftButton)  # resolved, but nothing says what was done
    assert resolve.isVisible()
    assert resolve.ui.message.text().startswith("What was done: say what was done")
    resolve.ui.outcomeEdit.setPlainText("Case c3 moved to a colleague.")
    qtbot.mouseClick(resolve_ok, Qt.LeftButton)
    assert "Outcome: Case c3 moved" in texts(page.ui.concernsList)[0]
    assert (
        "open workload concern" not in {r["Person"]: r for r in _table(page)}["Sam Taylor"]["Flags"]
    )


@pytest.mark.slow
def test_tracker_screenshots(qtbot, controller, make_vault):
    page = _open(qtbot, controller, make_vault)
    controller.window.resize(1280, 900)
    page.select_person("p2")
    path, _image = _save(controller.window, "tracker-dashboard-light")
    assert path.stat().st_size > 10_000
