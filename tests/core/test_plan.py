"""The plan engine (wizard/core/plan): steps, their order and dates, what sets the filing date, choices.

The dates below are worked out by hand from the example files and the packs (rules/*.yaml).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wizard.core.application.documents import application_from_data, load_application
from wizard.core.china.workdays import add_months, add_workdays, next_workday
from wizard.core.commandline.casefiles import set_path
from wizard.core.engine import evaluate
from wizard.core.plan import StepKind, build_plan
from wizard.core.plan.model import Done
from wizard.core.rulepack.loader import load_packs

AS_OF = dt.date(2026, 11, 23)
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "demo" / "henan-with-gaps.yaml"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


@pytest.fixture(scope="module")
def packs():
    packs = load_packs()
    assert not packs.errors
    return packs


def _variant(path: Path, changes: dict, add_staff: dict | None = None):
    data = load_application(path).model_dump(mode="json")
    for field, value in changes.items():
        set_path(data, field, value)
    if add_staff is not None:
        data["staff"].append(add_staff)
    return application_from_data(data)


def _marked(application, done: dt.date, *step_ids: str):
    """The application with these steps marked done on `done` (as the plan page records it)."""
    data = application.model_dump(mode="json")
    for step_id in step_ids:
        data["plan"]["done"][step_id] = {"date": done.isoformat()}
    return application_from_data(data)


def _plan(packs, application, as_of=AS_OF):
    return build_plan(application, packs.for_region(application.scope.province), as_of=as_of)


# --- the demo -------------------------------------------------------------------------------------


def test_the_demo_plan_steps_in_order_with_their_dates(packs):
    plan = _plan(packs, load_application(DEMO))
    assert [(s.kind, s.id) for s in plan.steps] == [
        (StepKind.act, "henan.domains.registrant@domains[0].registrant"),
        (StepKind.act, "update_filing@domains[0]"),  # set going by the transfer (henan.yaml then:)
        (StepKind.act, "henan.systems.log_retention@systems.log_retention_months"),
        (StepKind.act, "national.materials.ready@materials.items"),  # a warning: advice, not blocking
        (StepKind.wait, "henan.entity.age@entity.registration_date"),
        (StepKind.wait, "henan.staff.social_security@staff[1].social_security_start"),
    ]
    by_id = {s.id: s for s in plan.steps}
    assert by_id["update_filing@domains[0]"].after[0].step == "henan.domains.registrant@domains[0].registrant"
    assert not by_id["national.materials.ready@materials.items"].blocking
    # Registered 2026-02-10, twelve months: 2027-02-10. 李佳 insured from 2026-09-01, six months: 2027-03-01.
    assert by_id["henan.entity.age@entity.registration_date"].end == dt.date(2027, 2, 10)
    assert by_id["henan.staff.social_security@staff[1].social_security_start"].end == dt.date(2027, 3, 1)
    # No source says how long the transfer, its filing update or the log change take: no end date, no promise.
    for step_id in ("henan.domains.registrant@domains[0].registrant", "update_filing@domains[0]",
                    "henan.systems.log_retention@systems.log_retention_months"):
        assert by_id[step_id].end is None
    assert [s.id for s in plan.group("now")][:3] == [s.id for s in plan.steps[:3]]
    assert [s.id for s in plan.group("waiting")] == [s.id for s in plan.steps[4:]]


def test_the_demo_filing_date_is_not_promised_and_names_what_sets_its_lower_bound(packs):
    plan = _plan(packs, load_application(DEMO))
    assert plan.filing.date is None
    assert plan.filing.not_before == dt.date(2027, 3, 1)
    assert set(plan.filing.depends_on) == {"henan.domains.registrant@domains[0].registrant", "update_filing@domains[0]",
                                           "henan.systems.log_retention@systems.log_retention_months"}
    assert plan.critical_path == ["henan.staff.social_security@staff[1].social_security_start"]
    assert plan.step(plan.critical_path[0]).critical
    assert "由“每名人员社保满六个月”（2027-03-01起满足）决定" in plan.filing.explanation.zh
    assert "set by “Six months of social security for everyone listed” (met from 2027-03-01)" in plan.filing.explanation.en
    # Until a filing date can be given, the licence window and the duties after it stay relative.
    assert plan.licence.earliest is None and plan.licence.min_working_days == 40
    assert all(o.start is None for o in plan.obligations)


def test_the_demo_staff_leaving_li_jia_off_is_no_way_out(packs):
    plan = _plan(packs, load_application(DEMO))
    standings = {(s.rule_id, s.name): s for s in plan.staff.standings}
    assert standings[("henan.staff.social_security", "李佳")].status == "from"
    assert standings[("henan.staff.social_security", "李佳")].on == dt.date(2027, 3, 1)
    assert standings[("henan.staff.social_security", "王晓峰")].status == "meets"
    option = plan.staff.options[0]
    assert option.key == "leave_off:1" and not option.consequence.compliant
    assert "1名从业人员" in option.consequence.why_not.zh  # the count rule, re-evaluated without her
    assert "不能在满足各项人员要求的前提下提前提交日期" in plan.staff.summary.zh
    assert plan.group("decide") == []


def test_staff_changes_that_fail_for_the_same_reason_quote_it_once(packs):
    """Shanghai, the team's last member insured since 2026-11-10: leaving him off and giving his post to either
    of the two others all fail on the same count; the summary names the three changes and quotes it once."""
    application = _variant(ROOT / "examples" / "shanghai.yaml", {"staff[0].social_security_start": "2026-11-10"})
    summary = _plan(packs, application).staff.summary
    reason_zh = "需要3名具有互联网信息服务经验、在上海缴纳社保满3个月的全职技术人员，目前符合的只有2名"
    reason_en = "You need 3 full-time technical staff with internet-service experience and 3 months of Shanghai"
    assert summary.zh.count(reason_zh) == 1 and summary.en.count(reason_en) == 1
    assert "——均不可行，每种改法重新检查的结果都是：" + reason_zh + "。" in summary.zh
    assert "— none is an option; checked again, each gives: “" + reason_en in summary.en
    assert summary.zh.count("，或改由") == 2 and "不把刘明列入申请名单，或改由周婷担任技术负责人" in summary.zh
    assert "按已填写的社保起缴日期" not in summary.zh  # the quote is what falls short, not the finding's date


def test_waits_ending_the_same_day_side_by_side_are_not_drawn_as_a_chain(packs):
    """Shanxi, the technical lead insured since 2026-11-10: the lead's count and the team's count both clear on
    2026-12-10, neither waiting for the other; the critical path names them together, not one after the other."""
    from wizard.core.plan.wording import critical_text

    application = _variant(ROOT / "examples" / "shanxi.yaml", {"staff[0].social_security_start": "2026-11-10"})
    text = critical_text(_plan(packs, application))
    assert text.zh == "技术负责人、专职团队至少3人（2026-12-10） → 提交"
    assert text.en == "Technical lead and A full-time team of at least three (2026-12-10) → filing"


def test_marking_the_acts_done_gives_the_demo_a_filing_date_set_by_the_wait(packs):
    done = dt.date(2026, 11, 25)
    application = _marked(load_application(DEMO), done, "henan.domains.registrant@domains[0].registrant",
                          "update_filing@domains[0]", "henan.systems.log_retention@systems.log_retention_months")
    plan = _plan(packs, application)
    assert plan.filing.date == dt.date(2027, 3, 1)
    assert plan.filing.set_by == ["henan.staff.social_security@staff[1].social_security_start"]
    assert {s.id for s in plan.group("done")} == {"henan.domains.registrant@domains[0].registrant",
                                                  "update_filing@domains[0]",
                                                  "henan.systems.log_retention@systems.log_retention_months"}
    transfer = plan.step("henan.domains.registrant@domains[0].registrant")
    assert transfer.done.date == done and transfer.done_but_open  # the answers still name 赵明远
    # Dated now: the licence window and the duties after it follow from 2027-03-01.
    assert plan.licence.earliest == add_workdays(dt.date(2027, 3, 1), 40)[0]
    assert plan.issued_from == plan.licence.earliest
    annual = next(o for o in plan.obligations if o.id == "annual_report")
    assert annual.start == dt.date(plan.issued_from.year + 1, 1, 1)


def test_the_transfer_done_and_the_answer_updated_keeps_the_filing_update_until_it_is_done(packs):
    application = _variant(DEMO, {"domains[0].registrant": "郑州中原优选网络科技有限公司"})
    application = _marked(application, dt.date(2026, 11, 25), "henan.domains.registrant@domains[0].registrant")
    plan = _plan(packs, application)
    transfer = plan.step("henan.domains.registrant@domains[0].registrant")
    assert transfer.done is not None and not transfer.done_but_open and not transfer.blocking
    update = plan.step("update_filing@domains[0]")
    assert update.done is None and update.blocking and update in plan.group("now")


# --- every example, and a structural blocker ----------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_plan_agrees_with_its_report(packs, path: Path):
    application = load_application(path)
    pack = packs.for_region(application.scope.province)
    report = evaluate(application, pack, AS_OF)
    plan = build_plan(application, pack, report)
    assert not [s for s in plan.steps if s.blocking]  # the examples are complete applicants
    assert plan.filing.date == report.timeline.filing.date == next_workday(AS_OF)[0]
    assert plan.filing.set_by == [] and plan.critical_path == []
    assert plan.licence == report.timeline.licence
    # The bureau's steps with stated maxima are placed after the filing date, one after the other.
    placed = [p for p in plan.process if p.end]
    for first, second in zip(placed, placed[1:], strict=False):
        assert first.end <= second.start
    issued = plan.licence.earliest or plan.licence.latest
    assert plan.issued_from == issued
    expiry = next(o for o in plan.obligations if o.kind == "expiry")
    assert expiry.end == (add_months(issued, 60) if issued else None)
    footer = next(o for o in plan.obligations if o.id == "display_licence_number")
    assert footer.start == issued  # from day one


def test_a_structural_blocker_comes_first_and_no_date_is_promised(packs):
    application = _variant(ROOT / "examples" / "henan.yaml", {"entity.legal_form": "individual_business"})
    plan = _plan(packs, application)
    assert plan.steps[0].kind == StepKind.structural and plan.steps[0].rule_ids[0] == "henan.entity.legal_form"
    assert plan.group("structural") == [plan.steps[0]]
    assert plan.filing.date is None and plan.filing.not_before is None
    assert plan.filing.depends_on[0] == plan.steps[0].id
    assert "按现状不能申请" in plan.filing.explanation.zh
    assert plan.licence.earliest is None and plan.licence.latest is None
    assert all(o.start is None and o.end is None for o in plan.obligations)


# --- dependencies from the packs -----------------------------------------------------------------


def test_gansu_files_the_domain_only_after_it_is_transferred(packs):
    application = _variant(ROOT / "examples" / "gansu.yaml",
                           {"domains[0].registrant": "张三", "domains[0].filing_status": "pending"})
    plan = _plan(packs, application)
    filing = plan.step("gansu.domains.filing_obtained@domains[0].filing_status")
    assert [link.step for link in filing.after] == ["gansu.domains.registrant@domains[0].registrant"]
    assert filing.after[0].source.section.startswith("§三2")
    # The filing usually takes 5–7 working days (seed002 §七1), but only once the transfer is done: no date.
    assert filing.end is None and filing.floor == add_workdays(AS_OF, 7)[0]
    assert plan.filing.not_before == next_workday(filing.floor)[0]
    assert "通常还需5–7个工作日" in plan.filing.explanation.zh
    # The filing covers the new holder: no separate "update the filing" while the domain is not filed.
    assert plan.step("update_filing@domains[0]") is None
    # The guide's procedure starts with the online application, which needs the filing first (§三5).
    online = next(p for p in plan.process if p.id == "online_application")
    assert [link.step for link in online.after] == [filing.id]


def test_a_new_hire_waits_six_months_from_the_hiring_date_in_henan(packs):
    application = _variant(ROOT / "examples" / "henan.yaml", {"staff": [load_application(
        ROOT / "examples" / "henan.yaml").staff[0].model_dump(mode="json")]})
    plan = _plan(packs, application)
    hire = plan.step("henan.staff.count@staff")
    wait = plan.step("new_hire_social_security@staff")
    assert hire.kind == StepKind.act and wait.kind == StepKind.wait and wait.after[0].step == hire.id
    # Not a promise: an employee already insured would need no wait. Were the hire today, 2027-05-23.
    assert wait.end is None and wait.floor is None and wait.if_now == add_months(AS_OF, 6)
    assert plan.filing.not_before is None
    assert "如今天完成，2027-05-23起满足" in plan.filing.explanation.zh
    plan = _plan(packs, _marked(application, dt.date(2026, 11, 25), hire.id))
    assert plan.step(wait.id).end == dt.date(2027, 5, 25)
    assert plan.filing.date == dt.date(2027, 5, 25)
    assert plan.filing.set_by == [wait.id] and plan.critical_path == [hire.id, wait.id]


def test_a_wait_after_an_act_with_a_usual_duration_gets_no_date_until_that_act_is_done(packs):
    """The act's duration says when it could be done, not that it will be: the wait it sets going is dated
    only from the day the act is marked done (and an insured employee would need no wait at all)."""
    from wizard.core.plan.schedule import dated, filing
    from wizard.core.plan.wording import step_when
    from wizard.core.report import ActDuration

    application = _variant(ROOT / "examples" / "henan.yaml", {"staff": [load_application(
        ROOT / "examples" / "henan.yaml").staff[0].model_dump(mode="json")]})
    plan = _plan(packs, application)
    hire, wait = plan.step("henan.staff.count@staff"), plan.step("new_hire_social_security@staff")
    hire = hire.model_copy(update={"duration": ActDuration(working_days=(5, 7), source=hire.sources[0])})
    hire_by = add_workdays(AS_OF, 7)[0]
    steps = dated([hire, wait], AS_OF)
    assert steps[0].end == hire_by
    assert steps[1].end is None and steps[1].floor is None and steps[1].if_now == add_months(hire_by, 6)
    result = filing(steps, AS_OF)
    assert result.date is None and result.not_before == next_workday(hire_by)[0]  # the act's own bound only
    assert f"如于{hire_by.isoformat()}完成，{add_months(hire_by, 6).isoformat()}起满足" in result.explanation.zh
    assert f"if that were done on {hire_by.isoformat()}" in step_when(steps[1]).en
    done = hire.model_copy(update={"done": Done(date=dt.date(2026, 11, 25))})
    assert dated([done, wait], AS_OF)[1].end == dt.date(2027, 5, 25)


# --- choices worked out by re-evaluating ----------------------------------------------------------


def test_leaving_a_late_third_person_off_brings_henan_forward(packs):
    newcomer = {"name": "新人", "posts": ["technical"], "social_security_start": "2026-10-01",
                "social_security_province": "henan", "background": ["computing_background"]}
    plan = _plan(packs, _variant(ROOT / "examples" / "henan.yaml", {}, newcomer))
    assert plan.filing.date == dt.date(2027, 4, 1)  # 2026-10-01 + six months
    decision = plan.group("decide")[0]
    consequence = decision.consequences[0]
    assert decision.field == "staff[2]" and consequence.compliant
    assert consequence.filing_after == AS_OF and consequence.gain_days == (dt.date(2027, 4, 1) - AS_OF).days
    assert "最快的合规方案：不把新人列入申请名单" in plan.staff.summary.zh


def test_counting_someone_else_as_gansu_security_manager_brings_the_date_forward(packs):
    application = _variant(ROOT / "examples" / "gansu.yaml", {
        "staff[0].social_security_start": "2026-11-10", "staff[1].qualifications": ["CISSP"]})
    plan = _plan(packs, application)
    assert plan.filing.date == dt.date(2026, 12, 10)
    decisions = plan.group("decide")
    assert [d.id for d in decisions] == ["decide:reassign:security_lead:0>1"]  # the simpler change only
    assert decisions[0].consequences[0].filing_after == AS_OF
    assert "改由赵雪担任网络安全负责人" in decisions[0].title.zh


def test_a_doubtful_claim_that_sets_the_date_is_a_decision(packs):
    """The one-year age comes from a consultancy guide only; without the staff wait it sets the bound."""
    application = _variant(DEMO, {"staff[1].social_security_start": "2024-06-01"})
    plan = _plan(packs, application)
    assert plan.filing.not_before == dt.date(2027, 2, 10)
    decision = next(d for d in plan.group("decide") if d.id.startswith("decide:doubtful:"))
    assert decision.rule_ids == ["henan.entity.age"] and decision.field == "entity.registration_date"
    assert decision.consequences[0].filing_before == dt.date(2027, 2, 10)
    assert decision.consequences[0].filing_after == AS_OF
    assert "工信部令第42号并未规定企业成立年限" in decision.message.zh
