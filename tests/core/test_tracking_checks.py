"""The tracking page's checks: dates in order, a licence number that looks like the province's."""

from __future__ import annotations

import datetime as dt

from wizard.core.model import Application, CorrectionRequest, Scope, Tracking
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


def test_licence_numbers():
    assert licence_number_problems("甘B2-20260001", "gansu") == []
    assert licence_number_problems("陇B2-20260001", "gansu") == []  # Gansu's other abbreviation
    assert licence_number_problems("京ICP证030173号", "beijing") == []  # Beijing's older certificate form
    assert licence_number_problems(None, "gansu") == []
    [wrong_province] = licence_number_problems("晋B2-20260001", "gansu")
    assert wrong_province.code == "tracking.licence_number_province"
    assert "甘肃" in wrong_province.text("zh") and "甘B2-" in wrong_province.text("zh")
    assert "Gansu" in wrong_province.text("en")
    [filing] = licence_number_problems("甘ICP备12345678号", "gansu")
    assert filing.code == "tracking.licence_is_filing_number" and "甘B2-20260001" in filing.text("en")
    [shape] = licence_number_problems("B2-2026", "shanxi")
    assert shape.code == "tracking.licence_number_format" and "晋B2-20260001" in shape.text("zh")
    # No province chosen: only the shape is checked.
    assert licence_number_problems("沪B2-20260001", None) == []


def test_a_licence_number_typed_in_full_width_is_read_as_ordinary_characters():
    app = _app(licence_number="甘Ｂ２－２０２６０００１")
    assert app.tracking.licence_number == "甘B2-20260001" and tracking_problems(app) == []
