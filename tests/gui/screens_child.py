"""Shows every page and the main dialogs on one screen size, light and dark, at normal and
double text size over a desktop's 11 pt, saves a screenshot of each and prints, as JSON, what
did not fit: ``python screens_child.py SUPERVISOR_VAULT PRACTITIONER_VAULT PASSPHRASE FOLDER``.
The parent runs it with Qt's offscreen screen set to the size wanted (a test process has one
screen, 800×800, for its whole life)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QScrollArea, QWidget

from supervision_desk.core.vault import Vault
from supervision_desk.gui import fit
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.app import Controller, make_app, open_settings

DESKTOP_POINTS = 11.0  # as tests/gui/conftest.py: the size GNOME and Ubuntu start with
SCHEMES = ("light", "dark")
SIZES = (100, 200)


def settle() -> None:
    """Let layouts that change on a resize (rows that wrap, columns that stack) settle."""
    for _ in range(4):
        QApplication.processEvents()


def sideways(root: QWidget) -> list[str]:
    """The scroll areas under ``root`` (the page, a record, a dialog's body; not lists and
    tables, which may scroll their columns) that show a sideways scroll bar, or that cannot
    and are narrower than what they hold (which is then cut off at the side)."""
    found = []
    for area in root.findChildren(QScrollArea):
        if isinstance(area, QAbstractItemView) or not area.isVisible():
            continue
        if area.horizontalScrollBar().isVisible():
            found.append(area.objectName() or type(area).__name__)
        elif area.widget() is not None and (
            area.widget().minimumSizeHint().width() > area.viewport().width()
        ):
            found.append(f"{area.objectName() or type(area).__name__} (cut off)")
    return found


def widest(root: QWidget) -> str:
    """The part that makes ``root`` as wide as it is: the innermost shown widget whose least
    width is the largest (named in a failure, to say where to look)."""
    parts = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    parts.sort(key=lambda w: -w.minimumSizeHint().width())
    for part in parts:
        width = part.minimumSizeHint().width()
        inner = [c for c in part.findChildren(QWidget) if c.isVisibleTo(root)]
        if all(c.minimumSizeHint().width() < width * 0.9 for c in inner):
            return f"{type(part).__name__} {part.objectName()!r}, {width} px"
    return ""


class Run:
    def __init__(self, folder: Path):
        self.folder = folder
        screen = QApplication.primaryScreen().availableGeometry()
        self.screen = screen.size()
        self.tag = f"{screen.width()}x{screen.height()}"
        self.shots: list[str] = []
        self.problems: list[str] = []

    def shot(self, widget: QWidget, name: str, where: str) -> None:
        settle()
        path = self.folder / f"{name}-{where}.png"
        widget.grab().save(str(path))
        self.shots.append(path.name)

    def page(self, window, name: str, where: str) -> None:
        settle()
        scroll = window.ui.pageScroll
        page = window.ui.pages.currentWidget()
        if page.minimumSizeHint().width() > scroll.viewport().width():
            self.problems.append(f"{name} {where}: wider than the window ({widest(page)})")
        for area in sideways(window):
            self.problems.append(f"{name} {where}: sideways scroll bar in {area}")
        self.shot(window, name, where)

    def dialog(self, dialog: QDialog, name: str, where: str) -> None:
        dialog.show()
        settle()
        room = fit.room(dialog)
        hint = dialog.minimumSizeHint()
        if hint.width() > room.width() or hint.height() > room.height():
            self.problems.append(f"{name} {where}: needs {hint.toTuple()}, has {room.toTuple()}")
        if dialog.width() > room.width() or dialog.height() > room.height():
            self.problems.append(f"{name} {where}: larger than the screen")
        for area in sideways(dialog):
            self.problems.append(
                f"{name} {where}: sideways scroll bar in {area} ({widest(dialog)})"
            )
        self.shot(dialog, name, where)
        dialog.done(0)


def fill_window(window) -> None:
    """As a window maximised on the screen, less a title bar."""
    screen = window.screen().availableGeometry()
    window.resize(screen.size())
    fit.fit(window)


def supervisor(run: Run, controller: Controller, vault: Vault) -> None:
    from supervision_desk.gui.cpd_dialog import CpdDialog
    from supervision_desk.gui.unlock import CreateVaultDialog

    controller._unlocked(vault)
    window = controller.window
    window.show()
    for scheme in SCHEMES:
        controller.view_menu.set_theme(scheme)
        for percent in SIZES:
            controller.view_menu.set_text_size(percent)
            fill_window(window)
            where = f"{run.tag}-{scheme}-{percent}"
            window.show_section(mw.PEOPLE)
            window.people.select_person("nq")
            run.page(window, "people", where)
            for index, name in (
                (mw.JOURNAL, "journal"),
                (mw.TRACKER, "tracker"),
                (mw.PROMPTS, "prompts"),
            ):
                window.show_section(index)
                run.page(window, name, where)
            window.show_section(mw.SEARCH)
            window.search.ui.queryEdit.setText("custody")
            window.search.run()
            while window.search.searching():
                QApplication.processEvents()
            run.page(window, "search", where)
            window.open_session("s1")
            run.page(window, "session", where)
            record = window.editor.ui.scroll
            record.verticalScrollBar().setValue(record.verticalScrollBar().maximum())
            run.shot(window, "session-end", where)

            window.show_section(mw.PEOPLE)
            window.people.select_person("nq")
            run.dialog(window.people.open_asye(), "asye", where)
            run.dialog(window.people.pair(), "pairing", where)
            run.dialog(window.export_pdf(), "export", where)
            run.dialog(CpdDialog(vault, None, window), "cpd", where)
            run.dialog(CreateVaultDialog(window), "new-vault", where)
            window.open_session("s1")
            discussion = window.editor.cases.open_dialog(None)
            run.dialog(discussion, "case-discussion", where)
            run.dialog(discussion.new_case(), "add-case", where)
            window.show_section(mw.PEOPLE)
    controller.view_menu.set_theme("light")
    controller.view_menu.set_text_size(100)
    controller.lock()


def practitioner(run: Run, controller: Controller, vault: Vault) -> None:
    controller._unlocked(vault)
    window = controller.window
    window.show()
    for scheme in SCHEMES:
        controller.view_menu.set_theme(scheme)
        for percent in SIZES:
            controller.view_menu.set_text_size(percent)
            fill_window(window)
            where = f"{run.tag}-{scheme}-{percent}"
            window.show_section(mw.PEOPLE)
            run.page(window, "my-supervision", where)
            window.show_section(mw.RECEIVED)
            run.page(window, "records", where)


def main() -> None:
    boss, own, passphrase, folder = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    app = make_app()
    font = QFont(app.font())
    font.setPointSizeF(DESKTOP_POINTS)  # before the View menu takes the system's size
    QApplication.setFont(font)
    controller = Controller(open_settings())
    run = Run(folder)
    assert run.screen.expandedTo(QSize(1280, 720)) == run.screen, run.screen
    supervisor(run, controller, Vault.open(boss, passphrase))
    practitioner(run, controller, Vault.open(own, passphrase))
    print(json.dumps({"shots": run.shots, "problems": run.problems}))
    controller.shutdown()


if __name__ == "__main__":
    main()
