"""From the report's findings and the pack's dependencies to the plan's steps (not yet dated).

- Every open blocker or warning is one step: act, answer (a missing answer), wait or structural.
- A rule's `then:` adds the steps its act sets going (update the filing after a domain
  transfer; a new hire's social-security months), after that act.
- A rule's `after:` makes its steps wait for the named rules' steps about the same item
  (the same domain), or about any item when the two rules read different lists.
- A process step's `after:` is noted on the steps it waits for.
- Acts marked done in the application (plan.done) carry their date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..application.model import Application
from ..application.records import DoneMark
from ..engine.sources import act_duration, source_info
from ..report import Finding, Report, SourceInfo
from ..rulepack.basics import Bilingual, FindingKind, Severity
from ..rulepack.loader import RulePack
from ..rulepack.schema import FollowUp, Rule
from ..rulepack.schema import StepLink as PackLink
from .model import Done, PlanStep, StepKind, StepLink

KIND_OF_FINDING = {
    FindingKind.act: StepKind.act,
    FindingKind.missing: StepKind.answer,
    FindingKind.wait: StepKind.wait,
    FindingKind.structural: StepKind.structural,
}
_LIST_ITEM = re.compile(r"^([a-z_.]+)\[(\d+)\]")


def item_of(path: str) -> str:
    """The item a finding is about: 'domains[0]' for domains[0].registrant, 'staff' for staff, 'entity' …"""
    return path[: path.rindex("]") + 1] if "]" in path else path.split(".", 1)[0]


def plan_steps(report: Report, pack: RulePack, application: Application) -> tuple[list[PlanStep], list[str]]:
    """The undated steps before filing, and the done marks that name no step any more."""
    rules = {rule.id: rule for rule in pack.rules}
    done = application.plan.done
    steps: list[PlanStep] = []
    for finding in report.findings:
        if finding.severity == Severity.info:
            continue  # notes stay with the detailed findings
        steps.append(_from_finding(finding, done.get(finding.id)))
    steps += _follow_ups(steps, rules, pack, done)
    steps += _done_and_cleared(steps, rules, pack, done)
    known = {s.id for s in steps}
    steps = _linked(steps, rules, pack)
    steps = _noted_before_process(steps, pack)
    stale = [mark for mark in done if mark not in known]
    return steps, stale


def _from_finding(finding: Finding, mark: DoneMark | None) -> PlanStep:
    kind = KIND_OF_FINDING[finding.kind]
    return PlanStep(
        id=finding.id, kind=kind, title=finding.title, message=finding.message, fix=finding.fix,
        page=finding.page, field=finding.field, finding_id=finding.id, rule_ids=list(finding.rule_ids),
        severity=finding.severity, blocking=finding.severity == Severity.blocker, basis=finding.basis,
        sources=list(finding.sources), inference=finding.inference is not None, doubtful=finding.doubtful,
        duration=finding.typical_duration, end=finding.met_on if kind == StepKind.wait else None,
        done=_done(mark) if kind == StepKind.act else None,
        done_but_open=kind == StepKind.act and _done(mark) is not None,
    )


def _done(mark: DoneMark | None) -> Done | None:
    if mark is None or mark.date is None:
        return None
    return Done(date=mark.date, note=mark.note)


def _follow_ups(steps: list[PlanStep], rules: dict[str, Rule], pack: RulePack,
                done: dict[str, DoneMark]) -> list[PlanStep]:
    """The steps an open act sets going, unless a rule whose act covers them is open for the same item."""
    added: list[PlanStep] = []
    open_for = {(rule_id, item_of(s.field or "")) for s in steps if s.done is None for rule_id in s.rule_ids}
    for parent in steps:
        if parent.kind != StepKind.act:
            continue
        rule = rules.get(parent.rule_ids[0]) if parent.rule_ids else None
        for follow_up in rule.then if rule else ():
            item = item_of(parent.field or "")
            if any((covering, item) in open_for for covering in follow_up.unless_open):
                continue
            added.append(_follow_up_step(parent, follow_up, rule, pack, item, done))
    return added


def _follow_up_step(parent: PlanStep, follow_up: FollowUp, rule: Rule, pack: RulePack, item: str,
                    done: dict[str, DoneMark]) -> PlanStep:
    step_id = f"{follow_up.id}@{item}"
    source = source_info(pack, follow_up.source, rule.checked)
    kind = StepKind.act if follow_up.kind == "act" else StepKind.wait
    months = int(pack.parameter(follow_up.months)) if follow_up.months is not None else None
    link = StepLink(step=parent.id, why=_follows(parent.title), source=source, inference=follow_up.inference)
    mark = _done(done.get(step_id)) if kind == StepKind.act else None
    return PlanStep(
        id=step_id, kind=kind, title=follow_up.title, message=follow_up.detail, page=parent.page, field=parent.field,
        rule_ids=[rule.id], severity=parent.severity, blocking=parent.blocking, basis=source.basis,
        sources=[source], inference=follow_up.inference,
        duration=act_duration(pack, follow_up.typical_duration, rule.checked), months=months, parent=parent.id,
        after=[link], done=mark,
    )


def _follows(title: Bilingual) -> Bilingual:
    return Bilingual(zh=f"在“{title.zh}”完成之后", en=f"once “{title.en}” is done")


def _done_and_cleared(steps: list[PlanStep], rules: dict[str, Rule], pack: RulePack,
                      done: dict[str, DoneMark]) -> list[PlanStep]:
    """An act marked done whose check now passes: listed as done, and its follow-up acts stay until done."""
    present = {s.id for s in steps}
    added: list[PlanStep] = []
    for mark_id, mark in done.items():
        rule_id, _, field = mark_id.partition("@")
        rule = rules.get(rule_id)
        if mark_id in present or rule is None or not field or _done(mark) is None:
            continue
        source = source_info(pack, rule.source, rule.checked)
        parent = PlanStep(
            id=mark_id, kind=StepKind.act, title=rule.title,
            message=Bilingual(zh="已完成，相关检查已经通过。", en="Done; the check now passes."),
            page=rule.page if "." not in field else field.split(".", 1)[0].split("[", 1)[0], field=field,
            rule_ids=[rule.id], severity=rule.severity, blocking=False, basis=source.basis, sources=[source],
            done=_done(mark),
        )
        added.append(parent)
        item = item_of(field)
        for follow_up in rule.then:
            if follow_up.kind == "act":  # a wait after a cleared act is the real check's business now
                step = _follow_up_step(parent, follow_up, rule, pack, item, done)
                added.append(step.model_copy(update={"blocking": rule.severity == Severity.blocker}))
    return added


def _linked(steps: list[PlanStep], rules: dict[str, Rule], pack: RulePack) -> list[PlanStep]:
    """Add each rule's `after:` links to its steps."""
    by_rule: dict[str, list[PlanStep]] = {}
    for step in steps:
        if step.kind == StepKind.decide or step.parent is not None:
            continue  # follow-ups are reached through their parent
        for rule_id in step.rule_ids:
            by_rule.setdefault(rule_id, []).append(step)
    result = []
    for step in steps:
        links = list(step.after)
        for rule_id in step.rule_ids if step.finding_id else ():
            rule = rules.get(rule_id)
            for pack_link in rule.after if rule else ():
                for before in _same_item(step, by_rule.get(pack_link.rule, [])):
                    if before.id != step.id and all(link.step != before.id for link in links):
                        links.append(_link(pack, rule, pack_link, before.id))
                        links += _follow_up_links(steps, before, pack, rule, pack_link, links)
        result.append(step.model_copy(update={"after": links}) if links != step.after else step)
    return result


def _follow_up_links(steps: list[PlanStep], before: PlanStep, pack: RulePack, rule: Rule, pack_link: PackLink,
                     links: list[StepLink]) -> list[StepLink]:
    """A step after an act also waits for what that act sets going (transfer → update the filing → …)."""
    return [_link(pack, rule, pack_link, s.id) for s in steps
            if any(link.step == before.id for link in s.after) and s.kind == StepKind.act
            and all(link.step != s.id for link in links)]


def _link(pack: RulePack, rule: Rule, pack_link: PackLink, step_id: str) -> StepLink:
    return StepLink(step=step_id, why=pack_link.why, source=source_info(pack, pack_link.source, rule.checked),
                    inference=pack_link.inference)


def _same_item(step: PlanStep, candidates: Iterable[PlanStep]) -> list[PlanStep]:
    """Steps about the same list item as `step` (domains[0] with domains[0]); any item of another list."""
    mine = _LIST_ITEM.match(step.field or "")
    result = []
    for other in candidates:
        theirs = _LIST_ITEM.match(other.field or "")
        if mine and theirs and mine[1] == theirs[1] and mine[2] != theirs[2]:
            continue
        result.append(other)
    return result


def _noted_before_process(steps: list[PlanStep], pack: RulePack) -> list[PlanStep]:
    """A process step's `after:` (Gansu: the ICP filing before the online application) noted on the steps it waits for."""
    notes: dict[str, list[StepLink]] = {}
    for process_step in pack.process.steps:
        for pack_link in process_step.after:
            source: SourceInfo = source_info(pack, pack_link.source, pack.header.reviewed)
            for step in steps:
                if pack_link.rule in step.rule_ids and step.parent is None:
                    notes.setdefault(step.id, []).append(
                        StepLink(step=process_step.id, why=pack_link.why, source=source, inference=pack_link.inference))
    return [s.model_copy(update={"before": notes[s.id]}) if s.id in notes else s for s in steps]
