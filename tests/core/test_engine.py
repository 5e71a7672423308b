"""The engine's own logic, on a small pack written for the tests (tests/core/data/mini.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wizard.core.application.documents import parse_application
from wizard.core.engine import evaluate
from wizard.core.report import PageStatus, Verdict
from wizard.core.rulepack.basics import FindingKind
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def pack():
    packs = load_packs([data_dir("rules") / "national.yaml", Path(__file__).with_name("data") / "mini.yaml"])
    assert not packs.errors, [e.describe() for e in packs.errors]
    return packs.packs["mini"]


BASE = """
scope: {province: 河南, commercial: true, merchant_model: third_party, channels: [website]}
entity: {name: 某某科技有限公司, registration_date: 2025-01-10, legal_form: limited_company}
staff:
  - {name: 甲, social_security_start: 2026-08-01}
  - {name: 乙, social_security_start: 2026-09-10}
"""

# Every national condition answered and met, so that only the mini pack's own rules decide.
COMPLETE = """
scope: {province: 河南, commercial: true, merchant_model: third_party, channels: [app]}
entity: {name: 某某科技有限公司, uscc: 91410105MA9K7X2Q57, registration_date: 2025-01-10, legal_form: limited_company,
         registered_capital_rmb: 1000000, foreign_invested: false}
domains: [{name: example.com, registrant: 某某科技有限公司, icp_filing_number: 豫ICP备2024012345号, filing_status: filed}]
servers: [{province: henan, contract: cloud}]
credit: {telecom_dishonesty_list: false, has_violations: false}
staff:
  - {name: 甲, social_security_start: 2026-01-01}
  - {name: 乙, social_security_start: 2026-02-01}
"""


def test_non_commercial_needs_no_licence(pack):
    report = evaluate(parse_application("scope: {commercial: false}"), pack, AS_OF)
    assert report.verdict == Verdict.licence_not_required
    assert [f.rule_id for f in report.findings if f.rule_id != "pack.review_age"] == ["national.scope.non_commercial"]
    assert report.pages["entity"] == PageStatus.not_applicable and report.checklist == []


def test_own_goods_only_needs_no_licence(pack):
    application = parse_application("scope: {commercial: true, merchant_model: own_goods}")
    assert evaluate(application, pack, AS_OF).verdict == Verdict.licence_not_required


def test_staff_social_security_projects_the_date_the_second_person_qualifies(pack):
    report = evaluate(parse_application(BASE), pack, AS_OF)
    (finding,) = [f for f in report.findings if f.rule_id == "henan.staff.ss"]
    assert finding.met_on == dt.date(2027, 3, 10) and finding.kind == FindingKind.wait
    # BASE leaves national answers empty: no date is promised, but the wait is not forgotten.
    assert report.timeline.earliest_filing is None
    assert report.timeline.filing.not_before == dt.date(2027, 3, 10)
    assert report.verdict == Verdict.not_ready


def test_a_wait_alone_gives_a_date_and_names_what_sets_it(pack):
    text = COMPLETE.replace("2026-02-01", "2026-09-10")
    report = evaluate(parse_application(text), pack, AS_OF)
    assert [f.kind for f in report.findings if f.severity == "blocker"] == [FindingKind.wait]
    assert report.timeline.earliest_filing == dt.date(2027, 3, 10)
    assert report.timeline.approximate  # 2027 has no published holiday schedule yet
    (setter,) = report.timeline.filing.set_by
    assert report.finding(setter).rule_id == "henan.staff.ss"
    assert "由“社保”（2027-03-10起满足）决定" in report.timeline.filing.explanation.zh
    assert report.open_counts.wait == 1 and report.open_counts.waiting_until == dt.date(2027, 3, 10)


def test_missing_answers_are_their_own_kind_and_leave_no_date(pack):
    report = evaluate(parse_application(BASE), pack, AS_OF)
    missing = [f for f in report.findings if f.kind == FindingKind.missing]
    assert {f.rule_id for f in missing} >= {"national.entity.uscc_required", "national.domains.present"}
    assert all("尚未" in f.message.zh for f in missing)
    assert report.open_counts.missing == len([f for f in missing if f.severity == "blocker"])
    assert report.answers.answered < report.answers.asked
    assert {report.finding(i).rule_id for i in report.timeline.filing.depends_on} >= {"national.domains.present"}


def test_a_complete_application_files_today_with_a_window_from_the_overall_figure(pack):
    report = evaluate(parse_application(COMPLETE), pack, AS_OF)
    assert report.verdict in (Verdict.ready, Verdict.ready_with_warnings), [f.id for f in report.findings]
    assert report.timeline.earliest_filing == AS_OF
    window = report.timeline.licence
    assert (window.min_working_days, window.max_working_days) == (40, 60)
    assert window.earliest and window.latest and "40–60" in window.basis.zh


def test_entity_age_is_met_and_not_reported(pack):
    report = evaluate(parse_application(BASE), pack, AS_OF)
    assert "henan.entity.age" not in {f.rule_id for f in report.findings}
    condition = next(c for c in report.timeline.conditions if c.rule_id == "henan.entity.age")
    assert condition.met and condition.met_on == dt.date(2026, 1, 10)


def test_violation_projects_its_expiry(pack):
    text = BASE + "credit:\n  has_violations: true\n  violations:\n    - {date: 2025-06-30, kind: internet_service}\n"
    report = evaluate(parse_application(text), pack, AS_OF)
    (finding,) = [f for f in report.findings if f.rule_id == "mini.credit.violations"]
    assert finding.met_on == dt.date(2027, 7, 1)
    assert "2027-07-01" in finding.message.zh
    assert report.timeline.filing.not_before >= dt.date(2027, 7, 1)


def test_other_kinds_of_violation_do_not_count(pack):
    text = BASE + "credit:\n  has_violations: true\n  violations:\n    - {date: 2025-06-30, kind: telecom}\n"
    report = evaluate(parse_application(text), pack, AS_OF)
    assert "mini.credit.violations" not in {f.rule_id for f in report.findings}


def test_the_list_of_violations_is_read_only_after_its_question(pack):
    """Unanswered is asked at the question (not in the rule's words for an undated record); "yes" with
    nothing listed asks for the list; "no" with records listed is a contradiction, counted."""
    unanswered = evaluate(parse_application(BASE), pack, AS_OF)
    (asked,) = [f for f in unanswered.findings if f.rule_id == "mini.credit.violations"]
    assert (asked.field, asked.kind) == ("credit.has_violations", FindingKind.missing)
    assert asked.message.zh == "“是否有违规记录”尚未回答，无法判断是否满足“两年内无违规”。"
    assert asked.message.en == "“Any violations on record” is not answered yet, so “No violation in two years” cannot be checked."
    said_yes = evaluate(parse_application(BASE + "credit: {has_violations: true}\n"), pack, AS_OF)
    (listed,) = [f for f in said_yes.findings if f.rule_id == "mini.credit.violations"]
    assert (listed.field, listed.kind) == ("credit.violations", FindingKind.missing)
    assert listed.message.en.startswith("You answered that there are violations on record but have listed none yet")
    two = "    - {date: 2019-06-30, kind: internet_service}\n    - {date: 2018-01-02, kind: telecom}\n"
    said_no = evaluate(parse_application(BASE + "credit:\n  has_violations: false\n  violations:\n" + two), pack, AS_OF)
    (contradiction,) = [f for f in said_no.findings if f.rule_id == "mini.credit.violations"]
    assert (contradiction.field, contradiction.kind) == ("credit.has_violations", FindingKind.act)
    assert "列表中有2条违规记录，两者矛盾" in contradiction.message.zh
    assert "yet the list holds 2 violations;" in contradiction.message.en
    old_and_answered = evaluate(parse_application(BASE + "credit:\n  has_violations: true\n  violations:\n" + two),
                                pack, AS_OF)
    assert "mini.credit.violations" not in {f.rule_id for f in old_and_answered.findings}


def test_condition_limits_a_rule_to_websites(pack):
    with_site = evaluate(parse_application(BASE), pack, AS_OF)
    finding = next(f for f in with_site.findings if f.rule_id == "mini.scope.website_only")
    assert "Privacy policy" in finding.message.en and "隐私政策" in finding.message.zh
    assert finding.severity == "warning"
    app_only = BASE.replace("channels: [website]", "channels: [app]")
    assert "mini.scope.website_only" not in {f.rule_id for f in evaluate(parse_application(app_only), pack, AS_OF).findings}


def test_region_names_follow_the_language(pack):
    text = BASE + "servers:\n  - {province: 香港}\n"
    finding = next(f for f in evaluate(parse_application(text), pack, AS_OF).findings if f.rule_id == "national.servers.mainland")
    assert "香港" in finding.message.zh and "Hong Kong" in finding.message.en
    assert finding.field == "servers[0].province" and finding.page == "servers"


def test_stale_pack_adds_an_info_finding(pack):
    report = evaluate(parse_application(BASE), pack, AS_OF)
    stale = [f for f in report.findings if f.rule_id == "pack.review_age"]
    assert stale and stale[0].severity == "info" and "2025-01-01" in stale[0].message.zh
    fresh = evaluate(parse_application(BASE), pack, dt.date(2025, 6, 1))
    assert not [f for f in fresh.findings if f.rule_id == "pack.review_age"]


def test_renewal_shows_both_dates_and_marks_the_earlier_one_safe(pack):
    report = evaluate(parse_application(COMPLETE), pack, AS_OF)
    renewals = {o.id: o for o in report.timeline.obligations if o.kind == "renewal"}
    assert set(renewals) == {"renewal_national", "renewal_guide"}
    assert renewals["renewal_guide"].safest and not renewals["renewal_national"].safest
    assert renewals["renewal_guide"].start < renewals["renewal_national"].start
    assert renewals["renewal_guide"].end == renewals["renewal_national"].end


def test_page_statuses(pack):
    report = evaluate(parse_application(BASE), pack, AS_OF)
    assert report.pages["staff"] == PageStatus.blockers
    assert report.pages["domains"] == PageStatus.not_started
    assert report.pages["site"] == PageStatus.not_applicable  # the mini pack has no office-site rules
