"""The plan's dates as an iCalendar file (RFC 5545), for Outlook, WeCom or DingTalk calendars.

One all-day event per dated step (a wait's day, an act's latest day), for the earliest filing
date and the licence window when they are dates, and per dated obligation (the annual report
repeats every year until the licence expires). Nothing undated is given a date, and the day a
filing cannot be before is not an event: a calendar entry reads as a promise. Names are masked
as in the other exports unless the user asks otherwise; ID numbers never appear.
Identical input gives identical bytes (the time stamp is the plan's as-of date).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from ..plan.milestones import Milestone, milestones
from ..plan.model import Plan
from ..rulepack.basics import Bilingual
from .privacy import Redactor

PRODUCT = "-//ICP Wizard//ICP licence plan//ZH"


def plan_calendar(plan: Plan, lang: str = "zh", redactor: Redactor | None = None) -> bytes:
    from icalendar import Calendar, Event

    clean = redactor.clean if redactor is not None else (lambda text: text)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = f"{plan.applicant or plan.province_name.get(lang)} · ICP"
    calendar.add("x-wr-calname", clean(name))
    stamp = dt.datetime(plan.as_of.year, plan.as_of.month, plan.as_of.day, tzinfo=dt.UTC)
    for point in milestones(plan, with_lower_bound=False):
        event = Event()
        event.add("uid", _uid(plan, point))
        event.add("dtstamp", stamp)
        event.add("dtstart", point.start)
        event.add("dtend", (point.end or point.start) + dt.timedelta(days=1))  # all-day: the end is exclusive
        event.add("summary", clean(point.title.get(lang)))
        event.add("description", clean(point.detail.get(lang)))
        event.add("categories", [_CATEGORY[point.kind].get(lang)])
        event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: it does not make anyone busy
        if point.yearly_until is not None:
            event.add("rrule", {"freq": "yearly", "until": point.yearly_until})
        calendar.add_component(event)
    return calendar.to_ical()


def write_plan_ics(plan: Plan, path: str | os.PathLike[str], lang: str = "zh", redactor: Redactor | None = None) -> Path:
    """Write the calendar through a temporary file beside `path`, so a failed write leaves no half file."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(plan_calendar(plan, lang, redactor))
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _uid(plan: Plan, point: Milestone) -> str:
    """Stable across runs, so a re-import updates the events instead of doubling them."""
    seed = f"{plan.province}|{plan.applicant or ''}|{point.key}".encode()
    return f"{hashlib.sha256(seed).hexdigest()[:24]}@icp-wizard"


_CATEGORY = {
    "step": Bilingual(zh="申请准备", en="Preparing the application"),
    "correction": Bilingual(zh="补正", en="Corrections"),
    "filing": Bilingual(zh="提交申请", en="Filing"),
    "licence": Bilingual(zh="取得许可证", en="Licence"),
    "obligation": Bilingual(zh="许可证义务", en="Licence obligations"),
}
