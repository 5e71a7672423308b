"""What both PDFs share: styles, the page-numbering canvas, bookmarks, metadata.

Imported only from inside the export functions: it pulls in reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from .texts import t

MARGIN = 18 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN
GREY = colors.HexColor("#666666")
LINE = colors.HexColor("#c8c8c8")
HEAD_BG = colors.HexColor("#eef1f5")


@dataclass(frozen=True)
class Styles:
    font: str
    lang: str
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    note: ParagraphStyle
    big: ParagraphStyle


# A CJK font draws “ ” ‘ ’ full-width, as Chinese sets them; in English they stand beside Latin letters and
# must be as narrow as those. The embedded font's straight quotes are: a font of the viewer's (Helvetica)
# would be the one thing in the PDF left to the machine that opens it.
_STRAIGHT_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def make_styles(font: str, lang: str) -> Styles:
    # Chinese has no spaces: without CJK wrapping a long sentence would overflow the frame.
    wrap = "CJK" if lang == "zh" else None

    def style(name: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        made = ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap=wrap, **extra)
        made.straight_quotes = lang != "zh"  # read by p(); Chinese keeps its quotes
        return made

    return Styles(
        font=font,
        lang=lang,
        title=style("title", 20, 28, spaceAfter=8),
        h1=style("h1", 15, 21, spaceBefore=4, spaceAfter=6, textColor=colors.HexColor("#1f3b5a")),
        h2=style("h2", 12, 17, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1f3b5a")),
        body=style("body", 9.5, 14),
        small=style("small", 8, 11, textColor=GREY),
        cell=style("cell", 8.5, 12),
        cell_bold=style("cell_bold", 9, 13, textColor=colors.HexColor("#1f3b5a")),
        note=style("note", 8, 11, textColor=colors.HexColor("#8a5a00")),
        big=style("big", 17, 24),
    )


def p(text: str | None, style: ParagraphStyle, colour: str | None = None) -> Paragraph:
    """A paragraph of plain text: user and pack text is escaped, never read as markup."""
    text = text or ""
    if getattr(style, "straight_quotes", False):
        text = text.translate(_STRAIGHT_QUOTES)
    body = escape(text).replace("\n", "<br/>")
    if colour:
        body = f'<font color="{colour}">{body}</font>'
    return Paragraph(body, style)


def heading(text: str, style: ParagraphStyle, key: str, level: int) -> Paragraph:
    """A heading that also becomes a PDF outline entry (see ReportDoc.afterFlowable)."""
    para = p(text, style)
    para.outline = (text, key, level)  # type: ignore[attr-defined]
    return para


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


class ReportDoc(SimpleDocTemplate):
    def afterFlowable(self, flowable: object) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            title, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)


def make_doc(path: Path | object, *, title: str, subject: str, lang: str, font: str) -> ReportDoc:
    return ReportDoc(
        path,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="ICP Wizard",
        subject=subject,
        creator="ICP Wizard",
        lang="zh-CN" if lang == "zh" else "en",
        initialFontName=font,  # each page starts in it; reportlab's default is Helvetica, which is not embedded
        invariant=1,  # no clock time, a digest-based document ID: identical input → identical bytes
    )


def build_pdf(path: Path, story: list, *, title: str, report, font: str, lang: str) -> Path:
    """Lay out the story into `path` with the shared page frame, footer and metadata."""
    from .texts import t

    doc = make_doc(
        str(path), title=f"{title} — {report.applicant or report.province_name.get(lang)}",
        subject=t("subject", lang), lang=lang, font=font,
    )
    for table in _tables(story):
        # A table selects its cells' font even for cells holding only Paragraphs or nothing; left
        # alone that is Helvetica, which the PDF would then list as a font it does not embed.
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), font)])
    doc.build(story, canvasmaker=canvas_maker(font, lang, report.as_of))
    return path


def _tables(flowables: list) -> list[Table]:
    """Every Table in the story, tables inside table cells included (reportlab keeps cells in _cellvalues)."""
    found = []
    for flowable in flowables:
        if isinstance(flowable, Table):
            found.append(flowable)
            for row in flowable._cellvalues:
                for cell in row:
                    found += _tables(list(cell) if isinstance(cell, list | tuple) else [cell])
    return found


def canvas_maker(font: str, lang: str, as_of: dt.date) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say 'of M'.

    Bookmarks made while a page is held would point at page 1 (reportlab numbers
    pages as they are written), so they are replayed when the page is written.
    The PDF's creation and modification dates are the report's as-of date, with
    no time of day: the day the report speaks for, where reportlab's invariant
    mode would claim 1 January 2000 (the checklist workbook does the same).
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_clock: f"D:{as_of:%Y%m%d}")
            self._held: list[tuple[dict, list]] = []
            self._marks: list[tuple] = []

        def bookmarkPage(self, key, **kwargs):  # noqa: N802 - reportlab's name
            self._marks.append(("bookmark", key, kwargs))

        def addOutlineEntry(self, title, key, level=0, closed=None):  # noqa: N802
            self._marks.append(("outline", title, key, level, closed))

        def showPage(self) -> None:  # noqa: N802
            self._held.append((dict(self.__dict__), self._marks))
            self._marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, (state, marks) in enumerate(self._held, start=1):
                self.__dict__.update(state)
                for mark in marks:
                    if mark[0] == "bookmark":
                        Canvas.bookmarkPage(self, mark[1], **mark[2])
                    else:
                        Canvas.addOutlineEntry(self, *mark[1:])
                self._footer(number, total)
                Canvas.showPage(self)
            self.showOutline()
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(GREY)
            self.setStrokeColor(LINE)
            self.line(MARGIN, MARGIN, A4[0] - MARGIN, MARGIN)
            self.drawCentredString(A4[0] / 2, MARGIN - 5 * mm, t("footer", lang, n=number, m=total))
            self.drawString(MARGIN, MARGIN - 5 * mm, "ICP Wizard")
            self.restoreState()

    return NumberedCanvas


def table_style(header: bool = True, extra: list | None = None) -> list:
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    return commands + (extra or [])
