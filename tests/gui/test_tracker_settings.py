"""The tracker's policy from the app, a new person's history questions and standard, and the
Standards and sources page."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from supervision_desk.core import policy, repos
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import unlock
from tests.tools import tool


def _open(qtbot, controller, path):
    controller.ask_unlock(path)
    unlock(qtbot, controller)
    return controller.window


def _ok(dialog):
    return dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)


def test_tracker_settings_live_in_the_vault_and_change_the_figures(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.show_section(mw.TRACKER)
    before = window.tracker.dashboard.records[0].capacity
    dialog = window.edit_policy()
    dialog.ui.pointsSpin.setValue(80)
    dialog.ui.shareSpin.setValue(85)
    bacp = dialog.combos["youth_worker"].findData("bacp_monthly")
    dialog.combos["youth_worker"].setCurrentIndex(bacp)
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    stored = policy.load(controller.vault)
    assert (stored.points_per_fte, stored.newly_qualified_share) == (80, 0.85)
    assert stored.standard_for("youth_worker") == "bacp_monthly"
    assert before == 100 and window.tracker.dashboard.records[0].capacity == 80

    # A new youth worker starts on the standard the service chose for the role.
    window.show_section(mw.PEOPLE)
    person = window.people.add_person()
    person.ui.roleCombo.setCurrentIndex(person.ui.roleCombo.findData("youth_worker"))
    assert person.ui.standardCombo.currentData() == "bacp_monthly"
    person.ui.roleCombo.setCurrentIndex(person.ui.roleCombo.findData("social_worker"))
    assert person.ui.standardCombo.currentData() == "lga_monthly"
    person.reject()

    # Extending the newly qualified share beyond the ASYE is a local choice, kept in the vault.
    dialog = window.edit_policy()
    assert not dialog.ui.shareForAll.isChecked()
    dialog.ui.shareForAll.setChecked(True)
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert policy.load(controller.vault).newly_qualified_share_for_all


def test_a_new_person_is_asked_where_their_record_starts(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    dialog = window.people.add_person()
    qtbot.keyClicks(dialog.ui.nameEdit, "Jo Patel")
    dialog.ui.startDate.setDate(QDate(2019, 9, 2))
    dialog.ui.recordsDate.setDate(QDate(2026, 1, 5))
    dialog.ui.lastKnown.setChecked(True)
    dialog.ui.lastDate.setDate(QDate(2026, 1, 10))  # after the record starts: refused
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.message.text().startswith("Last supervision before that: must be before")
    dialog.ui.lastDate.setDate(QDate(2025, 12, 15))
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert not dialog.isVisible()
    stored = repos.get(controller.vault, "people", dialog.person["id"])
    assert (stored["records_from"], stored["last_supervision_before"]) == (
        "2026-01-05",
        "2025-12-15",
    )


def test_standards_and_sources_are_under_help(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    titles = [a.text() for a in window.ui.menuHelp.actions() if a.text()]
    assert "&Standards and sources" in titles
    assert titles[0] == "&Getting started and shortcuts"
    assert titles[-1] == "&About Supervision Desk"
    assert "About" not in " ".join(a.text() for a in window.ui.menuFile.actions())
    page = window.show_standards().ui.browser.toPlainText()
    assert "at least 90 minutes of supervision in each calendar month" in page
    assert "half the session for groups of up to four" in page
    assert "Michel, C. & Billingham, L. (August 2024)" in page
    assert "Firmin, C. & Owens, R. (2022)" in page
    assert "BACP: at least 90 minutes a month" not in page


def test_a_team_entered_from_scratch_in_the_app_shows_nobody_overdue(
    qtbot, controller, make_vault, vault_path
):
    make_vault().close()
    window = _open(qtbot, controller, vault_path)
    for name, started in (("Ana", QDate(2012, 5, 1)), ("Ben", QDate(2020, 1, 6))):
        dialog = window.people.add_person()
        qtbot.keyClicks(dialog.ui.nameEdit, name)
        dialog.ui.startDate.setDate(started)
        qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    window.show_section(mw.TRACKER)
    model = window.tracker.ui.table.model()
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    status, late = headers.index("Status"), headers.index("Overdue days")
    statuses = [model.index(r, status).data() for r in range(model.rowCount())]
    overdue = [model.index(r, late).data() for r in range(model.rowCount())]
    assert statuses == ["On time", "On time"] and overdue == ["—", "—"]
    assert "overdue" not in window.people.ui.nextDue.text()


def test_a_group_session_is_recorded_once_with_who_came(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    repos.save(controller.vault, "people", {"id": "p2", "name": "Jo Patel", "role": "health"})
    window.people.refresh()
    window.people.select_person("p1")
    window.people.new_session()
    editor = window.editor
    assert not editor.ui.groupBox.isVisible()
    editor.ui.kindCombo.setCurrentIndex(editor.ui.kindCombo.findData("reflective_group"))
    assert editor.ui.groupBox.isVisible()
    listed = editor.ui.attendeesList
    jo = next(listed.item(i) for i in range(listed.count()) if listed.item(i).text() == "Jo Patel")
    jo.setCheckState(Qt.Checked)
    editor.ui.groupSizeSpin.setValue(5)
    qtbot.keyClicks(editor.ui.agendaEdit, "Case presentation: sharing information.")
    editor.flush()
    assert editor.ui.personLabel.text() == "Group supervision with Jo Patel, Sam Taylor"
    stored = repos.get(controller.vault, "sessions", editor.session["id"])
    assert (stored["person"], sorted(stored["attendees"]), stored["group_size"]) == (
        None,
        ["p1", "p2"],
        5,
    )
    assert stored["status"] == "held"
    window.show_section(mw.PEOPLE)
    window.people.select_person("p2")
    model = window.people.ui.sessionList.model()
    assert "Reflective group" in model.index(0, 0).data()


def test_the_supervision_agreement_is_kept_printed_and_sets_the_rhythm(
    qtbot, controller, filled_vault, tmp_path
):
    import subprocess

    from supervision_desk.core import agreements

    window = _open(qtbot, controller, filled_vault)
    dialog = window.people.open_agreement()
    assert not dialog.ui.newCheck.isVisible()
    dialog.ui.agreedDate.setDate(QDate(2026, 1, 5))
    dialog.ui.frequencySpin.setValue(21)
    dialog.ui.minutesSpin.setValue(60)
    dialog.ui.locationEdit.setText("Meeting room 2, uninterrupted")
    dialog.ui.confidentialityEdit.setPlainText("Stays between us unless someone is at risk.")
    dialog.ui.supervisorSigned.setChecked(True)
    out = dialog.save_pdf(tmp_path / "agreement.pdf")
    assert out == tmp_path / "agreement.pdf"
    text = subprocess.run([tool("pdftotext"), str(out), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Supervision agreement: Sam Taylor" in flat
    assert "At least every 21 days, for at least 60 minutes" in flat
    assert "Stays between us unless someone is at risk." in flat
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert not dialog.isVisible()

    # A review makes a new agreement; the earlier one stays on record.
    again = window.people.open_agreement()
    assert again.ui.frequencySpin.value() == 21
    again.ui.newCheck.setChecked(True)
    again.ui.agreedDate.setDate(QDate(2026, 7, 6))
    again.ui.frequencySpin.setValue(28)
    qtbot.mouseClick(_ok(again), Qt.LeftButton)
    kept = agreements.of_person(controller.vault, "p1")
    assert [(a["agreed"], a["frequency_days"]) for a in kept] == [
        ("2026-01-05", 21),
        ("2026-07-06", 28),
    ]
    person = repos.get(controller.vault, "people", "p1")
    repos.save(controller.vault, "people", {**person, "supervision_standard": "agreement"})
    window.people.refresh()
    assert "every 28 days (as agreed)" in window.people.ui.nextDue.text()
