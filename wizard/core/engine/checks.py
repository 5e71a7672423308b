"""The closed vocabulary of checks a rule pack can ask for: CHECKS, by the name a rule gives.

The checks of single answers (present, equal to, one of, at least, old enough, ...) and of the
materials are here; those of identifiers, industry lists, staff and cross-checks have their own
modules. Each takes a Context and returns an Outcome (context.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..application.model import MaterialStatus
from ..application.values import format_rmb, normalise_text
from ..china.workdays import add_months, add_years, months_between
from ..labels import ENUM_LABELS, enum_text, join_texts
from ..rulepack.basics import Bilingual, FindingKind
from ..rulepack.schema import Rule
from .conditions import holds
from .context import Context, Failure, Outcome, _empty, _values, catalog_texts, checks_of
from .crosschecks import CROSS_CHECKS
from .identifier_checks import IDENTIFIER_CHECKS
from .industry_checks import INDUSTRY_CHECKS
from .missing import asking_texts
from .staff_checks import STAFF_CHECKS


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)  # enums compare by their value


def _shown(value: Any) -> Any:
    """What a message shows for a value: enum values by their label in each language."""
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    return enum_text(value) if str(_plain(value)) in ENUM_LABELS else value


def _per_value(ctx: Context, rule: Rule, ok: Callable[[Any], bool], values: Callable[[Any], dict] | None = None):
    failures = []
    for path, value in _values(ctx, rule.field):
        if _empty(value):
            failures.append(Failure(path, {"actual": "—", **(values(value) if values else {})}, missing=True))
        elif not ok(value):
            failures.append(Failure(path, {"actual": _shown(value), **(values(value) if values else {})}))
    return Outcome(failures)


def _list_owner(path: str) -> str:
    return path.rsplit("[]", 1)[0] if "[]" in path else path


def check_required(ctx: Context, rule: Rule) -> Outcome:
    return _per_value(ctx, rule, lambda v: True)


def check_equals(ctx: Context, rule: Rule) -> Outcome:
    expected = rule.check.value
    return _per_value(ctx, rule, lambda v: _plain(v) == expected, lambda v: {"required": _shown(expected)})


def check_one_of(ctx: Context, rule: Rule) -> Outcome:
    allowed = rule.check.values
    return _per_value(
        ctx, rule, lambda v: _plain(v) in allowed, lambda v: {"required": join_texts([enum_text(str(a)) for a in allowed])}
    )


def check_none_of(ctx: Context, rule: Rule) -> Outcome:
    forbidden = rule.check.values
    failures = [
        Failure(path, {"actual": _shown(value)})
        for path, value in _values(ctx, rule.field)
        if not _empty(value) and _plain(value) in forbidden
    ]
    return Outcome(failures)


def check_at_least(ctx: Context, rule: Rule) -> Outcome:
    minimum = ctx.param(rule.check.value)
    is_money = rule.field.endswith("_rmb")

    def shown(number: Any) -> Any:
        if not is_money:
            return number
        return Bilingual(zh=format_rmb(int(number), "zh"), en=format_rmb(int(number), "en"))

    return _per_value(
        ctx, rule, lambda v: v >= minimum,
        lambda v: {"required": shown(minimum), **({"actual": shown(v)} if v is not None else {})},
    )


def _collected(ctx: Context, path: str) -> tuple[str, set[str]]:
    found: set[str] = set()
    for _, value in _values(ctx, path):
        items = value if isinstance(value, list) else [value]
        found.update(str(_plain(item)) for item in items if not _empty(item))
    return _list_owner(path), found


def check_contains_all(ctx: Context, rule: Rule) -> Outcome:
    owner, found = _collected(ctx, rule.field)
    missing = [v for v in rule.check.values if v not in found]
    return Outcome([Failure(owner, {"missing": join_texts([enum_text(v) for v in missing])})] if missing else [])


def check_contains_any(ctx: Context, rule: Rule) -> Outcome:
    owner, found = _collected(ctx, rule.field)
    wanted = rule.check.values
    if found & set(wanted):
        return Outcome()
    return Outcome([Failure(owner, {"required": join_texts([enum_text(v) for v in wanted])})])


def check_text_contains_any(ctx: Context, rule: Rule) -> Outcome:
    keywords = [normalise_text(k).lower() for k in ctx.param(rule.check.keywords)]
    return _per_value(
        ctx, rule, lambda v: any(k in normalise_text(str(v)).lower() for k in keywords),
        lambda v: {"required": "、".join(ctx.param(rule.check.keywords))},
    )


def check_same_text_as(ctx: Context, rule: Rule) -> Outcome:
    other = next((v for _, v in _values(ctx, rule.check.other)), None)

    def squash(text: Any) -> str:
        return "".join(normalise_text(str(text)).split()).lower()

    if _empty(other):
        (other_path, _), = _values(ctx, rule.check.other)
        return Outcome([Failure(other_path, {"actual": "—"}, missing=True)])
    return _per_value(ctx, rule, lambda v: squash(v) == squash(other), lambda v: {"other": other})


def check_min_count(ctx: Context, rule: Rule) -> Outcome:
    needed = int(ctx.param(rule.check.count))
    (path, value), = _values(ctx, rule.field)
    count = len(value or [])
    if count >= needed:
        return Outcome()
    return Outcome([Failure(path, {"required": needed, "actual": count}, missing=count == 0)])


def check_months_since(ctx: Context, rule: Rule) -> Outcome:
    months = int(ctx.param(rule.check.months))
    (path, start), = _values(ctx, rule.field)
    if start is None:
        return Outcome([Failure(path, {"required": months, "actual": "—"}, missing=True)], None, True)
    met_on = add_months(start, months)
    values = {"required": months, "met_on": met_on, "start": start, "elapsed": max(0, months_between(start, ctx.as_of))}
    failures = [] if met_on <= ctx.as_of else [Failure(path, values)]
    return Outcome(failures, met_on, True)


def check_no_recent_violations(ctx: Context, rule: Rule) -> Outcome:
    """The list is read only after its question: unanswered, answered "yes" with nothing listed, or "no" with
    violations listed is each a finding of its own, never a clean record."""
    years = int(ctx.param(rule.check.years))
    credit = ctx.application.credit
    values = {"years": years, "title": rule.title}
    if credit.has_violations is None:
        path = "credit.has_violations"
        return Outcome([Failure(path, values, missing=True, texts=asking_texts(rule, path))], None, True)
    if credit.has_violations and not credit.violations:
        return Outcome([Failure("credit.violations", values, missing=True, texts=catalog_texts(
            "check.violations_not_listed", "check.violations_not_listed_fix"))], None, True)
    if not credit.has_violations:
        if not credit.violations:
            return Outcome([], None, True)
        return Outcome([Failure("credit.has_violations", {**values, "count": len(credit.violations)},
                                kind=FindingKind.act, texts=catalog_texts("check.violations_contradict_no",
                                                                                "check.violations_contradict_no_fix"))],
                       None, True)
    latest: dt.date | None = None
    for index, violation in enumerate(credit.violations):
        if violation.kind is None:  # of which kind decides whether the rule counts it: ask, don't skip it
            path = f"credit.violations[{index}].kind"
            return Outcome([Failure(path, values, missing=True, texts=asking_texts(rule, path))], None, True)
        if violation.kind.value not in rule.check.kinds:
            continue
        path = f"credit.violations[{index}].date"
        if violation.date is None:
            return Outcome([Failure(path, {"years": years}, missing=True)], None, True)
        latest = max(latest or violation.date, violation.date)
    if latest is None:
        return Outcome([], None, True)
    met_on = add_years(latest, years) + dt.timedelta(days=1)
    if met_on <= ctx.as_of:
        return Outcome([], met_on, True)
    return Outcome([Failure("credit.violations", {"years": years, "met_on": met_on, "latest": latest})], met_on, True)



def applicable_materials(ctx: Context) -> list:
    """The pack's materials whose conditions hold (asked by materials_ready and by the checklist)."""
    return ctx.shared("materials", lambda ctx: [
        item for item in ctx.pack.materials if item.when is None or holds(item.when, ctx.application)])


def check_materials_ready(ctx: Context, rule: Rule) -> Outcome:
    materials = ctx.application.materials
    open_items = [
        item for item in applicable_materials(ctx)
        if materials.record(item.id).status not in (MaterialStatus.ready, MaterialStatus.not_applicable)
    ]
    if not open_items:
        return Outcome()
    names = join_texts([item.name for item in open_items[:5]])
    if len(open_items) > 5:
        names = Bilingual(zh=names.zh + "…", en=names.en + " …")
    return Outcome([Failure("materials.items", {"actual": len(open_items), "missing": names})])


CHECKS: dict[str, Callable[[Context, Rule], Outcome]] = checks_of(globals())
CHECKS.update(IDENTIFIER_CHECKS)
CHECKS.update(INDUSTRY_CHECKS)
CHECKS.update(STAFF_CHECKS)
CHECKS.update(CROSS_CHECKS)
