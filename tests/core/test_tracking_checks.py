"""The tracking page's checks: dates in order, a licence number that looks like the province's."""

from __future__ import annotations

import datetime as dt

from wizard.core.application.model import Application, Scope
from wizard.core.application.records import CorrectionRequest, Tracking
from wizard.core.tracking import licence_number_problems, tracking_problems

D = dt.date


def _app(province: str = "gansu", **tracking) -> Application:
    return Application(scope=Scope(province=province), tracking=Tracking(**tracking))


def test_dates_in_order_raise_nothing():
    app = _app(submitted=D(2026, 3, 2), inspection=D(2026, 3, 20), approved=D(2026, 4, 10), issued=D(2026, 4, 15),
               corrections=[CorrectionRequest(received=D(2026, 3, 6), answered=D(2026, 3, 11))],
               licence_number="甘B2-20260001")
    assert tracking_problems(app) == []


def test_an_issue_date_before_the_approval_is_named_with_both_dates():
    app = _app(submitted=D(2026, 3, 2), approved=D(2026, 4, 10), issued=D(2026, 4, 1))
    [problem] = tracking_problems(app)
    assert (problem.code, problem.field) == ("tracking.date_order", "tracking.issued")
    assert problem.text("zh") == "发证日期 2026-04-01 早于批准日期 2026-04-10，请核对这两个日期"
    assert "issue date 2026-04-01 is before the approval date 2026-04-10" in problem.text("en")


def test_a_missing_step_is_skipped_when_comparing():
    # No inspection recorded: the approval is compared with the submission.
    [problem] = tracking_problems(_app(submitted=D(2026, 3, 2), approved=D(2026, 2, 1)))
    assert problem.field == "tracking.approved" and "2026-03-02" in problem.text("en")


def test_correction_dates_against_the_submission_and_each_other():
    app = _app(submitted=D(2026, 3, 2), corrections=[
        CorrectionRequest(received=D(2026, 2, 20)),
        CorrectionRequest(received=D(2026, 3, 10), answered=D(2026, 3, 9)),
        CorrectionRequest(answered=D(2026, 3, 12)),
    ])
    assert [(p.code, p.field) for p in tracking_problems(app)] == [
        ("tracking.date_order", "tracking.corrections[0].received"),
        ("tracking.date_order", "tracking.corrections[1].answered"),
        ("tracking.answer_without_notice", "tracking.corrections[2].received"),
    ]


def test_a_stated_deadline_before_its_notice_is_named_and_a_future_one_is_accepted():
    app = _app(submitted=D(2026, 3, 2), corrections=[CorrectionRequest(received=D(2026, 3, 10), due=D(2026, 3, 6)),
                                                     CorrectionRequest(received=D(2026, 3, 10), due=D(2999, 1, 1))])
    [problem] = tracking_problems(app)
    assert (problem.code, problem.field) == ("tracking.date_order", "tracking.corrections[0].due")
    assert problem.text("zh") == "通知写明的补交期限 2026-03-06 早于补正通知日期 2026-03-10，请核对这两个日期"


def test_licence_numbers_against_the_packs_prefix():
    from wizard.core.rulepack.basics import Bilingual

    gansu = Bilingual(zh="甘肃省", en="Gansu")
    assert licence_number_problems("甘B2-20260001", "甘B2-", gansu) == []
    assert licence_number_problems(None, "甘B2-", gansu) == []
    [wrong_province] = licence_number_problems("晋B2-20260001", "甘B2-", gansu)
    assert wrong_province.code == "tracking.licence_number_province"
    assert "甘肃省" in wrong_province.text("zh") and "“甘B2-”" in wrong_province.text("zh")
    assert "Gansu" in wrong_province.text("en")
    [filing] = licence_number_problems("甘ICP备12345678号", "甘B2-", gansu)
    assert filing.code == "tracking.licence_is_filing_number" and "甘B2-20260001" in filing.text("en")
    [shape] = licence_number_problems("B2-2026", "晋B2-")
    assert shape.code == "tracking.licence_number_format" and "晋B2-20260001" in shape.text("zh")
    assert "ignore" in shape.text("en")  # the form is the program's reading, not a rule: never a refusal
    # No prefix known: only the form is checked.
    assert licence_number_problems("沪B2-20260001", None) == []


def test_the_prefix_comes_from_the_pack_even_where_it_differs_from_the_filing_abbreviation():
    """Sichuan files as 蜀ICP备 but is licensed as 川B2- (rules/data/authorities.yaml)."""
    from wizard.core.rulepack.loader import load_packs

    packs = load_packs()
    sichuan = packs.for_region("sichuan")
    assert sichuan is not None and sichuan.header.licence_prefix == "川B2-"
    app = _app("sichuan", licence_number="蜀B2-20260001")
    [problem] = tracking_problems(app, sichuan)
    assert problem.code == "tracking.licence_number_province" and "川B2-" in problem.text("en")
    assert tracking_problems(_app("sichuan", licence_number="川B2-20260001"), sichuan) == []
    assert tracking_problems(_app("gansu", licence_number="甘B2-20260001"), packs.packs["gansu"]) == []


def test_a_licence_number_typed_in_full_width_is_read_as_ordinary_characters():
    app = _app(licence_number="甘Ｂ２－２０２６０００１")
    assert app.tracking.licence_number == "甘B2-20260001" and tracking_problems(app) == []


def test_the_help_of_tracking_questions_says_what_the_program_does_with_them():
    from wizard.core.help.fields import field_help
    from wizard.core.rulepack.loader import load_packs

    packs = load_packs()
    received = field_help(packs.packs["shanxi"], "tracking.corrections[2].received")
    assert "3日" in received.why().zh and "working days" in received.why().en
    assert "§五1" in received.why().zh  # the pack's source for the period
    henan = field_help(packs.packs["henan"], "tracking.corrections[0].received").why()
    assert "没有给出补正期限" in henan.zh
    issued = field_help(packs.packs["gansu"], "tracking.issued").why()
    assert "5" in issued.en and "renewal" in issued.en
    number = field_help(packs.packs["gansu"], "tracking.licence_number").why()
    assert "甘B2-20260001" in number.zh
    assert field_help(packs.packs["gansu"], "tracking.submitted").label.zh.endswith("提交日期")
    approved = field_help(packs.packs["gansu"], "tracking.approved").why()  # approved is not licensed (stage.py)
    assert "counts as approved; it counts as licensed once the issue date or the licence number" in approved.en
    assert "填写发证日期或许可证编号后，才视为已取得许可证" in approved.zh
