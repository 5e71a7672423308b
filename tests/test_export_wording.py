"""What the exports say, read as the client reads them: the checklist's sheet name in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.core.application.documents import load_application
from wizard.core.engine import evaluate
from wizard.core.export.checklist import write_checklist_xlsx
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

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


def _quote_fonts(path) -> tuple[set[str], set[str]]:
    """The fonts the PDF draws quotes in (curly, straight), read back with pypdf."""
    pypdf = pytest.importorskip("pypdf")
    curly: set[str] = set()
    straight: set[str] = set()

    def visit(text, _cm, _tm, font, _size):
        if font is not None and any(mark in text for mark in "“”‘’"):
            curly.add(str(font["/BaseFont"]))
        if font is not None and '"' in text:
            straight.add(str(font["/BaseFont"]))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return curly, straight


def test_english_pdf_sets_straight_quotes_in_its_own_font_and_chinese_keeps_its_own(tmp_path):
    """The CJK font draws “ ” full-width: in English text they looked like gaps around every quoted title. English
    gets the embedded font's straight quotes, not a font left to the viewer (Helvetica was tried first)."""
    from wizard.core.export.pdf_report import write_readiness_pdf

    application = load_application(data_dir("examples") / "demo" / "henan-with-gaps.yaml")
    report = evaluate(application, load_packs().packs["henan"], dt.date(2026, 11, 23))
    english = write_readiness_pdf(report, application, tmp_path / "en.pdf", lang="en")
    curly, straight = _quote_fonts(english)
    assert not curly and straight and not any("Helvetica" in font for font in straight), (curly, straight)
    chinese = write_readiness_pdf(report, application, tmp_path / "zh.pdf")
    curly, _straight = _quote_fonts(chinese)
    assert curly and not any("Helvetica" in font for font in curly)  # Chinese quotes stay, in the CJK font


def test_the_pdf_cover_names_an_open_notice_and_its_deadline(tmp_path):
    """Shanxi, a notice of 2026-11-20 unanswered: the cover's timeline said only 'submitted on 2026-10-20', while
    the date that matters is the notice's deadline (check's timeline gives it too)."""
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.application.records import CorrectionRequest, Tracking
    from wizard.core.export.pdf_report import write_readiness_pdf

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


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_one_says_the_earliest_filing_date_once(report, tmp_path, lang):
    """The cover's verdict box gives the filing sentence; the plan section just under it printed it again."""
    pypdf = pytest.importorskip("pypdf")
    from wizard.core import sentences
    from wizard.core.export.pdf_report import write_readiness_pdf

    application = load_application(data_dir("examples") / "gansu.yaml")
    path = write_readiness_pdf(report, application, tmp_path / f"{lang}.pdf", lang=lang)
    page_one = "".join(pypdf.PdfReader(path).pages[0].extract_text().split())
    said = "".join(sentences.filing_of(report.timeline.filing).get(lang).split())
    assert page_one.count(said) == 1, page_one


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("province", ["shanghai", "henan"])
def test_the_charts_give_every_row_label_whole(tmp_path, province, lang):
    """The label column cut 'Earliest filing of the ICP licence application…' and '最早可提交ICP许可证申请（上海市通信管…':
    the authority, the one fact the row adds, was lost. Long labels now take a second line."""
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export.pdf_report import write_readiness_pdf
    from wizard.core.plan.build import build_plan
    from wizard.core.plan.milestones import milestones

    as_of = dt.date(2026, 11, 23)
    application = load_application(data_dir("examples") / f"{province}.yaml")
    report = evaluate(application, load_packs().packs[province], as_of)
    path = write_readiness_pdf(report, application, tmp_path / f"{lang}.pdf", lang=lang)
    text = "".join("".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)
    labels = [point.title.get(lang) for point in milestones(build_plan(application, load_packs().packs[province], report))]
    labels += [condition.title.get(lang) for condition in report.timeline.conditions]
    assert labels
    for label in labels:
        assert "".join(label.split()) in text, label
    assert "…" not in text


def test_a_chart_label_breaks_between_words_and_before_an_aside():
    from wizard.core.export.fonts import register_cjk_font
    from wizard.core.export.timeline_chart import label_lines

    font = register_cjk_font()
    english = "Earliest filing of the ICP licence application (Shanghai Communications Administration)"
    assert label_lines(english, font, 8, 161) == ["Earliest filing of the ICP licence application",
                                                  "(Shanghai Communications Administration)"]
    chinese = "最早可提交ICP许可证申请（甘肃省通信管理局）"
    assert label_lines(chinese, font, 8, 161) == ["最早可提交ICP许可证申请", "（甘肃省通信管理局）"]
    assert label_lines("Licence expected", font, 8, 161) == ["Licence expected"]
    lines = label_lines(" ".join(["word"] * 80), font, 8, 161)  # past two lines: the second ends in an ellipsis
    assert len(lines) == 2 and lines[1].endswith("…") and not lines[0].endswith(" ")
