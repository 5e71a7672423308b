"""The help texts come from the packs (a new rule shows up with no code) and the glossary is checked data."""

from __future__ import annotations

import shutil
from pathlib import Path

from wizard.core.help.fields import field_help
from wizard.core.help.glossary import load_glossary, shipped_glossary
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

NEW_RULE = """
  - id: henan.entity.actual_address_given
    title: {zh: 填写实际经营地址, en: Actual business address given}
    field: entity.actual_address
    severity: warning
    check: {kind: required}
    message: {zh: 尚未填写实际经营地址。, en: The actual business address is missing.}
    fix: {zh: 填写实际经营地址。, en: Enter the actual business address.}
    source: {ref: seed001, section: "§三(二)"}
    checked: 2026-12-02
"""


def test_a_rule_added_to_a_pack_appears_in_the_help_of_its_question(tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(data_dir("rules"), rules)
    henan = rules / "henan.yaml"
    text = henan.read_text(encoding="utf-8")
    henan.write_text(text.replace("\nrules:\n", "\nrules:\n" + NEW_RULE.lstrip("\n"), 1), encoding="utf-8")
    before = field_help(load_packs().packs["henan"], "entity.actual_address")
    assert before.rule_ids == [] and "没有直接检查这一项" in before.why().zh
    packs = load_packs(sorted(rules.glob("*.yaml")))
    assert not packs.errors, [e.describe() for e in packs.errors]
    after = field_help(packs.packs["henan"], "entity.actual_address", shipped_glossary())
    assert after.rule_ids == ["henan.entity.actual_address_given"]
    assert after.why().zh == "河南省有1条规则检查这一项：" and after.why().en == "1 rule of Henan checks this answer:"
    assert "§三(二)" in after.plain("zh") and "§3(2)" in after.plain("en")


def test_a_when_condition_counts_as_reading_the_answer():
    """henan.domains.filing_number applies only to a domain marked filed: the filing status's help names it."""
    status = field_help(load_packs().packs["henan"], "domains[0].filing_status")
    how = {use.rule_id: use.how for use in status.uses}
    assert how["henan.domains.filing_number"] == "applies_when" and how["henan.domains.filed"] == "checks"
    assert "1条规则据此判断是否适用" in status.why().zh and "1 decides by it whether they apply" in status.why().en


def test_the_shipped_glossary_loads_and_links_its_terms_to_real_questions():
    glossary, errors = load_glossary()
    assert errors == []
    assert [t.id for t in glossary.for_field("entity.uscc")] == ["uscc", "legal_form"]
    for term in glossary.terms:
        assert term.term.zh and term.term.en and term.definition.zh and term.definition.en
        assert all(glossary.source_info(ref).title for ref in term.sources)


def test_a_broken_glossary_is_refused_with_file_line_and_reason(tmp_path: Path):
    text = (data_dir("rules") / "data" / "glossary.yaml").read_text(encoding="utf-8")
    (tmp_path / "glossary.yaml").write_text(text.replace("see_also: [value_added_telecom, icp_filing_or_licence]", "see_also: [no_such_term]", 1),
                                            encoding="utf-8")
    glossary, [error] = load_glossary(tmp_path)
    assert glossary.terms == () and error.code == "table.unknown_term"
    assert error.file.endswith("glossary.yaml") and error.line is not None


def test_the_violations_question_says_why_it_is_asked_before_the_rules_that_read_it():
    packs = load_packs()
    shanxi = field_help(packs.packs["shanxi"], "credit.has_violations")
    assert shanxi.rule_ids == ["shanxi.credit.telecom_violations"]
    assert shanxi.why().zh.startswith("先回答有无违规记录，有的再逐条列出")
    assert shanxi.why().zh.endswith("山西省有1条规则检查这一项：")
    assert shanxi.why().en.startswith("Answer first whether there are any violations on record")
    assert shanxi.why().en.endswith(" 1 rule of Shanxi checks this answer:")
    # Shanghai has no such rule: the reason alone, not "no rule checks this"
    shanghai = field_help(packs.packs["shanghai"], "credit.has_violations")
    assert shanghai.rule_ids == [] and shanghai.why().zh.startswith("先回答有无违规记录")
    assert "没有直接检查这一项" not in shanghai.why().zh
