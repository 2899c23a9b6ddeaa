"""The vault locks the moment the system locks, sleeps or switches user: the Linux path on a
private D-Bus bus started here, the Windows and macOS messages by their decoding."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from supervision_desk.gui import system_lock
from tests.gui.conftest import unlock


@pytest.fixture
def private_bus(monkeypatch):
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    # The app finds both buses where every D-Bus program looks: these two variables.
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(10)


def _send(address: str, path: str, interface: str, member: str, *arguments) -> None:
    sender = QDBusConnection.connectToBus(address, f"test-sender-{member}-{len(arguments)}")
    message = QDBusMessage.createSignal(path, interface, member)
    if arguments:
        message.setArguments(list(arguments))
    assert sender.send(message)


@pytest.mark.linux
@pytest.mark.parametrize(
    "path, interface, member, arguments",
    [
        ("/org/freedesktop/login1/session/_32", system_lock.LOGIND_SESSION, "Lock", ()),
        ("/org/freedesktop/login1", system_lock.LOGIND_MANAGER, "PrepareForSleep", (True,)),
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", (True,)),
    ],
    ids=["session lock", "sleep", "screen saver"],
)
def test_a_system_lock_signal_locks_the_vault(
    private_bus, qtbot, controller, filled_vault, path, interface, member, arguments
):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    assert controller.vault is not None
    assert f"{interface}.{member}" in controller.system_lock.listening
    _send(private_bus, path, interface, member, *arguments)
    qtbot.waitUntil(lambda: controller.vault is None, timeout=5000)
    assert not controller.window.isVisible()


@pytest.mark.linux
def test_waking_up_and_the_screen_saver_ending_do_not_lock(
    private_bus, qtbot, controller, filled_vault
):
    controller.ask_unlock(filled_vault)
    unlock(qtbot, controller)
    _send(
        private_bus, "/org/freedesktop/login1", system_lock.LOGIND_MANAGER, "PrepareForSleep", False
    )
    _send(private_bus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
    qtbot.wait(300)
    assert controller.vault is not None


def test_windows_session_and_power_messages():
    reason = system_lock.windows_reason
    assert reason(system_lock.WM_WTSSESSION_CHANGE, system_lock.WTS_SESSION_LOCK)
    assert reason(system_lock.WM_WTSSESSION_CHANGE, system_lock.WTS_CONSOLE_DISCONNECT)
    assert reason(system_lock.WM_POWERBROADCAST, system_lock.PBT_APMSUSPEND)
    assert reason(system_lock.WM_WTSSESSION_CHANGE, 0x8) is None  # unlock
    assert reason(system_lock.WM_POWERBROADCAST, 0x12) is None  # resume


def test_macos_workspace_notifications():
    assert system_lock.mac_reason("NSWorkspaceWillSleepNotification")
    assert system_lock.mac_reason("com.apple.screenIsLocked")
    assert system_lock.mac_reason("com.apple.screenIsUnlocked") is None
