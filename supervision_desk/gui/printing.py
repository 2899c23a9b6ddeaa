"""Printing a record or summary exactly as its PDF looks: the PDF is made in memory, read by
QtPdf from memory and drawn page by page on the printer. No copy of it touches the disk
(a print spooler is the system's, as with any printed page)."""

from __future__ import annotations

import time

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget

MAX_DPI = 300  # sharp on paper, and a preview stays quick


def load(data: bytes) -> QPdfDocument:
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    deadline = time.monotonic() + 10
    while document.status() == QPdfDocument.Status.Loading and time.monotonic() < deadline:
        QApplication.processEvents()
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("the document could not be prepared for printing")
    return document


def paint(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page on ``printer``, each fitted to the printable area; returns pages."""
    painter = QPainter(printer)
    dpi = min(printer.resolution(), MAX_DPI)
    try:
        for number in range(document.pageCount()):
            if number:
                printer.newPage()
            points = document.pagePointSize(number)
            image = document.render(
                number, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()


def preview(data: bytes, title: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of the PDF ``data``; its Print button prints it."""
    document = load(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Print preview — {title}")
    dialog.paintRequested.connect(lambda target: paint(document, target))
    # The dialog only borrows these: they must live as long as it does.
    dialog.document, dialog.printer = document, printer
    return dialog
