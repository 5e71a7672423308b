"""Where the bureau's procedure stands once filed, from the dates the tracking section records.

Before any of these dates, every bureau step is counted from the submission. Afterwards:
- an unanswered correction notice: the procedure waits for the applicant; no later step (and no
  licence date) can be dated until the corrections are supplied;
- corrections supplied: the application counts as accepted that day (行政许可法 第三十二条, cited
  by the pack's `process.accepted_when_corrected`), so the steps after the pack's corrections step
  are counted from it; where the pack has none (the national baseline), its first step is the
  acceptance the corrections complete, and the steps after it are counted from that day;
- a site inspection: the steps after the pack's inspection step are counted from it; where the pack has
  none (the national baseline), it only shows that the first step, the acceptance, has happened;
- approved or licensed: every step is behind it.
Steps before the point counted from are past; the ones the tracking section dates say so.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from ..application.records import Tracking
from ..messages import message
from ..report import StepProjection
from ..rulepack.basics import Bilingual
from ..rulepack.loader import RulePack
from .stage import is_filed, is_licensed


class ProcessStepLike(Protocol):  # a StepProjection, or the plan's ProcessStepPlan
    by: str
    within_working_days: int | None
    recorded: Bilingual | None
    passed: bool
    awaits_corrections_of: dt.date | None


def _text(code: str, **params: object) -> Bilingual:
    return Bilingual(zh=message(code, "zh", **params), en=message(code, "en", **params))


def with_progress(steps: list[StepProjection], pack: RulePack, tracking: Tracking,
                  as_of: dt.date | None = None) -> list[StepProjection]:
    """The pack's steps marked with what the tracking section records; unchanged before filing. With
    `as_of`, an open notice whose period has ended says so. A step the tracking section dates takes the
    pack's name for it once it happened (the corrections step is no longer "if asked")."""
    if not is_filed(tracking) or not steps:
        return steps
    happened = {"corrections": bool(tracking.corrections), "site_inspection": tracking.inspection is not None}
    names = {step.id: step.name_once_recorded for step in pack.process.steps
             if step.name_once_recorded is not None and step.records and happened[step.records]}
    return [step.model_copy(update={"name": names[step.id]}) if step.id in names else step
            for step in _marked(steps, pack, tracking, as_of)]


def _marked(steps: list[StepProjection], pack: RulePack, tracking: Tracking,
            as_of: dt.date | None) -> list[StepProjection]:
    marks: dict[int, dict] = {i: {} for i in range(len(steps))}
    if tracking.submitted is not None:
        own = [index for index, step in enumerate(steps) if step.by == "applicant"]
        # one step is the submission itself; of several (Henan: domain filing, online form, paper copies)
        # only the whole was submitted that day, not each (the domain filing came long before)
        code = "progress.submitted" if len(own) == 1 else "progress.part_of_submission"
        for index in own:
            marks[index]["recorded"] = _text(code, day=tracking.submitted.isoformat())
    bureau = [i for i, s in enumerate(steps) if s.by == "bureau"]
    if not bureau:
        return _apply(steps, marks)
    corrections = _index(steps, "corrections")
    inspection_step = _index(steps, "site_inspection")
    open_notices = [c for c in tracking.corrections if c.received and not c.answered]
    answered = max((c.answered for c in tracking.corrections if c.answered), default=None)
    inspected = tracking.inspection
    if is_licensed(tracking):  # the whole procedure is behind it; the licence sentence gives the dates
        _past(marks, bureau, bureau[-1])
        if tracking.approved is not None and tracking.issued is None and not tracking.licence_number:
            # approved, no licence recorded: the last step (the issue, or the national decision) is named by
            # the approval, not "done" beside the sentence that says no issue date is recorded
            marks[bureau[-1]]["recorded"] = _text("progress.approved", day=tracking.approved.isoformat())
        if corrections is not None and answered is not None:
            marks[corrections]["recorded"] = _text("progress.corrections_supplied", day=answered.isoformat())
        if inspection_step is not None and inspected is not None:
            marks[inspection_step]["recorded"] = _text("progress.inspected", day=inspected.isoformat())
        return _apply(steps, _no_notice(marks, corrections, tracking))
    if open_notices:
        notice = min(open_notices, key=lambda c: c.received)
        assert notice.received is not None
        from .deadlines import correction_deadline  # here: deadlines imports the engine, which imports this

        deadline = correction_deadline(pack, notice)
        received = notice.received.isoformat()
        if deadline is None:
            recorded = _text("progress.notice_open", received=received)
        else:
            overdue = as_of is not None and deadline.date < as_of
            recorded = _text("progress.notice_overdue" if overdue else "progress.notice_due", received=received,
                             due=deadline.date.isoformat())
        if corrections is not None:
            _past(marks, bureau, corrections)
            marks[corrections]["recorded"] = recorded
            review = [i for i in bureau if i < corrections]
            if review:  # the step that sent the notice is behind it, but its acceptance is not (Gansu: 初审与受理)
                marks[review[-1]]["recorded"] = _text("progress.notice_sent", received=received)
            _after(marks, bureau, corrections, awaits_corrections_of=notice.received)
        elif len(bureau) > 1:  # no corrections step (national): the acceptance step holds the notice, the next waits
            marks[bureau[0]]["recorded"] = recorded
            _after(marks, bureau, bureau[0], awaits_corrections_of=notice.received)
        else:
            marks[bureau[0]]["awaits_corrections_of"] = notice.received
        return _apply(steps, marks)
    if inspected is not None and inspection_step is not None and (answered is None or inspected >= answered):
        _past(marks, bureau, inspection_step)
        marks[inspection_step]["recorded"] = _text("progress.inspected", day=inspected.isoformat())
        if corrections is not None and corrections < inspection_step and answered is not None:
            marks[corrections]["recorded"] = _text("progress.corrections_supplied", day=answered.isoformat())
        _after(marks, bureau, inspection_step, counted_from=inspected)
    elif answered is not None:
        if corrections is not None:
            _past(marks, bureau, corrections)
            marks[corrections]["recorded"] = _text("progress.corrections_supplied", day=answered.isoformat())
            _after(marks, bureau, corrections, counted_from=answered)
        elif len(bureau) > 1:  # no corrections step (national): the day supplied is the acceptance, the rest from it
            _past(marks, bureau, bureau[0])
            marks[bureau[0]]["recorded"] = _text("progress.accepted_on_corrections", day=answered.isoformat())
            _after(marks, bureau, bureau[0], counted_from=answered)
        else:
            marks[bureau[0]]["counted_from"] = answered
    elif inspected is not None and inspection_step is None and len(bureau) > 1:
        # no inspection step (national): an inspection shows the application was accepted, but on a day not
        # recorded, and the review's limit still runs from it: the step is named, not passed (its days still count)
        marks[bureau[0]]["recorded"] = _text("progress.accepted_before_inspection", day=inspected.isoformat())
    return _apply(steps, _no_notice(marks, corrections, tracking))


def _no_notice(marks: dict[int, dict], corrections: int | None, tracking: Tracking) -> dict[int, dict]:
    """A corrections step behind the application with no notice recorded: 'none recorded', not 'done', which
    read as if corrections had been asked for and supplied."""
    if corrections is not None and marks[corrections].get("passed") and "recorded" not in marks[corrections] \
            and not tracking.corrections:
        marks[corrections]["recorded"] = _text("progress.no_notice")
    return marks


def _index(steps: list[StepProjection], records: str) -> int | None:
    return next((i for i, s in enumerate(steps) if s.records == records and s.by == "bureau"), None)


def _past(marks: dict[int, dict], bureau: list[int], upto: int) -> None:
    """The bureau's steps up to and including `upto` are behind the application."""
    for index in bureau:
        if index <= upto:
            marks[index]["passed"] = True


def _after(marks: dict[int, dict], bureau: list[int], index: int, **mark: object) -> None:
    """Marks the first bureau step after `index` (the one the counting restarts at)."""
    following = next((i for i in bureau if i > index), None)
    if following is not None:
        marks[following].update(mark)


def _apply(steps: list[StepProjection], marks: dict[int, dict]) -> list[StepProjection]:
    return [step.model_copy(update=marks[i]) if marks[i] else step for i, step in enumerate(steps)]


def waiting(steps: list[StepProjection]) -> StepProjection | None:
    """The step that waits for the applicant's corrections, if any."""
    return next((s for s in steps if s.awaits_corrections_of is not None), None)


def restart(steps: list[StepProjection]) -> tuple[int, StepProjection] | None:
    """The bureau step the counting restarts at (its index among the bureau's steps), if any."""
    bureau = [s for s in steps if s.by == "bureau"]
    return next(((i, s) for i, s in enumerate(bureau) if s.counted_from is not None), None)


def restarted_by_inspection(steps: list[StepProjection]) -> bool:
    """Whether the counting restarts at a recorded site inspection (else at corrections supplied)."""
    return any(s.passed and s.records == "site_inspection" for s in steps)


def recorded_progress(step: StepProjection | ProcessStepLike) -> Bilingual | None:
    """In words, where the application stands at this step once filed; None where its limit applies."""
    if step.recorded is not None:
        return step.recorded
    if step.by == "bureau" and step.passed:
        return _text("progress.passed")
    if step.awaits_corrections_of is not None and step.within_working_days is not None:
        return _text("progress.after_wait", days=step.within_working_days)
    return None


__all__ = ["recorded_progress", "restart", "restarted_by_inspection", "waiting", "with_progress"]
