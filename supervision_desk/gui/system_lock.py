"""Locking the vault the moment the computer locks, sleeps or switches user.

Each system says so in its own way:
- Linux: logind on the system bus (a session's ``Lock``, ``PrepareForSleep(true)``) and the
  desktop's screen saver on the session bus (``ActiveChanged(true)``), read with QtDBus;
- Windows: session-change and power messages to a window (``WM_WTSSESSIONCHANGE``,
  ``WM_POWERBROADCAST``), read with a native event filter;
- macOS: workspace notifications (sleep, session resigned, screen locked), read with PyObjC.
Which message means "lock now" is decided by small functions tested on every system.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, Signal, Slot

# -- Linux ----------------------------------------------------------------------------------

LOGIND_SESSION = "org.freedesktop.login1.Session"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
SCREEN_SAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
)
SYSTEM_BUS = "unix:path=/run/dbus/system_bus_socket"


def dbus_reason(interface: str, member: str, arguments: list) -> str | None:
    """Why a D-Bus signal means the vault should lock, or None when it does not."""
    if interface == LOGIND_SESSION and member == "Lock":
        return "the session was locked"
    if interface == LOGIND_MANAGER and member == "PrepareForSleep" and arguments[:1] == [True]:
        return "the computer is going to sleep"
    if interface in SCREEN_SAVERS and member == "ActiveChanged" and arguments[:1] == [True]:
        return "the screen was locked"
    return None


# -- Windows --------------------------------------------------------------------------------

WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2  # another user took the screen (fast user switching)
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


def windows_reason(message: int, wparam: int) -> str | None:
    if message == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return "the session was locked"
        if wparam in (WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT):
            return "another user took the screen"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "the computer is going to sleep"
    return None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: SystemLockWatcher):
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type, message):
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            reason = windows_reason(msg.message, msg.wParam)
            if reason:
                self._watcher.locked.emit(reason)
        return False, 0


# -- macOS ----------------------------------------------------------------------------------

MAC_NOTIFICATIONS = {
    "NSWorkspaceWillSleepNotification": "the computer is going to sleep",
    "NSWorkspaceSessionDidResignActiveNotification": "another user took the screen",
    "NSWorkspaceScreensDidSleepNotification": "the screen went to sleep",
    "com.apple.screenIsLocked": "the screen was locked",
}


def mac_reason(name: str) -> str | None:
    return MAC_NOTIFICATIONS.get(name)


# -- the watcher ----------------------------------------------------------------------------


class SystemLockWatcher(QObject):
    """Emits ``locked`` with a reason when the system locks, sleeps or switches user."""

    locked = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: str | None = None,
        session_bus: str | None = None,
        listen: bool = True,
    ):
        super().__init__(parent)
        self.listening: list[str] = []
        self._buses = (system_bus, session_bus)
        self._started = False
        if listen:
            self.listen()

    def listen(self) -> None:
        """Start listening to the system (once): on Linux this connects to both D-Bus buses."""
        if self._started:
            return
        self._started = True
        if sys.platform.startswith("linux"):
            system_bus, session_bus = self._buses
            self._listen_dbus(
                system_bus or os.environ.get("DBUS_SYSTEM_BUS_ADDRESS") or SYSTEM_BUS,
                session_bus or os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
            )
        elif os.name == "nt":  # pragma: no cover - needs Windows
            self._listen_windows()
        elif sys.platform == "darwin":  # pragma: no cover - needs macOS
            self._listen_mac()

    def _listen_dbus(self, system: str, session: str | None) -> None:
        from PySide6.QtDBus import QDBusConnection

        slot = SLOT("_dbus_signal(QDBusMessage)")
        wanted = {
            "system": [(LOGIND_SESSION, "Lock"), (LOGIND_MANAGER, "PrepareForSleep")],
            "session": [(name, "ActiveChanged") for name in SCREEN_SAVERS],
        }
        for which, address in (("system", system), ("session", session)):
            if not address:
                continue
            bus = QDBusConnection.connectToBus(address, f"supervision-desk-{which}-{id(self)}")
            if not bus.isConnected():
                continue
            for interface, member in wanted[which]:
                if bus.connect("", "", interface, member, self, slot):
                    self.listening.append(f"{interface}.{member}")

    @Slot("QDBusMessage")
    def _dbus_signal(self, message) -> None:
        reason = dbus_reason(message.interface(), message.member(), list(message.arguments()))
        if reason:
            self.locked.emit(reason)

    def _listen_windows(self) -> None:  # pragma: no cover - needs Windows
        import ctypes

        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QWidget

        self._window = QWidget()  # a hidden window to receive the session messages
        hwnd = int(self._window.winId())
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(hwnd, 0)  # this session only
        self._filter = _WindowsFilter(self)
        QCoreApplication.instance().installNativeEventFilter(self._filter)
        self.listening.append("WM_WTSSESSION_CHANGE")

    def _listen_mac(self) -> None:  # pragma: no cover - needs macOS
        try:
            from AppKit import NSDistributedNotificationCenter, NSWorkspace
        except ImportError:
            return
        centre = NSWorkspace.sharedWorkspace().notificationCenter()
        distributed = NSDistributedNotificationCenter.defaultCenter()
        for name in MAC_NOTIFICATIONS:
            where = distributed if name.startswith("com.apple.") else centre
            where.addObserverForName_object_queue_usingBlock_(
                name, None, None, lambda note: self._mac_note(str(note.name()))
            )
            self.listening.append(name)

    def _mac_note(self, name: str) -> None:  # pragma: no cover - needs macOS
        reason = mac_reason(name)
        if reason:
            self.locked.emit(reason)
