"""The quickest compliant option for the staff conditions, worked out by re-evaluating the application.

For each staff rule: who among the declared people meets it, and from when. Then, for the people
who hold up the filing date: does leaving one off the application, or giving their post to someone
else, bring the date forward while every count is still met? Each variant is evaluated like the
application itself; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from ..application.model import Application, Post
from ..china.workdays import next_workday
from ..engine.conditions import holds
from ..engine.context import Context
from ..engine.evaluate import evaluate
from ..engine.staff_checks import _person, member_standing
from ..labels import enum_text
from ..report import Report
from ..rulepack.basics import Basis, Bilingual, Severity
from ..rulepack.loader import RulePack
from ..rulepack.schema import Rule
from .model import Consequence, PlanStep, StaffOption, StaffPlan, StaffStanding, StepKind
from .wording import consequence_text

STAFF_CHECKS = ("staff_count", "each_staff_member")
MAX_VARIANTS = 24  # each is a full evaluation; a 500-person application still answers quickly
_PERSON = re.compile(r"^staff\[(\d+)\]")


def staff_rules(application: Application, pack: RulePack) -> list[Rule]:
    return [r for r in pack.rules if r.check.kind in STAFF_CHECKS and (r.when is None or holds(r.when, application))]


def staff_plan(application: Application, pack: RulePack, report: Report) -> StaffPlan | None:
    rules = staff_rules(application, pack)
    if not rules or not application.staff:
        return None
    ctx = Context(application, pack, report.as_of)
    standings = []
    for rule in rules:
        for index, member in enumerate(application.staff):
            status, day = member_standing(ctx, rule, index)
            if status != "not_counted":
                standings.append(StaffStanding(rule_id=rule.id, rule_title=rule.title, person=index, name=member.name,
                                               status=status, on=day))
    blocking = {rule_id for f in report.findings if f.severity == Severity.blocker for rule_id in f.rule_ids}
    counted_late = [s for s in standings if s.status == "from" and s.rule_id in blocking]
    late = _holding_up(report, counted_late)
    options = _options(application, pack, report, rules, late) if late else []
    short = [f for f in report.findings if f.severity == Severity.blocker and f.field == "staff"]
    return StaffPlan(standings=standings, options=options, summary=_summary(late, options, short))


def _holding_up(report: Report, counted_late: list[StaffStanding]) -> list[int]:
    """People with a blocking finding of their own, or counted by a blocking rule only from a later day;
    the latest to clear first (no date: first of all)."""
    latest: dict[int, dt.date] = {}
    for finding in report.findings:
        match = _PERSON.match(finding.field)
        if match and finding.severity == Severity.blocker:
            person = int(match[1])
            day = finding.met_on or dt.date.max
            latest[person] = max(latest.get(person, day), day)
    for standing in counted_late:
        assert standing.on is not None
        latest[standing.person] = max(latest.get(standing.person, standing.on), standing.on)
    return sorted(latest, key=lambda p: latest[p], reverse=True)


def filing_bound(report: Report) -> tuple[dt.date, bool]:
    """The earliest filing date, or else the day it cannot be before (at the earliest the next working day);
    and whether it is a date."""
    filing = report.timeline.filing
    if filing.date:
        return filing.date, True
    return filing.not_before or next_workday(report.as_of)[0], False


def _failing(report: Report) -> dict[str, str]:
    """Staff rules that block, with the first such finding's message (zh|en joined)."""
    failing: dict[str, str] = {}
    for finding in report.findings:
        if finding.severity == Severity.blocker and finding.page == "staff":
            for rule_id in finding.rule_ids:
                failing.setdefault(rule_id, finding.id)
    return failing


def _options(application: Application, pack: RulePack, report: Report, rules: list[Rule],
             late: list[int]) -> list[StaffOption]:
    posts = sorted({p for r in rules for p in r.check.posts_any})
    variants: list[tuple[str, list[int], int | None, str | None, Application]] = []
    staff = application.staff
    for person in late:
        variants.append((f"leave_off:{person}", [person], None, None, _without(application, [person])))
    if len(late) > 1:
        variants.append(("leave_off:" + ",".join(map(str, late)), list(late), None, None, _without(application, late)))
    for post in posts:
        holders = [p for p in late if post in {x.value for x in staff[p].posts}]
        others = [i for i in range(len(staff)) if i not in late and post not in {x.value for x in staff[i].posts}]
        for holder in holders:
            for other in others:
                moved = _reassigned(application, post, holder, other)
                variants.append((f"reassign:{post}:{holder}>{other}", [holder], other, post, moved))
                variants.append((f"leave_off+reassign:{post}:{holder}>{other}", [holder], other, post,
                                 _without(moved, [holder])))
    before, before_dated = filing_bound(report)
    failing = _failing(report)
    counts = {r.id for r in rules if r.check.kind == "staff_count"}
    options = []
    for key, people, to, post, variant in variants[:MAX_VARIANTS]:
        result = evaluate(variant, pack, report.as_of)
        after, after_dated = filing_bound(result)
        now_failing = _failing(result)
        broken = [rule_id for rule_id in now_failing if rule_id in counts or rule_id not in failing]
        why_not = None
        if broken:
            finding = result.finding(now_failing[broken[0]])
            why_not = _sentence(finding.message) if finding else None
        gain = (before - after).days if before and after else None
        consequence = Consequence(
            choice=_choice(application, key, people, to, post), filing_before=before, filing_after=after,
            before_is_date=before_dated, after_is_date=after_dated, gain_days=gain, compliant=not broken,
            why_not=why_not)
        options.append(StaffOption(key=key, people=people, to=to, post=post, consequence=consequence))
    return sorted(options, key=lambda o: (not _helps(o), o.consequence.filing_after or dt.date.max, _changes(o)))


def _changes(option: StaffOption) -> int:
    """How much a variant changes: leaving one person off is 1, moving a post 1, both 2."""
    return len(option.people) + (option.to is not None) - (option.key.startswith("reassign:"))


def _helps(option: StaffOption) -> bool:
    c = option.consequence
    return c.compliant and (bool(c.gain_days and c.gain_days > 0) or (c.after_is_date and not c.before_is_date))


def _without(application: Application, people: list[int]) -> Application:
    return application.model_copy(update={"staff": [m for i, m in enumerate(application.staff) if i not in people]})


def _reassigned(application: Application, post: str, holder: int, other: int) -> Application:
    staff = list(application.staff)
    staff[holder] = staff[holder].model_copy(update={"posts": [p for p in staff[holder].posts if p.value != post]})
    staff[other] = staff[other].model_copy(update={"posts": [*staff[other].posts, Post(post)]})
    return application.model_copy(update={"staff": staff})


def _choice(application: Application, key: str, people: list[int], to: int | None, post: str | None) -> Bilingual:
    names = [_person(application.staff[p], p) for p in people]
    who = Bilingual(zh="、".join(n.zh for n in names), en=" and ".join(n.en for n in names))
    if key.startswith("leave_off:"):
        return Bilingual(zh=f"不把{who.zh}列入申请名单", en=f"leave {who.en} off the application")
    assert to is not None and post is not None
    other, role = _person(application.staff[to], to), enum_text(Post(post))
    if key.startswith("reassign:"):
        return Bilingual(zh=f"改由{other.zh}担任{role.zh}（{who.zh}不再担任）",
                         en=f"make {other.en} the {role.en.lower()} instead of {who.en}")
    return Bilingual(zh=f"改由{other.zh}担任{role.zh}，并且不把{who.zh}列入申请名单",
                     en=f"make {other.en} the {role.en.lower()} and leave {who.en} off the application")


def _summary(late: list[int], options: list[StaffOption], short: list) -> Bilingual:
    if not late and short:
        titles = Bilingual(zh="、".join(f"“{f.title.zh}”" for f in short), en=", ".join(f"“{f.title.en}”" for f in short))
        return Bilingual(
            zh=f"名单上的每个人自己都满足要求，但整个名单还不满足{titles.zh}：需要增加或调整人员（见“现在就做”）。",
            en=f"Each person listed meets what applies to them, but the list as a whole falls short of {titles.en}: "
               "people must be added or posts changed (see “Do now”).",
        )
    if not late:
        return Bilingual(zh="申报的每个人都已满足各项人员要求，人员不影响提交日期。",
                         en="Everyone listed meets every staff requirement; the staff do not hold up the filing date.")
    best = next((o for o in options if _helps(o)), None)
    if best is not None:
        text = consequence_text(best.consequence)
        return Bilingual(zh=f"最快的合规方案：{best.consequence.choice.zh}：{text.zh}。",
                         en=f"Quickest compliant option: {best.consequence.choice.en}: {text.en}.")
    tried = [o for o in options if not o.key.startswith("leave_off+")][:3]
    reasons = _tried_texts(tried)
    reasons_zh, reasons_en = "；".join(r.zh for r in reasons), "; ".join(r.en for r in reasons)
    return Bilingual(
        zh=f"调整人员名单不能在满足各项人员要求的前提下提前提交日期。试过的方案：{reasons_zh}。",
        en=f"No change to the staff list brings the filing date forward while every staff requirement is met. "
           f"Tried: {reasons_en}.",
    )


def staff_decisions(staff: StaffPlan | None) -> list[PlanStep]:
    """A decide step for each compliant staff option that brings the date forward (the best three)."""
    if staff is None:
        return []
    steps: list[PlanStep] = []
    kept: list[StaffOption] = []
    for option in (o for o in staff.options if _helps(o)):
        earliest = min((k.consequence.filing_after or dt.date.max for k in kept), default=dt.date.max)
        if len(kept) == 3 or (option.consequence.filing_after or dt.date.max) >= earliest:
            continue  # a simpler change already does as well
        kept.append(option)
        c = option.consequence
        text = consequence_text(c)
        steps.append(PlanStep(
            id=f"decide:{option.key}", kind=StepKind.decide,
            title=Bilingual(zh=f"是否{c.choice.zh}", en=f"Whether to {c.choice.en}"),
            message=Bilingual(zh=f"如果{c.choice.zh}：{text.zh}。", en=f"If you {c.choice.en}: {text.en}."),
            fix=Bilingual(zh="决定采用后，在“人员”页相应修改名单或岗位，计划会随之更新。",
                          en="If you choose it, change the list or the posts on the Staff page; the plan follows."),
            page="staff", field=f"staff[{option.people[0]}]", blocking=False, severity=Severity.info,
            basis=Basis.inference, inference=True, consequences=[c],
        ))
    return steps


def _tried_texts(tried: list[StaffOption]) -> list[Bilingual]:
    """'choice — result' for each option tried; options that fail for the same reason share one result,
    so that the same quoted finding is not repeated for each of them."""
    groups: dict[tuple[str, str], list[StaffOption]] = {}
    for option in tried:
        text = consequence_text(option.consequence)
        groups.setdefault((text.zh, text.en), []).append(option)
    texts = []
    for (result_zh, result_en), group in groups.items():
        choices = [o.consequence.choice for o in group]
        if len(group) == 1:
            texts.append(Bilingual(zh=f"{choices[0].zh}——{result_zh}", en=f"to {choices[0].en} — {result_en}"))
            continue
        reason = group[0].consequence.why_not
        if group[0].consequence.compliant or reason is None:
            alike = Bilingual(zh=f"——结果相同：{result_zh}", en=f" — each alike: {result_en}")
        else:
            alike = Bilingual(zh=f"——均不可行，每种改法重新检查的结果都是：{reason.zh}",
                              en=f" — none is an option; checked again, each gives: “{reason.en}”")
        *first, last = [c.en for c in choices]
        texts.append(Bilingual(zh="，或".join(c.zh for c in choices) + alike.zh,
                               en="to " + ", to ".join(first) + f" or to {last}" + alike.en))
    return texts


def _sentence(text: Bilingual) -> Bilingual:
    """A message quoted inside another sentence: its first sentence (what falls short), without the stop."""
    return Bilingual(zh=text.zh.split("。")[0], en=text.en.split(". ")[0].rstrip("."))
