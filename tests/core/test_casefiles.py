"""The YAML case runner's own messages (`icp-wizard rules test`): a failed case names its file, the case
and what the report showed instead, in Chinese (the default) or in English, never a mixture."""

from __future__ import annotations

import pytest
from language_checks import CJK

from wizard.core.commandline import casefiles, cli
from wizard.core.commandline.casefiles import run_case_file
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.errors import InputError

PACKS = load_packs()

# The Gansu example is ready on this day (rules/tests/gansu.yaml, "the example is ready"); this case
# expects otherwise on purpose, and a checklist item and a finding the pack does not have.
FAILING = """\
pack: gansu
example: gansu.yaml
as_of: 2026-11-23
cases:
  - name: the example is ready
    expect: {verdict: ready}
  - name: wrong on purpose
    expect:
      verdict: not_ready
      checklist_includes: [no_such_material]
      findings:
        - {rule: gansu.no_such_rule, page: servers, field: "servers[0].province", severity: blocker}
      licence: {max_working_days: 41}
"""


@pytest.fixture()
def failing(tmp_path):
    path = tmp_path / "deliberately_failing.yaml"
    path.write_text(FAILING, encoding="utf-8")
    return path


def test_a_failed_case_names_its_file_its_case_and_what_differed_in_chinese_and_in_english(failing):
    passed, failed = run_case_file(failing, PACKS)
    assert passed.problems == []
    assert len(failed.problems) == 4  # the verdict, the checklist item, the finding, the licence's days
    zh, en = failed.describe("zh"), failed.describe("en")
    assert zh.splitlines()[0] == "未通过 deliberately_failing.yaml：wrong on purpose"
    assert "结论是 ready，应为 not_ready（发现：" in zh
    assert "材料清单中没有 no_such_material" in zh
    assert "没有符合 {'rule': 'gansu.no_such_rule', 'page': 'servers', 'field': 'servers[0].province', " \
           "'severity': 'blocker'} 的发现" in zh  # the whole expectation, never cut short
    assert "licence max_working_days 是 40，应为 41" in zh
    assert en.splitlines()[0] == "FAIL deliberately_failing.yaml: wrong on purpose"
    assert "verdict ready, expected not_ready (findings: " in en
    assert "checklist lacks no_such_material" in en
    assert "no finding like {'rule': 'gansu.no_such_rule'" in en
    assert "licence max_working_days 40, expected 41" in en
    assert not CJK.search(en), en  # one output speaks one language


def test_an_empty_value_reads_as_none_in_either_language(failing):
    failing.write_text(FAILING.replace("licence: {max_working_days: 41}", "licence_from: 2027-01-01"),
                       encoding="utf-8")
    _, failed = run_case_file(failing, PACKS)
    assert "licence_from 是 无，应为 2027-01-01" in failed.describe("zh")  # Gansu states no minimum
    assert "licence_from none, expected 2027-01-01" in failed.describe("en")


@pytest.mark.parametrize(("lang", "failed_line", "summary"), [
    ("zh", "未通过 deliberately_failing.yaml：wrong on purpose", "1 个通过，1 个未通过"),
    ("en", "FAIL deliberately_failing.yaml: wrong on purpose", "1 passed, 1 failed"),
])
def test_rules_test_prints_the_failed_case_and_the_count_in_the_chosen_language(
        failing, monkeypatch, capsys, lang, failed_line, summary):
    monkeypatch.setattr(casefiles, "case_files", lambda: [failing])
    assert cli.main(["rules", "test", "--lang", lang]) == cli.EXIT_NOT_READY
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == failed_line
    assert lines[1].startswith("     ") and len(lines) == 6  # four differences, indented under it
    assert lines[-1] == summary


def test_a_case_file_naming_an_unknown_pack_is_refused_with_its_file_and_line(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text("# cases\npack: atlantis\nexample: gansu.yaml\ncases: []\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run_case_file(path, PACKS)
    assert caught.value.describe("zh") == f"{path}:2: 案例文件指定的规则包或地区“atlantis”不存在"
    assert caught.value.describe("en") == f"{path}:2: the case file names the pack or region 'atlantis', " \
                                          "which does not exist"


def test_a_misspelt_key_anywhere_in_a_case_fails_it_instead_of_checking_nothing(failing):
    failing.write_text(FAILING.split("  - name: wrong on purpose")[0] + """\
  - name: misspelt
    expect:
      verdit: not_ready
      findings:
        - {rule: gansu.servers.mainland, feild: "servers[0].province"}
      open: {blockers: 1}
      licence: {max_days: 41}
  - name: nothing expected
    sett: {"servers[0].province": 香港}
""", encoding="utf-8")
    _, misspelt, nothing = run_case_file(failing, PACKS)
    en = misspelt.describe("en")
    assert "expect: unknown keys verdit (a misspelt key is not checked)" in en
    assert "expect.findings[0]: unknown keys feild" in en
    assert "expect.open: unknown keys blockers" in en  # was an AttributeError, reported as a program bug
    assert "expect.licence: unknown keys max_days" in en
    assert "expect.open 中有未知的键 blockers（拼错的键不会被检查）" in misspelt.describe("zh")
    assert nothing.describe("zh").splitlines()[1:] == ["     案例中有未知的键 sett（拼错的键不会被检查）",
                                                      "     这个案例没有 expect:，什么也没有检查"]
    assert nothing.describe("en").splitlines()[2:] == ["     the case has no expect: and checks nothing"]


@pytest.mark.parametrize(("text", "zh", "en"), [
    ("pack: gansu\ncases: []\n", "缺少“example:”", "'example:' is missing"),
    ("pack: gansu\nexample: gansu.yaml\ncases:\n  - expect: {verdict: ready}\n", "4: 缺少“name:”",
     "4: 'name:' is missing"),
    ("pack: gansu\nexample: gansu.yaml\nexmaple: x\ncases: []\n", "3: 案例文件中有未知的键 exmaple",
     "3: the case file has unknown keys exmaple"),
    ("pack: gansu\nexample: gansu.yaml\ncases: {a: 1}\n", "3: cases 应是案例的列表，每个案例是一个映射，实际是映射",
     "3: cases should be a list of cases, each case a mapping, not a mapping"),
    ("- pack: gansu\n", "案例文件须是含 pack:、example: 和 cases: 的映射", "a case file is a mapping with pack:, example:"),
])
def test_a_case_file_that_cannot_be_run_is_refused_with_its_file_and_why(tmp_path, text, zh, en):
    path = tmp_path / "cases.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run_case_file(path, PACKS)
    assert caught.value.describe("zh").startswith(str(path)) and zh in caught.value.describe("zh")
    assert en in caught.value.describe("en")


# Each expectation below is of the wrong shape; before, most of them crashed the runner with a
# Python error (a finding written as a text, counts as a list) or checked something else quietly
# (`absent:` as one text was read letter by letter).
MALFORMED = "pack: gansu\nexample: gansu.yaml\nas_of: 2026-11-23\ncases:\n  - name: ok\n    expect: {verdict: ready}\n" \
            "  - name: odd one\n"


@pytest.mark.parametrize(("case", "zh", "en"), [
    ("    expect:\n      findings: [gansu.servers.mainland]\n",
     "9: 案例“odd one”：expect.findings[0] 应是映射（键: 值），实际是文本“gansu.servers.mainland”",
     "9: case 'odd one': expect.findings[0] should be a mapping (key: value), not the text 'gansu.servers.mainland'"),
    ("    expect:\n      finding_count: [gansu.servers.mainland]\n",
     "9: 案例“odd one”：expect.finding_count 应是规则编号到个数的映射",
     "9: case 'odd one': expect.finding_count should be a mapping of rule ids to counts"),
    ("    expect:\n      finding_count: {gansu.servers.mainland: one}\n",
     "9: 案例“odd one”：expect.finding_count.gansu.servers.mainland 应是整数，实际是文本“one”",
     "expect.finding_count.gansu.servers.mainland should be a whole number, not the text 'one'"),
    ("    expect:\n      absent: gansu.servers.mainland\n",
     "9: 案例“odd one”：expect.absent 应是文本的列表，实际是文本“gansu.servers.mainland”",
     "9: case 'odd one': expect.absent should be a list of texts, not the text 'gansu.servers.mainland'"),
    ("    expect:\n      licence: {max_working_days: '40'}\n",
     "9: 案例“odd one”：expect.licence.max_working_days 应是整数或 null，实际是文本“40”",
     "9: case 'odd one': expect.licence.max_working_days should be a whole number or null, not the text '40'"),
    ("    expect:\n      earliest_filing: next week\n",
     "9: 案例“odd one”：expect.earliest_filing 应是日期（如 2026-11-23）或 null，实际是文本“next week”",
     "should be a date (such as 2026-11-23) or null, not the text 'next week'"),
    ("    expect:\n      obligations:\n        - {says: 年度报告}\n",
     "10: 案例“odd one”：expect.obligations[0] 缺少“id:”", "10: case 'odd one': expect.obligations[0] lacks 'id:'"),
    ("    expect:\n      steps:\n        - {id: corrections, cites: [seed002]}\n",
     "10: 案例“odd one”：expect.steps[0].cites 应是文本，实际是列表",
     "10: case 'odd one': expect.steps[0].cites should be a text, not a list"),
    ("    expect: [verdict, ready]\n",
     "8: 案例“odd one”：expect 应是映射（键: 值），实际是列表",
     "8: case 'odd one': expect should be a mapping (key: value), not a list"),
    ("    as_of: yesterday\n    expect: {verdict: ready}\n",
     "8: 案例“odd one”：as_of 应是日期（如 2026-11-23），实际是文本“yesterday”",
     "8: case 'odd one': as_of should be a date (such as 2026-11-23), not the text 'yesterday'"),
    ("    set: {\"entity.name[0]\": x}\n    expect: {verdict: ready}\n",
     "8: set: 中的“entity.name[0]”无法设置：“name”在示例中是文本“甘肃陇原优选网络科技有限公司”，不是列表，请去掉 []",
     "8: set: 'entity.name[0]' cannot be set: 'name' is the text '甘肃陇原优选网络科技有限公司' in the example, "
     "not a list; drop the []"),
    ("    set: {staff.name: x}\n    expect: {verdict: ready}\n",
     "8: set: 中的“staff.name”无法设置：“name”之前的部分在示例中是列表，不是映射",
     "8: set: 'staff.name' cannot be set: the part before 'name' is a list in the example, not a mapping"),
    ("    set: {\"staff[x\": 1}\n    expect: {verdict: ready}\n", "8: 字段路径“staff[x”格式有误",
     "8: malformed field path 'staff[x'"),
])
def test_an_expectation_of_the_wrong_shape_refuses_the_file_with_its_line_and_what_it_should_be(
        tmp_path, case, zh, en):
    path = tmp_path / "cases.yaml"
    path.write_text(MALFORMED + case, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run_case_file(path, PACKS)
    assert caught.value.describe("zh").startswith(f"{path}:") and zh in caught.value.describe("zh")
    assert en in caught.value.describe("en")


def test_rules_test_runs_the_other_case_files_when_one_is_refused(failing, tmp_path, monkeypatch, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text(MALFORMED + "    expect:\n      findings: [gansu.servers.mainland]\n", encoding="utf-8")
    monkeypatch.setattr(casefiles, "case_files", lambda: [broken, failing])
    assert cli.main(["rules", "test", "--lang", "en"]) == cli.EXIT_NOT_READY
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{broken}:9: case 'odd one': expect.findings[0] should be a mapping (key: value), " \
                       "not the text 'gansu.servers.mainland'"
    assert lines[1] == "FAIL deliberately_failing.yaml: wrong on purpose"  # the next file still ran
    assert lines[-1] == "1 passed, 1 failed; case files that could not be run: 1"
