"""Drafts never claim what the application does not support: placeholders where data is missing or short."""

from __future__ import annotations

import shutil
from pathlib import Path

from wizard.core.application.documents import load_application
from wizard.core.rulepack.loader import load_packs

from .conftest import EXAMPLES, ROOT, docx_text, highlighted

GAPS = "demo/henan-with-gaps.yaml"


def test_short_log_retention_is_a_placeholder_naming_the_requirement(make_kit):
    result = make_kit(GAPS)
    policy = result.folder / "06-1-网络与信息安全管理制度.docx"
    marks = highlighted(policy)
    assert any(m.startswith("【待补充：日志留存期限") and "河南" in m and "六个月" in m and "3个月" in m for m in marks)
    assert "不少于3个月" not in docx_text(policy)  # the short value is never written as the policy


def test_the_domain_held_by_a_person_is_a_placeholder_not_a_claim(make_kit):
    result = make_kit(GAPS)
    marks = highlighted(result.folder / "14-域名清单.docx")
    assert any("域名持有者" in m and "河南" in m for m in marks)


def test_staff_social_security_short_is_listed_with_its_date(make_kit):
    result = make_kit(GAPS)
    marks = highlighted(result.folder / "12-从业人员名单.docx")
    assert any("社保" in m and "2027年3月1日" in m for m in marks)


def test_the_roster_states_each_background_and_leaves_a_placeholder_where_none_is_given(make_kit):
    application = load_application(EXAMPLES / GAPS)
    application.staff[1].background = []
    application.staff[1].industry_experience = False
    result = make_kit(GAPS, application=application)
    roster = result.folder / "12-从业人员名单.docx"
    assert "网络安全专业背景或管理经验、计算机或互联网技术背景、具有本地行业经验" in docx_text(roster)
    marks = highlighted(roster)
    assert any(m.startswith("【待补充：从业经历或专业背景，河南要求") for m in marks)
    # the open conditions say what clearing them takes, one per person, by the list's number
    assert any("（第2位人员）" in m and "2027年3月1日起满足" in m for m in marks)


def test_the_summary_lists_every_placeholder_left(make_kit):
    from wizard.core.kit.summary import render_summary

    result = make_kit(GAPS)
    summary = render_summary(result, "zh")
    for document in result.documents:
        assert sorted(document.placeholders) == sorted(highlighted(result.folder / document.file)), document.file
        for text in document.placeholders:
            assert f"{document.file}: {text}" in summary
    english = render_summary(result, "en")
    assert "Placeholders left" in english and "待补充内容" not in english


def test_a_complete_applicant_has_no_log_placeholder(make_kit):
    result = make_kit("henan.yaml")
    assert not any("日志" in text for _, text in result.placeholders)


def test_changing_the_pack_moves_the_placeholder(make_kit, tmp_path):
    """The requirement is read from the pack: lower Henan's minimum to 3 months and the draft states 3."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    henan = rules / "henan.yaml"
    text = henan.read_text(encoding="utf-8")
    start = text.index("  min_log_retention_months:")
    henan.write_text(text[:start] + text[start:].replace("value: 6", "value: 3", 1), encoding="utf-8")
    pack = load_packs(sorted(rules.glob("*.yaml"))).packs["henan"]
    result = make_kit(GAPS, pack=pack)
    policy = docx_text(result.folder / "06-1-网络与信息安全管理制度.docx")
    assert "不少于3个月" in policy
    assert not any("日志留存期限" in text for _, text in result.placeholders)


def test_an_empty_application_drafts_placeholders_everywhere_and_no_invented_facts(make_kit, packs):
    from wizard.core.application.model import Application, Scope

    application = Application(scope=Scope(province="gansu", commercial=True, merchant_model="third_party"))
    result = make_kit("gansu.yaml", application=application)
    assert result.errors == []
    files = {d.title: result.folder / d.file for d in result.documents}
    statement = docx_text(files["无违规经营声明"])
    assert "【待补充：企业名称】" in statement
    roster = highlighted(files["从业人员名单"])
    assert "【待补充：从业人员】" in roster
    topology = highlighted(files["网站拓扑图"])
    assert any("网站域名" in m for m in topology) and any("服务器信息" in m for m in topology)


def test_a_recent_violation_stops_the_no_violation_statement(make_kit):
    application = load_application(EXAMPLES / "gansu.yaml")
    violation = {"date": "2026-01-10", "kind": "internet_service", "description": "未备案开展业务"}
    changed = application.model_copy(update={"credit": application.credit.model_copy(
        update={"has_violations": True, "violations": [
            type(application.credit).model_fields["violations"].annotation.__args__[0](**violation)]})})
    result = make_kit("gansu.yaml", application=changed)
    text = docx_text(result.folder / "15-无违规经营声明.docx")
    assert "未发生互联网信息服务违规行为" not in text
    assert any("无违规声明不能照此出具" in m for m in highlighted(result.folder / "15-无违规经营声明.docx"))


def test_values_cannot_inject_structure_or_markup(make_kit, tmp_path: Path):
    """A company name with XML specials, control characters, Jinja braces and Markdown stays literal text."""
    import docx
    from lxml import etree

    application = load_application(EXAMPLES / "henan.yaml")
    nasty = "A&B <公司> \x07{{ 7*7 }} | # 标题 {% for x in y %}\n- 列表"
    entity = application.entity.model_copy(update={"name": nasty})
    domain = application.domains[0].model_copy(update={"registrant": "x | y | z"})
    changed = application.model_copy(update={"entity": entity, "domains": [domain]})
    result = make_kit("henan.yaml", application=changed)
    for document in result.documents:
        path = result.folder / document.file
        parsed = docx.Document(str(path))  # opens: well-formed
        text = docx_text(path)
        assert "A&B <公司> {{ 7*7 }} | # 标题 {% for x in y %} - 列表" in text, document.file
        assert "49" not in text.split("A&B")[1][:20]
        assert "\x07" not in text
        headings = [p.text for p in parsed.paragraphs if p.style.name.startswith("Heading")]
        assert not any("标题 {%" in h for h in headings)
    domains = docx.Document(str(result.folder / "14-域名清单.docx")).tables[0]
    assert len(domains.columns) == 5 and "x | y | z" in domains.rows[1].cells[2].text
    import zipfile

    with zipfile.ZipFile(result.folder / "07-信用承诺书.docx") as archive:
        etree.fromstring(archive.read("word/document.xml"))  # strict XML parse
