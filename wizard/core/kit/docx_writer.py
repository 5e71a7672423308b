"""Rendered blocks → a DOCX that reads like an office's own document (python-docx).

python-docx escapes run text for the XML; the renderer has already removed the
characters XML cannot hold. Placeholders are yellow-highlighted runs. Imported only
when a kit is written (python-docx and lxml are not needed by `check`).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .gaps import PLACEHOLDER, clean
from .render import Block, Run
from .stamp import kit_time, restamp_office_file

BODY_FONT, HEADING_FONT = "宋体", "黑体"
DRAFT_NOTICE = ("【草稿】本文件由 ICP 许可证申请准备向导根据申请信息起草，提交前须由申请单位逐项审核、修改，"
                "经法定代表人签字并加盖公章。黄色底纹处为待补充的内容。")
HEADER_TEXT = "草稿 · 须审核、签字、盖章后方可提交"
GREY = RGBColor(0x59, 0x59, 0x59)


def _fonts(target, name: str) -> None:
    """Latin and East Asian faces both: Word picks the East Asian one for Chinese characters."""
    target.font.name = name
    r_pr = target.element.get_or_add_rPr()
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, r_fonts)
    r_fonts.set(qn("w:eastAsia"), name)


def _set_styles(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _fonts(normal, BODY_FONT)
    normal.font.size = Pt(12)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)
    for name, size in (("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 12), ("Title", 18)):
        style = styles[name]
        _fonts(style, HEADING_FONT)
        style.font.size = Pt(size)
        style.font.bold = name != "Title"
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.first_line_indent = None
    title = styles["Title"]
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The default Title style draws a blue rule under the text: not what a bureau expects.
    p_pr = title.element.get_or_add_pPr()
    for border in p_pr.findall(qn("w:pBdr")):
        p_pr.remove(border)
    _fonts(styles["List Bullet"], BODY_FONT)


def _page(document, text_header: str, landscape: bool) -> None:
    """A4; wide lists (the staff roster) go landscape so that an 18-digit ID fits on one line."""
    section = document.sections[0]
    section.top_margin = section.bottom_margin = Cm(2.54)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.left_margin = section.right_margin = Cm(2.54)
        section.top_margin = section.bottom_margin = Cm(2.2)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(text_header)
    run.font.size = Pt(9)
    run.font.color.rgb = GREY
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("第 ", "PAGE", " 页，共 ", "NUMPAGES", " 页"):
        if piece in ("PAGE", "NUMPAGES"):
            _field(footer, piece)
        else:
            footer.add_run(piece).font.size = Pt(9)


def _field(paragraph, instruction: str) -> None:
    """A page-number field; Word and LibreOffice fill it in when the page is laid out."""
    run = paragraph.add_run()
    run.font.size = Pt(9)
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _shade(paragraph, fill: str) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", "C9A227")):
            edge.set(qn(f"w:{key}"), value)
        borders.append(edge)
    p_pr.append(borders)
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", fill)):
        shading.set(qn(f"w:{key}"), value)
    p_pr.append(shading)


def _add_runs(paragraph, runs: tuple[Run, ...], *, size: float | None = None, bold: bool = False,
              colour: RGBColor | None = None) -> None:
    for item in runs:
        # XML cannot hold control characters, whatever their origin; the spaces between runs stay
        run = paragraph.add_run(clean(item.text, strip=False))
        if size:
            run.font.size = Pt(size)
        if bold:
            run.font.bold = True
        if colour is not None:
            run.font.color.rgb = colour
        if item.gap:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


PORTRAIT_TEXT_CM, LANDSCAPE_TEXT_CM = 21 - 2.8 - 2.6, 29.7 - 2.54 * 2


def _display_width(text: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


EM_CM, LATIN_CM = 0.375, 0.22  # a Chinese character and (generously) a digit or letter at the tables' 10.5 pt
CELL_PADDING_CM = 0.45  # Word's cell margins, both sides, and a little air
SHORT_CELL = 8  # display units: a name, a number or a heading like 身份证号 is not broken across lines


def _line_cm(text: str) -> float:
    return sum(EM_CM if ord(c) > 0x2E80 else LATIN_CM for c in text)


def _unbreakable_cm(text: str) -> float:
    """What a cell needs on one line: all of a short text, else its longest run of Latin letters and digits
    (an ID number, a domain); Chinese text may break between any two characters."""
    if _display_width(text) <= SHORT_CELL:
        return _line_cm(text)
    return max((_line_cm(token) for token in re.findall(r"[\x21-\x7e]+", text)), default=EM_CM)


def column_widths(block: Block, text_width: float = PORTRAIT_TEXT_CM) -> list[float]:
    """Centimetres per column, filling the page: first what each column must keep on one line (a masked name
    "李**" wrapped after its first character), then the rest shared out by how much longer its texts are."""
    columns = max(len(row) for row in block.rows)
    texts = [["".join(r.text for r in row[index]) for row in block.rows if index < len(row)] for index in range(columns)]
    needed = [max((_unbreakable_cm(t) for t in column), default=EM_CM) + CELL_PADDING_CM for column in texts]
    if sum(needed) >= text_width:
        return [text_width * n / sum(needed) for n in needed]
    longest = [min(max((_line_cm(t) for t in column), default=EM_CM), 14 * EM_CM) + CELL_PADDING_CM
               for column in texts]
    more = [max(want - need, 0.0) for want, need in zip(longest, needed, strict=True)]
    spare = text_width - sum(needed)
    if not sum(more):
        return [n + spare / columns for n in needed]
    return [n + spare * m / sum(more) for n, m in zip(needed, more, strict=True)]


def _table(document, block: Block, text_width: float) -> None:
    columns = max(len(row) for row in block.rows)
    widths = column_widths(block, text_width)
    table = document.add_table(rows=0, cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for index, row in enumerate(block.rows):
        cells = table.add_row().cells
        header = index < block.header_rows
        if header:  # repeat the header row on every page of a long list
            tr_pr = table.rows[index]._tr.get_or_add_trPr()
            element = OxmlElement("w:tblHeader")
            element.set(qn("w:val"), "true")
            tr_pr.append(element)
        for cell, runs, width in zip(cells, row, widths, strict=False):
            cell.width = Cm(width)
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.first_line_indent = None
            paragraph.paragraph_format.line_spacing = 1.15
            _add_runs(paragraph, runs, size=10.5, bold=header)
            if header:
                shading = OxmlElement("w:shd")
                for key, value in (("val", "clear"), ("color", "auto"), ("fill", "E7ECF3")):
                    shading.set(qn(f"w:{key}"), value)
                cell._tc.get_or_add_tcPr().append(shading)
    document.add_paragraph()


def _figure_size(picture: Path, text_width: float) -> dict[str, Cm]:
    """As wide as the text, but no taller than fits under the title on the first page."""
    from PIL import Image

    with Image.open(picture) as image:
        width, height = image.size
    tallest = 16.5
    if text_width * height / width > tallest:
        return {"height": Cm(tallest)}
    return {"width": Cm(text_width)}


def _company_run(company: str) -> Run:
    return Run(company, gap=PLACEHOLDER.fullmatch(company) is not None)


def frame_placeholders(company: str, signature: str) -> tuple[list[str], list[str]]:
    """The blanks write_docx adds around the body: the company under the title, and at the seal.

    A kit's summary lists every highlighted blank of a document, these included."""
    run = _company_run(clean(company))
    if not run.gap:
        return [], []
    return [run.text], [run.text] if signature != "none" else []


def _signature(document, kind: str, company: str) -> None:
    if kind == "none":
        return
    document.add_paragraph()
    lines = [(Run("申请单位（盖章）："), _company_run(company))]
    if kind == "legal_representative":
        lines.append((Run("法定代表人（签字）："),))
    lines.append((Run("日期：        年    月    日"),))
    for runs in lines:
        paragraph = document.add_paragraph()
        _add_runs(paragraph, runs)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.first_line_indent = None


def write_docx(path: Path, *, title: str, company: str, blocks: list[Block], signature: str,
               figures: dict[str, Path] | None = None, created: dt.date | None = None,
               landscape: bool = False) -> Path:
    document = Document()
    _set_styles(document)
    _page(document, HEADER_TEXT, landscape)
    text_width = LANDSCAPE_TEXT_CM if landscape else PORTRAIT_TEXT_CM
    title, company = clean(title), clean(company)
    document.add_paragraph(title, style="Title")
    company_line = document.add_paragraph()
    company_line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_runs(company_line, (_company_run(company),), size=12)
    notice = document.add_paragraph()
    _shade(notice, "FFF8DC")
    notice.paragraph_format.line_spacing = 1.2
    notice.paragraph_format.space_before = Pt(6)
    notice.paragraph_format.space_after = Pt(12)
    _add_runs(notice, (Run(DRAFT_NOTICE),), size=10.5, colour=RGBColor(0x7A, 0x4B, 0x00))
    for block in blocks:
        if block.kind.startswith("heading"):
            document.add_heading(level=int(block.kind[-1]))
            _add_runs(document.paragraphs[-1], block.runs)
        elif block.kind == "table":
            _table(document, block, text_width)
        elif block.kind == "figure":
            picture = (figures or {}).get(block.figure)
            if picture is not None:
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.add_run().add_picture(str(picture), **_figure_size(picture, text_width))
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(style="List Bullet")
            _add_runs(paragraph, block.runs)
        elif block.kind == "numbered":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Pt(24)
            paragraph.paragraph_format.first_line_indent = Pt(-24)
            _add_runs(paragraph, (Run(f"{block.number} "), *block.runs))
        elif block.kind == "plain":
            _add_runs(document.add_paragraph(), block.runs)
        elif block.kind == "note":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.line_spacing = 1.2
            _add_runs(paragraph, block.runs, size=10.5, colour=GREY)
        else:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(24)  # two characters, as Chinese prose is set
            _add_runs(paragraph, block.runs)
    _signature(document, signature, company)
    properties = document.core_properties
    properties.title = title
    properties.subject = "ICP 许可证申请材料（草稿）"
    properties.author = properties.last_modified_by = "ICP Wizard"
    properties.comments = "草稿，须审核、签字、盖章"
    stamp = kit_time(created or dt.date.today())
    properties.created = properties.modified = stamp
    properties.revision = 1
    document.save(str(path))
    restamp_office_file(path, stamp)
    return path

