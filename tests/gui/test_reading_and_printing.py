"""Find within the open record, search hits marked on opening, print preview of a record as
its PDF, the View menu's colours and text size remembered, help on F1, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from supervision_desk.core import preferences, search
from supervision_desk.gui import main_window as mw
from supervision_desk.gui import printing
from supervision_desk.gui.app import Controller, open_settings
from tests.gui.conftest import open_window


def _open(qtbot, controller, filled_vault):
    return open_window(qtbot, controller, filled_vault, (1280, 720))


def test_find_marks_every_match_and_steps_through_them(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.open_session("s1")
    window.editor.section("attunement").setPlainText("The group met. A new group formed.")
    window.find("group")
    bar = window.find_bar
    assert bar.isVisible() and bar.count.text().strip() == "1 of 3"  # analysis has one too
    qtbot.keyClick(bar.query, Qt.Key_F3)
    assert bar.count.text().strip() == "2 of 3"
    field, cursor = bar.matches[bar.current]
    assert field.textCursor().position() == cursor.selectionStart()
    marked = field.extraSelections()
    assert len(marked) >= 1 and all(s.cursor.selectedText().lower() == "group" for s in marked)
    bar.query.setText("nothing like this")
    assert bar.count.text().strip() == "Not found"
    qtbot.keyClick(bar.query, Qt.Key_Escape)
    assert not bar.isVisible()
    assert window.editor.section("attunement").extraSelections() == []


def test_opening_a_search_result_marks_the_words(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.start_search()
    window.search.ui.queryEdit.setText("peer")
    hits = search.run(controller.vault.conn, "peer")
    window.open_hit(hits[0])
    assert window.ui.pages.currentIndex() == mw.SESSION
    assert window.find_bar.isVisible() and window.find_bar.matches
    _field, cursor = window.find_bar.matches[0]
    assert cursor.selectedText() == "Peer"


def test_the_toolbar_search_goes_to_the_search_page_and_ctrl_f_stays_in_the_record(
    qtbot, controller, filled_vault, tmp_path
):
    window = _open(qtbot, controller, filled_vault)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)
    window.start_search()
    window.search.ui.queryEdit.setText("peer")
    window.open_hit(search.run(controller.vault.conn, "peer")[0])
    analysis = window.editor.section("analysis")
    assert window.find_bar.isVisible() and analysis.extraSelections()

    # The toolbar's Search, with the record open and its words marked: the search page,
    # the typing in its query, and no Find bar left under it saying "Not found".
    search_button = window.ui.toolbar.widgetForAction(window.ui.actionSearch)
    qtbot.mouseClick(search_button, Qt.LeftButton)
    assert window.ui.pages.currentIndex() == mw.SEARCH
    assert QApplication.focusWidget() is window.search.ui.queryEdit
    assert not window.find_bar.isVisible()
    assert analysis.extraSelections() == []  # no marks left behind in the record
    window.grab().save(str(tmp_path / "toolbar-search.png"))

    # Ctrl+F in the record still opens its Find bar, with the words last looked for.
    window.open_session("s1")
    analysis.setFocus()
    qtbot.keyClick(analysis, Qt.Key_F, Qt.ControlModifier)
    assert window.ui.pages.currentIndex() == mw.SESSION
    assert window.find_bar.isVisible() and window.find_bar.query.text() == "peer"
    assert window.find_bar.count.text().strip() == "1 of 1"


def test_print_preview_renders_the_record_as_its_pdf(qtbot, controller, filled_vault, tmp_path):
    window = _open(qtbot, controller, filled_vault)
    window.open_session("s1")
    dialog = window.print_current()
    qtbot.waitUntil(lambda: getattr(dialog, "preview_dialog", None) is not None, timeout=20_000)
    preview = dialog.preview_dialog
    assert preview.document.pageCount() >= 1
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # print to a PDF file here
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = printing.paint(preview.document, printer)
    assert pages == preview.document.pageCount()
    page = preview.document.render(0, preview.document.pagePointSize(0).toSize())
    assert isinstance(page, QImage) and not page.isNull()
    dark = sum(
        1
        for x in range(0, page.width(), 7)
        for y in range(0, page.height(), 7)
        if page.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100  # the page has text on it
    preview.close()


def test_view_menu_remembers_colours_and_text_size(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    base = QApplication.font().pointSizeF()
    window.ui.actionThemeDark.trigger()
    assert QApplication.palette().window().color().lightness() < 100
    window.ui.actionTextLarger.trigger()
    assert QApplication.font().pointSizeF() > base
    settings = controller.settings
    assert preferences.read(settings, "view/theme") == "dark"
    assert preferences.read(settings, "view/text_size") == 115
    again = Controller(open_settings())  # the next start
    qtbot.addWidget(again.window)
    assert again.window.ui.actionThemeDark.isChecked()
    window.ui.actionTextNormal.trigger()
    window.ui.actionThemeLight.trigger()
    assert abs(QApplication.font().pointSizeF() - base) < 0.01
    assert QApplication.palette().window().color().lightness() > 150
    again.window.close()


def test_f1_opens_getting_started_with_the_shortcuts(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    assert window.ui.actionGettingStarted.shortcut() == QKeySequence("F1")
    window.ui.actionGettingStarted.trigger()
    text = window.help_dialog.ui.browser.toPlainText()
    assert "Getting started" in text and "Ctrl+Shift+F" in text and "Ctrl+P" in text
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.ui.actionFind))]
    taken = [s for s in shortcuts if s]
    assert len(taken) == len(set(taken)), "two actions share a shortcut"


def test_typing_undoes_and_redoes_on_the_usual_keys(qtbot, controller, filled_vault):
    window = _open(qtbot, controller, filled_vault)
    window.open_session("s1")
    edit = window.editor.section("adaptation")
    edit.setPlainText("")
    edit.setFocus()
    qtbot.keyClicks(edit, "Meet at the youth centre")
    qtbot.keySequence(edit, QKeySequence.StandardKey.Undo)
    assert edit.toPlainText().rstrip() == "Meet at the youth"  # a word at a time
    qtbot.keySequence(edit, QKeySequence.StandardKey.Undo)
    assert edit.toPlainText().rstrip() == "Meet at the"
    qtbot.keySequence(edit, QKeySequence.StandardKey.Redo)
    qtbot.keySequence(edit, QKeySequence.StandardKey.Redo)
    assert edit.toPlainText() == "Meet at the youth centre"
    undo_delete = controller.window.ui.actionUndoDelete.shortcut()
    assert undo_delete not in (
        QKeySequence(QKeySequence.StandardKey.Undo),
        QKeySequence(QKeySequence.StandardKey.Redo),
    )
