"""The idle lock counts the user's keyboard and mouse in the window and in its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from tests.gui.conftest import open_window


def _active(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is widget.windowHandle(), timeout=5000)


def _left(controller) -> int:
    """Milliseconds until the vault locks, as the idle timer has it now."""
    assert controller.idle._timer.isActive()
    return controller.idle._timer.remainingTime()


def _three_seconds(controller) -> None:
    # Short enough that Qt's timer slack (up to 5%) is well under the pauses below.
    controller.idle.set_minutes(0.05)
    controller.idle.start()


def test_typing_and_the_mouse_in_the_window_put_the_idle_lock_off(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    _active(qtbot, window)
    _three_seconds(controller)
    qtbot.wait(600)
    before = _left(controller)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)  # as the system delivers a key
    assert _left(controller) > before
    qtbot.wait(600)
    before = _left(controller)
    QTest.mouseMove(window.windowHandle(), QPoint(200, 200))
    assert _left(controller) > before
    assert controller.vault is not None


def test_typing_in_a_dialog_counts_as_being_there(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    _active(qtbot, dialog)
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is field, timeout=5000)
    _three_seconds(controller)
    qtbot.wait(600)
    before = _left(controller)
    QTest.keyClicks(field, "still here")  # straight to the field, as an input method does
    assert field.text() == "still here"
    assert _left(controller) > before
    dialog.close()


def test_with_no_input_the_vault_still_locks(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    _active(qtbot, window)
    controller.idle.set_minutes(0.005)  # 0.3 s
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=10_000)
    assert not window.isVisible()
    assert controller.unlock_dialog is not None


def test_after_the_idle_lock_unlocking_returns_to_the_open_session_at_its_field(
    qtbot, controller, filled_vault
):
    """The idle lock hands where the user was to the fresh process it starts (here: the same
    state, through JSON, to a new window); unlocking there opens the session again with the
    keyboard in the field it was in, not the People page or the session's first field."""
    import json

    from PySide6.QtWidgets import QApplication

    from supervision_desk.gui import main_window as mw
    from supervision_desk.gui.app import Controller, make_app, open_settings
    from tests.gui.conftest import unlock

    window = open_window(qtbot, controller, filled_vault)
    _active(qtbot, window)
    window.show_section(mw.PEOPLE)
    window.people.ui.openSessionButton.click()  # Sam's session, as a user opens it
    window.editor.section("analysis").setFocus()
    handed: list[dict] = []
    controller.restart = lambda state: handed.append(json.loads(json.dumps(state)))
    controller.idle.set_minutes(0.005)  # 0.3 s
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=10_000)
    controller.idle.set_minutes(30)  # not again while the test looks
    assert handed

    make_app()
    fresh = Controller(open_settings())
    qtbot.addWidget(fresh.window)
    try:
        fresh.resume_locked(handed[0])
        unlock(qtbot, fresh)
        again = fresh.window
        assert again.ui.pages.currentIndex() == mw.SESSION
        assert again.editor.session["id"] == "s1"
        assert again.ui.sidebar.currentRow() == mw.PEOPLE  # a session lives under People
        _active(qtbot, again)
        assert QApplication.focusWidget() is again.editor.section("analysis")
    finally:
        fresh.idle.stop()
        fresh.shutdown()
        fresh.window.close()
