"""The action plan (issue 12): what to do, in what order, by when — built from a report and its pack.

    from wizard.core.plan import build_plan
    plan = build_plan(application, pack)            # evaluates, or pass report=…
    plan.group("now"), plan.filing, plan.licence, plan.obligations

No Qt. model.py says what a plan holds, steps.py where its steps and dependencies come from,
schedule.py how they are dated, staff.py and decisions.py which choices it works out,
wording.py and text.py how it reads, milestones.py its dated points, command.py the CLI.
Names are loaded on first use, so that `icp-wizard check` does not pay for the plan.
"""

from __future__ import annotations

from typing import Any

_MODELS = ("Consequence", "Done", "Plan", "PlanStep", "ProcessStepPlan", "StaffOption", "StaffPlan", "StaffStanding",
           "StepKind", "StepLink")
__all__ = [*_MODELS, "build_plan"]


def __getattr__(name: str) -> Any:
    if name == "build_plan":
        from .build import build_plan

        return build_plan
    if name in _MODELS:
        from . import model

        return getattr(model, name)
    raise AttributeError(name)
