"""The dated things an application in flight or a licence holder must watch, soonest first.

- a correction notice: the pack's `correction_days` in working days from the day it was received
  (Gansu 5, Shanxi 3; the guides say "days" without saying working days, so the detail also names
  the earlier calendar-day date); an unanswered one stays listed after its date: it is the most urgent;
- filed, no licence yet: the licence window counted from the real submission date;
- licensed: the obligations dated from the real issue date (engine/obligations.py) — the annual
  report window now open or next, every renewal date the pack gives, and expiry; a renewal day passed
  while the licence runs is kept as overdue (the office must act at once), and an expired licence
  gives only its expiry, as "expired".
Anything else already past is dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..application.model import Application
from ..application.records import CorrectionRequest
from ..china.workdays import add_workdays
from ..engine.obligations import obligation_dates, window_open_or_next
from ..engine.sources import source_info
from ..messages import message
from ..report import ObligationDate, SourceInfo
from ..rulepack.basics import Bilingual
from ..rulepack.loader import RulePack
from .stage import Stage, stage_of

CORRECTION_PARAMETER = "correction_days"


@dataclass(frozen=True)
class Deadline:
    date: dt.date  # the day it is due; for a window, its last day
    kind: str  # "correction" | "annual_report" | "renewal" | "expiry" | "expired" | "licence_expected"
    title: Bilingual  # what is due
    detail: Bilingual | None  # how the date was counted
    source: SourceInfo | None  # where the period comes from
    start: dt.date | None = None  # a window's first day (annual report 1 Jan – 31 Mar)

    def overdue(self, as_of: dt.date) -> bool:
        return self.date < as_of


def _text(code: str, **params: object) -> Bilingual:
    return Bilingual(zh=message(code, "zh", **params), en=message(code, "en", **params))


def correction_deadline(pack: RulePack, correction: CorrectionRequest, as_of: dt.date | None = None) -> Deadline | None:
    """When the answer to one notice is due; None without a received date or where the pack gives no period.
    With `as_of`, a calendar-day reading already past is said to be past (it is no longer a date to work to),
    and a period already ended is said to be overdue, with what to do now. The deadline the notice itself
    states, where recorded, stands over the pack's period (and is the only one where the pack has none)."""
    if correction.received is not None and correction.due is not None:
        return _stated_deadline(pack, correction, as_of)
    parameter = pack.parameters.get(CORRECTION_PARAMETER)
    if correction.received is None or parameter is None or not isinstance(parameter.value, (int, float)):
        return None
    days = int(parameter.value)
    due, approximate = add_workdays(correction.received, days)
    received = correction.received.isoformat()
    overdue = as_of is not None and due < as_of
    calendar_day = correction.received + dt.timedelta(days=days)
    # "5日": the calendar-day reading ends sooner, except where no weekend or holiday falls between (the same day)
    unclear = (parameter.unit or "").strip() != "working days" and calendar_day != due
    if overdue:
        code = "tracking.correction_overdue_unclear" if unclear else "tracking.correction_overdue"
        detail = _text(code, days=days, received=received, calendar=calendar_day.isoformat())
    elif not unclear:
        detail = _text("tracking.correction_detail", days=days, received=received)
    else:
        code = ("tracking.correction_days_unclear_passed" if as_of is not None and calendar_day < as_of
                else "tracking.correction_days_unclear")
        detail = _text(code, days=days, received=received, calendar=calendar_day.isoformat())
    if approximate:
        detail = _text("tracking.approximate", text=detail)
    title = _text("tracking.correction_overdue_title" if overdue else "tracking.correction")
    return Deadline(
        date=due, kind="correction", title=title, detail=detail,
        source=source_info(pack, parameter.source, parameter.checked),
    )


def _stated_deadline(pack: RulePack, correction: CorrectionRequest, as_of: dt.date | None) -> Deadline:
    """The notice's own deadline; where the pack's period would end on another day, the detail says so."""
    assert correction.received is not None and correction.due is not None
    due, received = correction.due, correction.received.isoformat()
    overdue = as_of is not None and due < as_of
    code = "tracking.correction_stated_overdue" if overdue else "tracking.correction_stated"
    detail = _text(code, received=received)
    parameter = pack.parameters.get(CORRECTION_PARAMETER)
    if parameter is not None and isinstance(parameter.value, (int, float)):
        guide_day, _ = add_workdays(correction.received, int(parameter.value))
        if guide_day != due:
            detail = _text("tracking.correction_stated_differs", text=detail, days=int(parameter.value),
                           guide=guide_day.isoformat())
    title = _text("tracking.correction_overdue_title" if overdue else "tracking.correction")
    return Deadline(date=due, kind="correction", title=title, detail=detail, source=None)


def deadlines(app: Application, pack: RulePack, as_of: dt.date) -> list[Deadline]:
    """Every dated item still ahead (and any overdue unanswered correction), sorted by date."""
    tracking = app.tracking
    result: list[Deadline] = []
    for correction in tracking.corrections:
        if correction.answered is None:
            deadline = correction_deadline(pack, correction, as_of)
            if deadline is not None:
                result.append(deadline)  # overdue or not: an unanswered notice is never dropped
    stage = stage_of(app)
    if stage in (Stage.FILED, Stage.CORRECTING) and tracking.submitted:
        expected = _licence_expected(pack, app, tracking.submitted, as_of)
        if expected is not None:  # kept once its latest day has gone: the office must chase the bureau
            result.append(expected)
    if tracking.issued:
        result.extend(_obligations(pack, tracking.issued, as_of))
    return sorted(result, key=lambda d: (d.date, d.kind != "correction", d.kind))


def next_deadline(app: Application, pack: RulePack, as_of: dt.date) -> Deadline | None:
    found = deadlines(app, pack, as_of)
    return found[0] if found else None


def _licence_expected(pack: RulePack, app: Application, submitted: dt.date, as_of: dt.date) -> Deadline | None:
    """The latest licence date the sources support from what the tracking section records; none while
    a correction notice is unanswered (the count starts again once the corrections are in)."""
    from ..engine.timeline import licence_window_of, process_steps
    from .progress import restart, with_progress

    steps = with_progress(process_steps(pack), pack, app.tracking)
    window, _ = licence_window_of(pack, steps, submitted)
    if window.latest is None:
        return None
    if restart(steps) is not None:  # counted from a later recorded day: the basis says which
        detail = window.basis
    else:
        code = "tracking.licence_expected_corrected" if app.tracking.corrections else "tracking.licence_expected_detail"
        detail = _text(code, submitted=submitted.isoformat(), basis=window.basis)
    # "by" a range read wrongly: a window (Henan's 40–60 days) is "expected", a latest day alone "expected by"
    title = _text("tracking.licence_expected_window" if window.earliest else "tracking.licence_expected")
    if window.latest < as_of:
        title = _text("tracking.licence_overdue_title")
        detail = _text("tracking.licence_overdue", text=detail, day=window.latest.isoformat())
    return Deadline(
        date=window.latest, start=window.earliest, kind="licence_expected",
        title=title, detail=detail,
        source=window.sources[0] if window.sources else None,
    )


def _obligations(pack: RulePack, issued: dt.date, as_of: dt.date) -> list[Deadline]:
    """The duties still ahead. An expired licence gives only its expiry, said to be past (nothing else
    it carried is due any more); a renewal day passed while the licence still runs stays, said to be
    overdue, unless another renewal day is still ahead (the guide's 6 months passed, the law's 90 days not)."""
    dated = obligation_dates(pack, issued)
    expiry_item = next((o for o in dated if o.kind == "expiry" and o.end), None)
    expiry = expiry_item.end if expiry_item else None
    if expiry_item is not None and expiry is not None and expiry < as_of:
        return [Deadline(
            date=expiry, kind="expired", title=_text("tracking.expired"),
            detail=_text("tracking.expired_detail", issued=issued.isoformat(), expiry=expiry.isoformat(),
                         years=expiry_item.validity_years or 5),
            source=expiry_item.source,
        )]
    result: list[Deadline] = []
    renewals = [item for item in dated if item.kind == "renewal" and item.start and item.end]
    renewals_ahead = [item for item in renewals if item.start and item.start >= as_of]
    passed = max((item for item in renewals if item.start and item.start < as_of),
                 key=lambda item: item.start or dt.date.min, default=None)
    for item in dated:
        if item.kind == "annual_window":
            window = window_open_or_next(item, issued.year + 1, as_of, expiry)
            if window is not None:
                start, end = window
                result.append(Deadline(
                    date=end, start=start, kind="annual_report", title=item.name,
                    detail=_text("tracking.annual_report_window", year=start.year, start=start.isoformat(),
                                 end=end.isoformat(), issued=issued.isoformat()),
                    source=item.source,
                ))
        elif item in renewals_ahead:
            result.append(Deadline(
                date=item.start, kind="renewal", title=item.name, detail=_renewal_detail(item),
                source=item.source,
            ))
        elif item is passed and not renewals_ahead:
            assert item.start is not None
            result.append(Deadline(
                date=item.start, kind="renewal", title=_text("tracking.renewal_overdue_title"),
                detail=_renewal_overdue(item),
                source=item.source,
            ))
        elif item.kind == "expiry" and item.end and item.end >= as_of:
            result.append(Deadline(
                date=item.end, kind="expiry", title=item.name,
                detail=_text("tracking.expiry_detail", issued=issued.isoformat(), years=item.validity_years or 5),
                source=item.source,
            ))
    return result


def _renewal_detail(item: ObligationDate) -> Bilingual:
    assert item.end is not None
    expiry = item.end.isoformat()
    if item.days_before_expiry:
        detail = _text("tracking.renewal_days", days=item.days_before_expiry, expiry=expiry)
    else:
        detail = _text("tracking.renewal_months", months=item.months_before_expiry or 0, expiry=expiry)
    if item.safest:
        detail = _text("tracking.renewal_safest", text=detail)
    return detail


def _renewal_overdue(item: ObligationDate) -> Bilingual:
    """The renewal day passed, the licence still running: what the office does now."""
    assert item.start is not None
    stated = _renewal_detail(item.model_copy(update={"safest": False}))
    return Bilingual(**{lang: message("tracking.renewal_overdue", lang, text=stated.get(lang),
                                      day=item.start.isoformat()) for lang in ("zh", "en")})
