"""The day's automatic backup, as a user meets it: made at a quiet moment off the window's
thread with a line saying how far it has got; never by a lock, which stays immediate and
stops a copy under way with nothing left; stopped by the user coming back or by a save; and
made on quitting behind a window whose Cancel quits without it, the vault closing cleanly
either way."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from supervision_desk.core import autobackup, repos
from supervision_desk.core.errors import OutputError
from supervision_desk.core.vault import Vault
from supervision_desk.gui import daily_backup, vault_menu
from supervision_desk.gui.long_work import WorkWindow
from tests import tools
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, unlock


@pytest.fixture
def opened(qtbot, controller, filled_vault):
    open_window(qtbot, controller, filled_vault)
    return controller


def _folder(path) -> Path:
    return autobackup.folder_for(vault_menu.backups_root(), Path(path))


def _files(path) -> list[str]:
    """Every file in the vault's backup folder, hidden ones (a part-made copy) included."""
    folder = _folder(path)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _percent(text: str) -> int:
    found = re.search(r"(\d+) %", text)
    return int(found[1]) if found else -1


def _quiet_now(controller) -> None:
    """What a minute without input does: the quiet timer runs out."""
    controller.quiet.set_minutes(0.002)
    controller.quiet.start()


def _verified(copy: Path, vault_path: Path) -> None:
    """The copy opens with the passphrase, passes its checks and holds every record of the
    vault (its fingerprint over every row is the vault's)."""
    with Vault.open(copy, PASSPHRASE) as backup:
        assert backup.check().ok
        copied = backup.digest()
        assert repos.get(backup, "people", "p1")["name"] == "Sam Taylor"
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.digest() == copied


@pytest.fixture
def paused(monkeypatch):
    """The copy pauses at its first report past ``share`` of the work until the test sets
    ``go_on``; a stop (a lock, input, a write, Cancel) is heard while it waits, as at any
    other step."""
    at = {"share": 0.4, "reached": threading.Event(), "go_on": threading.Event()}
    real = autobackup.make

    def make(vault, root, keep=autobackup.DEFAULT_KEEP, progress=None, key=None):
        passed: list[bool] = []

        def report(done: int, total: int) -> None:
            progress(done, total)
            if done >= total * at["share"] and not passed and not at["go_on"].is_set():
                passed.append(True)
                at["reached"].set()
                deadline = time.monotonic() + 30
                while not at["go_on"].is_set() and time.monotonic() < deadline:
                    progress(done, total)
                    time.sleep(0.005)

        return real(vault, root, keep, report, key)

    monkeypatch.setattr(autobackup, "make", make)
    return at


def test_at_a_quiet_moment_the_days_copy_is_made_and_checked(qtbot, opened, filled_vault):
    window = opened.window
    assert _files(filled_vault) == []
    _quiet_now(opened)
    qtbot.waitUntil(
        lambda: len(_files(filled_vault)) == 1 and not opened.daily.running, timeout=20_000
    )
    assert window.statusBar().currentMessage() == "Today's backup was made and checked"
    assert not opened.daily.line.isVisible()
    [copy] = autobackup.copies(_folder(filled_vault))
    opened.lock()  # a lock makes no copy of its own: one a day
    assert opened.vault is None and _files(filled_vault) == [copy.path.name]
    _verified(copy.path, filled_vault)


def test_a_lock_while_the_copy_is_made_locks_at_once_and_leaves_no_copy(
    qtbot, opened, filled_vault, paused
):
    """The lock does not wait for the copy to finish: the window goes and the unlock screen
    shows as the lock returns, the copy stopped part way with nothing of it left. It is made,
    whole and checked, at the next quiet moment after the unlock."""
    window, line = opened.window, opened.daily.line
    _quiet_now(opened)
    qtbot.waitUntil(paused["reached"].is_set, timeout=20_000)
    qtbot.waitUntil(lambda: _percent(line.text()) >= 40, timeout=5000)  # as far as it got
    assert line.isVisible() and re.fullmatch(r"Making today's backup… \d+ %", line.text())
    assert line.accessibleName() == "Daily backup" and line.accessibleDescription() == line.text()
    _screenshot(window, "daily-backup-line")

    opened.lock()
    assert opened.vault is None and not window.isVisible()
    assert opened.unlock_dialog is not None and opened.unlock_dialog.isVisible()
    assert not opened.daily.running and not line.isVisible()
    assert _files(filled_vault) == []  # no copy, and no hidden part of one

    paused["go_on"].set()
    unlock(qtbot, opened)
    _quiet_now(opened)
    qtbot.waitUntil(
        lambda: len(_files(filled_vault)) == 1 and not opened.daily.running, timeout=20_000
    )
    [copy] = autobackup.copies(_folder(filled_vault))
    opened.lock()
    _verified(copy.path, filled_vault)


def test_a_lock_while_the_copys_key_is_derived_does_not_wait_for_it(
    qtbot, opened, filled_vault, monkeypatch
):
    """Deriving the copy's key takes a second or two with a real passphrase and cannot be
    stopped part way; it touches neither the vault nor the disk, so a lock goes on at once
    and the derivation, when it ends, leaves without starting the copy."""
    started, release = threading.Event(), threading.Event()
    real = Vault.copy_key

    def slow(vault, passphrase=None):
        started.set()
        release.wait(20)
        return real(vault, passphrase)

    monkeypatch.setattr(Vault, "copy_key", slow)
    _quiet_now(opened)
    qtbot.waitUntil(started.is_set, timeout=20_000)
    opened.lock()
    assert not release.is_set()  # the lock did not wait for the key
    assert opened.vault is None and opened.unlock_dialog.isVisible()
    task = opened.daily._last
    release.set()
    qtbot.waitUntil(task.ended.is_set, timeout=20_000)
    assert _files(filled_vault) == []


def test_the_user_coming_back_stops_the_copy_and_the_next_quiet_moment_makes_it(
    qtbot, opened, filled_vault, paused
):
    window = opened.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)
    _quiet_now(opened)
    qtbot.waitUntil(paused["reached"].is_set, timeout=20_000)
    opened.quiet.set_minutes(1)  # the next quiet moment a minute after the key, as in use
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)  # as the system delivers a key
    qtbot.waitUntil(lambda: not opened.daily.running, timeout=10_000)
    assert _files(filled_vault) == []
    assert not opened.daily.line.isVisible() and opened.vault is not None
    assert opened.quiet._timer.isActive()  # counting to the next quiet moment
    paused["go_on"].set()
    _quiet_now(opened)
    qtbot.waitUntil(lambda: len(_files(filled_vault)) == 1, timeout=20_000)


def test_a_save_while_the_copy_is_made_stops_it_and_is_kept(qtbot, opened, filled_vault, paused):
    _quiet_now(opened)
    qtbot.waitUntil(paused["reached"].is_set, timeout=20_000)
    opened.quiet.stop()  # no second quiet moment during this test
    repos.save(opened.vault, "people", {"id": "p7", "name": "Kim Lee", "role": "police"})
    qtbot.waitUntil(lambda: not opened.daily.running, timeout=10_000)
    assert _files(filled_vault) == []  # a copy that missed the save is never kept
    assert repos.get(opened.vault, "people", "p7")["name"] == "Kim Lee"


def test_a_failed_copy_is_said_in_the_status_bar_and_not_tried_every_minute(
    qtbot, opened, filled_vault, monkeypatch
):
    tried: list[bool] = []

    def full(*_args, **_kw):
        tried.append(True)
        raise OutputError("The copy was not written: the disk is full.")

    monkeypatch.setattr(autobackup, "make", full)
    _quiet_now(opened)
    qtbot.waitUntil(lambda: bool(tried) and not opened.daily.running, timeout=10_000)
    line = opened.daily.line
    assert line.isVisible() and line.text() == (
        "The automatic backup was not made: The copy was not written: the disk is full."
    )
    _quiet_now(opened)
    qtbot.wait(300)
    assert tried == [True] and opened.vault.check().ok


def _work_window() -> WorkWindow:
    [window] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, WorkWindow) and w.isVisible()
    ]
    return window


def test_quitting_makes_the_copy_behind_a_window_and_then_closes(qtbot, opened, filled_vault):
    window = opened.window
    window.close()
    assert window.isVisible()  # waiting for the copy
    work = _work_window()
    assert work.windowTitle() == "Quitting"
    assert work.cancel_button.text().replace("&", "") == daily_backup.SKIP  # with its Alt letter
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert opened.vault is None
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, WorkWindow) and w.isVisible()
    ]
    [copy] = autobackup.copies(_folder(filled_vault))
    _verified(copy.path, filled_vault)


def test_quit_without_todays_backup_leaves_no_copy_and_the_vault_closed_cleanly(
    qtbot, opened, filled_vault, paused
):
    window = opened.window
    window.close()
    qtbot.waitUntil(paused["reached"].is_set, timeout=20_000)
    work = _work_window()
    qtbot.waitUntil(lambda: work.bar.value() >= 400, timeout=5000)
    assert re.fullmatch(r".+ \(step [23] of 3\)", work.detail.text())
    _screenshot(window, "quit-backup", over=work)
    qtbot.mouseClick(work.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert opened.vault is None
    assert _files(filled_vault) == []
    with Vault.open(filled_vault, PASSPHRASE) as again:  # closed cleanly: it opens, sound
        assert again.check().ok


def test_quitting_with_todays_copy_made_closes_at_once(qtbot, opened, filled_vault):
    _quiet_now(opened)
    qtbot.waitUntil(
        lambda: len(_files(filled_vault)) == 1 and not opened.daily.running, timeout=20_000
    )
    opened.window.close()
    assert not opened.window.isVisible()
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, WorkWindow) and w.isVisible()
    ]
    opened.shutdown()  # what quitting runs once the window has closed
    assert opened.vault is None and len(_files(filled_vault)) == 1


def _screenshot(main, name: str, over=None) -> None:
    """The window (and a window over it) at 1280x720, as a user sees them."""
    QApplication.processEvents()
    main.resize(1280, 720)
    image = main.grab().toImage()
    if over is not None:
        painter = QPainter(image)
        shot = over.grab()
        left, top = (image.width() - shot.width()) // 2, (image.height() - shot.height()) // 3
        painter.drawPixmap(left, top, shot)
        painter.drawRect(left - 1, top - 1, shot.width() + 1, shot.height() + 1)
        painter.end()
    image.save(str(tools.shots() / f"{name}.png"))
