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
from .model import Plan, StepKind
from .wording import obligation_when, step_when


@dataclass(frozen=True)
class Milestone:
    key: str  # stable: a step id, "filing", "licence", "obligation:<id>"
    kind: Literal["step", "filing", "licence", "obligation"]
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
    for step in plan.steps:
        if step.done is not None or step.end is None or step.kind == StepKind.decide:
            continue
        prefix = (Bilingual(zh="满足：", en="Met: ") if step.kind == StepKind.wait
                  else Bilingual(zh="最晚完成：", en="Done by: "))
        points.append(Milestone(
            key=step.id, kind="step", title=Bilingual(zh=prefix.zh + step.title.zh, en=prefix.en + step.title.en),
            detail=Bilingual(zh=f"{step_when(step).zh}。{step.message.zh}", en=f"{_capital(step_when(step).en)}. {step.message.en}"),
            start=step.end, step=step.id, critical=step.critical))
    filing = plan.filing
    if filing.date is not None or (with_lower_bound and filing.not_before is not None):
        day = filing.date or filing.not_before
        assert day is not None
        title = (Bilingual(zh=f"最早可提交ICP许可证申请（{plan.authority.zh}）", en=f"Earliest filing of the ICP licence "
                           f"application ({plan.authority.en})") if filing.date else
                 Bilingual(zh="不早于此日提交", en="Filing not before this day"))
        points.append(Milestone(key="filing", kind="filing", title=title, detail=filing.explanation, start=day,
                                critical=True, lower_bound=filing.date is None))
    licence = plan.licence
    if licence.latest is not None:
        points.append(Milestone(
            key="licence", kind="licence", title=Bilingual(zh="预计取得许可证", en="Licence expected"),
            detail=licence.basis, start=licence.earliest or licence.latest,
            end=licence.latest if licence.earliest else None))
    for item in plan.obligations:
        start = item.start or item.end
        if start is None:
            continue
        points.append(Milestone(
            key=f"obligation:{item.id}", kind="obligation", title=item.name,
            detail=Bilingual(zh=f"{obligation_when(item).zh}。{item.detail.zh if item.detail else ''}".rstrip("。") + "。",
                             en=f"{_capital(obligation_when(item).en)}. {item.detail.en if item.detail else ''}".strip()),
            start=start, end=item.end if item.kind == "annual_window" else None,
            yearly_until=item.until if item.kind == "annual_window" else None))
    return sorted(points, key=lambda m: (m.start, m.kind != "step"))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
