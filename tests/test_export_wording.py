"""What the exports say, read as the client reads them: the checklist's sheet name in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.core.documents import load_application
from wizard.core.engine import evaluate
from wizard.core.export.checklist import write_checklist_xlsx
from wizard.core.resources import data_dir
from wizard.core.rulepack.loader import load_packs

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def report():
    packs = load_packs()
    application = load_application(data_dir("examples") / "gansu.yaml")
    return evaluate(application, packs.packs["gansu"], dt.date(2026, 11, 23))


@pytest.mark.parametrize(("lang", "name"), [("zh", "ICP许可证申请材料清单"), ("en", "ICP licence checklist")])
def test_the_checklist_sheet_has_a_whole_name(report, tmp_path, lang, name):
    """Excel allows 31 characters: the English title cut to fit read 'ICP licence application checkli'."""
    path = write_checklist_xlsx(report, tmp_path / "c.xlsx", lang)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [name]


def _quote_fonts(path) -> set[str]:
    """The fonts the PDF draws its curly quotes in, read back with pypdf."""
    pypdf = pytest.importorskip("pypdf")
    fonts: set[str] = set()

    def visit(text, _cm, _tm, font, _size):
        if font is not None and any(mark in text for mark in "“”‘’"):
            fonts.add(str(font["/BaseFont"]))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return fonts


def test_english_pdf_sets_curly_quotes_in_a_latin_font_and_chinese_keeps_its_own(tmp_path):
    """The CJK font draws “ ” full-width: in English text they looked like gaps around every quoted title."""
    from wizard.core.export.pdf_report import write_readiness_pdf

    application = load_application(data_dir("examples") / "demo" / "henan-with-gaps.yaml")
    report = evaluate(application, load_packs().packs["henan"], dt.date(2026, 11, 23))
    english = write_readiness_pdf(report, application, tmp_path / "en.pdf", lang="en")
    assert _quote_fonts(english) == {"/Helvetica"}
    chinese = write_readiness_pdf(report, application, tmp_path / "zh.pdf")
    fonts = _quote_fonts(chinese)
    assert fonts and "/Helvetica" not in fonts  # Chinese quotes stay full-width, in the CJK font


def test_the_pdf_cover_names_an_open_notice_and_its_deadline(tmp_path):
    """Shanxi, a notice of 2026-11-20 unanswered: the cover's timeline said only 'submitted on 2026-10-20', while
    the date that matters is the notice's deadline (check's timeline gives it too)."""
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export.pdf_report import write_readiness_pdf
    from wizard.core.records import CorrectionRequest, Tracking

    application = load_application(data_dir("examples") / "shanxi.yaml")
    application.tracking = Tracking(submitted=dt.date(2026, 10, 20),
                                    corrections=[CorrectionRequest(received=dt.date(2026, 11, 20))])
    report = evaluate(application, load_packs().packs["shanxi"], dt.date(2026, 11, 23))
    for lang, expected in (("zh", "申请已于2026-10-20提交。补正材料：2026-11-20收到补正通知，须在2026-11-25前补交。"),
                           ("en", "The application was submitted on 2026-10-20. Supplying missing documents: notice "
                                  "of 2026-11-20: due by 2026-11-25.")):
        path = write_readiness_pdf(report, application, tmp_path / f"{lang}.pdf", lang=lang)
        cover = " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())
        assert expected.replace(" ", "") in cover.replace(" ", ""), cover
