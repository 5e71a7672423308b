"""What a plan is: steps before filing, the filing date, the bureau's steps, the licence, the duties after it.

Texts stay bilingual like the report's, so the GUI can switch language without rebuilding.
Dates are what the sources support: a step without a stated duration has no end date, and
the earliest filing date is a date only when every blocking step has one.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from ..report import ActDuration, FilingDate, Frozen, LicenceWindow, ObligationDate, SourceInfo, Verdict
from ..rulepack.basics import Basis, Bilingual, Severity


class StepKind(StrEnum):
    act = "act"  # the applicant must do something (a finding, or what an act sets going)
    answer = "answer"  # a question is unanswered: the program cannot tell yet what it takes
    wait = "wait"  # met on a known day by itself
    structural = "structural"  # the applicant as it stands cannot apply: this comes before anything else
    decide = "decide"  # a choice with consequences the program worked out (who is on the staff list …)


class StepLink(Frozen):
    """A step that must come first, and why."""

    step: str  # the id of the step that comes first
    why: Bilingual
    source: SourceInfo | None = None
    inference: bool = False  # the order is the program's reading of the source


class Done(Frozen):
    date: dt.date
    note: str | None = None


class Consequence(Frozen):
    """What one choice of a decide step leads to, worked out by evaluating the changed application."""

    choice: Bilingual
    filing_before: dt.date | None  # the earliest filing date (or the day it cannot be before) as things stand
    filing_after: dt.date | None  # the same with this choice
    before_is_date: bool = False  # False: `filing_before` is only the day the filing cannot be before
    after_is_date: bool = False
    gain_days: int | None = None  # calendar days earlier; None where either side has no date
    compliant: bool = True  # every condition the choice touches is still met
    why_not: Bilingual | None = None  # what would fail instead, when not compliant


class PlanStep(Frozen):
    id: str  # a finding's id ("<rule>@<field>"), "<follow-up>@<item>", or "decide:…": stable across edits
    kind: StepKind
    title: Bilingual
    message: Bilingual  # what is the matter, with the actual values
    fix: Bilingual | None = None  # what to do
    page: str | None = None
    field: str | None = None  # the concrete field the GUI opens (servers[1].province)
    finding_id: str | None = None
    rule_ids: list[str] = []
    severity: Severity = Severity.blocker
    blocking: bool = True  # must be cleared before filing (a warning's step is advice)
    basis: Basis | None = None
    sources: list[SourceInfo] = []
    inference: bool = False  # the step itself is the program's reading of its source
    doubtful: Bilingual | None = None
    duration: ActDuration | None = None  # an act: how long it usually takes, where a source says
    months: int | None = None  # a wait that follows an act: months from the day that act is done
    parent: str | None = None  # a follow-up: the act that sets it going (also first in `after`)
    after: list[StepLink] = []  # steps that come first
    before: list[StepLink] = []  # later steps of the procedure that wait for this one (step: a process step id)
    start: dt.date | None = None  # the earliest day it can start (after the steps before it)
    end: dt.date | None = None  # the day it is done, met or at the latest finished; None: no source gives a day
    floor: dt.date | None = None  # undated, but not before this day
    if_now: dt.date | None = None  # a wait set going by an undated act: its end were that act done on the as-of day
    done: Done | None = None  # an act the applicant marked done (application.plan.done)
    done_but_open: bool = False  # marked done, yet the answers still show the gap: update them
    critical: bool = False  # on the chain that sets the earliest filing date
    consequences: list[Consequence] = []  # a decide step: what each choice leads to


class ProcessStepPlan(Frozen):
    """One step of the bureau's procedure after filing, placed where the sources allow."""

    id: str
    name: Bilingual
    by: str  # "applicant": part of filing; "bureau": after it
    within_working_days: int | None
    note: Bilingual | None = None
    source: SourceInfo
    after: list[StepLink] = []  # open steps before filing that this step needs first
    start: dt.date | None = None  # the latest day it can start
    end: dt.date | None = None  # the latest day it can end
    recorded: Bilingual | None = None  # once filed: what the tracking section records of it (tracking/progress.py)
    passed: bool = False  # the application is already past it
    awaits_corrections_of: dt.date | None = None  # waits for the answer to this notice: no date yet


class StaffStanding(Frozen):
    """One declared person under one staff rule."""

    rule_id: str
    rule_title: Bilingual
    person: int  # index in application.staff
    name: str | None
    status: Literal["meets", "from", "short", "unknown", "not_counted"]
    on: dt.date | None = None  # "from": the day they start to count; "meets": since when, where known


class StaffOption(Frozen):
    """A change to the staff list the program tried by re-evaluating the application with it."""

    key: str  # "leave_off:1", "reassign:security_lead:1>0", "leave_off+reassign:…"
    people: list[int]  # the people the change concerns (left off, or giving up a post), first the one it is about
    to: int | None = None  # who takes the post, for a reassignment
    post: str | None = None
    consequence: Consequence


class StaffPlan(Frozen):
    standings: list[StaffStanding]
    options: list[StaffOption]  # every variant tried, the quickest compliant one first
    summary: Bilingual  # the quickest compliant option, or why there is none


class CorrectionDue(Frozen):
    """An unanswered correction notice (tracking) and when its answer is due by the pack's period."""

    received: dt.date
    due: dt.date
    detail: Bilingual | None = None
    source: SourceInfo | None = None
    overdue: bool = False  # the period ended before the plan's date and no answer is recorded


class Plan(Frozen):
    as_of: dt.date
    province: str
    province_name: Bilingual
    authority: Bilingual
    licence_prefix: str
    applicant: str | None
    verdict: Verdict
    steps: list[PlanStep]  # before filing, in the order to take them
    filing: FilingDate  # set_by / depends_on name step ids
    critical_path: list[str]  # step ids, first to last, ending with the step that sets the filing date
    process: list[ProcessStepPlan]
    licence: LicenceWindow
    obligations: list[ObligationDate]  # dated from the projected issue date (the licence window's first day)
    issued_from: dt.date | None = None  # the issue date the obligations are counted from: projected, or the
    # real one once licensed (licence.issued)
    staff: StaffPlan | None = None
    approximate: bool = False  # some dates fall in years without a published holiday schedule
    stale_marks: list[str] = []  # done marks for steps no longer in the plan (kept in the file)
    corrections: list[CorrectionDue] = []  # filed: the open correction notices with a deadline, soonest first

    def step(self, step_id: str) -> PlanStep | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def sections(self) -> list[tuple[str, list[PlanStep]]]:
        """The groups every output shows, in order: what rules you out and what is done only when there is any."""
        return [(name, members) for name in ("structural", "now", "waiting", "decide", "done")
                if (members := self.group(name)) or name not in ("structural", "done")]  # type: ignore[arg-type]

    def group(self, name: Literal["structural", "now", "waiting", "decide", "done"]) -> list[PlanStep]:
        """The plan page's groups: what rules you out, what to do now, what to wait for, what to decide, what is done."""
        if name == "done":
            return [s for s in self.steps if s.done is not None]
        open_steps = [s for s in self.steps if s.done is None]
        kinds = {"structural": {StepKind.structural}, "now": {StepKind.act, StepKind.answer},
                 "waiting": {StepKind.wait}, "decide": {StepKind.decide}}[name]
        return [s for s in open_steps if s.kind in kinds]
