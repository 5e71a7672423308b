"""`icp-wizard plan` as a user runs it, and its calendar file read back with icalendar."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
import yaml

from wizard.core.application.documents import load_application
from wizard.core.plan import build_plan
from wizard.core.plan.milestones import milestones
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

EXAMPLES = data_dir("examples")
DEMO = EXAMPLES / "demo" / "henan-with-gaps.yaml"
AS_OF = "2026-11-23"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", *args], capture_output=True, text=True, timeout=120)


def test_the_demo_plan_in_chinese():
    result = run("plan", str(DEMO), "--as-of", AS_OF)
    assert result.returncode == 1, result.stderr  # not ready, as `check`
    out = result.stdout
    for line in (
        "结论：尚不具备申请条件",
        "即使这些都完成，也不早于2027-03-01，由“每名人员社保满六个月”（2027-03-01起满足）决定。",
        "关键路径：每名人员社保满六个月（2027-03-01） → 提交",
        "现在就做（4）",
        "[需办理] 域名持有者为本企业 — 来源未说明所需时间",
        "[需办理] 过户后更新ICP备案",
        "在“域名持有者为本企业”之后（本程序推断）",
        "等待（2）",
        "[等待] 每名人员社保满六个月 — 2027-03-01起满足 ★关键",
        "需要决定（0）",
        "提交之后（河南省通信管理局）：",
        "- 发证：至多10个工作日",
        "续期申请（法规：到期前90日）：到期前90日申请",
    ):
        assert line in out, line
    assert out.index("现在就做") < out.index("等待（2）") < out.index("需要决定") < out.index("提交之后") < out.index("取得许可证之后")
    assert "李佳" not in out and "赵明远" not in out and "李*" in out  # names masked as in the exports


def test_the_demo_plan_in_english_speaks_english_only():
    result = run("plan", str(DEMO), "--as-of", AS_OF, "--lang", "en")
    out = result.stdout
    for line in ("Verdict: Not ready to apply", "Do now (4)", "Waiting (2)", "To decide (0)",
                 "Critical path: Six months of social security for everyone listed (2027-03-01) → filing",
                 "Even then not before 2027-03-01, set by “Six months of social security for everyone listed”",
                 "After filing (Henan Communications Administration):", "Licence issued: within 10 working days"):
        assert line in out, line
    for word in ("现在就做", "等待", "关键路径", "需办理"):
        assert word not in out


def test_reveal_personal_shows_the_names():
    assert "李佳" in run("plan", str(DEMO), "--as-of", AS_OF, "--reveal-personal").stdout


def test_json_holds_the_steps_and_the_filing_date():
    result = run("plan", str(EXAMPLES / "gansu.yaml"), "--as-of", AS_OF, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["filing"]["date"] == AS_OF and data["verdict"] == "ready"
    assert {s["kind"] for s in data["steps"]} <= {"act", "answer", "wait", "decide", "structural"}
    assert data["licence"]["latest"] and data["obligations"]


def test_a_bad_file_is_one_clear_line(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entity:\n  registered_capital_rmb: -100\n", encoding="utf-8")
    result = run("plan", str(bad), "--province", "henan", "--lang", "en")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("icp-wizard: ") and len(result.stderr.strip().splitlines()) == 1


def test_a_date_that_is_not_one_is_refused_through_the_catalog():
    result = run("plan", str(DEMO), "--as-of", "23.11.2026", "--lang", "en")
    assert result.returncode == 2 and "is not a date (YYYY-MM-DD)" in result.stderr


def _events(path: Path) -> list:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def _expected(application, as_of: str):
    packs = load_packs()
    plan = build_plan(application, packs.for_region(application.scope.province), as_of=dt.date.fromisoformat(as_of))
    dated_steps = [s for s in plan.steps if s.end and s.done is None and s.kind.value != "decide"]
    dated_obligations = [o for o in plan.obligations if o.start or o.end]
    return plan, dated_steps, dated_obligations


@pytest.mark.parametrize("name", ["gansu.yaml", "demo/henan-with-gaps.yaml"])
def test_the_calendar_has_one_event_per_dated_step_and_obligation(tmp_path: Path, name: str):
    source = EXAMPLES / name
    ics = tmp_path / "plan.ics"
    result = run("plan", str(source), "--as-of", AS_OF, "--ics", str(ics), "--lang", "en")
    assert result.returncode in (0, 1), result.stderr
    events = _events(ics)
    plan, steps, obligations = _expected(load_application(source), AS_OF)
    milestones_ = [m for m in milestones(plan, with_lower_bound=False) if m.kind in ("filing", "licence")]
    assert len(events) == len(steps) + len(obligations) + len(milestones_)
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    for step in steps:
        prefix = "Expected met: " if step.kind.value == "wait" else "Done by: "  # a wait ahead is not met yet
        assert starts[prefix + step.title.en] == step.end
    for item in obligations:
        assert starts[item.name.en] == (item.start or item.end)
    assert len({str(e["UID"]) for e in events}) == len(events)
    text = ics.read_text(encoding="utf-8")
    assert "李佳" not in text and "410102199007153022" not in text  # no names unmasked, never an ID number
    if plan.filing.date is None:  # the demo: the day it cannot be before is no calendar promise
        assert not any("Earliest filing" in str(e["SUMMARY"]) for e in events)
        assert {str(e["SUMMARY"]) for e in events} == {"Expected met: Registered for at least a year",
                                                       "Expected met: Six months of social security for everyone listed"}
        zh = tmp_path / "plan-zh.ics"
        run("plan", str(source), "--as-of", AS_OF, "--ics", str(zh))
        assert {str(e["SUMMARY"]) for e in _events(zh)} == {"预计满足：成立满一年", "预计满足：每名人员社保满六个月"}
        assert all(str(e["DESCRIPTION"]).startswith("Expected met from 2027-") for e in events)
    else:
        window = next(o for o in obligations if o.kind == "annual_window")
        annual = next(e for e in events if str(e["SUMMARY"]) == window.name.en)
        assert annual["RRULE"]["FREQ"] == ["YEARLY"] and annual["RRULE"]["UNTIL"][0] == window.until
        assert (annual.decoded("DTSTART"), annual.decoded("DTEND")) == (window.start, window.end + dt.timedelta(days=1))
        assert window.start == dt.date(plan.issued_from.year + 1, 1, 1) and window.end.month == 3


def test_acts_marked_done_date_the_demo_calendar(tmp_path: Path):
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["plan"] = {"done": {step: {"date": "2026-11-25"} for step in (
        "henan.domains.registrant@domains[0].registrant", "update_filing@domains[0]",
        "henan.systems.log_retention@systems.log_retention_months")}}
    source = tmp_path / "done.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    ics = tmp_path / "done.ics"
    run("plan", str(source), "--as-of", AS_OF, "--ics", str(ics), "--lang", "en")
    events = {str(e["SUMMARY"]): e for e in _events(ics)}
    assert events["Earliest filing of the ICP licence application (Henan Communications Administration)"].decoded(
        "DTSTART") == dt.date(2027, 3, 1)
    licence = events["Licence expected"]
    assert licence.decoded("DTSTART") == dt.date(2027, 4, 26)  # 40 working days after 2027-03-01
    assert licence.decoded("DTEND") == dt.date(2027, 5, 25)  # 60 working days, inclusive, so +1 day
    assert "Show the licence number on the home page" in events


def test_no_licence_needed_means_an_empty_calendar(tmp_path: Path):
    source = tmp_path / "own-site.yaml"
    source.write_text("schema_version: 3\nscope: {province: henan, commercial: false}\n", encoding="utf-8")
    ics = tmp_path / "plan.ics"
    result = run("plan", str(source), "--ics", str(ics))
    assert result.returncode == 0 and "无需办理ICP许可证，没有要执行的计划。" in result.stdout
    assert _events(ics) == []


def test_duties_dated_from_a_projected_issue_day_say_so_in_the_calendar(tmp_path: Path):
    """Filed, not yet licensed: the licence event is a latest day ("by"), and each duty's event says it is
    counted from the projected issue day, since an event read on its own looks like a fixed date."""
    source = tmp_path / "filed.yaml"
    source.write_text((EXAMPLES / "gansu.yaml").read_text(encoding="utf-8")
                      + "tracking:\n  submitted: 2026-10-20\n", encoding="utf-8")
    for lang, expected, note in (
            ("en", "Licence expected by this day",
             "Dated from the projected issue date 2026-12-15 (the latest issue day the sources allow); once the "
             "licence is issued, its real date applies."),
            ("zh", "预计最晚取得许可证", "此日期按预计取证日期2026-12-15（来源允许的最晚取证日）推算，取得许可证后以实际发证日期为准。")):
        ics = tmp_path / f"{lang}.ics"
        assert run("plan", str(source), "--as-of", AS_OF, "--ics", str(ics), "--lang", lang).returncode == 0
        events = {str(e["SUMMARY"]): e for e in _events(ics)}
        assert events[expected].decoded("DTSTART") == dt.date(2026, 12, 15)
        duties = [e for e in events.values() if str(e["CATEGORIES"].cats[0]) in ("Licence obligations", "许可证义务")]
        assert duties and all(str(e["DESCRIPTION"]).startswith(note) for e in duties)
    licensed = tmp_path / "licensed.yaml"
    licensed.write_text(source.read_text(encoding="utf-8") + "  issued: 2026-11-12\n", encoding="utf-8")
    ics = tmp_path / "licensed.ics"
    run("plan", str(licensed), "--as-of", AS_OF, "--ics", str(ics), "--lang", "en")
    assert not any("projected" in str(e["DESCRIPTION"]) for e in _events(ics))  # the real date: no caveat
