"""The plan's dated points, in order: what the compact timeline draws and the calendar file holds.

Only what has a date: an open step with an end date, the earliest filing date (or, for the
timeline only, the day it cannot be before), the licence window, and each obligation dated
from the projected issue date. A step without a date is never given one here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..report import Verdict
from ..rulepack.basics import Bilingual
from ..sentences import licence_of
from .model import Plan, StepKind
from .wording import obligation_when, projected_note, step_when


@dataclass(frozen=True)
class Milestone:
    key: str  # stable: a step id, "filing", "licence", "obligation:<id>"
    kind: Literal["step", "correction", "filing", "licence", "obligation"]
    title: Bilingual
    detail: Bilingual
    start: dt.date
    end: dt.date | None = None  # the last day of a window (inclusive)
    step: str | None = None  # the plan step, whose field the GUI opens
    critical: bool = False
    lower_bound: bool = False  # the filing's "not before": drawn on the timeline, never put in a calendar
    yearly_until: dt.date | None = None  # an annual window repeats every year until this day (the expiry)


def milestones(plan: Plan, with_lower_bound: bool = True) -> list[Milestone]:
    if plan.verdict == Verdict.licence_not_required:
        return []  # nothing to file, no licence, no duties
    points: list[Milestone] = []
    filing = plan.filing
    for step in plan.steps:
        if step.done is not None or step.end is None or step.kind == StepKind.decide or filing.filed:
            continue  # once filed, the steps' dates no longer lead to a filing date
        # an open wait is not met yet: its day is when it is expected to be, not a fact
        waiting = step.kind == StepKind.wait
        prefix = (Bilingual(zh="预计满足：", en="Expected met: ") if waiting
                  else Bilingual(zh="最晚完成：", en="Done by: "))
        when = step_when(step)
        when = Bilingual(zh=f"预计{when.zh}", en=f"expected {when.en}") if waiting else when
        points.append(Milestone(
            key=step.id, kind="step", title=Bilingual(zh=prefix.zh + step.title.zh, en=prefix.en + step.title.en),
            detail=Bilingual(zh=f"{when.zh}。{step.message.zh}", en=f"{_capital(when.en)}. {step.message.en}"),
            start=step.end, step=step.id, critical=step.critical))
    for index, due in enumerate(plan.corrections):
        points.append(Milestone(
            key=f"correction:{due.received.isoformat()}:{index}", kind="correction",
            title=(Bilingual(zh=f"补正材料已逾期（{due.received.isoformat()}的通知）",
                             en=f"Corrections overdue (notice of {due.received.isoformat()})") if due.overdue
                   else Bilingual(zh=f"补正材料截止（{due.received.isoformat()}的通知）",
                                  en=f"Corrections due (notice of {due.received.isoformat()})")),
            detail=due.detail or Bilingual(zh="补正材料截止。", en="Corrections due."), start=due.due, critical=True))
    if filing.filed and filing.submitted is not None:
        points.append(Milestone(
            key="filing", kind="filing", title=Bilingual(zh=f"已提交ICP许可证申请（{plan.authority.zh}）",
                                                         en=f"ICP licence application submitted ({plan.authority.en})"),
            detail=filing.explanation, start=filing.submitted))
    elif filing.date is not None or (with_lower_bound and filing.not_before is not None):
        day = filing.date or filing.not_before
        assert day is not None
        title = (Bilingual(zh=f"最早可提交ICP许可证申请（{plan.authority.zh}）", en=f"Earliest filing of the ICP licence "
                           f"application ({plan.authority.en})") if filing.date else
                 Bilingual(zh="不早于此日提交", en="Filing not before this day"))
        points.append(Milestone(key="filing", kind="filing", title=title, detail=filing.explanation, start=day,
                                critical=True, lower_bound=filing.date is None))
    licence = plan.licence
    if licence.licensed:
        if licence.issued is not None:
            points.append(Milestone(
                key="licence", kind="licence", title=Bilingual(zh="取得许可证", en="Licence issued"),
                detail=licence_of(licence), start=licence.issued))
    elif licence.latest is not None:
        # a latest day alone is a limit, not the day the licence comes: the title says "by"
        title = (Bilingual(zh="预计取得许可证", en="Licence expected") if licence.earliest else
                 Bilingual(zh="预计最晚取得许可证", en="Licence expected by this day"))
        points.append(Milestone(
            key="licence", kind="licence", title=title,
            detail=licence.basis, start=licence.earliest or licence.latest,
            end=licence.latest if licence.earliest else None))
    # Before the licence is issued its duties are dated from a projected issue day: each event says so,
    # since a calendar entry read on its own looks like a fixed date.
    note = projected_note(plan)
    projected = {"zh": note.zh, "en": note.en} if note is not None else {"zh": "", "en": ""}
    for item in plan.obligations:
        start = item.start or item.end
        if start is None:
            continue
        when = obligation_when(item)
        points.append(Milestone(
            key=f"obligation:{item.id}", kind="obligation", title=item.name,
            detail=Bilingual(zh=f"{projected['zh']}{when.zh}。{item.detail.zh if item.detail else ''}".rstrip("。") + "。",
                             en=" ".join(filter(None, (projected["en"], f"{_capital(when.en)}.",
                                                       item.detail.en if item.detail else "")))),
            start=start, end=item.end if item.kind == "annual_window" else None,
            yearly_until=item.until if item.kind == "annual_window" else None))
    return sorted(points, key=lambda m: (m.start, m.kind != "step"))


def ahead(points: list[Milestone], as_of: dt.date) -> list[Milestone]:
    """What a timeline drawn from `as_of` shows: the dated points before the licence's duties, not yet past
    (once filed, the real submission and issue dates lie behind it)."""
    return [m for m in points if m.kind != "obligation" and (m.end or m.start) >= as_of]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
