"""The closed vocabulary of checks a rule pack can ask for.

Each check returns the failures it found (a concrete field path and values
for the message placeholders) and, for time-based checks, the date on which
the condition is or will be met.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .. import identifiers
from ..fieldpaths import resolve
from ..labels import ENUM_LABELS, enum_text, join_texts
from ..messages import Reason
from ..model import Application, MaterialStatus
from ..regions import BY_ID, Region
from ..rulepack.basics import Bilingual, FindingKind
from ..rulepack.loader import RulePack
from ..rulepack.schema import Rule
from ..values import format_rmb, normalise_text
from ..workdays import add_months, add_years, months_between
from .conditions import holds


@dataclass
class Failure:
    path: str
    values: dict[str, Any] = field(default_factory=dict)
    missing: bool = False  # the answer at `path` is empty: the finding asks for it
    kind: FindingKind | None = None  # overrides the rule's kind (e.g. one person waits, another must act)


@dataclass
class Outcome:
    failures: list[Failure] = field(default_factory=list)
    met_on: dt.date | None = None
    time_based: bool = False


@dataclass
class Context:
    application: Application
    pack: RulePack
    as_of: dt.date
    sources: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # findings.py: citations made once
    cache: Any = None  # an incremental.EvaluationCache between evaluations, else None
    memo: dict[Any, Any] = field(default_factory=dict)  # what several rules of one evaluation work out alike

    def param(self, value: Any) -> Any:
        return self.pack.parameter(value)

    def per_item(self, owner: Any, section: str, work: Callable[[int, Any], Any]) -> list[Any]:
        """`work(index, item)` for each item of a list section (staff, servers); between evaluations, only
        for the items that changed. `work` may depend on nothing else but `owner` (the rule), the pack,
        the day and the list's length."""
        items = getattr(self.application, section)
        if self.cache is None:
            return [work(index, item) for index, item in enumerate(items)]
        return self.cache.per_item(owner, section, items, work)

    def shared(self, key: str, compute: Callable[[Context], Any]) -> Any:
        """What several rules of one evaluation work out alike, worked out once. While the cache records
        which sections each rule reads, every rule that uses the value is charged with the reads it took."""
        from .incremental import ReadRecorder

        kept = self.memo.get(key)
        if kept is None:
            application = self.application
            real = application._application if isinstance(application, ReadRecorder) else application
            recorder = ReadRecorder(real)
            kept = self.memo[key] = (compute(replace(self, application=recorder)), frozenset(recorder.read))
        value, read = kept
        if isinstance(self.application, ReadRecorder):
            self.application.read |= read
        return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)  # enums compare by their value


def _shown(value: Any) -> Any:
    """What a message shows for a value: enum values by their label in each language."""
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    return enum_text(value) if str(_plain(value)) in ENUM_LABELS else value


def _values(ctx: Context, path: str) -> list[tuple[str, Any]]:
    return list(resolve(ctx.application, path))


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
    years = int(ctx.param(rule.check.years))
    latest: dt.date | None = None
    for index, violation in enumerate(ctx.application.credit.violations):
        if violation.kind is None or violation.kind.value not in rule.check.kinds:
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


def check_valid_uscc(ctx: Context, rule: Rule) -> Outcome:
    return _invalid_values(ctx, rule, identifiers.uscc_problem)


def check_valid_resident_id(ctx: Context, rule: Rule) -> Outcome:
    return _invalid_values(ctx, rule, identifiers.resident_id_problem)


def check_valid_domain(ctx: Context, rule: Rule) -> Outcome:
    return _invalid_values(ctx, rule, identifiers.domain_problem)


def check_valid_icp_filing(ctx: Context, rule: Rule) -> Outcome:
    return _invalid_values(ctx, rule, lambda number: identifiers.icp_filing_region(number)[1])


def _invalid_values(ctx: Context, rule: Rule, problem: Callable[[str], Reason | None]) -> Outcome:
    """Format checks skip empty fields: a `required` rule reports those. {reason} is the
    identifier check's own reason, in the language the message is rendered in."""
    failures = []
    for path, value in _values(ctx, rule.field):
        reason = None if _empty(value) else problem(str(value))
        if reason:
            failures.append(Failure(path, {"actual": value, "reason": _bilingual(reason)}))
    return Outcome(failures)


def _bilingual(reason: Reason) -> Bilingual:
    return Bilingual(zh=reason.full("zh"), en=reason.full("en"))


@lru_cache(maxsize=128)
def _name(region: Region | None) -> Bilingual:
    """A region's name; one frozen text per region serves every person and server insured or hosted there."""
    return Bilingual(zh=region.zh, en=region.en) if region else Bilingual(zh="—", en="—")


def _pack_region_name(ctx: Context) -> Bilingual:
    return _name(BY_ID.get(ctx.pack.header.region or ""))


def check_uscc_in_pack_region(ctx: Context, rule: Rule) -> Outcome:
    code = ctx.application.entity.uscc
    if not code or identifiers.uscc_problem(code):
        return Outcome()  # malformed codes are reported by valid_uscc
    region = identifiers.uscc_region(code)
    if region is not None and region.id == ctx.pack.header.region:
        return Outcome()
    return Outcome([Failure("entity.uscc", {"actual": _name(region), "required": _pack_region_name(ctx)})])


def check_icp_filing_in_pack_region(ctx: Context, rule: Rule) -> Outcome:
    failures = []
    for index, domain in enumerate(ctx.application.domains):
        if not domain.icp_filing_number:
            continue
        region, problem = identifiers.icp_filing_region(domain.icp_filing_number)
        if problem is None and region is not None and region.id != ctx.pack.header.region:
            failures.append(
                Failure(f"domains[{index}].icp_filing_number", {"actual": _name(region), "required": _pack_region_name(ctx)})
            )
    return Outcome(failures)


def check_domain_suffix(ctx: Context, rule: Rule) -> Outcome:
    allowed = [s if s.startswith(".") else "." + s for s in ctx.param(rule.check.suffixes)]
    failures = []
    for index, domain in enumerate(ctx.application.domains):
        if not domain.name or identifiers.domain_problem(domain.name):
            continue
        suffix = identifiers.domain_suffix(domain.name)
        if not any(suffix == s or suffix.endswith(s) for s in allowed):
            failures.append(Failure(f"domains[{index}].name", {"actual": suffix, "required": " ".join(allowed)}))
    return Outcome(failures)


def check_domain_registrant_is_entity(ctx: Context, rule: Rule) -> Outcome:
    company = ctx.application.entity.name
    failures = []
    for index, domain in enumerate(ctx.application.domains):
        registrant, path = domain.registrant, f"domains[{index}].registrant"
        if not registrant:
            failures.append(Failure(path, {"actual": "—", "required": company or "—"}, missing=True))
        elif company and normalise_text(registrant) != normalise_text(company):
            failures.append(Failure(path, {"actual": registrant, "required": company}))
    return Outcome(failures)  # without a company name there is nothing to compare: the name rule asks for it


def _district(ctx: Context):
    """The pack's district the applicant named: by id, full name, or a short name such as 浦东."""
    wanted = (ctx.application.entity.district or "").strip()
    if not wanted:
        return None
    exact = next((d for d in ctx.pack.districts if wanted in (d.id, d.name.zh, d.name.en)), None)
    if exact or len(wanted) < 2:
        return exact
    short = [d for d in ctx.pack.districts if d.name.zh.startswith(wanted)]
    return short[0] if len(short) == 1 else None


def _scene(ctx: Context):
    wanted = ctx.application.industry.scene
    return next((s for s in ctx.pack.scenes.values() if wanted in (s.id, s.name.zh, s.name.en)), None)


def check_industry_matches_district(ctx: Context, rule: Rule) -> Outcome:
    district, scene = _district(ctx), _scene(ctx)
    entered_district, entered_scene = ctx.application.entity.district, ctx.application.industry.scene
    if district is None:
        status = Bilingual(zh=f"所在区/市“{entered_district}”不在指南列出的区/市之中",
                           en=f"the district or city “{entered_district}” is not one the guide lists")
        values = {"actual": entered_district or "—", "status": status}
        return Outcome([Failure("entity.district", values, missing=not entered_district)])
    if scene is None:
        status = Bilingual(zh=f"产业场景“{entered_scene}”不在本省规则包的场景之中",
                           en=f"the industry scene “{entered_scene}” is not one of this province's scenes")
        values = {"actual": entered_scene or "—", "status": status}
        return Outcome([Failure("industry.scene", values, missing=not entered_scene)])
    if district.scenes and scene.id not in district.scenes:
        names = join_texts([ctx.pack.scenes[s].name for s in district.scenes])
        status = Bilingual(zh=f"指南没有把“{scene.name.zh}”列为{district.name.zh}的场景（列出的是：{names.zh}）",
                           en=f"the guide does not list “{scene.name.en}” for {district.name.en} (it lists: {names.en})")
        return Outcome([Failure("industry.scene", {"actual": scene.name, "required": names, "status": status})])
    return Outcome()


def check_docking_agreement_where_required(ctx: Context, rule: Rule) -> Outcome:
    scene = _scene(ctx)
    required = [p for p in (scene.platforms if scene else []) if p.required]
    if not required:
        return Outcome()
    industry = ctx.application.industry
    chosen = next((p for p in required if industry.docking_platform in (p.id, p.name.zh, p.name.en)), None)
    names = join_texts([p.name for p in required])
    if chosen is None:
        entered = industry.docking_platform
        status = Bilingual(zh=f"所选的对接平台是“{entered}”，不是要求的平台",
                           en=f"the platform chosen is “{entered}”, not the one required") if entered else "—"
        values = {"required": names, "actual": entered or "—", "status": status}
        return Outcome([Failure("industry.docking_platform", values, missing=not entered)])
    if not industry.docking_agreement:
        status = Bilingual(zh="已选择该平台，但尚未签订合作协议", en="the platform is chosen, but no agreement is signed yet")
        return Outcome([Failure("industry.docking_agreement", {"required": chosen.name, "status": status})])
    return Outcome()


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


CHECKS: dict[str, Callable[[Context, Rule], Outcome]] = {
    name.removeprefix("check_"): function
    for name, function in globals().items()
    if name.startswith("check_") and callable(function)
}

# The staff and cross-checks build on Context, Failure and Outcome above, so they are imported last.
from .crosschecks import CROSS_CHECKS  # noqa: E402
from .staff_checks import STAFF_CHECKS  # noqa: E402

CHECKS.update(STAFF_CHECKS)
CHECKS.update(CROSS_CHECKS)
