"""Exporting PDFs from the app: preset by where the user is, rendered off the UI thread."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from supervision_desk import paths
from supervision_desk.core import repos
from supervision_desk.gui import main_window as mw
from tests import year_of_history
from tests.gui.conftest import unlock
from tests.gui.test_screenshots import _save


def _open(qtbot, controller, make_vault):
    vault = make_vault()
    year_of_history.build(vault)
    from supervision_desk.core import repos

    repos.save(
        vault,
        "journal",
        {
            "id": "j1",
            "date": "2026-03-11",
            "title": "Tired",
            "body": "MY-OWN-WORDS about the week.",
        },
    )
    vault.close()
    controller.ask_unlock(vault.path)
    unlock(qtbot, controller)
    return controller.window


def _export(qtbot, dialog, path):
    dialog.ui.destEdit.setText(str(path))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.written is not None or "Not" in dialog.ui.message.text(), timeout=20_000
    )
    assert dialog.written == path, dialog.ui.message.text()
    assert dialog.ui.openButton.isVisible() and dialog.ui.folderButton.isVisible()


def test_session_record_with_a_password(qtbot, controller, make_vault, tmp_path):
    window = _open(qtbot, controller, make_vault)
    window.open_session("s1-11")
    dialog = window.export_pdf()
    assert dialog.ui.sessionRadio.isChecked()
    assert not dialog.ui.periodBox.isEnabled()
    session = repos.get(controller.vault, "sessions", "s1-11")
    agreed = session["agreed_by_supervisor"] and session["agreed_by_supervisee"]
    # A record not yet agreed by both is offered as what it is: a draft.
    assert ("draft: not yet agreed" in dialog.ui.sessionRadio.text()) == (not agreed)
    # The suggested name says whose record it is and when.
    assert dialog.ui.destEdit.text().endswith("supervision-record-Sam-Taylor-2026-03-10.pdf")
    dialog.ui.passwordCheck.setChecked(True)
    dialog.ui.passwordEdit.setText("heron 77 winter")
    dialog.ui.repeatEdit.setText("heron 77 winte")
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    assert dialog.ui.message.text() == "The two passwords differ."
    dialog.ui.repeatEdit.setText("heron 77 winter")
    OUT = tmp_path / "record.pdf"
    _export(qtbot, dialog, OUT)
    reader = PdfReader(OUT)
    assert reader.is_encrypted and reader.decrypt("heron 77 winter")
    assert "Session 2026-03-10" in reader.pages[0].extract_text()
    _save(dialog, "export-dialog-light")


def test_an_agreed_record_is_saved_signed_by_this_vault(qtbot, controller, make_vault, tmp_path):
    from supervision_desk.core import identity, repos, sessions
    from supervision_desk.core.pdf import signing

    vault = make_vault()
    year_of_history.build(vault)
    record = repos.get(vault, "sessions", "s1-11")
    sessions.save_record(
        vault,
        {**record, "agreed_by_supervisor": "2026-03-10", "agreed_by_supervisee": "2026-03-11"},
    )
    certificate = identity.load(vault).certificate
    vault.close()
    controller.ask_unlock(vault.path)
    unlock(qtbot, controller)
    window = controller.window
    window.open_session("s1-11")
    dialog = window.export_pdf()
    dialog.ui.passwordCheck.setChecked(True)
    dialog.ui.passwordEdit.setText("heron 77 winter")
    dialog.ui.repeatEdit.setText("heron 77 winter")
    out = tmp_path / "agreed.pdf"
    _export(qtbot, dialog, out)
    (check,) = signing.inspect(out.read_bytes(), [certificate], password="heron 77 winter")
    assert check.sound and check.whole_document and check.signer == "Alex Morgan"
    reader = PdfReader(out)
    assert reader.decrypt("heron 77 winter")
    assert "Agreement recorded by the supervisor" in reader.pages[-1].extract_text()


def test_team_summary_from_the_tracker_is_anonymised(qtbot, controller, make_vault, tmp_path):
    window = _open(qtbot, controller, make_vault)
    window.show_section(mw.TRACKER)
    dialog = window.export_pdf()
    assert dialog.ui.teamRadio.isChecked() and dialog.ui.anonymiseCheck.isChecked()
    _export(qtbot, dialog, tmp_path / "team.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "team.pdf").pages)
    assert "Team totals only" in " ".join(text.split()) and "Sam Taylor" not in text


def test_journal_entries_only_when_ticked(qtbot, controller, make_vault, tmp_path):
    window = _open(qtbot, controller, make_vault)
    window.show_section(mw.JOURNAL)
    dialog = window.export_pdf()
    assert dialog.ui.journalRadio.isChecked()
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    assert dialog.ui.message.text() == "Tick the journal entries to export."
    dialog.ui.journalList.item(0).setCheckState(Qt.Checked)
    _export(qtbot, dialog, tmp_path / "journal.pdf")
    text = PdfReader(tmp_path / "journal.pdf").pages[0].extract_text()
    assert "MY-OWN-WORDS" in text and "PRIVATE JOURNAL" in text

    window.show_section(mw.PEOPLE)
    person = window.export_pdf()
    assert person.ui.personRadio.isChecked() and not person._picked_entries()
    _export(qtbot, person, tmp_path / "person.pdf")
    reader = PdfReader(tmp_path / "person.pdf")
    assert "MY-OWN-WORDS" not in " ".join(p.extract_text() for p in reader.pages)


def test_ticking_password_keeps_the_chosen_file(qtbot, controller, make_vault, tmp_path):
    window = _open(qtbot, controller, make_vault)
    window.show_section(mw.PEOPLE)
    dialog = window.export_pdf()
    chosen = str(tmp_path / "for-appraisal.pdf")
    dialog.ui.destEdit.setText(chosen)
    dialog.ui.passwordCheck.setChecked(True)
    assert dialog.ui.passwordEdit.isEnabled()
    assert dialog.ui.destEdit.text() == chosen


def test_a_second_record_of_the_same_day_never_replaces_the_first(
    qtbot, controller, make_vault, answers
):
    """Two sessions on one day: each record gets its own suggested name, and a file that is
    already there is replaced only when the user says so (the default answer keeps it)."""
    from supervision_desk.core import repos

    window = _open(qtbot, controller, make_vault)
    first = repos.get(window.vault, "sessions", "s1-11")
    later = {k: v for k, v in first.items() if k not in ("id", "created", "updated")}
    later = repos.save(window.vault, "sessions", {**later, "start": "14:30"})

    window.open_session("s1-11")
    dialog = window.export_pdf()
    first_pdf = Path(dialog.ui.destEdit.text())
    _export(qtbot, dialog, first_pdf)
    agreed = first_pdf.read_bytes()
    dialog.close()
    # The same record again: the suggestion steps aside from the file just written.
    again = window.export_pdf()
    assert Path(again.ui.destEdit.text()).name == "supervision-record-Sam-Taylor-2026-03-10 (2).pdf"
    again.close()

    window.open_session(later["id"])
    dialog = window.export_pdf()
    suggested = Path(dialog.ui.destEdit.text())
    assert suggested.name == "supervision-record-Sam-Taylor-2026-03-10-1430.pdf"
    assert not suggested.exists()

    # Typing the first record's name: asked, and the default answer leaves it untouched.
    answers.answer = False
    dialog.ui.destEdit.setText(str(first_pdf))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    assert answers.asked and answers.asked[0].startswith("Replace the file?\nReplace “")
    assert "[Replace] [No]" in answers.asked[0]
    assert dialog.ui.message.text() == "Not exported: choose another file name."
    assert dialog.written is None and first_pdf.read_bytes() == agreed

    answers.answer = True
    _export(qtbot, dialog, first_pdf)
    assert "14:30" in PdfReader(first_pdf).pages[0].extract_text()


def test_the_bar_moves_and_stop_ends_the_pdf_with_nothing_saved(
    qtbot, controller, make_vault, tmp_path
):
    window = _open(qtbot, controller, make_vault)
    window.show_section(mw.PEOPLE)
    dialog = window.export_pdf()
    assert dialog.ui.personRadio.isChecked()
    dialog.ui.appendixCheck.setChecked(True)
    dialog.ui.fromDate.setDate(dialog.ui.fromDate.date().addYears(-3))

    seen = []  # what the bar showed as the pages were laid out

    def moved(done, total):
        seen.append((done, total))
        if len(seen) == 20:
            _save(dialog, "export_progress")  # the bar part way, with Stop beside it

    dialog._reporter.moved.connect(moved)
    _export(qtbot, dialog, tmp_path / "whole.pdf")
    assert len({done for done, _ in seen}) > 3 and seen[-1][0] == seen[-1][1]
    shares = [done / total for done, total in seen]
    assert shares == sorted(shares) and shares[-1] == 1  # it only moves forward, to the end
    assert not dialog.ui.stopButton.isVisible() and not dialog.ui.progress.isVisible()

    # Stop pressed while the PDF is being made: it ends there and no file is written.
    stopped = tmp_path / "stopped.pdf"
    dialog.ui.destEdit.setText(str(stopped))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    assert dialog.ui.stopButton.isVisible() and dialog.ui.progress.isVisible()
    qtbot.mouseClick(dialog.ui.stopButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.ui.stopButton.isVisible(), timeout=20_000)
    assert dialog.ui.message.text() == "Stopped: nothing was saved."
    assert not stopped.exists() and list(tmp_path.glob("stopped*")) == []
    assert dialog.ui.exportButton.isEnabled()


def test_the_next_export_is_offered_in_the_folder_the_last_went_to(
    qtbot, controller, make_vault, tmp_path
):
    window = _open(qtbot, controller, make_vault)
    window.open_session("s1-11")
    dialog = window.export_pdf()
    assert Path(dialog.ui.destEdit.text()).parent == paths.documents_dir()
    chosen = tmp_path / "Supervision PDFs" / "record.pdf"
    chosen.parent.mkdir()
    _export(qtbot, dialog, chosen)
    dialog.close()
    again = window.export_pdf()
    offered = Path(again.ui.destEdit.text())
    assert offered.parent == chosen.parent and not offered.exists()
