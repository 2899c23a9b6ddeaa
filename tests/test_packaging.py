"""What packaging ships: a self-test that proves an installation works, valid desktop and
AppStream files, and icons at the sizes desktops ask for."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests import tools

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.supervisiondesk.SupervisionDesk"
# Linux's desktop files and tools; every system's bundle self-tests in packaging/build.py.
pytestmark = pytest.mark.linux


def tool(name: str) -> str:
    return tools.tool(name, "desktop-file-utils, appstream")


@pytest.mark.slow
def test_self_test_passes_without_a_display(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(user),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-m", "supervision_desk", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line for line in result.stdout.splitlines() if line.startswith("ok")]
    assert len(steps) == 7
    assert list(user.iterdir()) == [], "the self-test left files in the user's home"


def test_desktop_entry_is_valid():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_metainfo_is_valid():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icons_have_the_size_their_folder_names(size):
    png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    width, height = struct.unpack(">II", png.read_bytes()[16:24])
    assert (width, height) == (size, size)
