"""What every example and the demo say, in Chinese and in English, as a consultant would put it.

Key figures and sentences of the CLI text (`icp-wizard check … --as-of 2026-11-23`): the
open blockers by kind, the earliest filing date or what it depends on, the licence window
and its basis, and the wording of the demo's four gaps. One output speaks one language.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from wizard.core.application.documents import load_application
from wizard.core.commandline.textreport import render_report
from wizard.core.engine import evaluate
from wizard.core.rulepack.loader import load_packs

ROOT = Path(__file__).resolve().parent.parent.parent
AS_OF = dt.date(2026, 11, 23)
PACKS = load_packs()  # for_region: a province's own pack, or the national baseline for 北京 …
CJK = re.compile(r"[\u3400-\u9fff]+")
TERMS_IN_ENGLISH = {"备案", "个体工商户"}  # terms of art that English text names in Chinese too (ICP备案)
QUOTED_IN_ENGLISH = ("中国（上海）自由贸易试验区",)  # the words to look for on a Chinese business licence
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,'-]+[A-Za-z]+){2,}")  # three English words in a row
WORDS_IN_CHINESE = {"province-rules-digest"}  # a file name


def _report(path: str, lang: str) -> tuple[str, object]:
    application = load_application(ROOT / path.split("#")[0])
    for field, value in VARIANTS.get(path, {}).items():
        application = _changed(application, field, value)
    report = evaluate(application, PACKS.for_region(application.scope.province), AS_OF)
    return render_report(report, lang), application


def _changed(application, field: str, value):
    """The application with one field (such as servers[0].city) set, validated again."""
    data = application.model_dump(mode="json")
    *parents, leaf = re.findall(r"[a-z_]+|\[\d+\]", field)
    node = data
    for part in parents:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    if leaf.startswith("["):
        node[int(leaf[1:-1])] = value
    else:
        node[leaf] = value
    return type(application).model_validate(data)


# The cross-checks and the baseline under the finding model: what each says, in one language.
VARIANTS = {
    "examples/shanghai.yaml#cross-checks": {
        "servers[0].province": None, "servers[0].city": "示例镇",  # neither a province nor a known city
        "entity.uscc": "92310115MA1FL8XK2Q",  # an individual business's code beside a company's legal form
        "industry.park": "某某产业园",  # no recognised park, no FTZ area
    },
    "examples/beijing.yaml#hong-kong": {"servers[0].province": None, "servers[0].city": "香港"},
    "examples/henan.yaml#sole-trader-form": {"entity.legal_form": "individual_business"},  # with an enterprise code
}
EXAMPLES = ["examples/henan.yaml", "examples/shanghai.yaml", "examples/gansu.yaml", "examples/shanxi.yaml",
            "examples/beijing.yaml", "examples/demo/henan-with-gaps.yaml", *VARIANTS]


@pytest.mark.parametrize("path", EXAMPLES)
def test_english_output_has_no_chinese_sentences(path):
    text, application = _report(path, "en")
    typed = set(CJK.findall(application.model_dump_json()))
    prefix = PACKS.for_region(application.scope.province).header.licence_prefix
    for quoted in QUOTED_IN_ENGLISH:
        text = text.replace(quoted, "")
    leftovers = {c for c in CJK.findall(text) if c not in typed and c not in TERMS_IN_ENGLISH and c not in prefix}
    assert leftovers == set(), text


@pytest.mark.parametrize("path", EXAMPLES)
def test_chinese_output_has_no_english_sentences(path):
    text, _ = _report(path, "zh")
    runs = {r for r in ENGLISH_RUN.findall(text) if r not in WORDS_IN_CHINESE}
    assert runs == set(), text


@pytest.mark.parametrize("path", EXAMPLES)
def test_no_readiness_percentage(path):
    for lang in ("zh", "en"):
        text, _ = _report(path, lang)
        assert not re.search(r"(准备度|准备程度|readiness)\s*[:：]?\s*\d", text, re.IGNORECASE)
        percent_lines = [line for line in text.splitlines() if "%" in line]
        assert all(line.startswith(("回答完整度（仅指表单", "Answers complete (the form only")) for line in percent_lines)


LICENCE = {
    "examples/henan.yaml": ("预计取得许可证：2027-01-18 至 2027-02-15。依据指南给出的全程用时：约40–60个工作日",
                            "Licence expected: between 2027-01-18 and 2027-02-15. From the guide's figure for the "
                            "whole procedure: about 40–60 working days"),
    "examples/shanghai.yaml": ("预计取得许可证：2026-12-21 至 2027-01-04。依据指南给出的全程用时：约20–30个工作日",
                               "Licence expected: between 2026-12-21 and 2027-01-04"),
    "examples/gansu.yaml": ("预计取得许可证：最晚 2027-01-18（没有依据给出更早的日期）。指南只给出各步骤的最长用时，合计40个工作日",
                            "Licence expected: by 2027-01-18 at the latest (no source supports an earlier date)"),
    "examples/shanxi.yaml": ("预计取得许可证：无法给出日期。指南没有给出现场核查的用时，因此无法给出最晚日期；其余步骤的上限合计23个工作日",
                             "The guide gives no duration for site inspection, so no latest date can be given"),
}


@pytest.mark.parametrize("path", sorted(LICENCE))
def test_ready_examples_file_today_and_state_the_window_and_its_basis(path):
    zh, _ = _report(path, "zh")
    en, _ = _report(path, "en")
    assert "结论：可以提交申请" in zh and "未解决的阻断问题：没有" in zh
    assert "最早可提交日期：2026-11-23。没有未解决的阻断问题，现在就可以提交。" in zh
    assert "Open blockers: none" in en and "Earliest filing: 2026-11-23. Nothing blocks filing" in en
    assert LICENCE[path][0] in zh
    assert LICENCE[path][1] in en


def test_beijing_on_the_national_baseline_says_what_was_not_checked_and_where_its_window_comes_from():
    zh, _ = _report("examples/beijing.yaml", "zh")
    en, _ = _report("examples/beijing.yaml", "en")
    assert "结论：可以提交，但有需注意的问题" in zh and "未解决的阻断问题：没有（另有警告 1 项）" in zh
    assert "[警告 · 需办理]" in zh and "本程序尚未编入北京市的地方要求" in zh and "依据〔本程序推断〕" in zh
    assert ("预计取得许可证：最晚 2027-02-22（没有依据给出更早的日期）。全国通用要求只给出各步骤的最长用时："
            "受理5个工作日内、审查与决定60个工作日内（电信业务经营许可管理办法") in zh
    assert "（条文编号未核实）" in zh and "合计65个工作日" in zh and "北京市本地的办理时限尚未编入。" in zh
    assert "指南只给出" not in zh and "The guide states" not in en  # the national steps are no consultancy guide's
    assert "The national baseline states only each step's maximum: acceptance within 5, review and decision " \
           "within 60 working days" in en
    assert "Beijing's own processing times are not encoded." in en and "[Warning · to do]" in en


DEMO = "examples/demo/henan-with-gaps.yaml"


def test_the_demo_in_chinese():
    text, _ = _report(DEMO, "zh")
    for line in (
        "结论：尚不具备申请条件",
        "未解决的阻断问题：现在要办 2 项，等待 2 项（至2027-03-01），主体不符 0 项，待回答 0 项；另有警告 1 项",
        "问题的依据：法规 0 项，官方 0 项，顾问文章 4 项，本程序推断 1 项",
        "[阻断 · 等待] 申请主体 · 成立日期",
        "成立于2026-02-10，截至2026-11-23满9个月，河南要求满12个月，2027-02-10起满足。",
        "[阻断 · 需办理] 域名 · 域名持有者",
        "域名登记在“赵明远”名下，而不是申请企业“郑州中原优选网络科技有限公司”。",
        "李佳（技术人员、客服专员）自2026-09-01起在河南缴纳社保，截至2026-11-23满2个月，河南要求所有申报人员满6个月，"
        "2027-03-01起满足。不列入此人并不可行：其余人员只有1人，少于要求的2人。",
        "日志保存期为3个月，河南要求至少6个月。",
        "依据〔顾问文章〕：河南在线交易平台ICP许可证怎么申请？",
        "依据〔本程序推断〕：",
        "最早可提交日期：暂时无法给出日期，取决于：“域名持有者为本企业”（来源未说明所需时间）；“日志至少保存六个月”（来源未说明所需时间）。"
        "即使这些都完成，也不早于2027-03-01，由“每名人员社保满六个月”（2027-03-01起满足）决定。",
        "预计取得许可证：提交后约 40–60 个工作日（提交日期确定后才能换算成日期）。",
    ):
        assert line in text, line
    assert "2026-11-23。没有未解决" not in text  # never "today" while something must be done first


def test_the_demo_in_english():
    text, _ = _report(DEMO, "en")
    for line in (
        "Verdict: Not ready to apply",
        "Open blockers: 2 to do now, 2 waiting until 2027-03-01, 0 ruling you out, 0 unanswered; also 1 warning",
        "Basis of the findings: law 0, official 0, consultancy guide 4, the program's inference 1",
        "[Blocker · waiting] Entity · Date of registration",
        "Registered on 2026-02-10: 9 full months by 2026-11-23, while Henan asks for 12; met from 2027-02-10.",
        "has paid Henan social security since 2026-09-01: 2 full months by 2026-11-23, while Henan asks 6 months of "
        "everyone listed; met from 2027-03-01. Leaving this person off is no way out",
        "Logs are kept for 3 months; Henan asks for at least 6.",
        "Basis [consultancy guide]: How to apply for an ICP licence for an online trading platform in Henan",
        "§2(3).3, §4.3",
        "Earliest filing: No filing date can be given yet; it depends on: “Domain held by the company” (no source "
        "states how long it takes); “Logs kept at least six months” (no source states how long it takes). Even then "
        "not before 2027-03-01",
        "Licence expected: about 40–60 working days after filing",
    ):
        assert line in text, line


def test_the_cross_checks_speak_the_finding_model():
    zh, _ = _report("examples/shanghai.yaml#cross-checks", "zh")
    en, _ = _report("examples/shanghai.yaml#cross-checks", "en")
    assert "未解决的阻断问题：现在要办 0 项，等待 0 项，主体不符 1 项，待回答 1 项" in zh
    assert "[阻断 · 主体不符] 申请主体 · 企业类型" in zh and "依据〔官方〕：GB 32100-2015" in zh
    assert "[阻断 · 待回答] 服务器 · 省份" in zh
    assert "尚未填写这台服务器所在的省份，城市“示例镇”不在本程序的城市表中" in zh
    assert "不在中国内地" not in zh and "不在上海" not in zh  # an unknown place is asked about, not judged
    assert "[警告 · 需办理] 产业匹配 · 所在园区" in zh and "“某某产业园”不在指南列举的园区" in zh
    assert "依据〔本程序推断〕：指南把自贸区跨境电商列为浦东新区的特色场景" in zh
    assert "[Blocker · rules you out] Entity · Legal form" in en and "[Blocker · unanswered] Servers · Province" in en
    assert "The program's own inference (not the text of a regulation or guide)" in en
    assert "Earliest filing: No filing date can be given yet" in en


def test_a_server_in_hong_kong_is_abroad_and_a_sole_trader_form_beside_a_company_code_is_two_findings():
    zh, _ = _report("examples/beijing.yaml#hong-kong", "zh")
    assert "[阻断 · 需办理] 服务器 · 省份" in zh and "服务器位于香港，不在中国内地" in zh
    assert "预计取得许可证：提交后至多 65 个工作日" in zh  # a maximum, not "about"
    en, _ = _report("examples/beijing.yaml#hong-kong", "en")
    assert "Licence expected: at most 65 working days after filing" in en
    zh, _ = _report("examples/henan.yaml#sole-trader-form", "zh")
    assert "[阻断 · 主体不符] 申请主体 · 企业类型" in zh and "企业类型为个体工商户" in zh
    assert "[阻断 · 需办理] 申请主体 · 企业类型" in zh and "信用代码前两位是“91”" in zh


def test_a_counted_plural_in_a_pack_message_is_settled_once_the_number_is_known():
    """The packs write "{elapsed} full month(s)" and "{months} month(s)": the English reads "2 full months",
    "1 month", not "2 full month(s)"; Chinese has no plural to settle."""
    from wizard.core.engine.rendering import render

    assert render("{n} full month(s) by {day}", {"n": 2, "day": "2026-11-23"}, "en") == "2 full months by 2026-11-23"
    assert render("with {n} month(s) of social security", {"n": 1}, "en") == "with 1 month of social security"
    assert render("满{n}个月(s)", {"n": 2}, "zh") == "满2个月(s)"  # only English is touched
    packs = load_packs().packs
    application = load_application(ROOT / "examples" / "demo" / "henan-with-gaps.yaml")
    text = render_report(evaluate(application, packs["henan"], dt.date(2026, 11, 23)), "en")
    assert "since 2026-09-01: 2 full months by 2026-11-23" in text and "(s)" not in text


@pytest.mark.parametrize("example, start, met_on", [("shanxi", "2026-11-10", "2026-12-10"),
                                                   ("shanghai", "2026-11-10", "2027-02-10")])
def test_a_staff_count_reached_by_time_alone_gives_its_date_and_asks_for_no_new_hire(example, start, met_on):
    """The team is complete, one person's social security is too recent: the finding says the day the count
    is reached and tells the applicant to wait, not (as the packs' fixes do) to hire more people."""
    application = _changed(load_application(ROOT / "examples" / f"{example}.yaml"),
                           "staff[0].social_security_start", start)
    report = evaluate(application, PACKS.for_region(application.scope.province), AS_OF)
    staff = [f for f in report.findings if f.field == "staff"]
    assert staff and all(f.kind.value == "wait" and str(f.met_on) == met_on for f in staff)
    for finding in staff:
        assert finding.message.zh.endswith(f"按已填写的社保起缴日期，{met_on}起符合条件的达到{_count(finding)}名。")
        assert f"will qualify from {met_on}." in finding.message.en
        assert finding.fix.zh.startswith(f"不必另外招聘，继续为已列入的人员缴纳社保，{met_on}起再提交")
        assert finding.fix.en.startswith(f"No new hire is needed. Keep paying the listed staff's social security "
                                         f"and file on or after {met_on}")
        assert "招聘" not in finding.fix.zh.replace("不必另外招聘", "") and "Hire" not in finding.fix.en


def _count(finding) -> str:
    return re.search(r"(\d+) will qualify", finding.message.en).group(1)


@pytest.mark.parametrize("field, value, rule", [
    ("staff[0].social_security_start", "2026-11-10", "henan.staff.social_security"),
    ("staff[0].social_security_province", "北京", "henan.staff.social_security_province"),
])
def test_a_fix_does_not_offer_leaving_a_person_off_when_the_finding_says_that_is_no_way_out(field, value, rule):
    """Henan's two-person team: leaving one off leaves too few, as the message says; the fix used to offer it
    anyway ('or leave them off the application')."""
    application = _changed(load_application(ROOT / "examples" / "henan.yaml"), field, value)
    report = evaluate(application, PACKS.for_region(application.scope.province), AS_OF)
    finding = next(f for f in report.findings if f.rule_id == rule)
    assert "Leaving this person off is no way out" in finding.message.en
    assert "不列入此人并不可行" in finding.message.zh
    assert "or leave them off the application" not in finding.fix.en
    assert "或者不把此人列入申请名单" not in finding.fix.zh
    assert "whether leaving them off is an option: see above" in finding.fix.en
    assert "能否改为不列入此人，见上" in finding.fix.zh


@pytest.mark.parametrize("lang, page, other", [("zh", "人员", "申请主体 · 统一社会信用代码"),
                                              ("en", "Staff", "Entity · Unified social credit code")])
def test_a_finding_heading_names_a_page_wide_field_once(lang, page, other):
    """A finding about the staff list as a whole (missing, or too few) had the heading "人员 · 人员"."""
    application = _changed(load_application(ROOT / "examples" / "gansu.yaml"), "staff", [])
    application = _changed(application, "entity.uscc", None)  # a field on a page still names both
    text = render_report(evaluate(application, PACKS.for_region(application.scope.province), AS_OF), lang)
    headings = [line.split("] ", 1)[1] for line in text.splitlines() if line.startswith("[")]
    assert page in headings, headings
    assert f"{page} · {page}" not in headings
    assert other in headings, headings


@pytest.mark.parametrize(("lang", "henan", "unknown"), [("zh", "不早于2027-03-01", "—"), ("en", "not before 2027-03-01", "—")])
def test_compare_gives_the_day_the_waits_end_where_no_filing_date_can_be_given(lang, henan, unknown):
    """compare showed '—' for every province of the demo, where check says 'even then not before 2027-03-01'."""
    from wizard.core.commandline.textreport import render_comparison

    application = load_application(ROOT / "examples" / "demo" / "henan-with-gaps.yaml")
    reports = [evaluate(application, PACKS.packs[p], dt.date(2026, 12, 4)) for p in ("henan", "shanghai")]
    assert reports[0].timeline.filing.date is None and reports[1].timeline.filing.not_before is None
    henan_row, shanghai_row = render_comparison(reports, lang).splitlines()[2:]
    assert henan_row.endswith("  " + henan) and shanghai_row.endswith("  " + unknown)
