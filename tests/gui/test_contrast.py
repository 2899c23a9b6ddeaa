"""Colours a person with low vision can read: WCAG 2.2 AA contrast, measured on the palette the
app really applies, in light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from supervision_desk.gui import theme

Role = QPalette.ColorRole
BACKGROUNDS = (Role.Window, Role.Base, Role.AlternateBase)


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_measure_matches_wcag_examples():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#777777"), QColor("#ffffff")) < 4.5


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def palette(request, qapp):
    theme.apply(qapp, dark=request.param)
    yield qapp.palette(), request.param
    theme.apply(qapp)


def test_text_on_its_backgrounds_reaches_4_5_to_1(palette):
    pal, dark = palette
    pairs = [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        *((Role.PlaceholderText, bg) for bg in BACKGROUNDS),  # guidance and hints
        *((Role.Link, bg) for bg in (Role.Window, Role.Base)),
    ]
    low = [
        (fg.name, bg.name, round(contrast(pal.color(fg), pal.color(bg)), 2))
        for fg, bg in pairs
        if contrast(pal.color(fg), pal.color(bg)) < 4.5
    ]
    assert low == []
    for name, value in theme.TEXT[dark].items():  # status words, error messages
        for bg in BACKGROUNDS:
            ratio = contrast(QColor(value), pal.color(bg))
            assert ratio >= 4.5, f"{name} {value} on {bg.name}: {ratio:.2f}"


def test_chart_colours_reach_3_to_1(palette):
    pal, dark = palette
    for name, value in theme.GRAPHICS[dark].items():
        for bg in BACKGROUNDS:
            ratio = contrast(QColor(value), pal.color(bg))
            assert ratio >= 3.0, f"{name} {value} on {bg.name}: {ratio:.2f}"


def test_error_messages_use_the_schemes_readable_red(palette, qapp):
    _pal, dark = palette
    assert f"color: {theme.TEXT[dark]['error']};" in qapp.styleSheet()
    assert "@error" not in qapp.styleSheet()
