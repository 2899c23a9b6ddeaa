"""The ASYE year from a person's page: shown only for a newly qualified social worker; reviews,
protected time, observations and self-assessment recorded through the dialog; its PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from supervision_desk.core import asye, clock, repos
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import choose, open_window, texts


@pytest.fixture
def team(make_vault):
    vault = make_vault()
    for pid, name, role in (
        ("sw", "Sam Okafor", "social_worker"),
        ("yw", "Jo Reid", "youth_worker"),
    ):
        repos.save(
            vault,
            "people",
            {
                "id": pid,
                "name": name,
                "role": role,
                "started_role": "2025-09-01",
                "newly_qualified": True,
            },
        )
    path = vault.path
    vault.close()
    clock.set_today(dt.date(2025, 12, 1))
    yield path
    clock.set_today(None)


def test_the_asye_year_from_a_social_workers_page(qtbot, controller, team, tmp_path, answers):
    window = open_window(qtbot, controller, team)
    window.show_section(mw.PEOPLE)
    people = window.people
    people.select_person("yw")
    assert not people.ui.asyeButton.isVisibleTo(people)  # a youth worker has no ASYE
    people.select_person("sw")
    assert people.ui.asyeButton.isVisibleTo(people)
    window.grab().save(str(tmp_path / "asye-person-page.png"))
    qtbot.mouseClick(people.ui.asyeButton, Qt.LeftButton)
    dialog = people.asye_dialog
    ui = dialog.ui
    assert ui.yearLabel.text() == "Sam Okafor · 1 September 2025 to 1 September 2026"
    assert texts(ui.reviewList) == [
        "3-month review: due 1 December 2025",
        "6-month review: due 1 March 2026",
        "12-month review: due 1 September 2026",
    ]

    ui.assessorEdit.setText("Priya Shah")
    ui.assessorRoleEdit.setText("practice educator")
    ui.assessorRoleEdit.editingFinished.emit()
    ui.nineMonth.setChecked(True)
    assert len(texts(ui.reviewList)) == 4

    ui.reviewCombo.setCurrentIndex(ui.reviewCombo.findData(3))
    ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData("on_track"))
    ui.reviewNotes.setPlainText("Settling into duty.")
    qtbot.mouseClick(ui.recordReviewButton, Qt.LeftButton)
    assert texts(ui.reviewList)[0] == "3-month review: held 1 December 2025: On track"

    ui.tabs.setCurrentWidget(ui.timeTab)
    ui.timeHours.setValue(7.5)
    ui.timeNote.setText("Court skills course")
    qtbot.mouseClick(ui.logTimeButton, Qt.LeftButton)
    assert texts(ui.timeList) == ["1 Dec 2025  7.5 h · Court skills course"]
    assert ui.shareLabel.text().startswith("7.5 hours logged over 13 weeks: 1.6% of contracted")

    ui.tabs.setCurrentWidget(ui.observationsTab)
    qtbot.mouseClick(ui.addObservationButton, Qt.LeftButton)  # no observer named
    assert ui.message.text() == "Say who observed the practice."
    assert texts(ui.observationList) == []
    qtbot.keyClicks(ui.observerEdit, "Dee Hall")
    ui.observationNote.setPlainText("Strategy meeting: clear and calm.")
    qtbot.mouseClick(ui.addObservationButton, Qt.LeftButton)
    assert texts(ui.observationList) == ["1 Dec 2025  Dee Hall · Strategy meeting: clear and calm."]

    ui.tabs.setCurrentWidget(ui.kssTab)
    choose(ui.areaList, 7)  # the law and the family courts
    ui.ratingCombo.setCurrentIndex(ui.ratingCombo.findData("starting"))
    ui.ratingNote.setPlainText("Shadow a court hearing.")
    qtbot.mouseClick(ui.rateButton, Qt.LeftButton)
    assert texts(ui.areaList)[7] == "The law and the family courts — Just starting"
    assert "Department for Education (2018)" in ui.citationLabel.text()

    dialog.resize(1280, 720)
    dialog.grab().save(str(tmp_path / "asye-dialog.png"))
    ui.tabs.setCurrentWidget(ui.reviewsTab)
    dialog.grab().save(str(tmp_path / "asye-reviews.png"))
    found = asye.progress(controller.vault, "sw")
    assert found.assessor_words() == "Priya Shah (practice educator)"

    out = tmp_path / "asye.pdf"
    dialog.export_pdf(out)
    qtbot.waitUntil(lambda: ui.message.text().startswith(("Saved", "Not exported")), timeout=20000)
    assert ui.message.text().startswith("Saved"), ui.message.text()
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Dee Hall" in text and "Shadow a court hearing." in text and "Court skills" in text
