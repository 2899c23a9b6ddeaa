"""The main window opens whole on the screen: the first time (nothing remembered) in the
middle of the screen at a size that fits it, and later where it was left, unless that place
is on a screen no longer connected or larger than the screen now is."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from supervision_desk.gui import fit
from supervision_desk.gui.app import open_settings
from supervision_desk.gui.main_window import MainWindow


def _outer(window) -> QRect:
    """The window with the frame a window manager puts round it (title bar on top)."""
    side = fit.FRAME.width() // 2
    return window.geometry().adjusted(-side, side - fit.FRAME.height(), side, side)


def _whole_on(window, area: QRect) -> None:
    assert area.contains(_outer(window)), (window.geometry(), area)


def test_the_first_window_fits_and_is_in_the_middle_of_screens_of_every_size():
    for width, height in ((1920, 1080), (1280, 720), (1366, 768), (2560, 1440), (1024, 600)):
        for top in (0, 27):  # with a panel across the top of the screen
            area = QRect(0, top, width, height - top)
            spot = fit.first_geometry(area)
            side = fit.FRAME.width() // 2
            outer = spot.adjusted(-side, side - fit.FRAME.height(), side, side)
            assert area.contains(outer), (area, spot)  # status bar and title bar on screen
            assert spot.size() == fit.FIRST_SIZE.boundedTo(area.size() - fit.FRAME)
            # As much room either side, and above as below.
            assert abs((outer.left() - area.left()) - (area.right() - outer.right())) <= 1
            assert abs((outer.top() - area.top()) - (area.bottom() - outer.bottom())) <= 1
    # On a full HD screen, the first size whole: 120 pixels above its frame and below.
    assert fit.first_geometry(QRect(0, 0, 1920, 1080)) == QRect(320, 152, 1280, 800)


def test_with_fresh_settings_the_window_opens_in_the_middle_of_its_screen(qtbot, controller):
    window = controller.window
    area = QGuiApplication.primaryScreen().availableGeometry()
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    _whole_on(window, area)
    assert window.geometry() == fit.first_geometry(area)


def _saved_at(spot: QRect):
    """What a window left at ``spot`` remembers of its place."""
    widget = QWidget()
    widget.setGeometry(spot)
    saved = widget.saveGeometry()
    widget.deleteLater()
    return saved


def test_a_remembered_place_off_every_screen_or_too_large_is_brought_whole_onto_one(
    qtbot, controller
):
    area = QGuiApplication.primaryScreen().availableGeometry()
    settings = open_settings()
    for spot in (
        QRect(area.right() + 2000, area.bottom() + 1500, 700, 500),  # a screen since unplugged
        QRect(area.left() + 40, area.top() + 60, area.width() * 2, area.height() * 2),
        QRect(area.right() - 100, area.bottom() - 100, 600, 400),  # mostly off the side
    ):
        settings.setValue("window/geometry", _saved_at(spot))
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        _whole_on(window, area)
        window.close()
    # A place that was whole on the screen is kept as it was.
    kept = QRect(area.left() + 50, area.top() + 80, 600, 400)
    settings.setValue("window/geometry", _saved_at(kept))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.geometry() == kept
    assert window.size() == QSize(600, 400)
