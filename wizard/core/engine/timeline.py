"""When the applicant can file, when the licence is likely, and what follows it."""

from __future__ import annotations

import datetime as dt

from ..report import ObligationDate, StepProjection, TimeCondition, Timeline
from ..workdays import add_months, add_workdays, add_years, next_workday
from .checks import Context
from .sources import source_info


def build_timeline(ctx: Context, conditions: list[TimeCondition], not_required: bool) -> Timeline:
    pack = ctx.pack
    steps = [
        StepProjection(
            id=step.id,
            name=step.name,
            working_days=step.working_days,
            note=step.note,
            source=source_info(pack, step.source, pack.header.reviewed),
        )
        for step in pack.process.steps
    ]
    process = pack.process
    if process.overall_working_days:
        total = process.overall_working_days
        total_source = source_info(pack, process.overall_source, pack.header.reviewed)
    else:
        stated = [s.working_days for s in steps if s.working_days]
        total = (sum(low for low, _ in stated), sum(high for _, high in stated))
        total_source = None
    if not_required:
        return Timeline(as_of=ctx.as_of, conditions=[], earliest_filing=None, steps=[], total_working_days=(0, 0))

    earliest: dt.date | None = ctx.as_of
    for condition in conditions:
        if condition.met:
            continue
        if condition.met_on is None:
            earliest = None  # cannot be projected: something must be added first
            break
        earliest = max(earliest, condition.met_on)
    approximate = False
    licence_from = licence_to = None
    if earliest is not None:
        earliest, approx_filing = next_workday(earliest)
        licence_from, approx_from = add_workdays(earliest, total[0])
        licence_to, approx_to = add_workdays(earliest, total[1])
        approximate = approx_filing or approx_from or approx_to
    return Timeline(
        as_of=ctx.as_of,
        conditions=conditions,
        earliest_filing=earliest,
        steps=steps,
        total_working_days=total,
        total_source=total_source,
        licence_from=licence_from,
        licence_to=licence_to,
        approximate=approximate,
        obligations=_obligations(ctx, licence_from),
    )


def _obligations(ctx: Context, issued: dt.date | None) -> list[ObligationDate]:
    pack = ctx.pack
    expiry = add_years(issued, pack.licence_validity_years) if issued else None
    result: list[ObligationDate] = []
    for item in pack.obligations:
        start = end = None
        if issued and item.kind == "annual_window" and item.window:
            year = issued.year + 1
            start = dt.date(year, int(item.window[0][:2]), int(item.window[0][3:]))
            end = dt.date(year, int(item.window[1][:2]), int(item.window[1][3:]))
        elif expiry and item.kind == "renewal":
            if item.days_before_expiry:
                start = expiry - dt.timedelta(days=item.days_before_expiry)
            else:
                start = add_months(expiry, -(item.months_before_expiry or 0))
            end = expiry
        result.append(
            ObligationDate(
                id=item.id,
                name=item.name,
                kind=item.kind,
                detail=item.detail,
                start=start,
                end=end,
                source=source_info(pack, item.source, item.checked),
            )
        )
    renewals = [o for o in result if o.kind == "renewal" and o.start]
    if len(renewals) > 1:
        safest = min(renewals, key=lambda o: o.start)
        result = [o.model_copy(update={"safest": o is safest}) for o in result]
    return result
