"""Render the app icon (resources/icons/app.svg) into the sizes each platform wants.

Run after changing the SVG:  python packaging/make_icons.py
Writes packaging/linux/icons/hicolor/<n>x<n>/apps/<id>.png, packaging/windows/app.ico and
packaging/macos/app.icns. The results are committed, so building needs no extra tools.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.supervisiondesk.SupervisionDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    for size in SIZES:
        folder = ROOT / "packaging" / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(folder / f"{APP_ID}.png"))
    scalable = ROOT / "packaging" / "linux" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(
        (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    )
    render(renderer, 256).save(str(ROOT / "packaging" / "windows" / "app.ico"))
    render(renderer, 512).save(str(ROOT / "packaging" / "macos" / "app.icns"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
