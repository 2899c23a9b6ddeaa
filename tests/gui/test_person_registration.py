"""The person form records registration apart from the role, the regulator, and the months
BACP does not count; the Tracker's figures follow. Counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from supervision_desk.core import clock, repos
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window
from tests.gui.test_screenshots import _save

TODAY = dt.date(2026, 3, 10)


@pytest.fixture(autouse=True)
def _today():
    clock.set_today(TODAY)
    yield
    clock.set_today(None)


def _vault(make_vault):
    vault = make_vault()
    # A team manager on the app's local default for managers (every 31 days, 60 minutes),
    # and a counsellor on BACP's monthly rule.
    repos.save(
        vault,
        "people",
        {
            "id": "m",
            "name": "Siân Owen",
            "role": "first_line_manager",
            "supervision_standard": "custom:31:60",
            "started_role": "2020-04-01",
            "records_from": "2026-01-01",
        },
    )
    repos.save(
        vault,
        "people",
        {
            "id": "c",
            "name": "Chloé Martin",
            "role": "other",
            "supervision_standard": "bacp_monthly",
            "started_role": "2024-01-01",
            "records_from": "2026-01-01",
        },
    )
    repos.save(vault, "sessions", {"person": "m", "date": "2026-02-01", "minutes": 90})
    for date in ("2026-01-12", "2026-03-02"):
        repos.save(vault, "sessions", {"person": "c", "date": date, "minutes": 90})
    vault.close()
    return vault.path


def _tracker(window, person_id):
    """The Tracker's row for one person, as the screen shows it: header -> text."""
    window.show_section(mw.TRACKER)
    window.tracker.show_vault(window.tracker.vault, TODAY)
    model = window.tracker.ui.table.model()
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    name = repos.get(window.tracker.vault, "people", person_id)["name"]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return {h: model.index(row, c).data() for c, h in enumerate(headers)}


def _edit(window, person_id):
    window.show_section(mw.PEOPLE)
    window.people.select_person(person_id)
    return window.people.edit_person()


def _ok(qtbot, dialog):
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )


def test_a_manager_recorded_as_a_registered_social_worker_moves_to_standard_5(
    qtbot, controller, make_vault
):
    window = open_window(qtbot, controller, _vault(make_vault))
    # By hand: last supervision 1 February; every 31 days makes 4 March due, 6 days ago (this
    # year's dates are shown without the year).
    before = _tracker(window, "m")
    assert (before["Next due"], before["Overdue days"]) == ("4 Mar", "6")

    dialog = _edit(window, "m")
    assert dialog.ui.registeredCombo.currentText() == "From the role (no)"
    assert not dialog.ui.monthsBox.isVisible()  # not under BACP: no months to leave out
    dialog.ui.registeredCombo.setCurrentIndex(dialog.ui.registeredCombo.findText("Yes"))
    assert dialog.ui.standardCombo.currentData() == "lga_monthly"
    dialog.ui.regulatorCombo.setCurrentText("Social Work England")
    _save(dialog, "person-dialog-registered")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()

    stored = repos.get(controller.vault, "people", "m")
    assert stored["registered_social_worker"] is True
    assert stored["regulator"] == "Social Work England"
    assert stored["supervision_standard"] == "lga_monthly"
    assert "registered social worker · Social Work England" in window.people.ui.personFacts.text()
    _save(window, "people-registered-manager")
    # Standard 5, monthly: due 1 March, 9 days ago.
    after = _tracker(window, "m")
    assert (after["Next due"], after["Overdue days"]) == ("1 Mar", "9")

    # Back to "from the role": the standard follows back, since nobody picked another one.
    dialog = _edit(window, "m")
    assert dialog.ui.registeredCombo.currentText() == "Yes"
    dialog.ui.registeredCombo.setCurrentIndex(0)
    assert dialog.ui.standardCombo.currentData() == "custom:31:60"
    dialog.reject()


def test_a_standard_picked_by_hand_stays_when_registration_changes(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _vault(make_vault))
    dialog = _edit(window, "c")  # BACP, which the policy would not give a role of "other"
    dialog.ui.registeredCombo.setCurrentIndex(dialog.ui.registeredCombo.findText("No"))
    assert dialog.ui.standardCombo.currentData() == "bacp_monthly"
    dialog.reject()


def test_a_leave_month_marked_not_counted_is_no_longer_missed(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _vault(make_vault))
    # By hand: 90 minutes in January, none in February, 90 on 2 March. February is short.
    assert "February missed: 0 of 90 min" in _tracker(window, "c")["Flags"]

    dialog = _edit(window, "c")
    assert dialog.ui.monthsBox.isVisible()
    dialog.ui.monthDate.setDate(QDate(2026, 2, 17))  # any day in the month
    qtbot.keyClicks(dialog.ui.monthNote, "Annual leave: no client work")
    qtbot.mouseClick(dialog.ui.addMonthButton, Qt.LeftButton)
    dialog.ui.monthDate.setDate(QDate(2026, 2, 3))
    qtbot.mouseClick(dialog.ui.addMonthButton, Qt.LeftButton)
    assert dialog.ui.message.text() == "February 2026 is already listed."
    dialog.ui.monthDate.setDate(QDate(2026, 1, 5))
    qtbot.mouseClick(dialog.ui.addMonthButton, Qt.LeftButton)
    listed = [dialog.ui.monthsList.item(i).text() for i in range(dialog.ui.monthsList.count())]
    assert listed == ["January 2026", "February 2026 — Annual leave: no client work"]
    dialog.ui.monthsList.setCurrentRow(0)  # January was a slip: take it out again
    qtbot.mouseClick(dialog.ui.removeMonthButton, Qt.LeftButton)
    _save(dialog, "person-dialog-months-not-counted")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()

    assert repos.get(controller.vault, "people", "c")["months_not_counted"] == [
        {"month": "2026-02", "note": "Annual leave: no client work"}
    ]
    assert "missed" not in _tracker(window, "c")["Flags"]
    # The list is kept, and shown again, when the person is next edited.
    dialog = _edit(window, "c")
    assert dialog.ui.monthsList.count() == 1
    dialog.reject()
