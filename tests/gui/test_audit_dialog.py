"""Record → Audit a sample of records: draw a sample, read each record, answer the questions;
the answers are kept as they are given and reach the team summary."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from supervision_desk.core import audit, clock, team_summary
from tests.core.test_audit import _team
from tests.gui.conftest import open_window
from tests.gui.test_accessibility import _check
from tests.gui.test_screenshots import _save

TODAY = dt.date(2026, 2, 10)


@pytest.fixture(autouse=True)
def _today():
    clock.set_today(TODAY)
    yield
    clock.set_today(None)


def _vault(make_vault):
    vault = make_vault()
    _team(vault)
    vault.close()
    return vault.path


def _listed(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def test_an_audit_is_drawn_scored_and_summarised(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _vault(make_vault))
    assert window.ui.actionAudit.isVisible() and window.ui.actionAudit.isEnabled()
    dialog = window.audit_records()
    ui = dialog.ui
    # By default the three calendar months before this one, audited by the vault's owner.
    assert (ui.startDate.date(), ui.endDate.date()) == (QDate(2025, 11, 1), QDate(2026, 1, 31))
    assert ui.auditorEdit.text() == "Alex Morgan"
    assert ui.auditCombo.count() == 0 and "No audit yet" in ui.recordText.toPlainText()

    # A period with no records: one sentence, nothing made.
    ui.startDate.setDate(QDate(2025, 6, 1))
    ui.endDate.setDate(QDate(2025, 6, 30))
    qtbot.mouseClick(ui.drawButton, Qt.LeftButton)
    assert ui.message.text() == (
        "No one-to-one records were held in this period, so there is nothing to audit."
    )
    assert ui.auditCombo.count() == 0

    # January holds four held one-to-ones (not the planned one, nor the group): sample three.
    ui.startDate.setDate(QDate(2026, 1, 1))
    ui.endDate.setDate(QDate(2026, 1, 31))
    ui.sizeSpin.setValue(3)
    qtbot.mouseClick(ui.drawButton, Qt.LeftButton)
    assert ui.message.text() == ""
    assert ui.auditCombo.count() == 1
    assert ui.auditCombo.currentText().endswith("· 0 of 3 scored")
    rows = _listed(ui.itemsList)
    assert len(rows) == 3 and all(r.endswith("· not scored") for r in rows)
    assert "minutes" in ui.recordText.toPlainText()
    assert "Private to the supervisor" not in ui.recordText.toPlainText()

    # Score the first record: each answer is kept as it is given.
    for question, answer in (
        ("reflection", "Yes"),
        ("rationale", "Not applicable"),
        ("actions", "No"),
        ("wellbeing", "Yes"),
        ("agreed", "No"),
    ):
        combo = dialog.answers[question]
        combo.setCurrentIndex(combo.findText(answer))
    qtbot.keyClicks(ui.noteEdit, "Thoughtful, but no dates on the actions.")
    ui.noteEdit.editingFinished.emit()
    assert _listed(ui.itemsList)[0].endswith("· scored")
    assert ui.auditCombo.currentText().endswith("· 1 of 3 scored")
    assert ui.summaryLabel.text() == (
        "1 of 3 records scored: reflection written 1 of 1; decisions with their reasons 0 of 0; "
        "actions with an owner and a date 0 of 1; wellbeing asked 1 of 1; agreed by both 0 of 1"
    )
    _save(dialog, "audit-dialog")
    _check(dialog)  # every control named for a screen reader, every value read out

    # The team summary reads what was saved.
    found = team_summary.figures(controller.vault, dt.date(2026, 1, 1), dt.date(2026, 1, 31), TODAY)
    assert (found.audit.records, found.audit.yes["reflection"], found.audit.of["actions"]) == (
        1,
        1,
        1,
    )
    dialog.reject()

    # Opened again, the audit and its answers are there.
    again = window.audit_records()
    assert again.ui.auditCombo.count() == 1
    assert again.answers["rationale"].currentText() == "Not applicable"
    assert again.ui.noteEdit.text() == "Thoughtful, but no dates on the actions."
    again.ui.itemsList.setCurrentRow(1)
    assert again.answers["reflection"].currentText() == "Not scored"
    again.reject()
    assert audit.summary(controller.vault, dt.date(2026, 1, 1), dt.date(2026, 1, 31)).records == 1
