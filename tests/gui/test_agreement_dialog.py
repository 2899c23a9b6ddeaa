"""The agreement dialog: every section and the purpose, and a new version after a review
that keeps the old one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.core import agreements, labels, repos
from supervision_desk.gui.agreement_dialog import AgreementDialog


def test_every_section_is_on_the_form_and_a_review_keeps_the_old(qtbot, vault, tmp_path):
    person = repos.save(vault, "people", {"id": "p1", "name": "Priya Shah", "role": "health"})
    dialog = AgreementDialog(vault, person)
    qtbot.addWidget(dialog)
    assert list(dialog.edits) == list(labels.AGREEMENT_SECTION)
    for field, edit in dialog.edits.items():
        edit.setPlainText(f"First {field}")
    dialog.purpose["support"].setChecked(True)
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    first = agreements.latest(vault, "p1")
    assert first["asye_items"] == "First asye_items" and first["purpose"] == ["support"]

    dialog = AgreementDialog(vault, person)
    qtbot.addWidget(dialog)
    dialog.resize(680, 720)
    assert dialog.edits["ad_hoc"].toPlainText() == "First ad_hoc"
    assert dialog.purpose["support"].isChecked() and not dialog.purpose["mediation"].isChecked()
    dialog.ui.newCheck.setChecked(True)
    dialog.edits["cancellation"].setPlainText("Rearranged within five working days.")
    dialog.purpose["development"].setChecked(True)
    dialog.grab().save(str(tmp_path.parent / "agreement-dialog.png"))  # looked at by hand
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.LeftButton
    )
    both = agreements.of_person(vault, "p1")
    assert len(both) == 2 and both[1]["replaces"] == first["id"]
    assert both[0]["cancellation"] == "First cancellation"
    assert both[1]["cancellation"] == "Rearranged within five working days."
    assert both[1]["purpose"] == ["support", "development"]
