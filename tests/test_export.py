"""Exporters: readiness PDF, checklist PDF/XLSX/CSV.

Uses the bundled Chinese font (resources/fonts/); reads the PDFs back with pypdf.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core.application.documents import load_application
from wizard.core.application.model import Application
from wizard.core.engine import evaluate
from wizard.core.export import FontNotFound, export_all
from wizard.core.export.checklist import write_checklist_csv, write_checklist_pdf, write_checklist_xlsx
from wizard.core.export.pdf_report import write_readiness_pdf
from wizard.core.report import VERDICT_TEXT, Verdict
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.errors import InputError
from wizard.core.runtime.resources import data_dir

pypdf = pytest.importorskip("pypdf")
openpyxl = pytest.importorskip("openpyxl")

AS_OF = dt.date(2026, 11, 23)
SECRET_ID = "110105194912310021"  # valid-looking; put in a staff record and echoed by a rule message
REP_ID = "11010519491231002X"
EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))

# A small province pack of our own, so these tests do not depend on the wording
# of the real packs: a consultancy-guide source, a doubtful rule, time-based
# conditions, a rule that quotes an ID number, grouped materials, steps and a
# second renewal date.
TEST_PACK = """
pack:
  id: testprov
  kind: province
  name: {zh: "河南省（测试）", en: "Henan (test)"}
  region: henan
  authority: {zh: "河南省通信管理局", en: "Henan Communications Administration"}
  licence_prefix: "豫B2-"
  extends: national
  reviewed: 2026-11-23
sources:
  guide: {title: 河南ICP许可证办理指南（顾问文章）, kind: consultancy_guide, file: 001_test.txt}
rules:
  - id: testprov.staff.social_security
    title: {zh: "两名员工社保满六个月", en: "Two staff with six months of social security"}
    field: staff
    severity: blocker
    check: {kind: staff_count, count: 2, social_security_months: 6}
    message:
      zh: "需要至少 {required} 名缴纳社保满 {months} 个月的员工，目前 {actual} 名。"
      en: "At least {required} staff with {months} months of social security are needed; now {actual}."
    fix: {zh: "继续缴纳社保，满足后再提交。", en: "Keep paying social security and file once it is met."}
    source: {ref: guide, section: "§二(三)"}
    checked: 2026-11-23
    doubtful: {zh: "官方文件未规定六个月。", en: "No official text sets six months."}
  - id: testprov.entity.age
    title: {zh: "成立满一年", en: "Registered for a year"}
    field: entity.registration_date
    severity: blocker
    check: {kind: months_since, months: 12}
    message: {zh: "企业成立未满一年。", en: "The company is less than a year old."}
    fix: {zh: "等待成立满一年。", en: "Wait until the company is a year old."}
    source: {ref: guide, section: "§二(一)"}
    checked: 2026-11-23
  - id: testprov.staff.id_valid
    title: {zh: "身份证号有效", en: "Valid ID number"}
    field: staff[].id_number
    severity: warning
    check: {kind: valid_resident_id}
    message: {zh: "身份证号 {actual} 无效", en: "ID number {actual} is not valid"}
    fix: {zh: "核对身份证号。", en: "Check the ID number."}
    source: {ref: guide, section: "§四"}
    checked: 2026-11-23
materials:
  groups:
    - {id: company, name: {zh: "企业资料", en: "Company documents"}}
    - {id: people, name: {zh: "人员资料", en: "Staff documents"}}
  items:
    - {id: licence_copy, group: company, name: {zh: "营业执照副本复印件", en: "Copy of the business licence"},
       source: {ref: guide, section: "§三"}, checked: 2026-11-23}
    - {id: hosting_contract, group: company, name: {zh: "服务器托管合同", en: "Hosting contract"},
       detail: {zh: "合同须在有效期内。", en: "Must be current."}, source: {ref: guide, section: "§三"}, checked: 2026-11-23}
    - {id: staff_ss, group: people, name: {zh: "员工社保证明", en: "Staff social-security proof"},
       source: {ref: guide, section: "§三"}, checked: 2026-11-23}
process:
  steps:
    - {id: online, name: {zh: "网上申请", en: "Online application"}, within_working_days: 3, source: {ref: guide, section: "§三"}}
    - {id: review, name: {zh: "审查与核查", en: "Review and inspection"}, within_working_days: 40, source: {ref: guide, section: "§三"}}
obligations:
  - {id: renewal_guide, name: {zh: "续期（指南：到期前6个月）", en: "Renewal (guide: 6 months before)"}, kind: renewal,
     months_before_expiry: 6, source: {ref: guide, section: "§五"}, checked: 2026-11-23}
  - {id: change_filing, name: {zh: "变更备案（10日内）", en: "Change filing (within 10 days)"}, kind: change_filing,
     days_after_change: 10, source: {ref: guide, section: "§五"}, checked: 2026-11-23}
"""


def _application() -> Application:
    return Application.model_validate({
        "scope": {"province": "henan", "commercial": True, "merchant_model": "third_party", "channels": ["website"]},
        "entity": {
            "name": "郑州示例网络科技有限公司", "legal_representative": "张三", "legal_representative_id": REP_ID,
            "registration_date": "2026-03-01", "registered_capital_rmb": "100万",
        },
        "staff": [
            {"name": "李四", "posts": ["security_lead"], "social_security_start": "2026-08-01",
             "social_security_province": "henan", "id_number": SECRET_ID},
            {"name": "王五", "posts": ["technical"], "social_security_start": "2025-01-01", "id_number": REP_ID},
        ],
        "materials": {"items": {
            "licence_copy": {"status": "ready"},
            "hosting_contract": {"status": "in_progress", "owner": "技术部", "due": "2026-12-15", "notes": "等机房盖章"},
        }},
    })


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pack")
    (folder / "testprov.yaml").write_text(TEST_PACK, encoding="utf-8")
    packs = load_packs([data_dir("rules") / "national.yaml", folder / "testprov.yaml"])
    assert not packs.errors, [e.describe() for e in packs.errors]
    return packs.packs["testprov"]


@pytest.fixture(scope="module")
def built(pack):
    application = _application()
    return evaluate(application, pack, AS_OF), application


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_readiness_pdf_has_chinese_text_footer_and_outline(built, tmp_path):
    report, application = built
    path = write_readiness_pdf(report, application, tmp_path / "r.pdf")
    text = _squash(_text(path))
    assert report.verdict == Verdict.not_ready
    assert _squash(VERDICT_TEXT[Verdict.not_ready].zh) in text
    for finding in report.findings:
        if SECRET_ID not in finding.message.zh:
            assert _squash(finding.message.zh) in text
    assert "第1页/共" in text
    assert "官方文件未规定六个月" in text  # doubtful text shown
    assert "〔顾问文章〕" in text  # the class of each basis is named
    assert "现在要办" in text and "准备程度" not in text  # counts by kind, no readiness percentage
    reader = pypdf.PdfReader(str(path))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "时间预估" in titles and "问题详情" in titles
    pages = {reader.get_destination_page_number(item) for item in reader.outline if not isinstance(item, list)}
    assert len(pages) > 2  # bookmarks point at their own pages, not all at page 1
    assert reader.metadata.author == "ICP Wizard"
    assert "ICP许可证" in reader.metadata.title
    assert reader.metadata.subject


def test_english_report(built, tmp_path):
    report, application = built
    text = _text(write_readiness_pdf(report, application, tmp_path / "en.pdf", lang="en"))
    assert VERDICT_TEXT[Verdict.not_ready].en in text
    assert "Page 1 of" in text
    assert "Approximate" in text or not report.timeline.approximate


def test_checklist_pdf_lists_items(built, tmp_path):
    report, _ = built
    text = _squash(_text(write_checklist_pdf(report, tmp_path / "c.pdf")))
    for item in report.checklist:
        assert _squash(item.name.zh) in text
    assert "企业资料" in text and "人员资料" in text and "备注" in text


def _all_exports(report, application, folder: Path, reveal: bool) -> dict[str, Path]:
    paths = {
        "pdf": folder / "r.pdf",
        "checklist_pdf": folder / "c.pdf",
        "xlsx": folder / "c.xlsx",
        "csv": folder / "c.csv",
    }
    written = export_all(report, application, **paths, reveal_personal=reveal)
    assert written == list(paths.values())
    return paths


def _export_text(paths: dict[str, Path]) -> str:
    parts = [_text(paths["pdf"]), _text(paths["checklist_pdf"]), paths["csv"].read_text(encoding="utf-8-sig")]
    workbook = openpyxl.load_workbook(paths["xlsx"])
    parts += [str(cell.value) for row in workbook.active.iter_rows() for cell in row if cell.value is not None]
    return _squash("".join(parts))


def test_id_numbers_masked_unless_revealed(built, tmp_path):
    report, application = built
    assert any(SECRET_ID in f.message.zh for f in report.findings)  # the engine does quote it
    (tmp_path / "a").mkdir()
    text = _export_text(_all_exports(report, application, tmp_path / "a", reveal=False))
    assert SECRET_ID not in text and REP_ID not in text
    assert "110105********0021" in text  # masked form is shown instead
    (tmp_path / "b").mkdir()
    revealed = _export_text(_all_exports(report, application, tmp_path / "b", reveal=True))
    assert SECRET_ID in revealed and REP_ID in revealed


def test_people_names_masked_unless_revealed(built, tmp_path):
    report, application = built
    (tmp_path / "a").mkdir()
    text = _text(write_readiness_pdf(report, application, tmp_path / "a" / "r.pdf"))
    for name in ("张三", "李四", "王五"):
        assert _squash(name) not in _squash(text)
    assert "张*" in text and "李*" in text
    revealed = _text(write_readiness_pdf(report, application, tmp_path / "a" / "r2.pdf", reveal_personal=True))
    assert "张三" in _squash(revealed) and "李四" in _squash(revealed)


def test_exports_are_byte_identical(built, tmp_path):
    report, application = built
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir()
    second.mkdir()
    a = _all_exports(report, application, first, reveal=False)
    b = _all_exports(report, application, second, reveal=False)
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key


def test_xlsx_reads_back(built, tmp_path):
    report, _ = built
    path = write_checklist_xlsx(report, tmp_path / "c.xlsx")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("分组", "材料", "说明", "状态")
    assert len(rows) == 1 + len(report.checklist)
    assert [r[1] for r in rows[1:]] == [item.name.zh for item in report.checklist]
    assert {r[3] for r in rows[1:]} == {"已备齐", "准备中", "未准备"}
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:I{len(rows)}"
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].type == "list"
    assert validations[0].formula1 == '"未准备,准备中,已备齐,不适用"'
    assert "D2" in str(validations[0].sqref)
    hosting = next(r for r in rows if r[-1] == "hosting_contract")
    assert hosting[4:7] == ("技**", dt.datetime(2026, 12, 15), "等机房盖章")  # owner (masked), due date, notes
    workbook = openpyxl.load_workbook(path)
    assert workbook.properties.created == dt.datetime(2026, 11, 23)
    assert workbook.properties.modified == dt.datetime(2026, 11, 23)


def test_checklist_owner_and_notes_are_masked_unless_revealed(built, tmp_path):
    """The tracking columns are the applicant's free text: a person named there, or an ID number
    in the notes, is personal data like any other."""
    report, application = built
    hosting = next(item for item in report.checklist if item.id == "hosting_contract")
    person, notes = "诸葛明", f"复印件见 {SECRET_ID}（李四）"
    report = report.model_copy(update={"checklist": [
        item.model_copy(update={"owner": person, "notes": notes}) if item is hosting else item
        for item in report.checklist]})
    for reveal in (False, True):
        folder = tmp_path / str(reveal)
        folder.mkdir()
        written = export_all(report, application, xlsx=folder / "c.xlsx", csv=folder / "c.csv",
                             checklist_pdf=folder / "c.pdf", lang="zh", reveal_personal=reveal)
        rows = list(openpyxl.load_workbook(written[1]).active.iter_rows(values_only=True))
        owner, _due, note = next(r for r in rows if r[-1] == "hosting_contract")[4:7]
        csv_text = written[2].read_text(encoding="utf-8-sig")
        pdf_text = _squash(_text(written[0]))
        if reveal:
            assert (owner, note) == (person, notes)
            assert person in csv_text and SECRET_ID in csv_text and person in pdf_text
        else:
            assert owner == "诸**" and SECRET_ID not in note and "李四" not in note
            assert person not in csv_text and SECRET_ID not in csv_text
            assert person not in pdf_text and "诸**" in pdf_text and SECRET_ID not in pdf_text


def test_csv_round_trips(built, tmp_path):
    report, _ = built
    path = write_checklist_csv(report, tmp_path / "c.csv", lang="en")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Group", "Item", "Detail", "Status"]
    assert [r[-1] for r in rows[1:]] == [item.id for item in report.checklist]
    assert rows[1][3] == "Ready"


def test_font_not_found_is_clean(built, tmp_path, monkeypatch):
    report, application = built
    missing = tmp_path / "no-such-font.ttf"
    monkeypatch.setenv("ICP_WIZARD_FONT", str(missing))
    monkeypatch.setenv("ICP_WIZARD_NO_SYSTEM_FONTS", "1")
    monkeypatch.setenv("ICP_WIZARD_RESOURCES", str(tmp_path))  # no bundled fonts either
    with pytest.raises(FontNotFound) as caught:
        export_all(report, application, pdf=tmp_path / "r.pdf", csv=tmp_path / "c.csv")
    assert isinstance(caught.value, InputError)
    assert caught.value.code == "export.no_cjk_font"
    tried = caught.value.reason.detail  # what was tried, in full
    assert str(missing) in tried and str(tmp_path / "fonts" / "wqy-microhei.ttf") in tried
    assert "fonts-wqy-microhei" in caught.value.reason.text("en")
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "c.csv").exists()


def test_unusable_font_file_is_skipped(built, tmp_path, monkeypatch):
    report, application = built
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"OTTO" + b"\0" * 200)  # CFF-flavoured header, not a usable font
    monkeypatch.setenv("ICP_WIZARD_FONT", str(bogus))
    monkeypatch.setenv("ICP_WIZARD_NO_SYSTEM_FONTS", "1")
    monkeypatch.setenv("ICP_WIZARD_RESOURCES", str(tmp_path))
    with pytest.raises(FontNotFound, match="unusable"):
        write_readiness_pdf(report, application, tmp_path / "r.pdf")
    monkeypatch.delenv("ICP_WIZARD_RESOURCES")
    write_readiness_pdf(report, application, tmp_path / "r.pdf")  # falls through to the bundled font
    assert "尚不具备申请条件" in _text(tmp_path / "r.pdf")


def test_licence_not_required_report_exports(pack, tmp_path):
    application = Application.model_validate({"scope": {"province": "henan", "commercial": False}})
    report = evaluate(application, pack, AS_OF)
    assert report.verdict == Verdict.licence_not_required
    paths = {"pdf": tmp_path / "r.pdf", "checklist_pdf": tmp_path / "c.pdf", "xlsx": tmp_path / "c.xlsx"}
    export_all(report, application, **paths)
    assert VERDICT_TEXT[Verdict.licence_not_required].zh in _squash(_text(tmp_path / "r.pdf"))
    assert "无需准备" in _squash(_text(tmp_path / "c.pdf"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_export(example, tmp_path):
    packs = load_packs()
    application = load_application(example)
    pack = packs.for_region(application.scope.province)  # the national baseline for beijing.yaml
    if pack is None:
        pytest.skip(f"no pack for {application.scope.province}")
    report = evaluate(application, pack, AS_OF)
    for lang in ("zh", "en"):
        paths = {k: tmp_path / f"{lang}.{k}" for k in ("pdf", "checklist_pdf", "xlsx", "csv")}
        export_all(report, application, **paths, lang=lang)
        text = _squash(_text(paths["pdf"]))
        assert _squash(VERDICT_TEXT[report.verdict].get(lang)) in text
        for member in application.staff:
            if member.id_number:
                assert member.id_number not in text
        checklist = _squash(_text(paths["checklist_pdf"]))
        for item in report.checklist:
            assert _squash(item.name.get(lang)) in checklist


def test_export_package_does_not_import_reportlab():
    code = (
        "import sys, wizard.core.export, wizard.core.export.texts;"
        "assert not [m for m in sys.modules if m.startswith(('reportlab', 'openpyxl'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_demo_pdf_counts_by_kind_names_each_basis_and_promises_no_date(tmp_path):
    demo = Path(__file__).resolve().parent.parent / "examples" / "demo" / "henan-with-gaps.yaml"
    application = load_application(demo)
    report = evaluate(application, load_packs().packs["henan"], AS_OF)
    zh = _squash(_text(write_readiness_pdf(report, application, tmp_path / "zh.pdf")))
    for wanted in (
        "现在要办2项，等待2项（至2027-03-01），主体不符0项，待回答0项；另有警告1项",  # the cover, not a percentage
        "法规0项，官方0项，顾问文章4项，本程序推断1项",
        "成立于2026-02-10，截至2026-11-23满9个月，河南要求满12个月，2027-02-10起满足。",
        "依据〔顾问文章〕", "依据〔本程序推断〕", "阻断等待", "阻断需办理",
        "暂时无法给出日期，取决于：“域名持有者为本企业”",
        "预计取得许可证：提交后约40–60个工作日",
        "至多10个工作日", "属于提交本身，不计入",
        "经营许可证有效期的条款（条文编号未核实）",  # the unconfirmed article is marked in the output
    ):
        assert _squash(wanted) in zh, wanted
    assert "李佳" not in zh and "李*" in zh  # the staff member's name stays masked inside the finding
    en = _squash(_text(write_readiness_pdf(report, application, tmp_path / "en.pdf", lang="en")))
    for wanted in ("2 to do now, 2 waiting until 2027-03-01, 0 ruling you out", "Basis [consultancy guide]",
                   "Licence expected: about 40–60 working days after filing", "within 10 working days",
                   "the validity provision (article number not confirmed)"):
        assert _squash(wanted) in en, wanted


def test_the_staff_table_gives_each_persons_background_in_the_reports_language(tmp_path):
    demo = Path(__file__).resolve().parent.parent / "examples" / "demo" / "henan-with-gaps.yaml"
    application = load_application(demo)
    application.staff[1].background = []
    report = evaluate(application, load_packs().packs["henan"], AS_OF)
    zh = _squash(_text(write_readiness_pdf(report, application, tmp_path / "zh.pdf")))
    assert "岗位与背景" in zh and "网络安全专业背景或管理经验、计算机或互联网技术背景" in zh and "未填写背景" in zh
    en = _squash(_text(write_readiness_pdf(report, application, tmp_path / "en.pdf", lang="en")))
    assert _squash("Network security training or management, Computing or internet technology background") in en
    assert _squash("no background given") in en and "网络安全" not in en


def test_the_beijing_pdf_names_its_authority_prefix_and_the_baseline_window(tmp_path):
    application = load_application(Path(__file__).resolve().parent.parent / "examples" / "beijing.yaml")
    report = evaluate(application, load_packs().for_region("beijing"), AS_OF)
    zh = _squash(_text(write_readiness_pdf(report, application, tmp_path / "zh.pdf")))
    for wanted in ("北京市（京B2-）", "北京市通信管理局", "本程序尚未编入北京市的地方要求", "依据〔本程序推断〕",
                   "全国通用要求只给出各步骤的最长用时", "北京市本地的办理时限尚未编入"):
        assert _squash(wanted) in zh, wanted
    assert "申请材料" not in zh.split("各页面状态一览")[1].split("问题详情")[0]  # no list to prepare: not shown


def _pages(path: Path) -> list[str]:
    return [_squash(page.extract_text()) for page in pypdf.PdfReader(str(path)).pages]


def test_the_readiness_report_opens_with_the_plan(tmp_path):
    """Steps by group, their dates, the critical path and the licence window, before the detailed findings."""
    from wizard.core.plan import build_plan

    demo = Path(__file__).resolve().parent.parent / "examples" / "demo" / "henan-with-gaps.yaml"
    data = load_application(demo).model_dump(mode="json")
    data["plan"]["done"] = {step: {"date": "2026-11-25"} for step in (
        "henan.domains.registrant@domains[0].registrant", "update_filing@domains[0]",
        "henan.systems.log_retention@systems.log_retention_months")}
    application = Application.model_validate(data)
    pack = load_packs().packs["henan"]
    report = evaluate(application, pack, AS_OF)
    plan = build_plan(application, pack, report)
    pages = _pages(write_readiness_pdf(report, application, tmp_path / "plan.pdf", plan=plan))
    findings_page = next(i for i, page in enumerate(pages) if "问题详情" in page)
    opening = "".join(pages[:findings_page])
    assert findings_page <= 3 and "行动计划" in pages[0]
    for wanted in ("最早可提交日期：2027-03-01。这个日期由“每名人员社保满六个月”（2027-03-01起满足）决定。",
                   "关键路径：每名人员社保满六个月（2027-03-01）→提交",
                   "预计取得许可证：2027-04-26至2027-05-24",
                   "现在就做（1）", "等待（2）", "需要决定（0）", "已完成（3）",
                   "2027-02-10起满足", "2027-03-01起满足", "已于2026-11-25完成", "过户后更新ICP备案",
                   "已标记完成，但申请中的回答仍显示未满足", "人员方案", "预计满足：成立满一年"):
        assert _squash(wanted) in opening, wanted
    assert opening.index("现在就做") < opening.index("等待（2）") < opening.index("需要决定")
    assert "李佳" not in opening and "李*" in opening
    # The later timeline and obligations speak of the same dates: one filing date in the whole report.
    rest = "".join(pages[findings_page:])
    assert "暂时无法给出日期" not in "".join(pages) and "2027-04-26" in rest


def test_the_english_plan_section_speaks_english(tmp_path):
    demo = Path(__file__).resolve().parent.parent / "examples" / "demo" / "henan-with-gaps.yaml"
    application = load_application(demo)
    report = evaluate(application, load_packs().packs["henan"], AS_OF)
    pages = _pages(write_readiness_pdf(report, application, tmp_path / "en.pdf", lang="en"))  # plan built for it
    opening = "".join(pages[:2])
    for wanted in ("Action plan", "Do now (4)", "Waiting (2)", "To decide (0)", "Critical path",
                   "Update the ICP filing after the transfer", "not before 2027-03-01",
                   "Expected met: Registered for at least a year"):  # the timeline: a wait ahead is not met yet
        assert _squash(wanted) in opening, wanted
    assert "Met:" not in opening
    assert not re.search(r"[\u4e00-\u9fff]", opening.replace(_squash("郑州中原优选网络科技有限公司"), "")
                         .replace("豫B2-", "").replace("李*", "").replace("赵**", ""))


def test_a_domain_held_by_a_person_outside_the_staff_is_masked_but_a_company_is_not(tmp_path):
    """The check names the holder (a shareholder, a relative), who is neither staff nor representative."""
    from wizard.core.export.privacy import Redactor

    application = load_application(data_dir("examples") / "henan.yaml")
    application.domains[0].registrant = "孙小红"
    report = evaluate(application, load_packs().packs["henan"], dt.date(2026, 11, 23))
    assert any("孙小红" in f.message.zh for f in report.findings)  # the finding quotes the holder
    text = _squash(_text(write_readiness_pdf(report, application, tmp_path / "r.pdf")))
    assert "孙小红" not in text and "孙**" in text
    revealed = _squash(_text(write_readiness_pdf(report, application, tmp_path / "r2.pdf", reveal_personal=True)))
    assert "孙小红" in revealed
    application.domains[0].registrant = "河南某某控股有限公司"
    assert Redactor(application).clean("登记在河南某某控股有限公司名下") == "登记在河南某某控股有限公司名下"
