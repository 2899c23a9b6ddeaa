"""The practitioner's desk in the journal area: the CPD log (a piece from supervision, from the
open entry, field by field to the clipboard, the year as a PDF) and entries from templates."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from supervision_desk import paths
from supervision_desk.core import clock, repos
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.clipboard_hints import is_marked
from tests.gui.conftest import open_window, texts


@pytest.fixture
def desk(make_vault):
    vault = make_vault(mode="practitioner", role="social_worker")
    repos.save(vault, "people", {"id": "me", "name": "Alex Morgan", "role": "social_worker"})
    repos.save(
        vault,
        "sessions",
        {
            "id": "s1",
            "person": "me",
            "date": "2025-03-04",
            "minutes": 90,
            "analysis": "Not for the regulator.",
            "learning": "Slow the plan down until she has a say in it.",
        },
    )
    repos.save(
        vault,
        "journal",
        {
            "id": "j1",
            "date": "2025-05-02",
            "title": "NRM training",
            "body": "The duty to notify and what it does not decide.",
        },
    )
    path = vault.path
    vault.close()
    clock.set_today(dt.date(2025, 9, 20))
    yield path
    clock.set_today(None)


def _cpd_log(qtbot, controller, desk):
    """The CPD log as a practitioner opens it: from the Journal page's button."""
    window = open_window(qtbot, controller, desk)
    window.show_section(mw.JOURNAL)
    journal = window.journal
    qtbot.waitUntil(lambda: journal.entry is not None)
    qtbot.mouseClick(journal.ui.cpdButton, Qt.LeftButton)
    return journal.cpd_dialog


def test_cpd_from_the_journal_area(qtbot, controller, desk, tmp_path, monkeypatch):
    dialog = _cpd_log(qtbot, controller, desk)
    ui = dialog.ui
    assert ui.statusLabel.text().startswith("Renewal is open until 30 November 2025: 0 pieces")

    qtbot.mouseClick(ui.fromSessionButton, Qt.LeftButton)
    assert texts(ui.pieceList) == [
        "4 Mar 2025  One-to-one supervision with my supervis… · to finish · peer reflection"
    ]
    assert ui.learningEdit.toPlainText() == "Slow the plan down until she has a say in it."
    assert "Not for the regulator" not in ui.descriptionEdit.toPlainText()

    qtbot.keyClicks(ui.impactEdit, "Plans now start from what she wants.")
    dialog.flush()
    qtbot.mouseClick(ui.fromEntryButton, Qt.LeftButton)
    assert ui.learningEdit.toPlainText() == "The duty to notify and what it does not decide."
    qtbot.keyClicks(ui.impactEdit, "I notify sooner.")
    dialog.flush()
    assert len(texts(ui.pieceList)) == 2
    assert ui.statusLabel.text().endswith(
        "2 pieces of CPD ready, 1 with peer reflection; ready to renew."
    )

    qtbot.mouseClick(ui.learningCopy, Qt.LeftButton)
    clip = QGuiApplication.clipboard()
    assert clip.text() == "The duty to notify and what it does not decide."
    assert is_marked(clip.mimeData())
    assert ui.message.text() == "Copied “What I learnt”: paste it into the online form."

    dialog.resize(1280, 720)
    dialog.grab().save(str(tmp_path / "cpd-dialog.png"))

    # Export asks where, offering the Documents folder and a name no earlier export has.
    documents = paths.documents_dir()
    (documents / f"cpd-log-{dialog.year}.pdf").write_bytes(b"an earlier export")
    offered = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, start, kinds: (offered.append(start), ("", ""))[1],
    )
    dialog.export_pdf()  # cancelled: nothing is written
    assert offered == [str(documents / f"cpd-log-{dialog.year} (2).pdf")]
    assert not (documents / f"cpd-log-{dialog.year} (2).pdf").exists()

    out = tmp_path / "cpd.pdf"
    dialog.export_pdf(out)
    qtbot.waitUntil(lambda: ui.message.text().startswith(("Saved", "Not exported")), timeout=20000)
    assert ui.message.text().startswith("Saved"), ui.message.text()
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "I notify sooner." in text and "Not for the regulator" not in text


def test_a_new_entry_takes_the_chosen_template(qtbot, controller, desk, tmp_path):
    window = open_window(qtbot, controller, desk)
    window.show_section(mw.JOURNAL)
    journal = window.journal
    combo = journal.ui.templateCombo
    combo.setCurrentIndex(combo.findText("Gibbs' reflective cycle"))
    qtbot.mouseClick(journal.ui.newEntryButton, Qt.LeftButton)
    body = journal.ui.bodyEdit.toPlainText()
    assert body.startswith("**Description: what happened, in order?**")
    assert "Gibbs, G. (1988)" in body
    assert journal.ui.tagsEdit.text() == "gibbs"
    window.grab().save(str(tmp_path / "journal-gibbs.png"))


def test_the_cpd_form_tabs_from_field_to_field_and_copies_by_key(qtbot, controller, desk):
    """Tab never stops on a Copy button (typing would go nowhere and Space would copy);
    Ctrl+Shift+C copies the field the cursor is in."""
    dialog = _cpd_log(qtbot, controller, desk)
    ui = dialog.ui
    qtbot.mouseClick(ui.fromSessionButton, Qt.LeftButton)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(), timeout=5000)
    ui.descriptionEdit.setFocus()
    stops = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[:2] == [ui.learningEdit, ui.impactEdit]
    ui.learningEdit.setFocus()
    qtbot.keyClick(ui.learningEdit, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
    assert QGuiApplication.clipboard().text() == ui.learningEdit.toPlainText()
    assert ui.message.text() == "Copied “What I learnt”: paste it into the online form."


def test_records_from_my_supervisor_says_how_a_record_arrives_until_one_has(
    qtbot, controller, make_vault
):
    """A new practitioner's page shows one plain paragraph where the eye lands, naming the
    menu items that bring a record, and no empty boxes; each item named is in the File menu."""
    vault = make_vault(mode="practitioner", role="social_worker")
    path = vault.path
    vault.close()
    window = open_window(qtbot, controller, path)
    window.show_section(mw.RECEIVED)
    page = window.page(mw.RECEIVED)
    assert page.empty.isVisible() and not page.splitter.isVisible()
    said = page.empty.text()
    assert said.startswith("No record has come from your supervisor yet.")
    in_file_menu = [a.text().replace("&", "") for a in window.ui.menuFile.actions()]
    for named in ("My identity…", "Open an exchange file…"):
        assert f"File → {named}" in said and named in in_file_menu
    # Pairing is a button on My supervision, named as it reads there.
    window.show_section(mw.PEOPLE)
    pair = [b for b in window.people.findChildren(QPushButton) if "Pair with" in b.text()]
    assert [b.text().replace("&", "") for b in pair] == ["Pair with a contact file…"]
    assert "you choose Pair with a contact file… on My supervision" in said
    assert window.ui.sidebar.item(mw.PEOPLE).text().replace("\n", " ") == "My supervision"
    window.show_section(mw.RECEIVED)
    heading = page.layout().itemAt(0).widget()
    assert page.layout().itemAt(1).widget() is page.empty  # straight under the heading
    assert heading.text() == "Records from my supervisor"
