"""On a fresh Linux desktop without Qt's X11 libraries, the app says which packages to
install before Qt starts, instead of Qt's own message about platform plugins."""

from __future__ import annotations

import pytest

from supervision_desk import __main__ as entry
from supervision_desk import system_libs
from tests import tools


def test_missing_libraries_are_named_with_their_packages(monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    found = {"xcb-icccm": "libxcb-icccm.so.4"}
    monkeypatch.setattr(system_libs, "find_library", lambda name: found.get(name))
    started = []
    monkeypatch.setattr("supervision_desk.gui.app.run_app", lambda: started.append(1) or 0)
    assert entry.main([]) == 1
    assert started == []  # Qt never started
    message = capsys.readouterr().err
    assert "sudo apt install libxcb-cursor0 libxcb-keysyms1" in message
    assert "sudo dnf install xcb-util-cursor xcb-util-keysyms" in message
    assert "libxcb-icccm4" not in message


def test_the_check_runs_only_where_qt_uses_x11():
    assert system_libs.needs_xcb({"DISPLAY": ":0"}, "linux")
    assert not system_libs.needs_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not system_libs.needs_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert system_libs.needs_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not system_libs.needs_xcb({"DISPLAY": ":0"}, "win32")
    assert not system_libs.needs_xcb({"DISPLAY": ":0"}, "darwin")


@pytest.mark.linux
def test_this_machine_has_them():
    """The README's system requirements are installed here (CI installs them)."""
    absent = system_libs.missing()
    if absent:
        tools.missing(f"Qt's X11 libraries are missing ({', '.join(absent)})")
    assert system_libs.missing() == []
