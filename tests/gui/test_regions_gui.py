"""Choosing a province without its own rules (北京, 广东 …) in the wizard: the national
baseline applies, under that region's authority, and the wizard says local rules are unchecked."""

from __future__ import annotations

from wizard.gui.language.i18n import set_language

from .test_wizard import ROOT, choose, page


def test_the_province_list_offers_every_mainland_region(make_window):
    window = make_window()
    combo = page(window, "scope").forms[0].fields["province"].editor
    offered = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert len(offered) == 31 and offered[0] == "beijing"
    assert "hong_kong" not in offered
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert labels["shanghai"] == "上海市"
    assert labels["beijing"] == "北京市（仅全国通用要求）"


def test_choosing_beijing_checks_the_national_baseline_and_says_so(make_window):
    window = make_window()
    scope = page(window, "scope").forms[0].fields
    choose(scope["province"], "beijing")
    choose(scope["commercial"], True)
    choose(scope["merchant_model"], "third_party")
    report = window.session.report
    assert report is not None and report.province == "beijing"
    assert (report.authority.zh, report.licence_prefix) == ("北京市通信管理局", "京B2-")
    [finding] = scope["province"].findings
    assert finding.rule_id == "national.region.rules_not_encoded" and finding.severity == "warning"
    assert "本程序尚未编入北京市的地方要求" in scope["province"].message.text()
    window.go_to(window.page_index["plan"])
    summary = page(window, "plan").summary.text()
    assert "北京市通信管理局" in summary


def test_the_beijing_example_opens_and_reads_in_english(make_window):
    window = make_window([str(ROOT / "examples" / "beijing.yaml")], lang="en")
    set_language("en")
    report = window.session.report
    assert report.province == "beijing" and report.verdict.value == "ready_with_warnings"
    combo = page(window, "scope").forms[0].fields["province"].editor
    assert combo.currentText() == "Beijing (national baseline only)"
    window.go_to(window.page_index["plan"])
    summary = page(window, "plan").summary.text()
    assert "Beijing Communications Administration" in summary
    assert "北京" not in summary
