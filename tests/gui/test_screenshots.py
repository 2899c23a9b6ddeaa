"""Saves the main screens, light and dark, for a person to review (in this run's temporary
folder; the run's summary names it)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from supervision_desk.core import interchange
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import theme
from supervision_desk.gui.unlock import CreateVaultDialog, UnlockDialog
from tests import tools
from tests.conftest import FIXTURES


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
