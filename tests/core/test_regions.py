"""Applicants outside the four encoded provinces: every mainland region gets the national
baseline under its own authority and licence prefix, and is told its local rules are unchecked."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from wizard.core.application.documents import application_from_data
from wizard.core.china.regions import BY_ID, REGIONS
from wizard.core.commandline.casefiles import set_path
from wizard.core.engine import evaluate
from wizard.core.rulepack.loader import load_packs
from wizard.core.rulepack.tables import load_tables
from wizard.core.runtime.resources import data_dir

EXAMPLES = data_dir("examples")
RULES = data_dir("rules")
MAINLAND = [r for r in REGIONS if r.mainland]
ENCODED = ("shanghai", "henan", "gansu", "shanxi")
PACKS = load_packs()
AS_OF = dt.date(2026, 11, 23)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard.core.commandline.cli", *args], capture_output=True, text=True, timeout=120
    )


def _beijing(**changes):
    data = yaml.safe_load((EXAMPLES / "beijing.yaml").read_text(encoding="utf-8"))
    for path, value in changes.items():
        set_path(data, path, value)
    return application_from_data(data)


def test_the_authorities_table_covers_the_31_mainland_regions_once():
    tables, errors = load_tables(RULES / "data")
    assert errors == []
    assert sorted(tables.authorities) == sorted(r.id for r in MAINLAND) and len(MAINLAND) == 31
    for region in MAINLAND:
        entry = tables.authorities[region.id]
        assert entry.authority.zh == f"{entry.name.zh}通信管理局"
        assert entry.licence_prefix == f"{region.abbreviations[0]}B2-"
        if entry.prefix.basis == "observed":
            assert entry.prefix.example.startswith(entry.licence_prefix)


@pytest.mark.parametrize("province", ENCODED)
def test_the_encoded_packs_agree_with_the_authorities_table(province):
    pack = PACKS.packs[province]
    entry = PACKS.tables.authorities[pack.header.region]
    assert (pack.header.authority, pack.header.licence_prefix) == (entry.authority, entry.licence_prefix)


@pytest.mark.parametrize(("region", "authority", "prefix"), [
    ("beijing", "北京市通信管理局", "京B2-"),
    ("guangdong", "广东省通信管理局", "粤B2-"),
    ("zhejiang", "浙江省通信管理局", "浙B2-"),
    ("guangxi", "广西壮族自治区通信管理局", "桂B2-"),
    ("sichuan", "四川省通信管理局", "川B2-"),  # filings read 蜀ICP备, licences 川B2-
    ("xinjiang", "新疆维吾尔自治区通信管理局", "新B2-"),
])
def test_for_region_gives_the_national_baseline_under_the_regions_authority(region, authority, prefix):
    pack = PACKS.for_region(region)
    assert pack.baseline_only and pack.header.region == region
    assert (pack.header.authority.zh, pack.header.licence_prefix) == (authority, prefix)
    national_ids = [r.id for r in PACKS.national.rules]
    assert [r.id for r in pack.rules] == national_ids
    assert PACKS.for_region(region) is pack  # built once


def test_for_region_keeps_encoded_packs_and_refuses_what_has_no_mainland_authority():
    assert PACKS.for_region("henan") is PACKS.packs["henan"] and not PACKS.packs["henan"].baseline_only
    for region in ("hong_kong", "macao", "taiwan", "atlantis", None):
        assert PACKS.for_region(region) is None
    listed = [region.id for region, _ in PACKS.regions()]
    assert listed == [r.id for r in MAINLAND]
    assert {r.id for r, encoded in PACKS.regions() if encoded} == set(ENCODED)


def test_the_beijing_example_meets_the_baseline_and_is_told_beijing_is_not_encoded():
    report = evaluate(_beijing(), PACKS.for_region("beijing"), AS_OF)
    assert report.verdict.value == "ready_with_warnings"
    assert (report.authority.zh, report.licence_prefix) == ("北京市通信管理局", "京B2-")
    [finding] = [f for f in report.findings if f.severity.value != "info"]
    assert finding.rule_id == "national.region.rules_not_encoded" and finding.page == "scope"
    assert "北京市" in finding.message.zh and "北京市通信管理局" in finding.message.zh
    assert "Beijing" in finding.message.en and "北京" not in finding.message.en  # one language per text
    assert (finding.kind.value, finding.basis.value) == ("act", "inference")  # confirm locally; the program's reasoning
    # no list of Beijing's materials is encoded: the page is not shown as an unstarted list to work through
    assert report.checklist == [] and report.pages["materials"].value == "not_applicable"


def test_a_filed_beijing_application_is_not_told_to_confirm_before_filing():
    """After submission (here: licensed) 'confirm the local requirements before filing' is no step to take:
    the finding stays as a note on what was not checked, and the plan has nothing to do now."""
    from wizard.core.plan import build_plan

    tracking = {"submitted": "2026-10-20", "approved": "2026-11-10", "issued": "2026-11-12",
                "licence_number": "京B2-20260001"}
    application = _beijing(tracking=tracking)
    pack = PACKS.for_region("beijing")
    report = evaluate(application, pack, AS_OF)
    [finding] = [f for f in report.findings if f.rule_id == "national.region.rules_not_encoded"]
    assert finding.severity.value == "info"
    assert "提交前向" not in finding.fix.zh and "Before filing" not in finding.fix.en
    assert finding.fix.zh.startswith("申请已于2026-10-20提交，不再需要提交前的确认。")
    assert finding.fix.en.startswith("The application was filed on 2026-10-20, so there is nothing left to confirm")
    assert "does not yet encode the local requirements of Beijing" in finding.message.en
    assert not [s for s in build_plan(application, pack, report).steps if s.id == finding.id]
    # before filing, the same applicant is still told to confirm first
    [before] = [f for f in evaluate(_beijing(), pack, AS_OF).findings if f.rule_id == finding.rule_id]
    assert before.severity.value == "warning" and before.fix.en.startswith("Before filing, confirm")


def test_an_encoded_province_is_never_told_its_rules_are_missing():
    for pack in PACKS.packs.values():
        application = _beijing(**{"scope.province": pack.header.region})
        report = evaluate(application, pack, AS_OF)
        assert not any(f.rule_id == "national.region.rules_not_encoded" for f in report.findings)


def test_cli_checks_a_beijing_applicant_against_the_baseline():
    result = run("check", str(EXAMPLES / "beijing.yaml"), "--as-of", "2026-11-23")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "北京市 (京B2-)" in result.stdout
    assert "本程序尚未编入北京市的地方要求" in result.stdout
    english = run("check", str(EXAMPLES / "beijing.yaml"), "--as-of", "2026-11-23", "--lang", "en")
    assert "does not yet encode the local requirements of Beijing" in english.stdout
    assert "the Beijing Communications Administration" in english.stdout


def test_cli_province_option_reaches_every_region(tmp_path: Path):
    data = yaml.safe_load((EXAMPLES / "beijing.yaml").read_text(encoding="utf-8"))
    set_path(data, "entity.uscc", "91440300MA5DCT1K2A")  # registered in Shenzhen
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run("check", str(path), "--province", "广东", "--as-of", "2026-11-23", "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Guangdong (粤B2-)" in result.stdout and "local requirements of Guangdong" in result.stdout
    assert "filed in Beijing" in result.stdout  # the 京ICP备 filing is still cross-checked
    assert "Traceback" not in result.stderr


def test_cli_says_why_hong_kong_has_no_pack():
    result = run("check", str(EXAMPLES / "beijing.yaml"), "--province", "香港")
    assert result.returncode == 2
    from wizard.core.messages import message
    from wizard.core.rulepack.basics import Bilingual

    expected = message("cli.region_not_mainland", "zh", region=Bilingual(zh="香港", en="Hong Kong"))
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_compare_stays_on_the_encoded_provinces_and_says_so():
    result = run("compare", str(EXAMPLES / "beijing.yaml"), "--as-of", "2026-11-23")
    assert result.returncode == 0
    assert "只比较已编入地方规则的省份" in result.stdout and "北京" not in result.stdout.split("只比较")[0]
    english = run("compare", str(EXAMPLES / "beijing.yaml"), "--as-of", "2026-11-23", "--lang", "en")
    assert "Only the provinces whose own rules are encoded are compared" in english.stdout


def test_a_broken_authorities_table_is_refused_with_file_and_line_and_the_packs_still_load(tmp_path: Path):
    shutil.copytree(RULES, tmp_path / "rules")
    table = tmp_path / "rules" / "data" / "authorities.yaml"
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace("licence_prefix: 粤B2-", "licence_prefix: 粤B3-", 1), encoding="utf-8")
    packs = load_packs(sorted((tmp_path / "rules").glob("*.yaml")))
    [error] = packs.errors
    line = next(n for n, row in enumerate(table.read_text(encoding="utf-8").splitlines(), 1) if "粤B3-" in row)
    assert error.file == str(table) and error.line == line
    assert set(ENCODED) <= set(packs.packs)  # the encoded provinces still work
    assert packs.for_region("guangdong") is None


def test_a_region_missing_from_the_table_is_named(tmp_path: Path):
    shutil.copytree(RULES / "data", tmp_path / "data")
    table = tmp_path / "data" / "authorities.yaml"
    rows = [row for row in table.read_text(encoding="utf-8").splitlines() if "region: tibet" not in row]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    _, [error] = load_tables(tmp_path / "data")
    assert error.code == "table.region_missing" and error.reason.params["regions"] == ["tibet"]


def test_region_names_in_the_table_match_regions_py():
    tables, _ = load_tables(RULES / "data")
    for region_id, entry in tables.authorities.items():
        assert entry.name.zh.startswith(BY_ID[region_id].zh)


def test_a_region_whose_own_pack_is_refused_does_not_fall_back_to_the_baseline(tmp_path: Path):
    for path in RULES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "shanghai.yaml").write_text("pack: [unclosed\n", encoding="utf-8")  # cannot even be parsed
    gansu = tmp_path / "gansu.yaml"
    gansu.write_text(gansu.read_text(encoding="utf-8").replace("reviewed:", "reviewed: not-a-date #", 1),
                     encoding="utf-8")
    packs = load_packs(sorted(tmp_path.glob("*.yaml")))
    assert len(packs.errors) == 2
    assert packs.for_region("shanghai") is None and packs.for_region("gansu") is None
    offered = {region.id for region, _ in packs.regions()}
    assert {"shanghai", "gansu"}.isdisjoint(offered) and {"henan", "beijing"} <= offered
