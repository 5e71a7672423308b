"""The duties that follow the licence, dated from its issue date (projected or real).

One function for every caller: the timeline and the plan pass the projected issue date,
the workspace the real one from the application's tracking section.

- annual report: each year in the pack's window (1 January – 31 March), the first in
  the year after issue;
- renewal: the pack's days (the regulation: 90) or months (Gansu and Shanxi guides: 6)
  before expiry; where both apply the earlier is marked `safest`;
- expiry: the issue date plus the pack's validity (5 years);
- change filings: within the pack's days of any change, so no date of their own;
- standing duties (the licence number in the home page footer …): from the issue date on.
"""

from __future__ import annotations

import datetime as dt

from ..china.workdays import add_months, add_years
from ..report import ObligationDate
from ..rulepack.loader import RulePack
from ..rulepack.schema import Obligation
from .perpack import PerPack
from .sources import source_info

_DATED = PerPack()


def obligation_dates(pack: RulePack, issued: dt.date | None) -> list[ObligationDate]:
    """Every obligation of the pack, with its dates counted from `issued` (none where `issued` is None).
    Made once per pack and day (perpack.py): the timeline and the deadlines both ask, and a workspace
    scan asks again for every client licensed on the same day."""
    return _DATED.get(pack, issued, lambda: _obligation_dates(pack, issued))


def _obligation_dates(pack: RulePack, issued: dt.date | None) -> list[ObligationDate]:
    expiry = add_years(issued, pack.licence_validity_years) if issued else None
    result = [_dated(pack, item, issued, expiry) for item in pack.obligations]
    renewals = [o for o in result if o.kind == "renewal" and o.start]
    if len(renewals) > 1:
        safest = min(renewals, key=lambda o: o.start)
        result = [o.model_copy(update={"safest": o is safest}) for o in result]
    return result


def _dated(pack: RulePack, item: Obligation, issued: dt.date | None, expiry: dt.date | None) -> ObligationDate:
    start = end = None
    if issued and item.kind == "annual_window" and item.window:
        start, end = annual_window(item, issued.year + 1)
    elif expiry and item.kind == "renewal":
        if item.days_before_expiry:
            start = expiry - dt.timedelta(days=item.days_before_expiry)
        else:
            start = add_months(expiry, -(item.months_before_expiry or 0))
        end = expiry
    elif expiry and item.kind == "expiry":
        start = end = expiry
    elif issued and item.kind == "standing":
        start = issued  # from day one
    return ObligationDate(
        id=item.id,
        name=item.name,
        kind=item.kind,
        detail=item.detail,
        start=start,
        end=end,
        source=source_info(pack, item.source, item.checked),
        days_after_change=item.days_after_change,
        until=expiry if item.kind in ("annual_window", "standing") else None,
        window=item.window,
        days_before_expiry=item.days_before_expiry,
        months_before_expiry=item.months_before_expiry,
        validity_years=pack.licence_validity_years if item.kind == "expiry" else None,
    )


def window_open_or_next(item: Obligation | ObligationDate, first_year: int, as_of: dt.date,
                        until: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The yearly window open on `as_of`, else the next one, never before `first_year` (the year after
    issue); None once the licence expires (`until`) before it opens."""
    year = max(first_year, as_of.year)
    for candidate in (year, year + 1):
        start, end = annual_window(item, candidate)
        if until is not None and start > until:
            return None
        if end >= as_of:
            return start, end
    return None


def annual_window(item: Obligation | ObligationDate, year: int) -> tuple[dt.date, dt.date]:
    """The pack's window ("01-01" to "03-31") in `year`; 29 February falls back to the 28th."""
    assert item.window is not None
    days = []
    for text in item.window:
        month, day = int(text[:2]), int(text[3:])
        try:
            days.append(dt.date(year, month, day))
        except ValueError:  # 02-29 outside a leap year
            days.append(dt.date(year, month, day - 1))
    return days[0], days[1]
