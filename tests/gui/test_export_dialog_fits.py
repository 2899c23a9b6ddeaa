"""The export dialog fits a 1280×720 laptop's screen at normal text size without scrolling,
whatever is chosen, the password and its repeat whole; at 200% it may scroll down, never
sideways, and nothing in it is cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from supervision_desk.gui import fit
from supervision_desk.gui import main_window as mw
from tests import tools
from tests.gui.test_export_dialog import _open
from tests.gui.test_fits_screen import LAPTOP


@pytest.fixture(autouse=True)
def laptop(monkeypatch):
    """Dialogs fit themselves to the room a 1280×720 laptop's screen leaves them."""
    monkeypatch.setattr(fit, "room", lambda window: LAPTOP)


def _settled():
    for _ in range(3):
        QApplication.processEvents()


def _choices(dialog):
    radios = dialog._radios().items()
    return [name for name, radio in radios if radio.isEnabled() and not radio.isHidden()]


def _whole(dialog) -> list[str]:
    """The fields, boxes and labels of the form that are narrower than they need, or
    outside the part of the form in view."""
    scroll = dialog.ui.scroll
    view = scroll.viewport()
    found = []
    kinds = (QLineEdit, QCheckBox, QRadioButton, QLabel)
    for widget in scroll.widget().findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget.parent(), QLineEdit | QAbstractSpinBox):  # a date's own field
            continue
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name!r} {widget.width()} wide, needs {widget.minimumSizeHint()}")
        right = widget.mapTo(view, widget.rect().topRight()).x()
        if right >= view.width():
            found.append(f"{name!r} ends at {right} in {view.width()}")
    return found


def test_at_normal_size_on_a_laptop_nothing_scrolls_and_the_password_is_whole(
    qtbot, controller, make_vault, desktop_text
):
    window = _open(qtbot, controller, make_vault)
    desktop_text(100)
    window.resize(LAPTOP)
    window.open_session("s1-1")
    dialog = window.export_pdf()
    qtbot.waitExposed(dialog)
    assert set(_choices(dialog)) >= {"session", "person", "team", "journal"}
    scroll = dialog.ui.scroll
    for choice in _choices(dialog):
        dialog._radios()[choice].setChecked(True)
        _settled()
        assert dialog.height() <= LAPTOP.height(), (choice, dialog.height())
        assert scroll.verticalScrollBar().maximum() == 0, choice  # the whole form in view
        assert not scroll.horizontalScrollBar().isVisible(), choice
        assert _whole(dialog) == [], choice
    dialog.ui.passwordCheck.setChecked(True)
    _settled()
    view = scroll.viewport()
    for field in (dialog.ui.passwordEdit, dialog.ui.repeatEdit):
        box = field.rect().translated(field.mapTo(view, field.rect().topLeft()))
        assert view.rect().contains(box), (field.accessibleName(), box, view.rect())
        assert field.height() >= field.sizeHint().height(), field.accessibleName()
    dialog.grab().save(str(tools.shots() / "export-laptop-100.png"))


@pytest.mark.parametrize("page", [mw.SESSION, mw.PEOPLE])
def test_at_200_percent_on_a_laptop_it_scrolls_down_only_and_nothing_is_cut(
    qtbot, controller, make_vault, desktop_text, page
):
    window = _open(qtbot, controller, make_vault)
    if page == mw.SESSION:
        window.open_session("s1-1")
    else:
        window.show_section(mw.PEOPLE)
    desktop_text(200)
    dialog = window.export_pdf()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= LAPTOP.width() and dialog.height() <= LAPTOP.height()
    scroll = dialog.ui.scroll
    for choice in _choices(dialog):
        dialog._radios()[choice].setChecked(True)
        _settled()
        assert dialog.width() <= LAPTOP.width() and dialog.height() <= LAPTOP.height()
        assert scroll.horizontalScrollBar().maximum() == 0, choice
        assert _whole(dialog) == [], choice
    dialog.grab().save(str(tools.shots() / f"export-laptop-200-{page}.png"))
