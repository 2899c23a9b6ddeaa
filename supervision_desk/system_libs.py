"""Before Qt starts on Linux: are the X11 libraries its window system needs installed?

Without them Qt stops with a message about "platform plugins" that tells a user nothing.
We look for each library first and name the packages to install. Linux only: Windows and
macOS bundles carry everything Qt needs.
"""

from __future__ import annotations

import os
import sys
from ctypes.util import find_library

# library name for find_library: (Debian and Ubuntu package, Fedora package)
XCB_LIBRARIES = {
    "xcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "xcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "xcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "xcb-image": ("libxcb-image0", "xcb-util-image"),
    "xcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "xkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


def needs_xcb(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """Whether Qt will use its X11 plugin here (not offscreen, not Wayland)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing() -> list[str]:
    return [name for name in XCB_LIBRARIES if find_library(name) is None]


def advice(names: list[str]) -> str:
    debian = " ".join(XCB_LIBRARIES[n][0] for n in names)
    fedora = " ".join(XCB_LIBRARIES[n][1] for n in names)
    return (
        "Supervision Desk cannot open its window: this computer lacks libraries the window "
        f"system needs ({', '.join('lib' + n for n in names)}). Install them, then start "
        f"again:\n  Debian or Ubuntu: sudo apt install {debian}\n"
        f"  Fedora: sudo dnf install {fedora}"
    )
