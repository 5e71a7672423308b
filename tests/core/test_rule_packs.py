"""Rule packs: every shipped pack loads; a broken one is refused with file:line and the others load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from wizard.core.commandline.cli import main
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

RULES = data_dir("rules")
PROVINCES = ("shanghai", "henan", "gansu", "shanxi")


def test_shipped_packs_load_without_errors():
    packs = load_packs()
    assert [e.describe() for e in packs.errors] == []
    assert set(PROVINCES) <= set(packs.packs)


@pytest.mark.parametrize("province", PROVINCES)
def test_every_rule_and_parameter_names_its_source_and_date(province):
    pack = load_packs().packs[province]
    for rule in pack.rules:
        assert rule.source.ref in pack.sources and rule.checked
        assert rule.message.zh and rule.message.en and rule.fix.zh and rule.fix.en
    for parameter in pack.parameters.values():
        assert parameter.source.ref in pack.sources and parameter.checked
    for place in (*pack.districts, *pack.scenes.values()):  # the industry matching reads these
        assert place.source.ref in pack.sources
    assert pack.process.steps, "the process steps drive the timeline"
    assert pack.materials, "every province has a materials checklist"


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    for path in RULES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_unknown_check_kind_is_refused_with_file_and_line(rules_copy: Path):
    target = rules_copy / "henan.yaml"
    _break(target, "kind: months_since", "kind: eval_python")
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    assert "henan" not in packs.packs
    assert {"shanghai", "gansu", "shanxi"} <= set(packs.packs)  # the others still load
    (error,) = packs.errors
    assert error.file == str(target)
    assert error.line == _line_of(target, "kind: eval_python")


def test_a_district_without_a_source_is_refused_with_file_and_line(rules_copy: Path):
    target = rules_copy / "shanxi.yaml"
    _break(target, "    scenes: [industrial_internet]\n    source: {ref: seed003, section: 引言}\n",
           "    scenes: [industrial_internet]\n")
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    assert "shanxi" not in packs.packs and "gansu" in packs.packs
    (error,) = packs.errors
    assert error.file == str(target) and error.field == "districts[1].source" and error.code == "field.missing"
    assert error.line == _line_of(target, "id: datong")


def test_unknown_parameter_is_refused(rules_copy: Path):
    target = rules_copy / "gansu.yaml"
    _break(target, "{param: ", "{param: no_such_parameter_")
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    assert "gansu" not in packs.packs
    assert packs.errors[0].code == "pack.unknown_parameter"
    assert packs.errors[0].reason.params["parameter"].startswith("no_such_parameter_")


def test_unknown_field_path_is_refused(rules_copy: Path):
    target = rules_copy / "shanxi.yaml"
    _break(target, "field: site.office_area_m2", "field: site.office_size")
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    assert "shanxi" not in packs.packs
    assert packs.errors[0].line == _line_of(target, "field: site.office_size")


def test_broken_yaml_is_refused_with_line(rules_copy: Path):
    target = rules_copy / "shanghai.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "\n  bad: [unclosed\n", encoding="utf-8")
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    assert "shanghai" not in packs.packs and "henan" in packs.packs
    assert packs.errors[0].file == str(target) and packs.errors[0].line


def test_broken_national_pack_refuses_every_province_clearly(rules_copy: Path):
    _break(rules_copy / "national.yaml", "reviewed: ", "reviewed: not-a-date ")
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    assert packs.packs == {}
    refused = [e for e in packs.errors if e.code == "pack.extends_unknown"]
    assert refused and all(e.reason.params == {"pack": "national"} for e in refused)


def test_a_pack_cannot_smuggle_code(rules_copy: Path):
    target = rules_copy / "henan.yaml"
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    data["rules"][0]["check"] = {"kind": "equals", "value": "x", "expression": "__import__('os').system('true')"}
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    packs = load_packs([rules_copy / "national.yaml", target])
    assert "henan" not in packs.packs
    assert packs.errors[0].code == "field.unknown"


def test_cli_validate_prints_file_line_reason(rules_copy: Path, capsys):
    target = rules_copy / "henan.yaml"
    _break(target, "severity: blocker", "severity: fatal")
    assert main(["rules", "validate", str(target), str(rules_copy / "national.yaml")]) == 1
    out = capsys.readouterr().out
    assert f"{target}:{_line_of(target, 'severity: fatal')}:" in out


def test_cli_validate_shipped_packs_is_clean(capsys):
    assert main(["rules", "validate"]) == 0


# --- a rule may not rest on the project's own notes alone ----------------------------

_NOTES_ONLY_RULE = """
  - id: henan.systems.notes_only
    title: {zh: 仅凭项目笔记, en: Notes only}
    field: systems.firewall
    severity: blocker
    check: {kind: equals, value: true}
    message: {zh: 没有防火墙。, en: No firewall.}
    fix: {zh: 部署防火墙。, en: Deploy one.}
    source: {ref: digest, section: §3}
    checked: 2026-11-23
"""


def _add_rule(path: Path, rule: str) -> None:
    text = path.read_text(encoding="utf-8")
    marker = "rules:\n"
    assert marker in text
    path.write_text(text.replace(marker, marker + rule.lstrip("\n"), 1), encoding="utf-8")


def test_cli_validate_refuses_a_rule_resting_only_on_the_projects_notes(rules_copy: Path, capsys):
    target = rules_copy / "henan.yaml"
    _add_rule(target, _NOTES_ONLY_RULE)
    assert main(["rules", "validate", str(target)]) == 1
    out = capsys.readouterr().out
    line = _line_of(target, "source: {ref: digest, section: §3}")
    assert f"{target}:{line}:" in out
    assert "henan.systems.notes_only" in out and "inference" in out
    assert "henan" not in load_packs([rules_copy / "national.yaml", target]).packs


def test_a_rule_marked_as_the_programs_inference_may_rest_on_the_notes(rules_copy: Path, capsys):
    target = rules_copy / "henan.yaml"
    marked = _NOTES_ONLY_RULE.replace(
        "    checked: 2026-11-23\n",
        "    inference: {zh: 本程序的推断：示例。, en: \"The program's inference: an example.\"}\n    checked: 2026-11-23\n",
    )
    _add_rule(target, marked)
    assert main(["rules", "validate", str(target)]) == 0, capsys.readouterr().out
    pack = load_packs([rules_copy / "national.yaml", target]).packs["henan"]
    assert "henan.systems.notes_only" in {rule.id for rule in pack.rules}


def test_every_shipped_rule_on_the_notes_says_it_is_the_programs_inference():
    packs = load_packs().packs
    for pack in packs.values():
        for rule in pack.rules:
            kinds = {pack.sources[ref.ref].kind for ref in rule.sources}
            if kinds == {"project_notes"}:
                assert rule.inference is not None, rule.id
    mainland = next(r for r in packs["shanxi"].rules if r.id == "national.servers.mainland")
    assert mainland.inference and "接入服务商" in mainland.inference.zh  # the real basis, in words


def test_every_source_has_an_english_title_for_english_output():
    """English output cites sources by title_en; a Chinese title there breaks 'one language per output'."""
    packs = load_packs()
    for pack in (*packs.packs.values(), packs.national):
        untitled = [ref for ref, source in pack.sources.items() if not source.title_en]
        assert untitled == [], (pack.id, untitled)


@pytest.mark.parametrize(("old", "new", "code"), [
    ("typical_duration: {working_days: [5, 7]", "typical_duration: {working_days: [0, 7]", "pack.typical_duration_range"),
    ("    check: {kind: equals, value: filed}\n    typical_duration:",
     "    kind: wait\n    check: {kind: equals, value: filed}\n    typical_duration:", "pack.rule_kind_declared"),
    ("    check: {kind: equals, value: filed}\n    typical_duration:",
     "    kind: structural\n    check: {kind: equals, value: filed}\n    typical_duration:", "pack.duration_needs_act"),
    ("background_any: [computing_background, security_background]", "background_any: [computing_backgrund]",
     "pack.unknown_background"),
])
def test_the_finding_models_pack_keys_are_refused_with_a_coded_reason(rules_copy: Path, old, new, code):
    target = rules_copy / "gansu.yaml"
    _break(target, old, new)
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    (error,) = packs.errors
    assert error.code == code and error.file == str(target) and error.line
    assert "gansu" not in packs.packs and {"henan", "shanghai"} <= set(packs.packs)


@pytest.mark.parametrize(("old", "new", "code"), [
    ("      - rule: gansu.domains.registrant\n", "      - rule: gansu.domains.no_such_rule\n", "pack.unknown_step_rule"),
    ("        - rule: gansu.domains.filing_obtained\n", "        - rule: gansu.no_such_rule\n", "pack.unknown_step_rule"),
    ("        unless_open: [gansu.domains.filing_obtained]", "        unless_open: [gansu.nothing]", "pack.unknown_step_rule"),
    ("        kind: wait\n        months: {param: min_social_security_months}\n", "        kind: wait\n",
     "pack.follow_up_wait_months"),
    ("        months: {param: min_social_security_months}\n", "        months: {param: no_such_parameter}\n",
     "pack.unknown_parameter"),
])
def test_the_plans_dependencies_are_refused_with_a_coded_reason(rules_copy: Path, old, new, code):
    """after:, then: and a process step's after: name rules that exist; a follow-up wait says how many months."""
    target = rules_copy / "gansu.yaml"
    _break(target, old, new)
    packs = load_packs(sorted(rules_copy.glob("*.yaml")))
    (error,) = packs.errors
    assert error.code == code and error.file == str(target) and error.line
    assert "gansu" not in packs.packs and {"henan", "shanghai"} <= set(packs.packs)


def test_a_wait_says_file_on_the_day_it_is_met_not_after_it():
    """{met_on} is the first day the condition holds: "file after 2027-03-01" (zh "之后") told the applicant
    to wait a day longer than the earliest filing date the same output gives."""
    for path in sorted(RULES.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert "{met_on}之后" not in text, path.name
        for line in text.splitlines():
            if "after {met_on}" in line:
                assert "on or after {met_on}" in line, f"{path.name}: {line.strip()}"
