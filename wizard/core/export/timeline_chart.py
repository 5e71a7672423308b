"""The timeline as a drawing: a date axis from the assessment date to the latest projected licence date.

Rows, top to bottom: each time-based condition (a diamond on the day it is met),
each step the bureau takes after filing (a bar from the latest day it can start to
the latest day it can end: the guides state maxima only), and the licence window
(the dates the sources support). A dashed line marks the earliest filing date.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..china.workdays import add_months
from ..engine import timeline as timeline_steps
from ..report import Timeline
from ..tracking.progress import recorded_progress
from .texts import t

ROW = 17
LINE = 9  # a row label's second line adds this much to the row
LABEL_LINES = 2
NO_LINE_START = "）)，,。.：:；;、"
LABEL_WIDTH = 165
AXIS_HEIGHT = 34
TOP = 14
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


def _may_break_before(text: str, index: int) -> bool:
    """Between words, or next to a Chinese character; never inside "ICP" nor before closing punctuation."""
    before, after = text[index - 1], text[index]
    if after in NO_LINE_START:
        return False
    return before == " " or after == " " or not (before.isascii() and after.isascii())


def label_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A row label in at most LABEL_LINES lines; only a label longer than that ends in an ellipsis."""
    lines: list[str] = []
    while stringWidth(text, font, size) > width and len(lines) < LABEL_LINES - 1:
        fits = 1
        while fits < len(text) and stringWidth(text[: fits + 1], font, size) <= width:
            fits += 1
        # Rather before a bracket whose aside then stands whole on the next line, than leave "局）" alone there.
        aside = next((i for i in range(fits, 0, -1) if text[i] in "（("), None)
        if aside is not None and stringWidth(text[aside:], font, size) <= width:
            cut = aside
        else:
            cut = next((i for i in range(fits, 0, -1) if _may_break_before(text, i)), fits)
        lines.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*lines, _fit(text, font, size, width)]


def _wrap_labels(labels: list[str], font: str) -> list[list[str]]:
    """Each row label's lines, measured once: they set the row's height and are then drawn."""
    return [label_lines(label, font, 8, LABEL_WIDTH - 4) for label in labels]


def _row_heights(wrapped: list[list[str]]) -> list[float]:
    return [ROW + LINE * (len(lines) - 1) for lines in wrapped]


def _row_bands(heights: list[float], height: float) -> list[tuple[float, float]]:
    """Each row's centre and height, from the top of a drawing `height` tall."""
    bands, top = [], height - TOP
    for row_height in heights:
        bands.append((top - row_height / 2, row_height))
        top -= row_height
    return bands


def _draw_label(drawing: Drawing, lines: list[str], font: str, y: float) -> None:
    """A label's lines centred on the row's centre y."""
    first = y - 3 + LINE * (len(lines) - 1) / 2
    for number, line in enumerate(lines):
        drawing.add(String(2, first - LINE * number, line, fontName=font, fontSize=8))


def bureau_steps(timeline: Timeline) -> list:
    """The steps after filing that the bureau takes; the applicant's own are part of filing."""
    return timeline_steps.bureau_steps(timeline.steps)


def step_spans(timeline: Timeline) -> list[timeline_steps.Span | None]:
    """When each bureau step ends at the latest (engine/timeline.py step_spans), from the earliest filing date,
    or from the real submission once filed."""
    return timeline_steps.step_spans(timeline.steps, timeline.earliest_filing or timeline.filing.submitted)


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
    licence = timeline.licence
    rows: list[tuple[str, str, tuple]] = []  # (kind, label, data)
    for condition in timeline.conditions:
        rows.append(("condition", condition.title.get(lang), (condition.met, condition.met_on)))
    waiting = False  # after a step that waits for the applicant's corrections, nothing can be placed
    for step, span in zip(bureau_steps(timeline), spans, strict=True):
        progress = recorded_progress(step)
        waiting |= step.awaits_corrections_of is not None
        if progress is not None:  # once filed: what the tracking section records, or that it waits
            rows.append(("note", step.name.get(lang), progress.get(lang)))
        elif waiting and span is None:
            rows.append(("note", step.name.get(lang), t("after_corrections", lang)))
        elif step.within_working_days is not None:
            rows.append(("step", f"{step.name.get(lang)} (≤{step.within_working_days})", span))
        else:
            rows.append(("unknown", step.name.get(lang), None))
    if licence.latest and not licence.licensed:  # licensed: the sentence above the chart gives the issue date
        rows.append(("licence", t("licence_range", lang), (licence.earliest, licence.latest)))

    dates = [timeline.as_of]
    dates += [c.met_on for c in timeline.conditions if c.met_on]
    dates += [d for d in (timeline.earliest_filing, licence.latest) if d]
    dates += [s[1] for s in spans if s]
    dates = [d for d in dates if d >= timeline.as_of]  # filed: the real submission's dates may lie behind
    start = timeline.as_of
    end = max(max(dates), start + dt.timedelta(days=60))
    end += dt.timedelta(days=max(3, (end - start).days // 30))  # room for the last label
    span_days = (end - start).days

    wrapped = _wrap_labels([label for _kind, label, _data in rows], font)
    heights = _row_heights(wrapped)
    height = TOP + (sum(heights) or ROW) + AXIS_HEIGHT
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

    bands = _row_bands(heights, height)
    for index, ((kind, _label, data), lines, (y, row_height)) in enumerate(zip(rows, wrapped, bands, strict=True)):
        if index % 2 == 0:
            drawing.add(Rect(0, y - row_height / 2, width, row_height, fillColor=colors.HexColor("#f7f7f7"),
                             strokeColor=None))
        _draw_label(drawing, lines, font, y)
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
        elif kind == "note":
            drawing.add(String(plot_left + 2, y - 3, data, fontName=font, fontSize=7, fillColor=UNKNOWN))
        elif kind == "unknown" or data is None:
            # No stated duration, or stated but placed after one that has none (or no filing date yet).
            note = t("no_duration", lang) if kind == "unknown" else t("not_placed", lang)
            drawing.add(String(plot_left + 2, y - 3, note, fontName=font, fontSize=7, fillColor=UNKNOWN))
        elif data[1] < start:  # counted from the real submission, it is already behind today
            drawing.add(String(plot_left + 2, y - 3, t("passed_by", lang, day=data[1].isoformat()), fontName=font,
                               fontSize=7, fillColor=UNKNOWN))
        elif kind == "step":
            first, last = max(data[0], start), data[1]
            drawing.add(Rect(x(first), y - 5, max(x(last) - x(first), 1.5), 10, fillColor=BAR_LIGHT, strokeColor=None))
        else:  # the licence: light from filing to the latest date, dark over the supported window
            earliest, latest = data
            earliest = earliest if earliest is None or earliest >= start else start
            first = max(timeline.earliest_filing or timeline.filing.submitted or latest, start)
            drawing.add(Rect(x(first), y - 5, max(x(latest) - x(first), 1.5), 10, fillColor=LICENCE_LIGHT,
                             strokeColor=None))
            if earliest:
                drawing.add(Rect(x(earliest), y - 5, max(x(latest) - x(earliest), 1.5), 10, fillColor=LICENCE,
                                 strokeColor=None))
                text = f"{earliest.isoformat()} – {latest.isoformat()}"
            else:
                text = t("latest_by", lang, day=latest.isoformat())
            anchor, text_x = ("end", x(first) - 4) if x(latest) + 100 > plot_right else ("start", x(latest) + 4)
            drawing.add(String(text_x, y - 3, text, fontName=font, fontSize=7.5, fillColor=LICENCE, textAnchor=anchor))

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


def plan_drawing(points: list, as_of: dt.date, font: str, lang: str, width: float) -> Drawing:
    """The plan's dated points (plan/milestones.py) on one axis: a diamond per step, the filing date as a
    dashed line (hollow where it is only the day it cannot be before), the licence window as a bar."""
    from ..plan.milestones import ahead

    rows = ahead(points, as_of)
    dates = [as_of] + [d for m in rows for d in (m.start, m.end) if d]
    start = as_of
    end = max(max(dates), start + dt.timedelta(days=60))
    end += dt.timedelta(days=max(3, (end - start).days // 30))
    span_days = (end - start).days
    wrapped = _wrap_labels([point.title.get(lang) for point in rows], font)
    heights = _row_heights(wrapped)
    height = TOP + (sum(heights) or ROW) + AXIS_HEIGHT
    drawing = Drawing(width, height, initialFontName=font)
    plot_left, plot_right = LABEL_WIDTH + 6, width - 8

    def x(day: dt.date) -> float:
        return plot_left + (plot_right - plot_left) * (day - start).days / span_days

    axis_y, top_y = AXIS_HEIGHT - 14, height - TOP + 4
    for tick in _ticks(start, end):
        drawing.add(Line(x(tick), axis_y, x(tick), top_y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(x(tick), axis_y - 12, tick.strftime("%Y-%m"), fontName=font, fontSize=7,
                           fillColor=AXIS, textAnchor="middle"))
    drawing.add(Line(plot_left, axis_y, plot_right, axis_y, strokeColor=AXIS, strokeWidth=0.8))
    for index, (point, lines, (y, row_height)) in enumerate(zip(rows, wrapped, _row_bands(heights, height), strict=True)):
        if index % 2 == 0:
            drawing.add(Rect(0, y - row_height / 2, width, row_height, fillColor=colors.HexColor("#f7f7f7"),
                             strokeColor=None))
        _draw_label(drawing, lines, font, y)
        label = point.start.isoformat() if point.end is None else f"{point.start.isoformat()} – {point.end.isoformat()}"
        if point.kind == "licence":
            right = point.end or point.start
            drawing.add(Rect(x(point.start), y - 5, max(x(right) - x(point.start), 1.5), 10,
                             fillColor=LICENCE if point.end else LICENCE_LIGHT, strokeColor=None))
            label = label if point.end else t("latest_by", lang, day=point.start.isoformat())
            tail = x(right)
        elif point.kind == "filing":
            drawing.add(Line(x(point.start), axis_y, x(point.start), top_y, strokeColor=FILING, strokeWidth=1,
                             strokeDashArray=[3, 2] if point.lower_bound else None))
            _diamond(drawing, x(point.start), y, colors.white if point.lower_bound else FILING)
            tail = x(point.start)
        else:
            _diamond(drawing, x(point.start), y, FILING if point.critical else MARKER)
            tail = x(point.start)
        anchor, text_x = ("end", x(point.start) - 7) if tail + 110 > plot_right else ("start", tail + 7)
        drawing.add(String(text_x, y - 3, label, fontName=font, fontSize=7, textAnchor=anchor))
    drawing.add(Line(x(start), axis_y, x(start), top_y, strokeColor=AXIS, strokeWidth=0.8))
    drawing.add(String(x(start), top_y + 2, t("today", lang), fontName=font, fontSize=7, fillColor=AXIS))
    return drawing
