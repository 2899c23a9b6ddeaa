"""The File menu's slow work, as a user sees it: a window whose bar and words say how far an
import or a backup has got, and Cancel (or Escape, or locking) stopping it with nothing
changed and a sentence saying so."""

from __future__ import annotations

import json
import re
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from supervision_desk.core import repos, search
from supervision_desk.core.vault import Vault
from supervision_desk.gui.long_work import WorkWindow
from tests import tools
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window
from tests.helpers import vault_rows, write_records_file

STOPPED = "Import stopped: nothing was changed."


@pytest.fixture
def opened(qtbot, controller, filled_vault):
    open_window(qtbot, controller, filled_vault)
    return controller


@pytest.fixture
def records(tmp_path):
    source = tmp_path / "records.json"
    write_records_file(source, sessions=300, word="zephyrquill")
    return source


@pytest.fixture
def pause(monkeypatch):
    """The work pauses at its first report past a share of the step named, until the window
    is cancelled or the test lets it go on: what a slow machine or a large file does, so
    that the test acts while the work is part way, never after it has ended."""
    at: dict = {"heading": "", "share": 1.0, "go_on": threading.Event()}
    at["go_on"].set()  # until a test drives the work with ``_drive``
    original = WorkWindow.progress

    def progress(window: WorkWindow):
        report, heading, passed = original(window), window.heading.text(), []

        def paused(done: int, total: int) -> None:
            report(done, total)
            if heading.startswith(at["heading"]) and done >= total * at["share"] and not passed:
                passed.append(True)
                deadline = time.monotonic() + 30
                while not (window.cancelled.is_set() or at["go_on"].is_set()):
                    if time.monotonic() > deadline:
                        break
                    # The bar as it is now, again and again: a test that began watching
                    # the window after the work reached here still sees it.
                    window._reporter.moved.emit(done, total)
                    time.sleep(0.02)
                report(done, total)  # Cancel pressed meanwhile stops the work here

        return paused

    monkeypatch.setattr(WorkWindow, "progress", progress)
    return at


def _drive(qtbot, menu, pause, start, heading: str, share: float, act):
    """Start slow work from the File menu; once its window shows ``heading`` with the bar
    past ``share``, ``act`` on the window (once) while the work waits. Returns what the
    window showed at each report: its heading, done, total and words."""
    pause.update(heading=heading, share=share)
    pause["go_on"].clear()
    seen: list[tuple[str, int, int, str]] = []
    acted: list[bool] = []
    hooked: list[WorkWindow] = []

    def hook() -> bool:
        window = menu.work_window  # one window for the check, another for the import
        if window is not None and window not in hooked:
            hooked.append(window)

            def moved(done: int, total: int) -> None:
                seen.append((window.heading.text(), done, total, window.detail.text()))
                at_heading = window.heading.text().startswith(heading)
                if not acted and at_heading and done >= total * share:
                    acted.append(True)
                    act(window)
                    pause["go_on"].set()

            window._reporter.moved.connect(moved)
        return not menu.busy

    start()
    qtbot.waitUntil(hook, timeout=60_000)
    assert acted, f"the work never reached {share:.0%} of {heading!r}: {seen}"
    return seen


def test_cancel_stops_an_import_part_way_and_nothing_is_changed(
    qtbot, opened, records, answers, pause
):
    menu, vault = opened.vault_menu, opened.vault
    before = vault_rows(vault.conn)

    def click_cancel(window: WorkWindow) -> None:
        qtbot.mouseClick(window.cancel_button, Qt.LeftButton)
        assert window.detail.text() == "Stopping…" and not window.cancel_button.isEnabled()

    seen = _drive(
        qtbot, menu, pause, lambda: menu.import_records(records), "Checking", 0.4, click_cancel
    )
    assert answers.asked == []  # stopped before the question
    checking = [s for s in seen if s[0].startswith("Checking")]
    size = records.stat().st_size
    assert {total for _, _, total, _ in checking} == {size}
    # The words say how much of the file has been checked, in megabytes.
    assert any(re.fullmatch(r"\d\.\d of 2\.\d MB checked", words) for *_, words in checking)
    assert opened.window.statusBar().currentMessage() == STOPPED
    assert menu.work_window is None and not menu.busy
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [w for w in shown if isinstance(w, WorkWindow)]
    assert vault_rows(vault.conn) == before
    assert search.search(vault.conn, "zephyrquill").total == 0
    assert not repos.exists(vault, "people", "imp0")


def test_escape_stops_the_check_before_the_question_is_asked(
    qtbot, opened, records, answers, pause
):
    menu, vault = opened.vault_menu, opened.vault
    before = vault_rows(vault.conn)

    def press_escape(window: WorkWindow) -> None:
        qtbot.keyClick(window, Qt.Key_Escape)

    _drive(qtbot, menu, pause, lambda: menu.import_records(records), "Checking", 0.2, press_escape)
    assert answers.asked == []  # stopped before anything was asked
    assert opened.window.statusBar().currentMessage() == STOPPED
    assert vault_rows(vault.conn) == before


def test_an_import_let_run_shows_its_bar_to_the_end(qtbot, opened, records, answers, pause):
    """The records are read, checked and written once, before the question: saying Import
    keeps them at once, with no second pass over the file."""
    menu, vault = opened.vault_menu, opened.vault

    def screenshot(window: WorkWindow) -> None:
        assert window.bar.maximum() == 1000 and 450 <= window.bar.value() < 1000
        _screenshot(opened.window, window, "import-progress")

    seen = _drive(
        qtbot, menu, pause, lambda: menu.import_records(records), "Checking", 0.45, screenshot
    )
    assert {h.split(" ", 1)[0] for h, *_ in seen} == {"Reading", "Checking"}
    checking = [(d, t) for h, d, t, _ in seen if h.startswith("Checking")]
    assert [d for d, _ in checking] == sorted(d for d, _ in checking)
    assert checking[-1][0] == checking[-1][1] == records.stat().st_size
    assert len(answers.asked) == 1
    assert answers.asked[0].startswith("Import records\nImporting records.json adds 4 people")
    assert "Imported 4 people, 300 sessions" in opened.window.statusBar().currentMessage()
    assert search.search(vault.conn, "zephyrquill").total == 1
    assert repos.exists(vault, "people", "imp0")


def test_while_the_question_is_open_nothing_else_is_saved_into_the_import(
    qtbot, opened, records, monkeypatch
):
    """The import waits for the answer inside its transaction: a save from the window
    meanwhile is refused with a sentence (never folded into what may be undone), and saying
    Cancel leaves the vault as it was."""
    from supervision_desk.core.errors import VaultWriteError
    from supervision_desk.gui import messages

    menu, vault = opened.vault_menu, opened.vault
    before = vault_rows(vault.conn)
    refused: list[str] = []

    def answer(parent, title, text, yes, no="Cancel", **_kw) -> bool:
        try:
            repos.save(vault, "people", {"id": "p7", "name": "Kim Lee", "role": "police"})
        except VaultWriteError as exc:
            refused.append(str(exc))
        return False

    monkeypatch.setattr(messages, "ask", answer)
    menu.import_records(records)
    qtbot.waitUntil(lambda: not menu.busy, timeout=60_000)
    assert (
        refused and "an import" in refused[0] and "Everything saved before is intact" in refused[0]
    )
    assert vault_rows(vault.conn) == before
    assert search.search(vault.conn, "zephyrquill").total == 0
    repos.save(vault, "people", {"id": "p7", "name": "Kim Lee", "role": "police"})  # now it can


def test_a_lock_while_the_question_is_open_keeps_nothing_of_the_import(
    qtbot, opened, records, monkeypatch
):
    from supervision_desk.gui import messages

    menu, vault = opened.vault_menu, opened.vault
    before = vault_rows(vault.conn)
    path = vault.path

    def answer(parent, title, text, yes, no="Cancel", **_kw) -> bool:
        opened.lock()  # the idle timer runs out while the question waits
        return False  # as the lock leaves a question: answered no

    monkeypatch.setattr(messages, "ask", answer)
    menu.import_records(records)
    qtbot.waitUntil(lambda: not menu.busy, timeout=60_000)
    assert opened.vault is None and menu.work_window is None
    with Vault.open(path, PASSPHRASE) as again:
        assert vault_rows(again.conn) == before
        assert search.search(again.conn, "zephyrquill").total == 0


def test_cancel_stops_a_backup_and_no_copy_is_left(
    qtbot, opened, records, tmp_path, answers, pause
):
    menu = opened.vault_menu
    menu.import_records(records)  # a vault of some size
    qtbot.waitUntil(lambda: not menu.busy, timeout=60_000)
    folder = tmp_path / "usb"
    folder.mkdir()
    before = opened.vault.digest()

    def click_cancel(window: WorkWindow) -> None:
        _screenshot(opened.window, window, "backup-progress")
        qtbot.mouseClick(window.cancel_button, Qt.LeftButton)

    seen = _drive(
        qtbot, menu, pause, lambda: menu.back_up_now(folder), "Writing", 0.3, click_cancel
    )
    assert any(w == "Checking the vault (step 1 of 3)" for *_, w in seen), seen
    assert opened.window.statusBar().currentMessage() == "Backup stopped: no copy was made."
    assert list(folder.iterdir()) == []  # no copy, and no hidden part of one
    assert opened.vault.digest() == before


def test_locking_during_an_import_stops_it_and_the_vault_is_unchanged(
    qtbot, opened, records, answers, pause
):
    menu, vault = opened.vault_menu, opened.vault
    before = vault_rows(vault.conn)
    path = vault.path

    def lock(_window: WorkWindow) -> None:
        opened.lock()

    _drive(qtbot, menu, pause, lambda: menu.import_records(records), "Checking", 0.3, lock)
    assert opened.vault is None and menu.work_window is None
    with Vault.open(path, PASSPHRASE) as again:
        assert vault_rows(again.conn) == before


def _screenshot(main, window: WorkWindow, name: str) -> None:
    """The window over the main window, at 1280x720, as a user sees them."""
    QApplication.processEvents()
    main.resize(1280, 720)
    image = main.grab().toImage()
    painter = QPainter(image)
    over = window.grab()
    left, top = (image.width() - over.width()) // 2, (image.height() - over.height()) // 3
    painter.drawPixmap(left, top, over)
    painter.drawRect(left - 1, top - 1, over.width() + 1, over.height() + 1)  # its frame
    painter.end()
    image.save(str(tools.shots() / f"{name}.png"))


def test_cancel_stops_an_export_part_way_and_no_file_is_left(
    qtbot, opened, records, tmp_path, answers, pause
):
    """Records are written a record at a time: the bar counts them, and Cancel stops the
    export with no file, not even a hidden part of one."""
    menu = opened.vault_menu
    menu.import_records(records)  # some hundreds of records to write
    qtbot.waitUntil(lambda: not menu.busy, timeout=60_000)
    folder = tmp_path / "out"
    folder.mkdir()
    dest = folder / "records.json"

    def click_cancel(window: WorkWindow) -> None:
        assert window.buttons.isVisible() and 400 <= window.bar.value() < 1000
        qtbot.mouseClick(window.cancel_button, Qt.LeftButton)

    seen = _drive(
        qtbot,
        menu,
        pause,
        lambda: menu.export_records(dest, journal=True),
        "Writing",
        0.4,
        click_cancel,
    )
    assert any(re.fullmatch(r"[\d,]+ of [\d,]+ records written", w) for *_, w in seen), seen
    assert opened.window.statusBar().currentMessage() == "Export stopped: no file was written."
    assert list(folder.iterdir()) == []


def test_an_export_let_run_counts_every_record_to_the_end(qtbot, opened, tmp_path, pause):
    menu = opened.vault_menu
    dest = tmp_path / "records.json"
    seen = _drive(
        qtbot,
        menu,
        pause,
        lambda: menu.export_records(dest, journal=False),
        "Writing",
        0.0,
        lambda window: None,
    )
    done, total = seen[-1][1:3]
    assert done == total > 0 and seen[-1][3] == f"{total} of {total} records written"
    assert opened.window.statusBar().currentMessage().startswith(f"Exported {total} records")
    assert len(json.loads(dest.read_text(encoding="utf-8"))["people"]) == 1
