"""The real dates replacing the projections once the application is filed (timeline, plan, reports).

After submission there is no earliest filing date to promise: the filing becomes "submitted on X" and
the licence window is counted from that day. Once licensed, the window gives way to the issue date,
and the obligations are dated from it.
"""

from __future__ import annotations

import datetime as dt

from ..application.model import Application
from ..application.records import Tracking
from ..china.workdays import add_years
from ..report import VERDICT_TEXT, FilingDate, LicenceWindow, Report
from ..rulepack.basics import Bilingual
from .stage import STAGE_TEXT, Stage, is_filed, is_licensed, stage_of

EXPIRED_TEXT = {"zh": "许可证已过期", "en": "licence expired"}  # as STAGE_TEXT: the headline capitalises it


def submitted_filing(tracking: Tracking) -> FilingDate:
    """The filing as it happened: no date to aim for, the day it was submitted (if recorded)."""
    if tracking.submitted is not None:
        day = tracking.submitted.isoformat()
        explanation = Bilingual(zh=f"申请已于{day}提交。", en=f"The application was submitted on {day}.")
    else:
        explanation = Bilingual(zh="申请已提交，提交日期尚未记录。",
                                en="The application has been submitted; the date is not recorded yet.")
    return FilingDate(date=None, explanation=explanation, filed=True, submitted=tracking.submitted)


def real_licence(window: LicenceWindow, tracking: Tracking, validity_years: int, as_of: dt.date) -> LicenceWindow:
    """The window counted from the real submission, marked licensed (with date and number) once it is,
    and expired once its validity has run out by `as_of` (a licence held would then be untrue); not
    licensed, a latest day already gone is marked (a day in the past is no expectation)."""
    if not is_licensed(tracking):
        if window.latest is not None and window.latest < as_of:
            return window.model_copy(update={"latest_passed": True})
        return window
    expires = add_years(tracking.issued, validity_years) if tracking.issued else None
    return window.model_copy(update={"licensed": True, "issued": tracking.issued, "number": tracking.licence_number,
                                     "expires": expires, "expired": expires is not None and expires < as_of})


def issue_date(tracking: Tracking, projected: dt.date | None) -> dt.date | None:
    """What the obligations are counted from: the real issue date once recorded, else the projection
    (none once licensed without a recorded date: a projection would contradict the licence in hand)."""
    if tracking.issued is not None:
        return tracking.issued
    if is_licensed(tracking):
        return None
    return projected


def headline(application: Application, verdict: Bilingual, expired: bool = False) -> Bilingual:
    """The verdict as a headline: once filed, the stage leads and the verdict says what the answers show
    now (a "ready to apply" beside a licence in hand would contradict it)."""
    return stage_headline(stage_of(application) if is_filed(application.tracking) else None, verdict, expired)


def stage_headline(stage: Stage | None, verdict: Bilingual, expired: bool = False) -> Bilingual:
    """`expired`: a licence whose validity has run out is not called held."""
    if stage is None or stage == Stage.PREPARING:
        return verdict
    text = EXPIRED_TEXT if stage == Stage.LICENSED and expired else STAGE_TEXT[stage]
    return Bilingual(zh=f"{text['zh']}（按目前的回答：{verdict.zh}）",
                     en=f"{text['en'][:1].upper()}{text['en'][1:]} (the answers as they stand: {verdict.en})")


def stage_from(filed: bool, licence: LicenceWindow, awaiting_corrections: bool) -> Stage:
    """The stage as an evaluated timeline or plan shows it (for outputs made from them alone)."""
    if licence.licensed:
        return Stage.LICENSED if licence.issued or licence.number else Stage.APPROVED
    if awaiting_corrections:
        return Stage.CORRECTING
    return Stage.FILED if filed else Stage.PREPARING


def report_headline(report: Report) -> Bilingual:
    """The headline of a report made from the report alone (text report, JSON): the stage leads once filed."""
    timeline = report.timeline
    awaiting = any(step.awaits_corrections_of is not None for step in timeline.steps)
    stage = stage_from(timeline.filing.filed, timeline.licence, awaiting)
    return stage_headline(stage, VERDICT_TEXT[report.verdict], timeline.licence.expired)
