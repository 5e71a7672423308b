"""Decisions about doubtful claims: a blocker that only a consultancy guide states, and that sets the date.

A consultant would say: "the one-year age comes from one guide, not from Order 42; if the bureau
confirms it does not apply, you can file on … instead of …". The date with the claim set aside
is worked out by evaluating the application against the pack without that rule.
"""

from __future__ import annotations

import dataclasses

from ..application.model import Application
from ..engine.evaluate import evaluate
from ..report import Report
from ..rulepack.basics import Basis, Bilingual, Severity
from ..rulepack.loader import RulePack
from .model import Consequence, PlanStep, StepKind
from .staff import filing_bound
from .wording import consequence_text


def doubtful_decisions(application: Application, pack: RulePack, report: Report, steps: list[PlanStep]) -> list[PlanStep]:
    blocking = [s for s in steps if s.blocking and s.kind != StepKind.decide]
    bounds = [b for s in blocking if (b := s.end or s.floor)]
    if not bounds:
        return []
    latest = max(bounds)
    before, before_dated = filing_bound(report)
    decisions = []
    for step in blocking:
        if step.doubtful is None or step.basis != Basis.consultancy or (step.end or step.floor) != latest:
            continue
        without = dataclasses.replace(pack, rules=tuple(r for r in pack.rules if r.id not in step.rule_ids))
        after, after_dated = filing_bound(evaluate(application, without, report.as_of))
        gain = (before - after).days
        if not gain or gain <= 0:
            continue  # another condition holds the date anyway: nothing to decide
        consequence = Consequence(
            choice=Bilingual(zh=f"向{report.authority.zh}确认“{step.title.zh}”不适用",
                             en=f"have the {report.authority.en} confirm that “{step.title.en}” does not apply"),
            filing_before=before, filing_after=after, before_is_date=before_dated, after_is_date=after_dated,
            gain_days=gain)
        decisions.append(_step(step, consequence, report))
    return decisions


def _step(step: PlanStep, consequence: Consequence, report: Report) -> PlanStep:
    text = consequence_text(consequence, staff=False)
    assert step.doubtful is not None
    return PlanStep(
        id=f"decide:doubtful:{step.id}", kind=StepKind.decide,
        title=Bilingual(zh=f"是否按指南等待“{step.title.zh}”", en=f"Whether to wait for “{step.title.en}” as the guide says"),
        message=Bilingual(
            zh=f"{step.doubtful.zh} 如果通信管理局确认此项不适用：{text.zh}。",
            en=f"{step.doubtful.en} If the bureau confirms it does not apply: {text.en}.",
        ),
        fix=Bilingual(zh=f"向{report.authority.zh}书面确认；得到答复前，按指南的要求准备最稳妥。",
                      en=f"Ask the {report.authority.en} in writing; until it answers, planning by the guide is safest."),
        page=step.page, field=step.field, rule_ids=list(step.rule_ids), blocking=False, severity=Severity.info,
        basis=Basis.inference, inference=True, sources=list(step.sources), consequences=[consequence],
    )
