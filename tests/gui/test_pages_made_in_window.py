"""A page is made inside the window's stack of pages, so the style sheet is worked out for it
once. It looks as a page made apart and moved in: headings, help lines and message lines keep
the look the style sheet gives their role."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

from supervision_desk.gui import theme
from supervision_desk.gui.app import make_app
from supervision_desk.gui.pages import PAGES, STYLED_BY


def _look(page) -> set[tuple]:
    return {
        (
            label.objectName(),
            label.font().bold(),
            label.font().italic(),
            label.font().pointSizeF(),
            label.palette().color(label.foregroundRole()).name(),
        )
        for label in page.findChildren(QLabel)
    }


def test_a_page_made_inside_the_window_looks_as_one_moved_in(qtbot):
    app = make_app()
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.show()
    for spec in PAGES:
        looks = []
        for parent in (None, stack):
            page = spec.build(parent)
            stack.addWidget(page)
            stack.setCurrentWidget(page)
            app.processEvents()
            looks.append(_look(page))
        assert looks[0] == looks[1], spec.key
    heading = stack.currentWidget()  # the last page built (the session editor) has headings
    assert any(label.font().bold() for label in heading.findChildren(QLabel))


def test_every_property_the_style_sheet_reads_is_applied_again(qtbot):
    make_app()
    sheet = theme.style_sheet(False, QApplication.font())
    read = set(re.findall(r"\[(\w+)\s*[~|^$*]?=", sheet))
    assert read and read <= {name.decode() for name in STYLED_BY}
