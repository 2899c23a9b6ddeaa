"""Charts drawn with reportlab's vector graphics: they stay sharp when printed."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from .. import labels, tracker
from ..balance import Balance
from ..records import FUNCTIONS, SESSION_CAPACITIES
from .base import ACCENT, FONT, INK, MUTED, RULE

BAR = colors.HexColor("#7fb3b6")
LOAD = colors.HexColor("#c0692b")
LIMIT = colors.HexColor("#c0392b")


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # reportlab's default would add an unembedded Helvetica
    return drawing


def _with_alt(drawing: Drawing, alt: str) -> Drawing:
    """The words a screen reader gives for the chart (tagging makes them its /Alt text).
    Set through __dict__: a Drawing refuses attributes it does not know."""
    drawing.__dict__["alt_text"] = alt
    return drawing


def _nice_top(value: float) -> float:
    if value <= 0:
        return 10.0
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if value <= step * factor:
            return step * factor
    return step * 10


def workload_chart(
    months: list[tracker.Month], width: float = 170 * mm, height: float = 68 * mm
) -> Drawing:
    """Bars: supervision minutes per month (right scale). Line: average weighted caseload
    (left scale). Dashed: capacity (left) and the standard's monthly minimum (right), each
    as the month carries it (``tracker.months``): the chart draws, it does not count."""
    d = _drawing(width, height)
    left, right, bottom, top = 14 * mm, width - 14 * mm, 16 * mm, height - 6 * mm
    plot_w, plot_h = right - left, top - bottom
    minima = [m.minimum for m in months]
    points = [*(m.capacity for m in months), *(m.caseload for m in months)]
    points_top = _nice_top(max(points) * 1.05)
    minutes_top = _nice_top(
        max([*(m.minutes for m in months), *(v for v in minima if v is not None)]) * 1.05
    )
    slot = plot_w / max(len(months), 1)

    def y_points(v: float) -> float:
        return bottom + plot_h * v / points_top

    def y_minutes(v: float) -> float:
        return bottom + plot_h * v / minutes_top

    for i in range(5):
        y = bottom + plot_h * i / 4
        d.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.3))
        d.add(
            String(
                left - 2,
                y - 2.5,
                f"{points_top * i / 4:g}",
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        d.add(
            String(
                right + 2,
                y - 2.5,
                f"{minutes_top * i / 4:g}",
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
            )
        )
    d.add(
        String(
            left - 2,
            top + 3,
            "points",
            fontName=FONT,
            fontSize=6.5,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    d.add(String(right + 2, top + 3, "minutes", fontName=FONT, fontSize=6.5, fillColor=MUTED))
    for i, month in enumerate(months):
        x = left + slot * i
        if month.minutes:
            d.add(
                Rect(
                    x + slot * 0.2,
                    bottom,
                    slot * 0.6,
                    y_minutes(month.minutes) - bottom,
                    fillColor=BAR,
                    strokeColor=None,
                )
            )
        d.add(
            String(
                x + slot / 2,
                bottom - 9,
                labels.MONTHS[month.first.month - 1],
                fontName=FONT,
                fontSize=6.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        if i == 0 or month.first.month == 1:
            d.add(
                String(
                    x + slot / 2,
                    bottom - 16,
                    str(month.first.year),
                    fontName=FONT,
                    fontSize=6,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    centres = [left + slot * (i + 0.5) for i in range(len(months))]
    minimum_points = [
        v for i, c in enumerate(centres) if minima[i] is not None for v in (c, y_minutes(minima[i]))
    ]
    if minimum_points:
        d.add(PolyLine(minimum_points, strokeColor=ACCENT, strokeWidth=1, strokeDashArray=[3, 2]))
    d.add(
        PolyLine(
            [v for i, c in enumerate(centres) for v in (c, y_points(months[i].capacity))],
            strokeColor=LIMIT,
            strokeWidth=1,
            strokeDashArray=[4, 2],
        )
    )
    d.add(
        PolyLine(
            [v for i, c in enumerate(centres) for v in (c, y_points(months[i].caseload))],
            strokeColor=LOAD,
            strokeWidth=1.8,
        )
    )
    names = tracker.chart_names(months)
    legend = (
        (names["minutes"], BAR, False),
        (names["minimum"], ACCENT, True),
        (names["caseload"], LOAD, False),
        (names["capacity"], LIMIT, True),
    )
    x = left
    for label, colour, dashed in legend:
        d.add(
            Line(
                x,
                2.5 * mm,
                x + 6 * mm,
                2.5 * mm,
                strokeColor=colour,
                strokeWidth=2.5,
                strokeDashArray=[3, 2] if dashed else None,
            )
        )
        d.add(String(x + 7.5 * mm, 1.6 * mm, label, fontName=FONT, fontSize=7, fillColor=INK))
        x += 7.5 * mm + stringWidth(label, FONT, 7) + 5 * mm
    judged = [(m, m.minimum) for m in months if m.minimum is not None]
    short = sum(1 for m, low in judged if m.minutes < low)
    over = sum(1 for m in months if m.caseload > m.capacity)
    span = f"{months[0].first:%B %Y} to {months[-1].first:%B %Y}" if months else "no months"
    capacity = f"{months[-1].capacity:g}" if months else "no"
    alt = (
        f"Chart, {span}: bars show supervision minutes each month against the standard's "
        f"monthly minimum (under it in {short} of {len(judged)} months); a line shows the "
        f"average weighted caseload against a capacity of {capacity} points (over it in "
        f"{over} months). "
        + "; ".join(
            f"{m.first:%b %Y}: {m.minutes} minutes, caseload {m.caseload:.1f}" for m in months
        )
        + "."
    )
    return _with_alt(d, alt)


def hbars(
    items: list[tuple[str, float, str]],
    maximum: float,
    width: float = 170 * mm,
    row: float = 6 * mm,
    colour=BAR,
    marker: float | None = None,
) -> Drawing:
    """Horizontal bars: (label, value, text shown after the bar)."""
    d = _drawing(width, row * len(items) + 2 * mm)
    label_w, text_w = 48 * mm, 34 * mm
    plot_w = width - label_w - text_w
    for i, (label, value, shown) in enumerate(items):
        y = d.height - row * (i + 1)
        d.add(
            String(
                label_w - 2 * mm,
                y + 1.5 * mm,
                label,
                fontName=FONT,
                fontSize=8,
                fillColor=INK,
                textAnchor="end",
            )
        )
        d.add(
            Rect(
                label_w,
                y + 0.8 * mm,
                plot_w,
                row - 2 * mm,
                fillColor=colors.HexColor("#f0ede6"),
                strokeColor=None,
            )
        )
        share = 0 if maximum <= 0 else min(value / maximum, 1.0)
        if share:
            d.add(
                Rect(
                    label_w,
                    y + 0.8 * mm,
                    plot_w * share,
                    row - 2 * mm,
                    fillColor=colour,
                    strokeColor=None,
                )
            )
        d.add(
            String(
                label_w + plot_w + 2 * mm,
                y + 1.5 * mm,
                shown,
                fontName=FONT,
                fontSize=8,
                fillColor=INK,
            )
        )
    if marker is not None and maximum > 0:
        x = label_w + plot_w * min(marker / maximum, 1.0)
        d.add(Line(x, 0, x, d.height, strokeColor=LIMIT, strokeWidth=0.8, strokeDashArray=[2, 2]))
    return _with_alt(
        d, "Bar chart: " + "; ".join(f"{label}: {shown}" for label, _v, shown in items)
    )


def balance_charts(found: Balance) -> tuple[Drawing, Drawing]:
    n = max(found.sessions, 1)
    capacities = [
        (
            labels.CAPACITY[c],
            found.capacity_sessions[c],
            f"{found.capacity_sessions[c]} of {labels.count(found.sessions, 'session')}",
        )
        for c in SESSION_CAPACITIES
    ]
    functions = [
        (
            labels.FUNCTION[f],
            found.function_sessions[f],
            f"{found.function_sessions[f]} of {labels.count(found.sessions, 'session')}",
        )
        for f in FUNCTIONS
    ]
    return hbars(capacities, n), hbars(functions, n, colour=colors.HexColor("#c9a86a"))
