"""The materials checklist: a printable PDF, an Excel workbook to work through, and a CSV.

The report is all they need. The applicant's own tracking columns (owner, notes) may name
people, so they pass through a `Redactor` like every other export: the owner is masked
as a name and the notes as free text, unless the user asked to reveal personal data.
"""

from __future__ import annotations

import csv
import os
import zipfile
from pathlib import Path

from ..application.model import MaterialStatus
from ..report import ChecklistItem, Report
from . import texts
from .fonts import register_cjk_font
from .privacy import Redactor
from .texts import t

MM = 72 / 25.4


def _columns(lang: str) -> list[str]:
    keys = ("group", "item", "detail", "status", "owner", "due", "notes", "source")
    return [t(k, lang) for k in keys] + ["ID"]


def _row(item: ChecklistItem, lang: str, privacy: Redactor) -> list[object]:
    """One item; the due date stays a date so that the workbook can format and sort it."""
    return [
        item.group.get(lang),
        item.name.get(lang),
        item.detail.get(lang) if item.detail else "",
        texts.material_status(item.status, lang),
        privacy.person_name(item.owner),
        item.due or "",
        privacy.clean(item.notes),
        texts.cite(item.source, lang),
        item.id,
    ]


def _tracking(item: ChecklistItem, lang: str, privacy: Redactor) -> str:
    """'负责人：… 截止日期：… 备注' for the printed list's notes line."""
    parts = []
    if item.owner:
        parts.append(texts.labelled(t("owner", lang), privacy.person_name(item.owner), lang))
    if item.due:
        parts.append(texts.labelled(t("due", lang), item.due.isoformat(), lang))
    if item.notes:
        parts.append(privacy.clean(item.notes))
    return "  ".join(parts)


def _groups(report: Report) -> list[list[ChecklistItem]]:
    """Items by group, groups in the order the pack first uses them."""
    groups: dict[str, list[ChecklistItem]] = {}
    for item in report.checklist:
        groups.setdefault(item.group_id, []).append(item)
    return list(groups.values())


def _heading_lines(report: Report, lang: str) -> list[str]:
    applicant = report.applicant or t("unnamed", lang)
    province = report.province_name.get(lang) + texts.paren(report.authority.get(lang), lang)
    return [
        texts.labelled(t("applicant", lang), applicant, lang),
        texts.labelled(t("province", lang), province, lang),
        texts.labelled(t("as_of", lang), report.as_of.isoformat(), lang),
    ]


# --- CSV -----------------------------------------------------------------------


def write_checklist_csv(
    report: Report, path: str | os.PathLike[str], lang: str = "zh", *, privacy: Redactor | None = None
) -> Path:
    """UTF-8 with a byte-order mark: without it Excel reads the Chinese as mojibake."""
    texts.check_lang(lang)
    privacy = privacy or Redactor(None)
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_columns(lang))
        writer.writerows(_row(item, lang, privacy) for item in report.checklist)
    return path


# --- Excel ---------------------------------------------------------------------


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose members all carry one fixed time, so the workbook bytes are reproducible."""

    fixed = (1980, 1, 1, 0, 0, 0)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=self.fixed)
            zinfo_or_arcname.compress_type = self.compression
        return super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # openpyxl writes worksheets through a temporary file; that file's mtime must not leak in.
        data = Path(filename).read_bytes()
        return self.writestr(arcname or Path(filename).name, data, compress_type, compresslevel)


def write_checklist_xlsx(
    report: Report, path: str | os.PathLike[str], lang: str = "zh", *, privacy: Redactor | None = None
) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.writer.excel import ExcelWriter

    texts.check_lang(lang)
    privacy = privacy or Redactor(None)
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = t("checklist_sheet", lang)  # Excel's limit on sheet names is 31: the title cut there read "checkli"
    columns = _columns(lang)
    sheet.append(columns)
    for item in report.checklist:
        sheet.append(_row(item, lang, privacy))
    last = sheet.max_row

    header_fill = PatternFill("solid", fgColor="EEF1F5")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGHI", (16, 36, 40, 12, 12, 12, 30, 40, 18), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:I{last}"

    choices = ",".join(texts.material_status(s, lang) for s in MaterialStatus)
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    validation.error = t("status", lang)
    sheet.add_data_validation(validation)
    validation.add(f"D2:D{max(last, 2)}")
    sheet["F1"].number_format = "yyyy-mm-dd"
    for row in range(2, last + 1):
        sheet[f"F{row}"].number_format = "yyyy-mm-dd"

    stamp = texts.fixed_timestamp(report.as_of)
    workbook.properties.creator = "ICP Wizard"
    workbook.properties.title = t("checklist_title", lang)
    workbook.properties.subject = report.province_name.get(lang)
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    # openpyxl's save_workbook stamps "modified" with the clock; writing through
    # ExcelWriter ourselves keeps the fixed time.
    with _FixedTimeZip(path, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    return path


# --- PDF -----------------------------------------------------------------------


def write_checklist_pdf(
    report: Report, path: str | os.PathLike[str], lang: str = "zh", *, system_fonts: bool | None = None,
    privacy: Redactor | None = None,
) -> Path:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable, Table, TableStyle

    from .pdf_common import FRAME_WIDTH, LINE, build_pdf, gap, heading, make_styles, p

    class TickBox(Flowable):
        """A square to tick by hand; ready items come pre-ticked, not-applicable ones struck out."""

        def __init__(self, status: MaterialStatus):
            super().__init__()
            self.status = status
            self.width = self.height = 10

        def draw(self) -> None:
            canvas = self.canv
            canvas.setLineWidth(0.8)
            canvas.rect(0, 0, 10, 10)
            if self.status == MaterialStatus.ready:
                canvas.setStrokeColor(colors.HexColor("#2e7d32"))
                canvas.setLineWidth(1.5)
                canvas.lines([(2, 5, 4.3, 2.3), (4.3, 2.3, 8.5, 8.5)])
            elif self.status == MaterialStatus.not_applicable:
                canvas.line(2, 5, 8, 5)

    texts.check_lang(lang)
    privacy = privacy or Redactor(None)
    font = register_cjk_font(system=system_fonts)
    styles = make_styles(font, lang)
    path = Path(path)
    story = [heading(t("checklist_title", lang), styles.title, "checklist", 0)]
    story += [p(line, styles.body) for line in _heading_lines(report, lang)]
    story.append(gap(4))
    if not report.checklist:
        story.append(p(t("no_checklist", lang), styles.body))
    status_colour = {
        MaterialStatus.missing: "#c62828",
        MaterialStatus.in_progress: "#b45f00",
        MaterialStatus.ready: "#2e7d32",
        MaterialStatus.not_applicable: "#666666",
    }
    widths = [9 * MM, FRAME_WIDTH - 9 * MM - 22 * MM - 52 * MM, 22 * MM, 52 * MM]
    for index, items in enumerate(_groups(report)):
        story.append(heading(items[0].group.get(lang), styles.h2, f"group-{index}", 1))
        rows, heights, commands = [], [], []
        for item in items:
            body = [p(item.name.get(lang), styles.cell)]
            if item.detail:
                body.append(p(item.detail.get(lang), styles.small))
            rows.append([
                TickBox(item.status),
                body,
                p(texts.material_status(item.status, lang), styles.cell, status_colour[item.status]),
                p(texts.cite(item.source, lang), styles.small),
            ])
            rows.append(["", p(f"{t('notes_line', lang)} {_tracking(item, lang, privacy)}".strip(), styles.small), "", ""])
            heights += [None, 24]  # room to write by hand
            notes = len(rows) - 1
            commands += [
                ("SPAN", (1, notes), (3, notes)),
                ("LINEBELOW", (1, notes), (3, notes), 0.4, LINE),
                ("TOPPADDING", (0, notes), (-1, notes), 6),
                ("LINEBELOW", (0, notes), (-1, notes), 0.8, colors.HexColor("#9e9e9e")),
            ]
        table = Table(rows, colWidths=widths, rowHeights=heights)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   *commands]))
        story += [table, gap(3)]

    return build_pdf(path, story, title=t("checklist_title", lang), report=report, font=font, lang=lang)
