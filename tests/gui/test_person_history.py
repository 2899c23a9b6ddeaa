"""A person with years of sessions: their page lists the newest, says how many there are in
all, and reaches the oldest by keyboard; the export dialog lists the newest journal entries
the same way. Nothing older is read until it is asked for."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt

from supervision_desk.core import history, labels, repos
from supervision_desk.gui import main_window as mw
from tests import tools
from tests.gui.conftest import open_window, texts

SESSIONS = 120  # more than two pages
FIRST = dt.date(2016, 1, 4)
OPEN_ACTIONS = 26


def _vault(make_vault):
    vault = make_vault()
    repos.save(
        vault,
        "people",
        {"id": "p1", "name": "Sam Taylor", "role": "social_worker", "started_role": "2015-09-01"},
    )
    with vault.write():
        for n in range(SESSIONS):
            day = FIRST + dt.timedelta(days=28 * n)
            repos.save(
                vault,
                "sessions",
                {
                    "id": f"s{n:03d}",
                    "person": "p1",
                    "date": day.isoformat(),
                    "minutes": 90,
                    "kind": "one_to_one",
                    "agenda": "The first meeting." if n == 0 else f"Meeting {n}",
                    "analysis": "Notes. " * 300,
                },
            )
        for n in range(OPEN_ACTIONS):
            repos.save(
                vault,
                "actions",
                {
                    "id": f"a{n:02d}",
                    "session": f"s{n * 4:03d}",
                    "text": f"Action {n}",
                    "due": (FIRST + dt.timedelta(days=100 * n)).isoformat(),
                },
            )
        for n in range(230):
            repos.save(
                vault,
                "journal",
                {
                    "id": f"j{n:03d}",
                    "date": (FIRST + dt.timedelta(days=12 * n)).isoformat(),
                    "title": "The first entry" if n == 0 else f"Entry {n}",
                    "body": "ORCHARD-WORDS, written in the first week." if n == 0 else "Later.",
                },
            )
    path = vault.path
    vault.close()
    return path


def test_the_newest_sessions_first_and_older_ones_by_keyboard(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _vault(make_vault))
    page = window.people
    page.select_person("p1")
    listed = page.ui.sessionList
    newest = FIRST + dt.timedelta(days=28 * (SESSIONS - 1))
    assert len(texts(listed)) == history.PAGE
    assert texts(listed)[0].startswith(f"{labels.short_date(newest)}  ·  One-to-one, 90 min")
    assert texts(listed)[0].endswith("Meeting 119")
    heading = page.ui.sessionsHeading
    assert heading.text() == f"Sessions (newest first): the newest {history.PAGE} of {SESSIONS}"
    button = page.ui.olderButton
    assert button.isVisible() and button.text() == "&Show older sessions"
    window.grab().save(str(tools.shots() / "person-newest-sessions.png"))

    # Space on the button adds the next page and moves to its first session.
    button.setFocus()
    qtbot.keyClick(button, Qt.Key_Space)
    assert len(texts(listed)) == 2 * history.PAGE
    assert listed.hasFocus()
    assert listed.currentIndex().row() == history.PAGE
    assert listed.currentIndex().data().endswith(f"Meeting {SESSIONS - 1 - history.PAGE}")
    assert heading.text() == f"Sessions (newest first): the newest {2 * history.PAGE} of 120"

    button.setFocus()
    qtbot.keyClick(button, Qt.Key_Space)
    assert len(texts(listed)) == SESSIONS
    assert not button.isVisible()
    assert heading.text() == f"Sessions (newest first): all {SESSIONS}"
    # Each session once, newest first, nothing missed between the pages.
    assert [t.split("  ·  ")[-1] for t in texts(listed)] == [
        f"Meeting {n}" for n in range(SESSIONS - 1, 0, -1)
    ] + ["The first meeting."]

    # The oldest opens from the list with End and Enter.
    qtbot.keyClick(listed, Qt.Key_End)
    qtbot.keyClick(listed, Qt.Key_Return)
    assert window.ui.pages.currentWidget() is window.editor
    assert window.editor.session["id"] == "s000"

    # Back on the page the list keeps what was shown, the oldest still chosen.
    window.show_section(mw.PEOPLE)
    assert len(texts(listed)) == SESSIONS
    assert page.current_session() == "s000"


def test_the_open_actions_due_soonest_and_all_of_them_when_asked(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _vault(make_vault))
    page = window.people
    page.select_person("p1")
    actions = page.ui.openActions
    from supervision_desk.gui.people import ACTIONS_SHOWN

    assert texts(actions) == [
        f"Action {n} — Supervisee (due {labels.short_date(FIRST + dt.timedelta(days=100 * n))})"
        for n in range(ACTIONS_SHOWN)
    ]
    assert page.ui.actionsHeading.text() == (
        f"Open actions: the {ACTIONS_SHOWN} due soonest of {OPEN_ACTIONS}"
    )
    button = page.ui.allActionsButton
    button.setFocus()
    qtbot.keyClick(button, Qt.Key_Space)
    assert [t.split(" — ")[0] for t in texts(actions)] == [
        f"Action {n}" for n in range(OPEN_ACTIONS)
    ]
    assert actions.hasFocus() and not button.isVisible()
    assert page.ui.actionsHeading.text() == f"Open actions: all {OPEN_ACTIONS}"


def test_the_export_dialog_lists_the_newest_entries_and_reaches_the_oldest(
    qtbot, controller, make_vault, tmp_path
):
    window = open_window(qtbot, controller, _vault(make_vault))
    window.show_section(mw.JOURNAL)
    dialog = window.export_pdf()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.ui.journalRadio.isChecked()
    entries = dialog.ui.journalList
    assert entries.count() == 100
    assert entries.item(0).text().endswith("Entry 229")
    assert dialog.ui.journalCount.text() == "Listed: the newest 100 of 230 entries."
    dialog.grab().save(str(tools.shots() / "export-newest-entries.png"))
    button = dialog.ui.olderButton
    for listed in (200, 230):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key_Space)
        assert entries.count() == listed
    assert entries.currentRow() == 200 and entries.hasFocus()
    assert not button.isVisible()
    assert dialog.ui.journalCount.text() == "Listed: all 230 entries."
    oldest = entries.item(229)
    assert oldest.text().endswith("The first entry")
    oldest.setCheckState(Qt.Checked)
    dialog.ui.destEdit.setText(str(tmp_path / "journal.pdf"))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "journal.pdf").pages)
    assert "ORCHARD-WORDS" in text


def test_a_suggested_prompt_goes_into_the_latest_session(qtbot, controller, make_vault):
    window = open_window(qtbot, controller, _vault(make_vault))
    page = window.people
    page.select_person("p1")
    suggested = page.balance.suggested
    assert suggested.count() > 0
    suggested.setFocus()
    suggested.setCurrentRow(0)
    qtbot.keyClick(suggested, Qt.Key_Return)
    assert window.ui.pages.currentWidget() is window.editor
    newest = FIRST + dt.timedelta(days=28 * (SESSIONS - 1))
    assert window.editor.session["id"] == f"s{SESSIONS - 1:03d}"
    when = labels.short_date(newest)
    assert window.statusBar().currentMessage() == f"Prompt added to the session of {when}"
