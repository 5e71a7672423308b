"""build_plan(application, pack) → Plan: the steps before filing, the filing date, the bureau's procedure,
the licence window and the duties after it, and the choices worth making (staff, doubtful claims)."""

from __future__ import annotations

import datetime as dt

from ..application.model import Application
from ..china.workdays import next_workday
from ..engine.context import Context
from ..engine.evaluate import evaluate
from ..engine.obligations import obligation_dates
from ..engine.timeline import licence_window, step_spans
from ..report import Report, Verdict
from ..rulepack.loader import RulePack
from ..tracking.deadlines import correction_deadline
from ..tracking.real import issue_date, real_licence, submitted_filing
from ..tracking.stage import is_filed
from . import schedule
from .decisions import doubtful_decisions
from .model import CorrectionDue, Plan, PlanStep, ProcessStepPlan, StepLink
from .staff import staff_decisions, staff_plan
from .steps import plan_steps


def build_plan(application: Application, pack: RulePack, report: Report | None = None,
               as_of: dt.date | None = None, choices: bool = True) -> Plan:
    """The plan for `application` as of `as_of` (default: the report's date, else today).

    `choices=False` skips the decisions that need the application evaluated again with changes
    (who is on the staff list, a doubtful claim): the plan page asks for them, a quick status does not.
    """
    report = report or evaluate(application, pack, as_of)
    as_of = report.as_of
    header = {"as_of": as_of, "province": report.province, "province_name": report.province_name,
              "authority": report.authority, "licence_prefix": report.licence_prefix,
              "applicant": report.applicant, "verdict": report.verdict}
    if report.verdict == Verdict.licence_not_required:
        timeline = report.timeline
        return Plan(**header, steps=[], filing=timeline.filing, critical_path=[], process=[],
                    licence=timeline.licence, obligations=[])
    steps, stale = plan_steps(report, pack, application)
    steps = schedule.dated(steps, as_of)
    staff = staff_plan(application, pack, report) if choices else None
    if choices:
        steps += staff_decisions(staff) + doubtful_decisions(application, pack, report, steps)
    tracking = application.tracking
    ctx = Context(application, pack, as_of)
    timeline = report.timeline
    if is_filed(tracking):  # submitted: nothing sets a filing date any more, the real one counts
        filing, critical = submitted_filing(tracking), []
        filed_on = tracking.submitted
        licence, approximate = licence_window(ctx, timeline.steps, filed_on)
        licence = real_licence(licence, tracking, pack.licence_validity_years, as_of)
        approximate = approximate and not licence.licensed  # approved or issued: no projected day is shown
    else:
        filing = schedule.filing(steps, as_of)
        critical = schedule.critical_path(steps, filing)
        filed_on = filing.date
        licence, approximate = licence_window(ctx, timeline.steps, filed_on)
    steps = [s.model_copy(update={"critical": True}) if s.id in critical else s for s in schedule.ordered(steps)]
    issued = issue_date(tracking, licence.earliest or licence.latest)
    return Plan(
        **header, steps=steps, filing=filing, critical_path=critical,
        process=_process(pack, timeline.steps, filed_on, steps), licence=licence,
        obligations=_in_order(obligation_dates(pack, issued)), issued_from=issued, staff=staff,
        approximate=approximate or _approximate(steps, filed_on), stale_marks=stale,
        corrections=_corrections(application, pack, as_of),
    )


def _corrections(application: Application, pack: RulePack, as_of: dt.date) -> list[CorrectionDue]:
    """The open notices with the deadline the pack gives (none is invented where it gives no period)."""
    due = []
    for correction in application.tracking.corrections:
        if correction.answered is None and correction.received is not None:
            deadline = correction_deadline(pack, correction, as_of)
            if deadline is not None:
                due.append(CorrectionDue(received=correction.received, due=deadline.date, detail=deadline.detail,
                                         source=deadline.source, overdue=deadline.overdue(as_of)))
    return sorted(due, key=lambda c: c.due)


def _process(pack: RulePack, projections: list, filed: dt.date | None, steps: list[PlanStep]) -> list[ProcessStepPlan]:
    """The pack's procedure, with the latest day each bureau step can start and end once the filing date is known."""
    spans = iter(step_spans(projections, filed))
    waiting = {link.step: [] for s in steps for link in s.before}
    for step in steps:
        for link in step.before:
            waiting[link.step].append(StepLink(step=step.id, why=link.why, source=link.source, inference=link.inference))
    result = []
    for projection in projections:
        span = next(spans) if projection.by == "bureau" else None
        result.append(ProcessStepPlan(
            id=projection.id, name=projection.name, by=projection.by,
            within_working_days=projection.within_working_days, note=projection.note, source=projection.source,
            after=waiting.get(projection.id, []), start=span[0] if span else None, end=span[1] if span else None,
            recorded=projection.recorded, passed=projection.passed,
            awaits_corrections_of=projection.awaits_corrections_of,
        ))
    return result


_KIND_ORDER = {"standing": 0, "annual_window": 1, "change_filing": 2, "renewal": 3, "expiry": 4}


def _in_order(obligations: list) -> list:
    """As they fall due: the footer from day one, the first annual report, … renewal (both, side by side), expiry."""
    return sorted(obligations, key=lambda o: (_KIND_ORDER.get(o.kind, 9), o.start or dt.date.max))


def _approximate(steps: list[PlanStep], filed: dt.date | None) -> bool:
    days = [d for s in steps for d in (s.end, s.floor) if d] + ([filed] if filed else [])
    return any(next_workday(day)[1] for day in days)
