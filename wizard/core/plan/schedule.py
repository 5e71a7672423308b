"""Dating the plan's steps, the earliest filing date they allow, and the chain that sets it.

A step can start once the steps before it are done (or today). An act ends after its stated
duration, counted at the long end as the report does; without one it has no end date, and
neither has anything after it, though that cannot end before its `floor`. A wait that an act
sets going (a new hire's social-security months) ends its months after that act.
"""

from __future__ import annotations

import datetime as dt

from ..application.model import PAGES
from ..china.workdays import add_months, add_workdays
from ..engine.filing import Clearing, duration_reason, earliest_filing, wait_reason
from ..report import FilingDate
from ..rulepack.basics import Bilingual, FindingKind
from .model import PlanStep, StepKind

_CLEARING_KIND = {StepKind.act: FindingKind.act, StepKind.answer: FindingKind.missing, StepKind.wait: FindingKind.wait,
                  StepKind.structural: FindingKind.structural}
_ORDER = {StepKind.structural: 0, StepKind.answer: 1, StepKind.act: 2, StepKind.wait: 3, StepKind.decide: 4}


def dated(steps: list[PlanStep], as_of: dt.date) -> list[PlanStep]:
    """Every step with its start, end and floor, in dependency order."""
    by_id = {s.id: s for s in steps}
    result: dict[str, PlanStep] = {}

    def visit(step_id: str, path: tuple[str, ...] = ()) -> PlanStep:
        if step_id in result:
            return result[step_id]
        step = by_id[step_id]
        preds = [visit(link.step, (*path, step_id)) for link in step.after
                 if link.step in by_id and link.step not in (*path, step_id)]  # a cycle in a pack is cut here
        result[step_id] = _date_one(step, preds, as_of)
        return result[step_id]

    for step in steps:
        visit(step.id)
    return [result[s.id] for s in steps]


def _date_one(step: PlanStep, preds: list[PlanStep], as_of: dt.date) -> PlanStep:
    ends = [p.end for p in preds]
    start = max([as_of, *ends]) if all(ends) else None  # type: ignore[type-var]
    floor_start = max([as_of, *(p.end or p.floor or as_of for p in preds)])
    end = floor = if_now = None
    if step.done is not None:
        end = floor = step.done.date
    elif step.kind == StepKind.act and step.duration is not None:
        high = step.duration.working_days[1]
        end = add_workdays(start, high)[0] if start else None
        floor = add_workdays(floor_start, high)[0]
    elif step.kind == StepKind.wait and step.months is not None:  # set going by the act before it
        parent = preds[0] if preds else None
        if parent is not None and parent.done is not None:  # counted from the day the act was done
            end = floor = add_months(parent.done.date, step.months)
        else:  # no date, not even from an act's usual duration: the act is not done yet, and it may be met
            # another way (an employee already insured) with no wait at all, so no floor either
            if_now = add_months(floor_start, step.months)
    elif step.kind == StepKind.wait:
        end = floor = step.end
    elif preds and floor_start > as_of:
        floor = floor_start  # undated, but not before what comes first
    return step.model_copy(update={"start": start if step.kind in (StepKind.act, StepKind.wait) else None,
                                   "end": end, "floor": floor, "if_now": if_now})


def filing(steps: list[PlanStep], as_of: dt.date) -> FilingDate:
    """The earliest filing date from the blocking steps, worded as the report words it."""
    by_id = {p.id: p for p in steps}  # once, not once per step: a 500-person plan has hundreds of steps
    clearings = [_clearing(s, by_id) for s in steps if s.blocking and s.kind != StepKind.decide]
    return earliest_filing(as_of, clearings)


def _clearing(step: PlanStep, by_id: dict[str, PlanStep]) -> Clearing:
    group = step.rule_ids[0] if step.rule_ids and step.parent is None else step.id
    return Clearing(id=step.id, kind=_CLEARING_KIND[step.kind], title=step.title, on=step.end,
                    reason=_reason(step, by_id) if step.end or step.floor else None, group=group,
                    floor=step.floor if step.end is None else None,
                    pending=_pending(step, by_id) if step.end is None else None)


def _pending(step: PlanStep, by_id: dict[str, PlanStep]) -> Bilingual | None:
    """Why a step that waits for another has no date yet: 'after “…”; usually 5–7 working days'."""
    counted = step.kind == StepKind.wait and step.months is not None  # counted from an act not done yet
    parents = [by_id[link.step] for link in step.after if link.step in by_id
               and (by_id[link.step].done is None if counted else by_id[link.step].end is None)]
    if not parents:
        return None
    first = parents[0].title
    if counted:
        tail_zh = f"，{step.if_now.isoformat()}起满足" if step.if_now else ""
        tail_en = f", met from {step.if_now.isoformat()}" if step.if_now else ""
        by = parents[0].end  # an act with a usual duration: the day it would be done at the latest
        when_zh, when_en = (f"如于{by.isoformat()}完成", f"if that were done on {by.isoformat()}") if by else (
            "如今天完成", "if that were done today")
        return Bilingual(
            zh=f"“{first.zh}”完成后{step.months}个月；{when_zh}{tail_zh}；若改用已满足条件的人员则无需等待",
            en=f"{step.months} month{'s' if step.months != 1 else ''} after “{first.en}”; {when_en}"
               f"{tail_en}; none if it is met by someone who already qualifies",
        )
    if step.duration is not None:
        low, high = step.duration.working_days
        return Bilingual(zh=f"在“{first.zh}”之后，通常还需{low}–{high}个工作日",
                         en=f"after “{first.en}”, then usually {low}–{high} working days")
    return Bilingual(zh=f"在“{first.zh}”之后；来源未说明所需时间", en=f"after “{first.en}”; no source states how long it takes")


def _reason(step: PlanStep, by_id: dict[str, PlanStep]) -> Bilingual:
    if step.done is not None:
        day = step.done.date.isoformat()
        return Bilingual(zh=f"“{step.title.zh}”（已于{day}完成）", en=f"“{step.title.en}” (done on {day})")
    if step.kind == StepKind.act and step.duration is not None and step.start is not None:
        return duration_reason(step.title, step.duration, step.start)
    if step.kind == StepKind.act and step.duration is not None:
        low, high = step.duration.working_days
        return Bilingual(zh=f"“{step.title.zh}”（在前一步之后，通常需要{low}–{high}个工作日）",
                         en=f"“{step.title.en}” (usually {low}–{high} working days after the step before it)")
    if step.months is not None and step.parent in by_id:
        parent, day = by_id[step.parent], step.end.isoformat() if step.end else "—"
        return Bilingual(
            zh=f"“{step.title.zh}”（“{parent.title.zh}”完成后{step.months}个月，{day}起满足）",
            en=f"“{step.title.en}” ({step.months} month{'s' if step.months != 1 else ''} after “{parent.title.en}”, "
               f"met from {day})",
        )
    return wait_reason(step.title, step.end)


def critical_path(steps: list[PlanStep], result: FilingDate) -> list[str]:
    """The chain of steps that sets the filing date (or, without one, the day it cannot be before)."""
    by_id = {s.id: s for s in steps}
    blocking = [s for s in steps if s.blocking and s.kind != StepKind.decide]
    if result.date is not None:
        setters = [by_id[i] for i in result.set_by if i in by_id]
    else:
        bounds = [b for s in blocking if (b := s.end or s.floor)]
        latest = max(bounds) if bounds else None
        setters = [s for s in blocking if latest and (s.end or s.floor) == latest]
    chain: dict[str, PlanStep] = {}
    for setter in setters:
        _walk_back(setter, by_id, chain)
    return [s.id for s in sorted(chain.values(), key=lambda s: (s.end or s.floor or dt.date.max, _ORDER[s.kind]))]


def _walk_back(step: PlanStep, by_id: dict[str, PlanStep], chain: dict[str, PlanStep]) -> None:
    if step.id in chain:
        return
    chain[step.id] = step
    preds = [by_id[link.step] for link in step.after if link.step in by_id]
    if not preds:
        return
    bound = max((p.end or p.floor for p in preds if p.end or p.floor), default=None)
    for pred in preds:
        if step.parent == pred.id or (bound is not None and (pred.end or pred.floor) == bound):
            _walk_back(pred, by_id, chain)


def ordered(steps: list[PlanStep]) -> list[PlanStep]:
    """Structural first, then answers, acts, waits and decisions; within each, a step after the steps it needs,
    the earliest ending first, then in page order."""
    def key(step: PlanStep) -> tuple:
        page = PAGES.index(step.page) if step.page in PAGES else len(PAGES)
        return (_ORDER[step.kind], not step.blocking, step.end or step.floor or dt.date.max, page)

    placed: list[PlanStep] = []
    waiting = sorted(steps, key=key)
    ids = {s.id for s in steps}
    while waiting:
        ready = next((s for s in waiting if all(link.step not in ids or link.step in {p.id for p in placed}
                                                 or link.step == s.id for link in s.after)), waiting[0])
        placed.append(ready)
        waiting.remove(ready)
    return placed
