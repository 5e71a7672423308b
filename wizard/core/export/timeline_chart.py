"""The timeline as a drawing: a date axis from the assessment date to the latest projected licence date.

Rows, top to bottom: each time-based condition (a diamond on the day it is met),
each process step (a bar from its earliest start to its latest end), and the
projected licence range. A dashed line marks the earliest filing date.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..report import Timeline
from ..workdays import add_months, add_workdays, is_workday
from .texts import t

ROW = 17
LABEL_WIDTH = 165
AXIS_HEIGHT = 34
TOP = 14
BAR = colors.HexColor("#5b9bd5")
BAR_LIGHT = colors.HexColor("#c5dcf0")
LICENCE = colors.HexColor("#5cb85c")
LICENCE_LIGHT = colors.HexColor("#c8e6c9")
MARKER = colors.HexColor("#e69500")
MET = colors.HexColor("#5cb85c")
FILING = colors.HexColor("#c62828")
AXIS = colors.HexColor("#555555")
GRID = colors.HexColor("#e3e3e3")
UNKNOWN = colors.HexColor("#8c8c8c")


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a label with an ellipsis so it never runs into the plot."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


Span = tuple[dt.date, dt.date, dt.date]  # (start, earliest end, latest end)


def _back(day: dt.date, count: int) -> dt.date:
    """`count` working days before `day` (the inverse of add_workdays, for drawing only)."""
    while count > 0:
        day -= dt.timedelta(days=1)
        count -= is_workday(day)[0]
    return day


def step_spans(timeline: Timeline) -> list[Span | None]:
    """Where each step falls, or None where the source gives no duration.

    Steps with a duration before the first unknown one are counted forwards from
    the earliest filing; those after the last unknown one backwards from the
    projected licence date. Unknown steps lie somewhere in between.
    """
    steps = timeline.steps
    if timeline.earliest_filing is None or not steps:
        return [None] * len(steps)
    spans: list[Span | None] = [None] * len(steps)
    low_offset = high_offset = 0
    index = 0
    while index < len(steps) and steps[index].working_days:
        low, high = steps[index].working_days
        start, _ = add_workdays(timeline.earliest_filing, low_offset)
        early_end, _ = add_workdays(timeline.earliest_filing, low_offset + low)
        late_end, _ = add_workdays(timeline.earliest_filing, high_offset + high)
        spans[index] = (start, early_end, late_end)
        low_offset, high_offset = low_offset + low, high_offset + high
        index += 1
    if index == len(steps) or timeline.licence_to is None:
        return spans
    late_end = timeline.licence_to
    for back in range(len(steps) - 1, index, -1):
        if not steps[back].working_days:
            break
        low, high = steps[back].working_days
        start = _back(late_end, high)
        early_end, _ = add_workdays(start, low)
        spans[back] = (start, early_end, late_end)
        late_end = start
    return spans


def unknown_window(timeline: Timeline, spans: list[Span | None]) -> tuple[dt.date, dt.date] | None:
    """The stretch in which the steps without a duration must happen."""
    if timeline.earliest_filing is None or timeline.licence_to is None:
        return None
    known_before = [s[1] for s in spans[: spans.index(None)] if s] if None in spans else []
    after = [s[0] for s in spans[spans.index(None):] if s] if None in spans else []
    start = max(known_before, default=timeline.earliest_filing)
    end = min(after, default=timeline.licence_to)
    return (start, end) if start < end else (timeline.earliest_filing, timeline.licence_to)


def _ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    """First days of months between start and end, thinned to at most ~10 labels."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = next(s for s in (1, 2, 3, 6, 12, 24) if months / s <= 10)
    first = dt.date(start.year, start.month, 1)
    ticks, index = [], 0
    while True:
        day = add_months(first, index)
        if day > end:
            return ticks
        if day >= start and (day.month - 1) % step == 0:
            ticks.append(day)
        index += 1


def timeline_drawing(timeline: Timeline, font: str, lang: str, width: float) -> Drawing:
    spans = step_spans(timeline)
    rows: list[tuple[str, str, tuple]] = []  # (kind, label, data)
    for condition in timeline.conditions:
        rows.append(("condition", condition.title.get(lang), (condition.met, condition.met_on)))
    window = unknown_window(timeline, spans)
    for step, span in zip(timeline.steps, spans, strict=True):
        if step.working_days:
            low, high = step.working_days
            rows.append(("step", f"{step.name.get(lang)} ({low}–{high})", span))
        else:
            rows.append(("unknown", step.name.get(lang), window))
    if timeline.licence_from and timeline.licence_to:
        rows.append(("licence", t("licence_range", lang), (timeline.licence_from, timeline.licence_to)))

    dates = [timeline.as_of]
    dates += [c.met_on for c in timeline.conditions if c.met_on]
    dates += [d for d in (timeline.earliest_filing, timeline.licence_to) if d]
    dates += [s[2] for s in spans if s]
    start = timeline.as_of
    end = max(max(dates), start + dt.timedelta(days=60))
    end += dt.timedelta(days=max(3, (end - start).days // 30))  # room for the last label
    span_days = (end - start).days

    height = TOP + ROW * max(len(rows), 1) + AXIS_HEIGHT
    drawing = Drawing(width, height, initialFontName=font)  # not Helvetica, which the PDF would not embed
    plot_left, plot_right = LABEL_WIDTH + 6, width - 8
    plot_width = plot_right - plot_left

    def x(day: dt.date) -> float:
        return plot_left + plot_width * (day - start).days / span_days

    axis_y = AXIS_HEIGHT - 14
    top_y = height - TOP + 4
    for tick in _ticks(start, end):
        drawing.add(Line(x(tick), axis_y, x(tick), top_y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(Line(x(tick), axis_y - 3, x(tick), axis_y, strokeColor=AXIS, strokeWidth=0.6))
        drawing.add(String(x(tick), axis_y - 12, tick.strftime("%Y-%m"), fontName=font, fontSize=7,
                           fillColor=AXIS, textAnchor="middle"))
    drawing.add(Line(plot_left, axis_y, plot_right, axis_y, strokeColor=AXIS, strokeWidth=0.8))

    for index, (kind, label, data) in enumerate(rows):
        y = height - TOP - ROW * (index + 1) + ROW / 2  # row centre
        if index % 2 == 0:
            drawing.add(Rect(0, y - ROW / 2, width, ROW, fillColor=colors.HexColor("#f7f7f7"), strokeColor=None))
        drawing.add(String(2, y - 3, _fit(label, font, 8, LABEL_WIDTH - 4), fontName=font, fontSize=8))
        if kind == "condition":
            met, met_on = data
            if met:
                _diamond(drawing, x(start), y, MET)
                drawing.add(String(x(start) + 7, y - 3, t("already_met", lang), fontName=font, fontSize=7, fillColor=MET))
            elif met_on:
                _diamond(drawing, x(met_on), y, MARKER)
                label_end = x(met_on) + 7 + stringWidth(met_on.isoformat(), font, 7)
                filing_x = x(timeline.earliest_filing) if timeline.earliest_filing else None
                crosses = filing_x is not None and x(met_on) < filing_x - 1 < label_end
                # Keep the date clear of the dashed filing line: put it left of the marker instead.
                anchor, text_x = ("end", x(met_on) - 7) if crosses or label_end > width else ("start", x(met_on) + 7)
                drawing.add(String(text_x, y - 3, met_on.isoformat(), fontName=font, fontSize=7, textAnchor=anchor))
            else:
                drawing.add(String(plot_left + 2, y - 3, t("unknown_date", lang), fontName=font, fontSize=7,
                                   fillColor=FILING))
        elif kind == "unknown" or data is None:
            if data:  # somewhere inside this stretch; the source gives no duration
                drawing.add(Rect(x(data[0]), y - 5, max(x(data[1]) - x(data[0]), 1.5), 10, fillColor=None,
                                 strokeColor=UNKNOWN, strokeWidth=0.7, strokeDashArray=[2, 2]))
            drawing.add(String((x(data[0]) + 3) if data else plot_left + 2, y - 3, t("no_duration", lang),
                               fontName=font, fontSize=7, fillColor=UNKNOWN))
        else:
            light, dark = (LICENCE_LIGHT, LICENCE) if kind == "licence" else (BAR_LIGHT, BAR)
            first, early_end, late_end = data if kind == "step" else (data[0], data[0], data[1])
            if kind == "licence":
                first = timeline.earliest_filing or data[0]
                early_end = data[0]
            drawing.add(Rect(x(first), y - 5, max(x(late_end) - x(first), 1.5), 10, fillColor=light, strokeColor=None))
            drawing.add(Rect(x(first), y - 5, max(x(early_end) - x(first), 1.5), 10, fillColor=dark, strokeColor=None))
            if kind == "licence":
                text = f"{data[0].isoformat()} – {data[1].isoformat()}"
                anchor, text_x = ("end", x(first) - 4) if x(late_end) + 100 > plot_right else ("start", x(late_end) + 4)
                drawing.add(String(text_x, y - 3, text, fontName=font, fontSize=7.5, fillColor=LICENCE,
                                   textAnchor=anchor))

    # Today and the earliest filing date as vertical lines over every row.
    drawing.add(Line(x(start), axis_y, x(start), top_y, strokeColor=AXIS, strokeWidth=0.8))
    drawing.add(String(x(start), top_y + 2, t("today", lang), fontName=font, fontSize=7, fillColor=AXIS,
                       textAnchor="start"))
    if timeline.earliest_filing:
        filing_x = x(timeline.earliest_filing)
        drawing.add(Line(filing_x, axis_y, filing_x, top_y, strokeColor=FILING, strokeWidth=1,
                         strokeDashArray=[3, 2]))
        text = f"{t('earliest_filing', lang)} {timeline.earliest_filing.isoformat()}"
        near_start = filing_x - x(start) < stringWidth(t("today", lang), font, 7) + 8
        anchor = "end" if filing_x > plot_right - 90 else "start"
        label_x = filing_x - 2 if anchor == "end" else filing_x + 2
        if near_start and anchor == "start":
            label_x = max(label_x, x(start) + stringWidth(t("today", lang), font, 7) + 6)
        drawing.add(String(label_x, top_y + 2, text, fontName=font, fontSize=7, fillColor=FILING,
                           textAnchor=anchor))
    return drawing


def _diamond(drawing: Drawing, cx: float, cy: float, colour: colors.Color) -> None:
    size = 4.5
    drawing.add(Polygon([cx, cy + size, cx + size, cy, cx, cy - size, cx - size, cy], fillColor=colour,
                        strokeColor=colors.white, strokeWidth=0.5))
