"""Saves the main screens, light and dark, for a person to review (in this run's temporary
folder; the run's summary names it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from supervision_desk.core import interchange, repos
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import theme
from supervision_desk.gui.unlock import CreateVaultDialog, UnlockDialog
from tests import tools
from tests.conftest import FIXTURES, PASSPHRASE


def _brightness(image) -> float:
    """The average lightness of the whole screen, from 0 (black) to 1 (white)."""
    from PySide6.QtCore import Qt

    average = image.scaled(1, 1, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
    return average.pixelColor(0, 0).lightnessF()


@pytest.mark.parametrize("size", [(1280, 720), (1600, 1000)], ids=["laptop", "desktop"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.slow
def test_main_screens(qtbot, controller, make_vault, dark, size):
    app = QApplication.instance()
    theme.apply(app, dark=dark)
    suffix = f"{'dark' if dark else 'light'}-{size[0]}x{size[1]}"
    vault = make_vault()
    doc = json.loads((FIXTURES / "spec_example.json").read_text(encoding="utf-8"))
    interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    shots = {}

    unlock = UnlockDialog(vault.path)
    qtbot.addWidget(unlock)
    shots["unlock"] = unlock
    create = CreateVaultDialog()
    qtbot.addWidget(create)
    create.ui.ownerEdit.setText("Alex Morgan")
    create.ui.passEdit.setText("correct horse")
    shots["create"] = create
    window = controller.window
    controller._unlocked(vault)
    window.resize(*size)
    shots["people"] = window
    saved = []
    for name, widget in shots.items():
        saved.append(_save(widget, f"{name}-{suffix}"))
    for index, name in ((mw.JOURNAL, "journal"), (mw.TRACKER, "tracker"), (mw.PROMPTS, "prompts")):
        window.show_section(index)
        saved.append(_save(window, f"{name}-{suffix}"))
    window.show_section(mw.SEARCH)
    window.search.ui.queryEdit.setText("custody")
    window.search.run()
    qtbot.waitUntil(lambda: not window.search.searching())
    saved.append(_save(window, f"search-{suffix}"))
    window.open_session("s1")
    saved.append(_save(window, f"session-{suffix}"))
    # The record fits the window's width: no sideways scrolling, nothing cut off.
    assert not window.editor.ui.scroll.horizontalScrollBar().isVisible()
    window.editor.ui.scroll.verticalScrollBar().setValue(10_000)
    saved.append(_save(window, f"session-end-{suffix}"))
    theme.apply(app, dark=False)
    for path, image in saved:
        assert path.stat().st_size > 5_000
        lightness = _brightness(image)
        assert (lightness < 0.3) if dark else (lightness > 0.75), (path.name, lightness)


def _save(widget, name):
    QApplication.processEvents()
    image = widget.grab().toImage()
    path = tools.shots() / f"{name}.png"
    image.save(str(path))
    return path, image


CHILD = Path(__file__).with_name("screens_child.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("screen", [(1280, 720), (1920, 1080)], ids=["laptop", "desktop"])
@pytest.mark.slow
def test_every_screen_fits_at_normal_and_double_text(make_vault, tmp_path, screen):
    """Every page (a supervisor's and a practitioner's) and the main dialogs, on a laptop's
    and a desktop's screen, light and dark, at normal and 200% text over a desktop's 11 pt:
    no page or dialog scrolls sideways or is larger than the screen. The screenshots are left
    for a person to look at."""
    boss = make_vault(tmp_path / "boss.sdvault")
    doc = json.loads((FIXTURES / "spec_example.json").read_text(encoding="utf-8"))
    interchange.import_records(boss, interchange.parse(json.dumps(doc)))
    repos.save(
        boss,
        "people",
        {
            "id": "nq",
            "name": "Oluwaseun Adeyemi-Fitzgerald",
            "role": "social_worker",
            "started_role": "2025-09-01",
            "newly_qualified": True,
        },
    )
    for month in range(1, 13):
        repos.save(
            boss,
            "sessions",
            {"person": "nq", "date": f"2025-{month:02d}-10", "minutes": 60, "agenda": "Visits."},
        )
    boss.close()
    own = make_vault(tmp_path / "own.sdvault", owner="Sam Taylor", mode="practitioner")
    own.close()
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "screen",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    folder = tools.shots() / "screens"
    folder.mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, str(CHILD), str(boss.path), str(own.path), PASSPHRASE, str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        },
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["problems"] == []
    # 7 pages and 7 dialogs a supervisor meets, 2 pages of a practitioner's, 4 ways each.
    assert len(found["shots"]) == 4 * (7 + 7 + 2)
    for name in found["shots"]:
        assert (folder / name).stat().st_size > 5_000, name
