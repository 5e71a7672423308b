"""Working days by the official Chinese holiday calendar, and month arithmetic.

chinese-calendar covers the years whose holiday schedule the State Council has
published. Beyond them we count Monday–Friday and say the result is approximate.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

import chinese_calendar


@lru_cache(maxsize=4096)
def _official(day: dt.date) -> bool | None:
    """True/False from the official calendar, None where it has no data."""
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return None


def is_workday(day: dt.date) -> tuple[bool, bool]:
    """(is a working day, decided by the official calendar rather than by weekday)."""
    official = _official(day)
    if official is None:
        return day.weekday() < 5, False
    return official, True


def next_workday(day: dt.date) -> tuple[dt.date, bool]:
    """The first working day on or after `day`, and whether that is approximate."""
    approximate = False
    while True:
        working, exact = is_workday(day)
        approximate |= not exact
        if working:
            return day, approximate
        day += dt.timedelta(days=1)


@lru_cache(maxsize=8192)  # a workspace scan counts the same periods from the same days in many files
def add_workdays(start: dt.date, count: int) -> tuple[dt.date, bool]:
    """The date `count` working days after `start` (start itself not counted)."""
    day = start
    approximate = False
    remaining = count
    while remaining > 0:
        day += dt.timedelta(days=1)
        working, exact = is_workday(day)
        approximate |= not exact
        if working:
            remaining -= 1
    return day, approximate


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day of the month, `months` later (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from start to end (negative if end is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    return months
