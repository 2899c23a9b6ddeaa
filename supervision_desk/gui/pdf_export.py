"""Writing a dialog's PDF off the UI thread, with its Export button and message line kept in
step: one way for every dialog that exports a document of its own (CPD log, ASYE progress)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from .. import paths
from ..core import filenames
from ..core.errors import DeskError
from ..core.shown import shown as shown_path
from . import a11y
from .workers import run_in_background


def ask_destination(parent: QWidget, title: str, name: str) -> Path | None:
    """Where to save a PDF: offered in the Documents folder (made if missing) under a name no
    file there has yet, so Enter never overwrites an earlier export."""
    suggested = filenames.free_path(paths.documents_dir(), name)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), "PDF files (*.pdf)")
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")


def export(dialog: Any, make: Callable[[], Any], dest: Path) -> None:
    """Write the document ``make()`` builds to ``dest`` in the background; the dialog needs
    ``ui.exportButton`` and ``ui.message``."""

    def work() -> Path:
        from ..core import pdf

        return pdf.write(make(), dest)

    def exported(path: Path) -> None:
        dialog.ui.exportButton.setEnabled(True)
        a11y.say(dialog.ui.message, f"Saved {shown_path(path)} (not encrypted: keep it safe)")

    def failed(exc: Exception) -> None:
        dialog.ui.exportButton.setEnabled(True)
        reason = str(exc) if isinstance(exc, DeskError | OSError) else repr(exc)
        a11y.say(dialog.ui.message, f"Not exported: {reason}", error=True)

    dialog.ui.exportButton.setEnabled(False)
    a11y.say(dialog.ui.message, "Exporting…")
    dialog._task = run_in_background(work, exported, failed)
