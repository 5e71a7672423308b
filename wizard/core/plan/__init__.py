"""The action plan (issue 12): what to do, in what order, by when — built from a report and its pack.

    from wizard.core.plan import build_plan
    plan = build_plan(application, pack)            # evaluates, or pass report=…
    plan.group("now"), plan.filing, plan.licence, plan.obligations

No Qt. See model.py for what a plan holds, steps.py for where its steps and dependencies come
from, schedule.py for the dates, staff.py and decisions.py for the choices it works out.
"""

from .build import build_plan
from .model import (
           Consequence,
           Done,
           Plan,
           PlanStep,
           ProcessStepPlan,
           StaffOption,
           StaffPlan,
           StaffStanding,
           StepKind,
           StepLink,
)

__all__ = ["Consequence", "Done", "Plan", "PlanStep", "ProcessStepPlan", "StaffOption", "StaffPlan",
           "StaffStanding", "StepKind", "StepLink", "build_plan"]
