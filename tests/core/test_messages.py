"""The message catalog (wizard/core/messages): every reason is the program's own, coded, in zh and en.

Library wording (PyYAML, pydantic, python-stdnum, idna, the OS) may only follow a reason as its
detail; these tests check the catalog itself, the plumbing from each library to a code, and that
a library rewording its errors changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from language_checks import CJK, ENGLISH_RUN, language_problems

from wizard.core.application import yamlio
from wizard.core.application.documents import load_application, parse_application
from wizard.core.china import identifiers
from wizard.core.engine import evaluate
from wizard.core.messages import CATALOG, LANGS, Reason, placeholders
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.errors import InputError, ReasonError
from wizard.core.runtime.resources import data_dir

ROOT = Path(__file__).resolve().parents[2]
AS_OF = dt.date(2026, 11, 23)


# --- the catalog ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_every_message_has_both_languages_with_the_same_placeholders(code):
    zh, en = CATALOG[code]
    assert zh.strip() and en.strip()
    assert placeholders(zh) == placeholders(en), code
    params = {name: f"<{name}>" for name in placeholders(zh)}  # what the caller fills in
    for lang in LANGS:
        assert language_problems(Reason(code, params), lang) == []


NOT_MESSAGES = {"pack.review_age", "pack.reviewed"}  # a finding's rule id and a source section in evaluate.py


def _literal_codes() -> dict[str, set[str]]:
    """Every string literal in wizard/ that looks like a message code, with the files using it."""
    areas = {code.split(".")[0] for code in CATALOG}
    found: dict[str, set[str]] = {}
    for path in (ROOT / "wizard").rglob("*.py"):
        if "messages" in path.parts:
            continue
        for literal in re.findall(r"""["']([a-z_]+\.[a-z0-9_]+)["']""", path.read_text(encoding="utf-8")):
            if literal.split(".")[0] in areas and literal not in NOT_MESSAGES:
                found.setdefault(literal, set()).add(path.name)
    return found


def test_every_code_the_program_raises_is_in_the_catalog():
    unknown = {code: files for code, files in _literal_codes().items() if code not in CATALOG}
    assert unknown == {}


def test_every_message_in_the_catalog_is_used():
    used = set(_literal_codes()) | {"detail", "where.line", "more.one", "more.other"}
    dynamic = ("uscc.", "resident_id.", "kind.")  # built as f"{prefix}.wrong_length", f"kind.{kind}"
    unused = {code for code in CATALOG if code not in used and not code.startswith(dynamic)}
    assert unused == set()


def test_an_unknown_code_is_shown_as_itself_rather_than_failing():
    assert Reason("no.such_code").text("zh") == "no.such_code"


# --- InputError --------------------------------------------------------------------------------


def test_input_error_renders_location_reason_and_detail_per_language():
    error = InputError("yaml.syntax", file="a.yaml", line=3, detail="expected ',' or ']'")
    assert error.describe("zh") == "a.yaml:3: 不是有效的 YAML：此处格式有误（技术细节：expected ',' or ']'）"
    assert error.describe("en") == "a.yaml:3: not valid YAML: the text is malformed here (technical detail: expected ',' or ']')"
    assert error.code == "yaml.syntax" and str(error).startswith("[yaml.syntax] ")
    assert InputError("field.missing", line=2, field="entity.name").describe("zh") == "第 2 行: entity.name: 缺少必填项"


def test_parameters_are_rendered_per_language_and_kept_short():
    reason = Reason("cli.no_pack", {"province": "火星" * 100, "available": ["henan", "shanxi"]})
    assert reason.text("zh").endswith("（可用：henan、shanxi）") and "…" in reason.text("zh")
    assert reason.text("en").endswith("(available: henan, shanxi)")
    nested = Reason("cli.no_pack", {"province": "x", "available": Reason("word.none")})
    assert nested.text("zh").endswith("（可用：无）") and nested.text("en").endswith("(available: none)")


def test_pydantic_errors_map_from_their_type_not_their_message():
    """Each pydantic error type the applicant model can raise has a code of its own."""
    cases = {
        "scope: {commercial: 也许}\n": "field.not_a_boolean",
        "site: {office_area_m2: 很大}\n": "field.not_a_number",
        "systems: {log_retention_months: 1.5}\n": "field.not_a_whole_number",
        "systems: {log_retention_months: -1}\n": "field.negative",
        "systems: {log_retention_months: 5000}\n": "field.above_maximum",
        "entity: [a]\n": "field.not_a_mapping",
        "domains: 3\n": "field.not_a_list",
        "entity: {name: [a]}\n": "field.not_text",
        "entity: {legal_form: llc}\n": "field.not_a_choice",
        "entity: {registration_date: 20230516}\n": "field.not_a_date",
        "credit: {violations: [{date: 2023-01-01 10:00:00}]}\n": "field.date_has_time",
        "entity: {registration_date: 1900-01-01}\n": "date.too_early",
        "scope: {province: 火星}\n": "region.unknown",
        "scope: {province: [a]}\n": "region.not_text",
        "entity: {registered_capital_rmb: 很多}\n": "amount.unreadable",
        "entity: {nmae: x}\n": "field.unknown",
        "entity: {a b: x}\n": "field.unknown_needs_quotes",
    }
    for text, code in cases.items():
        with pytest.raises(InputError) as caught:
            parse_application(text, file="a.yaml")
        assert caught.value.code == code, (text, caught.value)
        assert caught.value.reason.detail is None, "a mapped type needs no library text"


def test_an_unmapped_pydantic_type_keeps_its_message_only_as_detail():
    from wizard.core.application.validation import reason_of

    reason = reason_of({"type": "some_future_type", "loc": ("x",), "msg": "Input should be shiny", "input": 1})
    assert reason.code == "field.invalid" and reason.detail == "Input should be shiny"
    assert reason.full("zh") == "值无效（技术细节：Input should be shiny）"


def test_several_problems_are_counted_in_the_language():
    with pytest.raises(InputError) as caught:
        parse_application("entity: {nmae: x, legal_form: llc}\n", file="a.yaml")
    assert caught.value.describe("zh").endswith("（另有 1 处问题）")
    assert caught.value.describe("en").endswith(" (and 1 more problem)")


def test_a_reason_error_in_a_validator_keeps_its_code_through_pydantic():
    from pydantic import BaseModel, ValidationError, field_validator

    from wizard.core.application.validation import reason_of

    class Probe(BaseModel):
        value: int = 0

        @field_validator("value")
        @classmethod
        def _refuse(cls, value: int) -> int:
            raise ReasonError("amount.negative")

    with pytest.raises(ValidationError) as caught:
        Probe(value=1)
    assert reason_of(caught.value.errors()[0]).code == "amount.negative"


# --- YAML nesting: whichever limit trips first -----------------------------------------------------


class _RewordedLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):
    """The same parser, saying everything in other words: a library upgrade that rewords its errors."""

    def _reworded(self, call):
        try:
            return call()
        except yaml.MarkedYAMLError as exc:
            exc.problem = f"(reworded) {exc.problem}"
            raise

    def check_event(self, *choices):
        return self._reworded(lambda: super(_RewordedLoader, self).check_event(*choices))

    def get_event(self):
        return self._reworded(lambda: super(_RewordedLoader, self).get_event())

    def get_single_node(self):
        return self._reworded(lambda: super(_RewordedLoader, self).get_single_node())


DEEP_FLOW = "entity: " + "[" * 5000 + "]" * 5000 + "\n"


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="libyaml's own limit needs PyYAML's C parser")
def test_libyaml_trips_its_own_limit_first_on_deep_flow_nesting():
    """The case the issue found: our event count never sees depth 65 because libyaml refuses first."""
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        for _event in yaml.parse(DEEP_FLOW, Loader=yaml.CSafeLoader):
            pass
    assert yamlio._is_nesting_limit(caught.value)
    with pytest.raises(InputError) as refused:
        parse_application(DEEP_FLOW, file="deep.yaml")
    assert refused.value.code == "document.nested_too_deeply" and refused.value.line == 1


def test_nesting_is_recognised_whatever_the_parser_calls_it(monkeypatch):
    monkeypatch.setattr(yamlio, "_Loader", _RewordedLoader)
    yamlio._nesting_limit_errors.cache_clear()
    try:
        with pytest.raises(InputError) as refused:
            parse_application(DEEP_FLOW, file="deep.yaml")
        assert refused.value.code == "document.nested_too_deeply"
        with pytest.raises(InputError) as broken:  # other errors keep their own reason, reworded detail and all
            parse_application("entity: {name: x\n  other: [1, 2]]\n", file="a.yaml")
        assert broken.value.code == "yaml.syntax" and "(reworded)" in broken.value.reason.detail
    finally:
        monkeypatch.undo()
        yamlio._nesting_limit_errors.cache_clear()


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        ("entity: " + "[" * 100 + "]" * 100, ".yaml"),  # flow, our limit
        ("entity:\n" + "".join(" " * (level + 2) + "a:\n" for level in range(100)), ".yaml"),  # block, our limit
        ('{"entity": ' + "[" * 100 + "]" * 100 + "}", ".json"),  # JSON, our limit
        ('{"entity": ' + "[" * 50_000 + "]" * 50_000 + "}", ".json"),  # JSON, Python's recursion limit
    ],
)
def test_nested_too_deeply_in_every_form(text, suffix, tmp_path):
    path = tmp_path / f"deep{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_application(path)
    assert caught.value.code == "document.nested_too_deeply"
    assert caught.value.describe("zh").endswith("文档嵌套层数过深")


# --- identifiers and the {reason} of rule messages -------------------------------------------------


@pytest.mark.parametrize(
    ("problem", "value"),
    [
        (identifiers.uscc_problem, "91410100MA44XXXXX1"),
        (identifiers.uscc_problem, "123"),
        (identifiers.resident_id_problem, "11010119900307123X"),
        (identifiers.domain_problem, "exa mple.com"),
        (identifiers.domain_problem, "example.notarealsuffix"),
        (lambda v: identifiers.icp_filing_region(v)[1], "ICP12345"),
    ],
)
def test_identifier_reasons_are_coded_and_bilingual(problem, value):
    reason = problem(value)
    assert isinstance(reason, Reason) and reason.code in CATALOG
    for lang in LANGS:
        assert language_problems(reason, lang) == []


def test_reason_in_a_report_follows_the_report_language():
    """{reason} was python-stdnum's English sentence in the Chinese report; now each report speaks one language."""
    application = load_application(data_dir("examples") / "henan.yaml")
    application.entity.uscc = application.entity.uscc[:-1] + ("0" if application.entity.uscc[-1] != "0" else "1")
    application.domains[0].icp_filing_number = "ICP12345"
    pack = load_packs().packs["henan"]
    report = evaluate(application, pack, AS_OF)
    expected = {
        "entity.uscc": identifiers.uscc_problem(application.entity.uscc),
        "domains[0].icp_filing_number": identifiers.icp_filing_region("ICP12345")[1],
    }
    for field, reason in expected.items():
        (finding,) = [f for f in report.findings if f.field == field and reason.text("zh") in f.message.zh]
        assert reason.text("en") in finding.message.en
        assert not ENGLISH_RUN.search(finding.message.zh.replace(application.entity.uscc, "")), finding.message.zh
        assert not CJK.search(finding.message.en.replace("沪ICP备12345678号", "")), finding.message.en


# --- rule packs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("severity: blocker", "severity: fatal", "field.not_a_choice"),
        ("kind: months_since", "kind: eval_python", "field.unknown_kind"),
        ("{param: ", "{param: no_such_parameter_", "pack.unknown_parameter"),
        ("field: site.office_area_m2", "field: site.office_size", "path.unknown_field"),
        ("reviewed: ", "reviewed: not-a-date ", "field.not_a_date"),
    ],
)
def test_rule_pack_refusals_are_coded_and_bilingual(tmp_path, old, new, code):
    rules = tmp_path / "rules"
    rules.mkdir()
    for name in ("national.yaml", "henan.yaml", "shanxi.yaml", "gansu.yaml"):
        text = (data_dir("rules") / name).read_text(encoding="utf-8")
        (rules / name).write_text(text, encoding="utf-8")
    target = next(p for p in sorted(rules.glob("*.yaml")) if p.name != "national.yaml" and old in p.read_text("utf-8"))
    target.write_text(target.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    packs = load_packs(sorted(rules.glob("*.yaml")))
    (error,) = packs.errors
    assert error.code == code and error.file == str(target) and error.line
    for lang in LANGS:
        assert language_problems(error.reason, lang) == []


# --- the command line --------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_cli_errors_follow_lang_and_default_to_chinese(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entity:\n  registered_capital_rmb: -100\n", encoding="utf-8")
    zh = _cli("check", str(bad), "--province", "henan")
    en = _cli("check", str(bad), "--province", "henan", "--lang", "en")
    assert zh.returncode == en.returncode == 2
    assert zh.stderr == f"icp-wizard: {bad}:2: entity.registered_capital_rmb: 金额不能为负数\n"
    assert en.stderr == f"icp-wizard: {bad}:2: entity.registered_capital_rmb: the amount cannot be negative\n"


def test_argparse_complaints_are_only_the_detail():
    result = _cli("check")
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line.startswith("icp-wizard: 命令行参数有误，请查看 icp-wizard check --help（技术细节："), line
    assert "\n" not in line
    english = _cli("--lang", "en", "check", "x.yaml", "--as-of", "2024-02-30")
    assert english.stderr == "icp-wizard: --as-of: '2024-02-30' is not a date (YYYY-MM-DD)\n"


def test_every_command_that_reports_errors_takes_lang(capsys):
    from wizard.core.commandline.cli import main

    assert main([]) == 2
    assert capsys.readouterr().err.startswith("icp-wizard: 没有指定命令")
    assert main(["--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith("icp-wizard: no command given")
    assert main(["rules", "validate", "--lang", "en"]) == 0
    assert capsys.readouterr().err == "0 problem(s); loaded: gansu, henan, shanghai, shanxi\n"
    assert main(["rules", "validate"]) == 0
    assert capsys.readouterr().err == "0 个问题；已加载：gansu、henan、shanghai、shanxi\n"
    assert main(["export", str(data_dir("examples") / "henan.yaml"), "--lang", "en"]) == 2
    assert capsys.readouterr().err == "icp-wizard: nothing to export: give --pdf and/or --checklist\n"


def test_self_test_speaks_the_chosen_language():
    zh, en = _cli("--self-test"), _cli("--self-test", "--lang", "en")
    assert zh.returncode == en.returncode == 0, zh.stdout + en.stdout
    assert zh.stdout.splitlines()[0].startswith("规则包：") and zh.stdout.splitlines()[-1] == "自检通过"
    assert en.stdout.splitlines()[0].startswith("rule packs: ") and en.stdout.splitlines()[-1] == "self-test passed"
    assert not CJK.search(en.stdout.replace("一百万", ""))
