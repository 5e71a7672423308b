"""Exporters: the readiness report PDF and the materials checklist (PDF, Excel, CSV).

reportlab and openpyxl are imported only when an export runs, so the CLI's
`check` command and the GUI's start-up do not pay for them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..application.model import Application
from ..report import Report

if TYPE_CHECKING:
    from ..plan.model import Plan
from .fonts import FontNotFound

PathLike = str | os.PathLike[str]

__all__ = ["FontNotFound", "export_all"]


def export_all(
    report: Report,
    application: Application,
    *,
    pdf: PathLike | None = None,
    checklist_pdf: PathLike | None = None,
    xlsx: PathLike | None = None,
    csv: PathLike | None = None,
    lang: str = "zh",
    reveal_personal: bool = False,
    plan: Plan | None = None,
) -> list[Path]:
    """Write each export whose path is given; returns the paths written, in that order.

    Raises FontNotFound (an InputError) before writing anything if a PDF is asked
    for and no Chinese font is available. The readiness PDF opens with `plan` (built
    from the program's packs when not given).
    """
    from .privacy import Redactor
    from .texts import check_lang

    check_lang(lang)
    privacy = Redactor(application, reveal_personal)
    written: list[Path] = []
    if pdf or checklist_pdf:
        from .fonts import register_cjk_font

        register_cjk_font()  # fail early, before half the files are written
    if pdf:
        from .pdf_report import write_readiness_pdf

        written.append(write_readiness_pdf(report, application, pdf, lang, reveal_personal, plan=plan))
    if checklist_pdf:
        from .checklist import write_checklist_pdf

        written.append(write_checklist_pdf(report, checklist_pdf, lang, privacy=privacy))
    if xlsx:
        from .checklist import write_checklist_xlsx

        written.append(write_checklist_xlsx(report, xlsx, lang, privacy=privacy))
    if csv:
        from .checklist import write_checklist_csv

        written.append(write_checklist_csv(report, csv, lang, privacy=privacy))
    return written
