"""Tracking after filing: the stage an application is in and its deadlines, from real dates and the pack."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.core.application.model import Application
from wizard.core.application.records import CorrectionRequest, Tracking
from wizard.core.rulepack.loader import load_packs
from wizard.core.tracking import Stage, deadlines, next_deadline, stage_of

D = dt.date


@pytest.fixture(scope="module")
def packs():
    packs = load_packs()
    assert not packs.errors
    return packs


def _app(**tracking) -> Application:
    return Application(tracking=Tracking(**tracking))


def _kinds(items):
    return [(d.kind, d.date) for d in items]


def test_stages_follow_what_was_recorded():
    assert stage_of(Application()) == Stage.PREPARING
    assert stage_of(_app(submitted=D(2026, 9, 1))) == Stage.FILED
    assert stage_of(_app(application_number="GS-2026-0042")) == Stage.FILED  # a number alone: it was filed
    open_notice = [CorrectionRequest(received=D(2026, 9, 10))]
    assert stage_of(_app(submitted=D(2026, 9, 1), corrections=open_notice)) == Stage.CORRECTING
    answered = [CorrectionRequest(received=D(2026, 9, 10), answered=D(2026, 9, 14))]
    assert stage_of(_app(submitted=D(2026, 9, 1), corrections=answered)) == Stage.FILED
    assert stage_of(_app(submitted=D(2026, 9, 1), corrections=open_notice, issued=D(2026, 11, 2))) == Stage.LICENSED
    assert stage_of(_app(submitted=D(2026, 9, 1), licence_number="甘B2-20260001")) == Stage.LICENSED
    # approved, no licence recorded (no issue date, no number): not called licensed
    assert stage_of(_app(submitted=D(2026, 9, 1), approved=D(2026, 11, 2))) == Stage.APPROVED
    assert stage_of(_app(submitted=D(2026, 9, 1), approved=D(2026, 11, 2), issued=D(2026, 11, 5))) == Stage.LICENSED


def test_gansu_correction_deadline_skips_the_weekend(packs):
    """Gansu: 5 days after a notice received on Friday 27 November 2026 → Friday 4 December, not Wednesday."""
    app = _app(submitted=D(2026, 11, 20), corrections=[CorrectionRequest(received=D(2026, 11, 27))])
    found = [d for d in deadlines(app, packs.packs["gansu"], D(2026, 11, 27)) if d.kind == "correction"]
    assert [d.date for d in found] == [D(2026, 12, 4)]
    detail = found[0].detail
    assert "5 个工作日" in detail.zh and "2026-11-27" in detail.zh
    # The guide says "5日": the program also names the earlier calendar-day reading, the safe one.
    assert "2026-12-02" in detail.en and "calendar days" in detail.en
    assert found[0].source is not None and found[0].source.section == "§五2"


def test_where_both_readings_of_days_end_the_same_day_no_earlier_date_is_suggested(packs):
    """Shanxi, 3 days from Monday 2 November 2026: 3, 4, 5 November either way; "counted in calendar days
    it ends on 2026-11-05: the safer date" named the same day as if it were another."""
    app = _app(submitted=D(2026, 10, 20), corrections=[CorrectionRequest(received=D(2026, 11, 2))])
    deadline = next_deadline(app, packs.packs["shanxi"], D(2026, 11, 2))
    assert deadline.date == D(2026, 11, 5)
    assert deadline.detail.en == "3 working days from the notice of 2026-11-02"
    assert deadline.detail.zh == "自 2026-11-02 收到补正通知起 3 个工作日"


def test_shanxi_correction_deadline_over_national_day_lands_on_a_make_up_saturday(packs):
    """Shanxi: 3 working days from 30 September 2026: 1–7 October are the National Day holiday and
    Saturday 10 October is an official working day, so the answer is due then."""
    app = _app(submitted=D(2026, 9, 20), corrections=[CorrectionRequest(received=D(2026, 9, 30))])
    deadline = next_deadline(app, packs.packs["shanxi"], D(2026, 9, 30))
    assert deadline is not None and deadline.kind == "correction"
    assert deadline.date == D(2026, 10, 10)
    assert "3 working days" in deadline.detail.en


def test_an_unanswered_overdue_correction_stays_first_and_an_answered_one_goes(packs):
    corrections = [CorrectionRequest(received=D(2026, 10, 12)), CorrectionRequest(received=D(2026, 9, 1),
                                                                                   answered=D(2026, 9, 3))]
    app = _app(submitted=D(2026, 8, 20), corrections=corrections)
    found = deadlines(app, packs.packs["gansu"], D(2026, 11, 30))
    assert found[0].kind == "correction" and found[0].date == D(2026, 10, 19) and found[0].overdue(D(2026, 11, 30))
    assert [d.kind for d in found].count("correction") == 1


def test_a_pack_without_a_correction_period_gives_no_invented_date(packs):
    app = _app(submitted=D(2026, 9, 1), corrections=[CorrectionRequest(received=D(2026, 9, 10))])
    assert [d for d in deadlines(app, packs.packs["henan"], D(2026, 9, 10)) if d.kind == "correction"] == []


def test_filed_the_licence_window_is_counted_from_the_real_submission(packs):
    """Gansu's steps: initial review 5, inspection 10, final review 15, collection 5 working days."""
    app = _app(submitted=D(2026, 11, 2))
    found = deadlines(app, packs.packs["gansu"], D(2026, 11, 2))
    expected = [d for d in found if d.kind == "licence_expected"]
    assert len(expected) == 1
    from wizard.core.china.workdays import add_workdays

    pack = packs.packs["gansu"]
    overall = pack.process.overall_working_days
    high = overall[1] if overall else sum(s.within_working_days or 0 for s in pack.process.steps if s.by == "bureau")
    assert expected[0].date == add_workdays(D(2026, 11, 2), high)[0]
    assert "2026-11-02" in expected[0].detail.zh
    # a latest day alone is "expected by"; Henan's window (40–60 days) is not "by" its range
    assert (expected[0].start, expected[0].title.en, expected[0].title.zh) == (None, "Licence expected by this day", "预计最晚取得许可证")
    [window] = [d for d in deadlines(app, packs.packs["henan"], D(2026, 11, 2)) if d.kind == "licence_expected"]
    assert window.start is not None and (window.title.en, window.title.zh) == ("Licence expected", "预计取得许可证")
    # Once licensed, there is nothing "expected" any more.
    licensed = _app(submitted=D(2026, 11, 2), issued=D(2026, 11, 30))
    assert not [d for d in deadlines(licensed, pack, D(2026, 12, 1)) if d.kind == "licence_expected"]


def test_gansu_licence_obligations_from_the_real_issue_date(packs):
    issued = D(2026, 3, 16)
    app = _app(submitted=D(2026, 1, 5), issued=issued, licence_number="甘B2-20260001")
    found = deadlines(app, packs.packs["gansu"], D(2026, 12, 1))
    annual = [d for d in found if d.kind == "annual_report"]
    assert [(d.start, d.date) for d in annual] == [(D(2027, 1, 1), D(2027, 3, 31))]
    renewals = sorted(d.date for d in found if d.kind == "renewal")
    expiry = D(2031, 3, 16)
    # The law's 90 days and the Gansu guide's 6 months: both, the guide's first.
    assert renewals == [D(2030, 9, 16), expiry - dt.timedelta(days=90)]
    assert [d.date for d in found if d.kind == "expiry"] == [expiry]
    assert found == sorted(found, key=lambda d: d.date)
    assert next_deadline(app, packs.packs["gansu"], D(2026, 12, 1)).kind == "annual_report"
    safest = next(d for d in found if d.kind == "renewal" and d.date == D(2030, 9, 16))
    assert "safe" in safest.detail.en


def test_the_annual_report_window_open_today_is_the_one_shown(packs):
    app = _app(submitted=D(2024, 1, 5), issued=D(2024, 6, 1))
    during = [d for d in deadlines(app, packs.packs["henan"], D(2026, 2, 10)) if d.kind == "annual_report"]
    assert [(d.start, d.date) for d in during] == [(D(2026, 1, 1), D(2026, 3, 31))]
    after = [d for d in deadlines(app, packs.packs["henan"], D(2026, 4, 1)) if d.kind == "annual_report"]
    assert [(d.start, d.date) for d in after] == [(D(2027, 1, 1), D(2027, 3, 31))]
    # Henan has only the law's 90 days: one renewal date.
    assert [d.date for d in deadlines(app, packs.packs["henan"], D(2026, 4, 1)) if d.kind == "renewal"] == [
        D(2029, 6, 1) - dt.timedelta(days=90)]


def test_past_obligations_are_dropped_and_a_missed_renewal_stays_as_overdue(packs):
    app = _app(submitted=D(2021, 1, 5), issued=D(2021, 3, 1))
    found = deadlines(app, packs.packs["henan"], D(2026, 1, 15))
    # The renewal date (2025-12-01) has passed while the licence still runs: it is the most urgent thing,
    # not something to drop; the licence is still valid when the 2026 window opens.
    assert _kinds(found) == [("renewal", D(2025, 12, 1)), ("expiry", D(2026, 3, 1)), ("annual_report", D(2026, 3, 31))]
    assert found[0].title.en == "Renewal overdue" and found[0].title.zh == "续期申请已逾期"
    assert "2025-12-01" in found[0].detail.en and "apply at once" in found[0].detail.en
    assert "请立即提出续期申请" in found[0].detail.zh


def test_only_the_renewal_day_still_ahead_is_shown_once_the_guides_earlier_one_passed(packs):
    app = _app(submitted=D(2021, 1, 5), issued=D(2021, 3, 1), licence_number="甘B2-20210001")
    # Gansu: the guide's 6 months (2025-09-01) passed, the law's 90 days (2025-12-01) not yet.
    found = deadlines(app, packs.packs["gansu"], D(2025, 10, 1))
    renewals = [(d.date, d.title.en) for d in found if d.kind == "renewal"]
    assert renewals == [(D(2025, 12, 1), "Renewal (law: 90 days before expiry)")]


def test_an_expired_licence_says_it_expired_and_nothing_else_is_due(packs):
    app = _app(submitted=D(2021, 1, 5), issued=D(2021, 3, 1), licence_number="豫B2-20210001")
    found = deadlines(app, packs.packs["henan"], D(2026, 4, 1))
    assert _kinds(found) == [("expired", D(2026, 3, 1))]  # no window and no renewal after expiry
    assert found[0].title.en == "Licence expired" and found[0].title.zh == "许可证已过期"
    assert "it expired on 2026-03-01" in found[0].detail.en and "已于 2026-03-01 到期" in found[0].detail.zh
    # The expiry day itself is still the licence's last day, not yet expired.
    assert [d.kind for d in deadlines(app, packs.packs["henan"], D(2026, 3, 1))] == ["renewal", "expiry", "annual_report"]


def test_preparing_has_no_deadlines(packs):
    assert deadlines(Application(), packs.packs["gansu"], D(2026, 12, 1)) == []
    assert next_deadline(Application(), packs.packs["gansu"], D(2026, 12, 1)) is None


def test_a_deadline_in_a_year_without_a_published_holiday_calendar_says_it_is_approximate(packs):
    from wizard.core.china.workdays import is_workday

    year = 2026
    while is_workday(D(year + 1, 1, 4))[1]:  # the first year the installed calendar does not cover
        year += 1
    app = _app(submitted=D(2026, 11, 2), corrections=[CorrectionRequest(received=D(2026, 11, 27))])
    app.tracking.corrections[0] = CorrectionRequest.model_construct(received=D(year, 12, 31), answered=None)
    deadline = next_deadline(app, packs.packs["gansu"], D(year, 12, 31))
    assert deadline is not None and deadline.kind == "correction"
    assert "Monday to Friday" in deadline.detail.en and "周一至周五" in deadline.detail.zh
