"""Marks on copied record text that clipboard managers and cloud clipboards honour: they
neither keep it in their history nor send it anywhere. Each system has its own marks."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData

KDE_HINT = "x-kde-passwordManagerHint"  # Klipper and most Linux clipboard managers
# Windows formats, named the way Qt passes a raw clipboard format through.
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
WINDOWS_EXCLUDE = _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing")
WINDOWS_NO_HISTORY = _WINDOWS.format("CanIncludeInClipboardHistory")
WINDOWS_NO_CLOUD = _WINDOWS.format("CanUploadToCloudClipboard")
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"  # org.nspasteboard.ConcealedType


def hints(platform: str = sys.platform) -> dict[str, bytes]:
    if platform == "win32":
        dword_zero = (0).to_bytes(4, "little")
        return {
            WINDOWS_EXCLUDE: (1).to_bytes(4, "little"),
            WINDOWS_NO_HISTORY: dword_zero,
            WINDOWS_NO_CLOUD: dword_zero,
        }
    if platform == "darwin":
        return {MAC_CONCEALED: b"secret"}
    return {KDE_HINT: b"secret"}


def is_marked(mime: QMimeData | None, platform: str = sys.platform) -> bool:
    return mime is not None and all(mime.hasFormat(name) for name in hints(platform))


def marked(source: QMimeData | None = None, *, text: str | None = None) -> QMimeData:
    """A copy of ``source`` (or plain ``text``) carrying this system's marks."""
    mime = QMimeData()
    if source is not None:
        for name in source.formats():
            mime.setData(name, source.data(name))
    if text is not None:
        mime.setText(text)
    for name, value in hints().items():
        mime.setData(name, value)
    return mime
