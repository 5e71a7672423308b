"""The packet's index (目录), as a PDF to print and an Excel workbook to work through.

Every material on the province's list with its checklist status, whether this kit
drafted it (and in which files), and otherwise what must come from elsewhere. The
workbook has a second sheet with every placeholder left in the drafts.
"""

from __future__ import annotations

from pathlib import Path

from ..report import Report
from .gaps import clean
from .plan import IndexEntry
from .stamp import kit_time, restamp_office_file

TITLE = "申请材料目录"
COLUMNS = ("序号", "类别", "材料", "清单状态", "本材料包", "说明（需另行提供的材料）")
DRAFTED = "已起草（草稿）"
ELSEWHERE = "需另行提供"


def _kit_column(entry: IndexEntry) -> str:
    return f"{DRAFTED}：{'、'.join(entry.files or [])}" if entry.drafted else ELSEWHERE


def _heading(report: Report, masked: bool) -> list[str]:
    lines = [
        f"申请单位：{clean(report.applicant or '') or '【待补充：企业名称】'}",
        f"申请省份：{report.province_name.zh}　受理机关：{report.authority.zh}",
        f"编制日期：{report.as_of.isoformat()}（依据本程序的检查结果）",
        "本目录及所附文件均为草稿，须经申请单位审核、签字、盖章后方可提交。",
    ]
    if not report.checklist:  # a region on the national baseline: no list of its own is encoded
        lines.append(f"注意：本程序尚未编入{report.province_name.zh}的材料清单，本目录只列出本材料包起草的文件；"
                     f"需要提交哪些材料，请向{report.authority.zh}确认。")
    if masked:
        lines.append("注意：本材料包中的姓名和身份证号已部分隐去，不能直接用于提交。")
    return lines


def write_index_xlsx(path: Path, report: Report, entries: list[IndexEntry],
                     placeholders: list[tuple[str, str]], masked: bool) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "目录"
    for line in _heading(report, masked):
        sheet.append([line])
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append(list(COLUMNS))
    for entry in entries:
        sheet.append([entry.number, entry.group, entry.name, entry.status, _kit_column(entry),
                      "" if entry.drafted else entry.detail])
    fill = PatternFill("solid", fgColor="E7ECF3")
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = fill
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEF", (8, 22, 34, 12, 44, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{header_row + 1}"

    gaps = workbook.create_sheet("待补充内容")
    gaps.append(["文件", "待补充内容"])
    for cell in gaps[1]:
        cell.font = Font(bold=True)
        cell.fill = fill
    for file, text in placeholders:
        gaps.append([file, text])
    gaps.column_dimensions["A"].width = 40
    gaps.column_dimensions["B"].width = 90
    workbook.properties.creator = "ICP Wizard"
    workbook.properties.title = TITLE
    workbook.save(path)
    restamp_office_file(path, kit_time(report.as_of))  # openpyxl dates the file with the time of saving
    return path


def write_index_pdf(path: Path, report: Report, entries: list[IndexEntry], masked: bool) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    from ..export.fonts import register_cjk_font
    from ..export.pdf_common import FRAME_WIDTH, build_pdf, gap, heading, make_styles, p, table_style

    font = register_cjk_font()
    styles = make_styles(font, "zh")
    story = [heading(TITLE, styles.title, "index", 0)]
    story += [p(line, styles.body) for line in _heading(report, masked)]
    story.append(gap(4))
    fixed = [12 * mm, 18 * mm, 42 * mm, 50 * mm]  # number, status, this kit, notes; the name takes the rest
    widths = [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]]
    rows = [[p(text, styles.cell_bold) for text in ("序号", "材料", "清单状态", "本材料包", "说明")]]
    for entry in entries:
        kit = (DRAFTED + "\n" + "\n".join(entry.files or [])) if entry.drafted else ELSEWHERE
        rows.append([
            p(entry.number, styles.cell),
            [p(entry.name, styles.cell), p(entry.group, styles.small)],
            p(entry.status, styles.cell),
            p(kit, styles.small),
            p("" if entry.drafted else entry.detail, styles.small),
        ])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(table_style()))
    story.append(table)
    return build_pdf(path, story, title=TITLE, report=report, font=font, lang="zh")
