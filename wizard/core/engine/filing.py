"""The earliest filing date: a date only when every open blocker will clear by a known day.

Waits clear on their date; an act clears after its typical duration where a source
states one (counted from the assessment date, at the long end). Anything else —
a structural blocker, an unanswered question, an act with no stated duration —
leaves no date, and the timeline names what the date depends on instead.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import chinese_calendar

from ..china.workdays import add_workdays, next_workday
from ..report import ActDuration, FilingDate, Finding
from ..rulepack.basics import Bilingual, FindingKind

_WEEKDAYS = (("星期一", "Monday"), ("星期二", "Tuesday"), ("星期三", "Wednesday"), ("星期四", "Thursday"),
             ("星期五", "Friday"), ("星期六", "Saturday"), ("星期日", "Sunday"))
_HOLIDAYS = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节", "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节", "National Day": "国庆节", "Mid-autumn Festival": "中秋节",
}


class Clearing(NamedTuple):
    """One open blocker as the filing date sees it: the day it clears (None: no source supports a day)
    and, for a dated one, why it clears then. (A named tuple: a 500-person list makes hundreds on every
    edit, at a third of a frozen dataclass's cost.)"""

    id: str
    kind: FindingKind
    title: Bilingual
    on: dt.date | None
    reason: Bilingual | None = None  # for a dated blocker: "“…” (met from …)"
    group: str = ""  # blockers of one group (the same rule for several people) are named once
    floor: dt.date | None = None  # undated, but it cannot clear before this day (an act after another act)
    pending: Bilingual | None = None  # undated: what it waits for, where the kind's usual words do not fit


def clears_on(finding: Finding, as_of: dt.date) -> dt.date | None:
    """The day an open blocker is expected to clear, or None where no source supports a day."""
    if finding.kind == FindingKind.wait:
        return finding.met_on
    if finding.kind == FindingKind.act and finding.typical_duration is not None:
        return add_workdays(as_of, finding.typical_duration.working_days[1])[0]
    return None


def filing_date(as_of: dt.date, blockers: list[Finding]) -> FilingDate:
    days = [clears_on(f, as_of) for f in blockers]
    latest = max((day for day in days if day), default=None)
    # Only the blockers that clear last (they set the date) and those with no day (the date depends on
    # them) say anything; a dated blocker that clears earlier changes nothing, and a 500-person list
    # may hold hundreds of them.
    return earliest_filing(as_of, [
        Clearing(id=f.id, kind=f.kind, title=f.title, on=day, group=f.rule_id,
                 reason=_reason(f, as_of) if day else None)
        for f, day in zip(blockers, days, strict=True) if day is None or day == latest
    ])


def earliest_filing(as_of: dt.date, blockers: list[Clearing]) -> FilingDate:
    """A date only when every blocker clears on a known day: the first working day after the last of them."""
    undated = [c for c in blockers if c.on is None]
    if undated:
        order = {FindingKind.structural: 0, FindingKind.missing: 1, FindingKind.act: 2, FindingKind.wait: 3}
        undated.sort(key=lambda c: order[c.kind])
        bounds = [d for c in blockers if (d := c.on or c.floor)]
        latest = max(bounds) if bounds else None
        not_before = next_workday(latest)[0] if latest else None
        floor_setters = [c for c in blockers if latest and (c.on or c.floor) == latest]
        return FilingDate(date=None, not_before=not_before, depends_on=[c.id for c in undated],
                          explanation=_depends_text(undated, not_before, floor_setters))
    if not blockers:
        day, _ = next_workday(as_of)
        return FilingDate(
            date=day, unadjusted=as_of, adjustment=_adjustment(as_of, day),
            explanation=Bilingual(zh="没有未解决的阻断问题，现在就可以提交。", en="Nothing blocks filing: you can file now."),
        )
    latest = max(c.on for c in blockers if c.on)
    setters = [c for c in blockers if c.on == latest]
    day, _ = next_workday(latest)
    return FilingDate(
        date=day, set_by=[c.id for c in setters], unadjusted=latest, adjustment=_adjustment(latest, day),
        explanation=_set_by_text(setters),
    )


def _reason(finding: Finding, as_of: dt.date) -> Bilingual:
    if finding.kind == FindingKind.wait:
        return wait_reason(finding.title, finding.met_on)
    assert finding.typical_duration is not None
    return duration_reason(finding.title, finding.typical_duration, as_of)


def wait_reason(title: Bilingual, day: dt.date | None) -> Bilingual:
    """'“Registered for at least a year” (met from 2027-02-10)'."""
    text = day.isoformat() if day else "—"
    return Bilingual(zh=f"“{title.zh}”（{text}起满足）", en=f"“{title.en}” (met from {text})")


def duration_reason(title: Bilingual, duration: ActDuration, start: dt.date) -> Bilingual:
    """'“…” (usually 5–7 working days, <source>; counted at the long end from <start>)'."""
    low, high = duration.working_days
    return Bilingual(
        zh=f"“{title.zh}”（通常需要{low}–{high}个工作日，{duration.source.cite('zh')}；从{start.isoformat()}起按最长计算）",
        en=f"“{title.en}” (usually {low}–{high} working days, {duration.source.cite('en')}; "
           f"counted at the long end from {start.isoformat()})",
    )


def _set_by_text(setters: list[Clearing]) -> Bilingual:
    reasons = [c.reason or Bilingual(zh=f"“{c.title.zh}”", en=f"“{c.title.en}”") for c in setters]
    return Bilingual(
        zh=f"这个日期由{'、'.join(r.zh for r in reasons)}决定。",
        en=f"The date is set by {'; '.join(r.en for r in reasons)}.",
    )


def _depends_text(undated: list[Clearing], not_before: dt.date | None, floor_setters: list[Clearing]) -> Bilingual:
    zh: list[str] = []
    en: list[str] = []
    seen: set[str] = set()
    for item in undated:
        if item.group and item.group in seen:  # the same condition for several people or domains: name it once
            continue
        seen.add(item.group)
        if item.pending is not None:
            zh.append(f"“{item.title.zh}”（{item.pending.zh}）")
            en.append(f"“{item.title.en}” ({item.pending.en})")
        elif item.kind == FindingKind.structural:
            zh.append(f"“{item.title.zh}”（按现状不能申请）")
            en.append(f"“{item.title.en}” (as it stands the applicant cannot apply)")
        elif item.kind == FindingKind.missing:
            zh.append(f"“{item.title.zh}”（尚缺回答）")
            en.append(f"“{item.title.en}” (an answer is missing)")
        else:
            zh.append(f"“{item.title.zh}”（来源未说明所需时间）")
            en.append(f"“{item.title.en}” (no source states how long it takes)")
    later_zh = later_en = ""
    if not_before:  # name what sets it, as a dated filing names what sets the date
        why = [c.reason or Bilingual(zh=f"“{c.title.zh}”", en=f"“{c.title.en}”") for c in floor_setters]
        later_zh = f"即使这些都完成，也不早于{not_before.isoformat()}，由{'、'.join(w.zh for w in why)}决定。"
        later_en = f" Even then not before {not_before.isoformat()}, set by {'; '.join(w.en for w in why)}."
    return Bilingual(
        zh=f"暂时无法给出日期，取决于：{'；'.join(zh)}。{later_zh}",
        en=f"No filing date can be given yet; it depends on: {'; '.join(en)}.{later_en}",
    )


def _adjustment(day: dt.date, working: dt.date) -> Bilingual | None:
    """Why a date moved: '2026-12-20 is a Sunday, so the first working day is 2026-12-21'."""
    if working == day:
        return None
    try:
        _, holiday = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:  # a year without a published schedule: weekends only
        holiday = None
    if holiday:
        name_zh = _HOLIDAYS.get(holiday, "法定节假日")
        return Bilingual(
            zh=f"{day.isoformat()}在{name_zh}假期内，顺延至第一个工作日{working.isoformat()}。",
            en=f"{day.isoformat()} falls in the {holiday} holiday, so the first working day is {working.isoformat()}.",
        )
    zh_day, en_day = _WEEKDAYS[day.weekday()]
    return Bilingual(
        zh=f"{day.isoformat()}是{zh_day}，顺延至第一个工作日{working.isoformat()}。",
        en=f"{day.isoformat()} is a {en_day}, so the first working day is {working.isoformat()}.",
    )
