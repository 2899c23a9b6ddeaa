"""Help: each page is in the Help menu and opens at its own heading; the pages have real
headings and links that say where they go, and are read by keyboard; and every menu path and
every control a page names is one the real windows have, so the help cannot drift from the
app."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from supervision_desk import paths
from supervision_desk.core import repos
from supervision_desk.gui import desks
from supervision_desk.gui import help as help_pages
from supervision_desk.gui import main_window as mw
from supervision_desk.gui.unlock import CreateVaultDialog, UnlockDialog
from tests.gui import test_two_desks_gui as two_desks
from tests.gui.conftest import open_window, unlock
from tests.gui.test_keyboard_only import active

# Two vaults in two windows, the file dialogs and the message box: as the two-desks tests.
two, files, told = two_desks.two, two_desks.files, two_desks.told
MENUS = ("File", "Edit", "Record", "View", "Help")


class HelpPage(HTMLParser):
    """What a help page holds: its headings, its links, and the names it gives to menu paths
    (<b class="menu">) and to controls (<b class="ui">); ``loose`` is the text outside them."""

    def __init__(self, file: str):
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.links: list[tuple[str, str]] = []
        self.named: list[tuple[str, str]] = []
        self.loose: list[str] = []
        self._open: list[tuple[str, str, list[str]]] = []  # tag, what it is, text so far
        self.feed(paths.resource("help", file).read_text("utf-8"))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("h2", "h3"):
            self._open.append((tag, tag, []))
        elif tag == "a":
            self._open.append((tag, attrs.get("href") or "", []))
        elif tag == "b" and attrs.get("class") in ("menu", "ui"):
            self._open.append((tag, attrs["class"], []))

    def handle_endtag(self, tag):
        if self._open and self._open[-1][0] == tag:
            _, what, text = self._open.pop()
            words = " ".join("".join(text).split())
            if tag in ("h2", "h3"):
                self.headings.append((tag, words))
            elif tag == "a":
                self.links.append((what, words))
            else:
                self.named.append((what, words))
            for outer in self._open:  # a heading or link holding a name reads it too
                outer[2].append(words)

    def handle_data(self, data):
        if self._open:
            self._open[-1][2].append(data)
        else:
            self.loose.append(data)


PAGES = {page.file: HelpPage(page.file) for page in help_pages.PAGES}


def norm(text: str) -> str:
    """A control's words as a reader sees them: no mnemonic marker, one space, no colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":")


def _strip(text: str) -> str:
    return text.replace("&", "")


# -- the pages and the menu ---------------------------------------------------------------


def test_each_page_is_in_the_help_menu_and_opens_at_its_heading(qtbot, controller, filled_vault):
    window = open_window(qtbot, controller, filled_vault)
    items = [a for a in window.ui.menuHelp.actions() if not a.isSeparator()]
    # The pages in their order, then About.
    assert [_strip(a.text()) for a in items] == [p.title for p in help_pages.PAGES] + [
        "About Supervision Desk"
    ]
    first = None
    for page, action in zip(help_pages.PAGES, items, strict=False):
        action.trigger()
        dialog = window.help_dialog
        first = first or dialog
        assert dialog.isVisible()
        assert dialog is first  # one help window, turned to each page in turn
        assert dialog.ui.browser.toPlainText().splitlines()[0].strip() == page.title
        assert dialog.windowTitle() == f"{page.title} — Help"
        assert dialog.ui.pageList.currentItem().text() == page.title
    # F1 is Getting started, wherever the help window stood.
    assert window.ui.actionGettingStarted.shortcut().toString() == "F1"
    window.ui.actionGettingStarted.trigger()
    assert dialog.page == "getting-started.html"


def test_pages_have_real_headings_and_links_that_say_where_they_go():
    for file, page in PAGES.items():
        title = help_pages.page_for(file).title
        assert [t for tag, t in page.headings if tag == "h2"] == [title], file
        assert sum(1 for tag, _ in page.headings if tag == "h3") >= 2, file
        for href, text in page.links:
            # Each link goes to another page and reads as that page's title.
            assert href in help_pages.FILES, (file, href)
            assert text == help_pages.page_for(href).title, (file, href, text)
    contents = {href for href, _ in PAGES["getting-started.html"].links}
    assert contents >= set(help_pages.FILES) - {"getting-started.html"}


def test_the_pages_are_read_by_keyboard(qtbot):
    dialog = help_pages.HelpDialog(None, "getting-started.html")
    qtbot.addWidget(dialog)
    dialog.show()
    active(dialog)
    # Alt+P reaches the list of pages; the arrow keys turn the pages.
    qtbot.keyClick(dialog, Qt.Key_P, Qt.AltModifier)
    assert dialog.ui.pageList.hasFocus()
    qtbot.keyClick(dialog.ui.pageList, Qt.Key_Down)
    assert dialog.page == "two-desks.html"
    assert dialog.windowTitle() == "Two desks: agreeing a record — Help"
    # Tab from the list goes into the page; Tab again reaches its first link, Enter follows it.
    qtbot.keyClick(dialog.ui.pageList, Qt.Key_Tab)
    browser = dialog.ui.browser
    assert browser.hasFocus()
    qtbot.keyClick(browser, Qt.Key_Tab)
    assert browser.textCursor().selectedText() == "Your own supervision (practitioner)"
    qtbot.keyClick(browser, Qt.Key_Return)
    assert dialog.page == "my-supervision.html"
    assert dialog.ui.pageList.currentItem().text() == "Your own supervision (practitioner)"
    assert browser.toPlainText().startswith("Your own supervision (practitioner)")


# -- what the pages name is what the app shows ----------------------------------------------


def menu_paths(*windows) -> set[str]:
    """Every path through the menus, as "File → Back up now…", in any of the windows."""
    found = set()

    def walk(menu: QMenu, trail: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = f"{trail} → {norm(action.text())}"
            found.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    for window in windows:
        for top in window.menuBar().actions():
            walk(top.menu(), norm(top.text()))
    return found


def shown_names(*roots: QWidget) -> set[str]:
    """The words each control, section, tab, group and window under ``roots`` shows."""
    found: set[str] = set()
    for root in roots:
        for widget in (root, *root.findChildren(QWidget)):
            if widget.isWindow():
                found.add(widget.windowTitle())
            # A list is named by what a screen reader says of it, as the help may name it.
            if isinstance(widget, QAbstractItemView):
                found.add(widget.accessibleName())
            if isinstance(widget, (QAbstractButton, QLabel)):
                found.add(widget.text())
            if isinstance(widget, QGroupBox):
                found.add(widget.title())
            if isinstance(widget, QTabWidget):
                found.update(widget.tabText(i) for i in range(widget.count()))
            if isinstance(widget, QListWidget):
                found.update(widget.item(i).text() for i in range(widget.count()))
        found.update(a.text() for a in root.findChildren(QAction))
    return {norm(t) for t in found if t}


@pytest.mark.slow
def test_every_menu_path_and_control_the_help_names_is_in_the_app(
    qtbot, controller, two, files, told, answers, tmp_path, monkeypatch
):
    boss_win, sam_win = two
    boss = boss_win.vault
    sam_person = repos.get(boss, "people", "p1")
    repos.save(boss, "people", {**sam_person, "newly_qualified": True})  # in the ASYE
    # A whole round, so the buttons that change their name with it are seen as they read.
    two_desks._pair_both(qtbot, boss_win, sam_win, files, tmp_path)
    boss_win.open_session("s1")
    before = shown_names(boss_win)  # "Send for agreement…", before it has gone
    two_desks._send(qtbot, boss_win, files, tmp_path / "v1.sdx", monkeypatch)
    two_desks._agreed_round(qtbot, boss_win, sam_win, files, tmp_path, "v1")
    for window in (boss_win, sam_win):
        for row in range(window.ui.sidebar.count()):
            if not window.ui.sidebar.isRowHidden(row):
                window.show_section(row)
    sam_win.show_section(mw.RECEIVED)
    boss_win.open_session("s1")
    boss_win.people.select_person("p1")
    roots: list[QWidget] = [
        boss_win,
        sam_win,
        boss_win.show_identity(),
        boss_win.people.pair(),
        boss_win.people.edit_person(),
        boss_win.people.open_asye(),
        boss_win.export_pdf(),
        desks.SendDialog(["Sam Taylor"], True, boss_win),
        sam_win.journal.open_cpd(),
    ]
    for lone in (UnlockDialog(boss.path), CreateVaultDialog()):  # the screens before a vault
        qtbot.addWidget(lone)
        roots.append(lone)
    names = before | shown_names(*roots)
    paths_ = menu_paths(boss_win, sam_win)

    # A lock with a dialog half typed: after the unlock, what was typed is offered back.
    typed = boss_win.people.edit_person()
    qtbot.keyClicks(typed.ui.nameEdit, " Jones")
    controller.lock()
    names |= shown_names(controller.unlock_dialog)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: getattr(controller, "kept_dialog", None) is not None, timeout=5000)
    names |= shown_names(controller.kept_dialog)

    missing, checked = [], {"menu": 0, "ui": 0}
    for file, page in PAGES.items():
        for kind, text in page.named:
            checked[kind] += 1
            if kind == "menu":
                if text not in paths_:
                    missing.append(f"{file}: menu {text!r}")
            elif norm(text) not in names:
                missing.append(f"{file}: control {text!r}")
        # A menu path written without the mark would escape this check.
        for loose in page.loose:
            for found in re.findall(rf"\b(?:{'|'.join(MENUS)}) →[^.;:)]*", loose):
                missing.append(f"{file}: unmarked menu path {found!r}")
    assert missing == []
    # The pages name plenty, so an empty check cannot pass for a full one.
    assert checked["menu"] >= 20 and checked["ui"] >= 80, checked


def test_at_200_percent_the_page_keeps_most_of_the_width(
    qtbot, controller, filled_vault, desktop_text, tmp_path
):
    """At a large text size on a laptop the list of pages takes a third of the dialog at
    most, its titles wrapping onto a second line rather than being cut; the page beside it
    has the rest (the list once took half, for the longest title on one line)."""
    window = open_window(qtbot, controller, filled_vault)
    desktop_text(200)
    dialog = window.show_help("getting-started.html")
    dialog.resize(1280 - 40, 720 - 60)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    pages, browser = dialog.ui.pageList, dialog.ui.browser
    assert pages.width() <= dialog.width() // 3 + 1
    assert browser.width() > 1.8 * pages.width()
    for row in range(pages.count()):
        shown = pages.visualItemRect(pages.item(row))
        # Whole in the list's width, and tall enough for every line its title wraps to.
        assert shown.width() <= pages.viewport().width()
        lines = pages.fontMetrics().boundingRect(
            0, 0, shown.width(), 10_000, int(Qt.TextFlag.TextWordWrap), pages.item(row).text()
        )
        assert shown.height() >= lines.height()
    dialog.grab().save(str(tmp_path / "help-200.png"))
