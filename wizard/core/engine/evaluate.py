"""evaluate(application, pack, as_of) → Report."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..fieldpaths import page_of
from ..model import PAGES, Application
from ..report import (
    ChecklistItem,
    Finding,
    PackInfo,
    PageStatus,
    Report,
    SourceInfo,
    TimeCondition,
    Verdict,
)
from ..rulepack.basics import Bilingual, Severity
from ..rulepack.loader import RulePack
from ..rulepack.schema import ScopeOutcome
from .checks import CHECKS, Context, applicable_materials
from .conditions import holds
from .sources import source_info
from .timeline import build_timeline

STALE_AFTER_DAYS = 365
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_SEVERITY_ORDER = {Severity.blocker: 0, Severity.warning: 1, Severity.info: 2}
_ALWAYS_SHOWN = {"scope", "entity", "domains", "servers", "staff", "systems", "credit", "materials"}


def render(template: str, values: dict[str, Any], lang: str = "zh") -> str:
    """Fill {name} placeholders; a pack's text is never run as code or format spec."""

    def value_of(match: re.Match[str]) -> str:
        value = values.get(match[1])
        if value is None:
            return "—"  # e.g. {met_on} when no date can be projected yet
        if isinstance(value, Bilingual):
            return value.get(lang)
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    return _PLACEHOLDER.sub(value_of, template)


def _render_both(text: Bilingual, values: dict[str, Any]) -> Bilingual:
    return Bilingual(zh=render(text.zh, values, "zh"), en=render(text.en, values, "en"))


def _has_data(application: Application, page: str) -> bool:
    section = getattr(application, page)
    if isinstance(section, list):
        return bool(section)
    defaults = type(section)().model_dump()
    return section.model_dump() != defaults


def _stale_pack_finding(pack: RulePack, as_of: dt.date) -> Finding | None:
    pack_id, reviewed = min(pack.reviewed, key=lambda item: item[1])
    if (as_of - reviewed).days <= STALE_AFTER_DAYS:
        return None
    values = {"pack": pack_id, "reviewed": reviewed}
    return Finding(
        rule_id="pack.review_age",
        title=Bilingual(zh="规则可能已过时", en="Rules may be out of date"),
        page="scope",
        field="scope.province",
        severity=Severity.info,
        message=_render_both(
            Bilingual(
                zh="规则包 {pack} 最后核对于 {reviewed}，已超过一年，其中的要求可能已有变化。",
                en="Rule pack {pack} was last reviewed on {reviewed}, more than a year ago; requirements may have changed.",
            ),
            values,
        ),
        fix=Bilingual(
            zh="向当地通信管理局或顾问核实最新要求，或更新程序的规则包。",
            en="Confirm the current requirements with the communications administration, or update the rule packs.",
        ),
        source=SourceInfo(ref=pack_id, title=pack.file, section="pack.reviewed", checked=reviewed),
    )


def _scoping(ctx: Context) -> tuple[list[Finding], bool]:
    """Findings of the scoping rules, and whether the licence is not needed at all."""
    findings = []
    for rule in ctx.pack.scoping:
        if not holds(rule.when, ctx.application):
            continue
        findings.append(
            Finding(
                rule_id=rule.id,
                title=rule.title,
                page="scope",
                field="scope",
                severity=Severity.info,
                message=rule.message,
                fix=rule.fix,
                source=source_info(ctx.pack, rule.source, rule.checked),
            )
        )
        if rule.outcome == ScopeOutcome.not_required:
            return findings, True
    return findings, False


def evaluate(application: Application, pack: RulePack, as_of: dt.date | None = None) -> Report:
    as_of = as_of or dt.date.today()
    ctx = Context(application, pack, as_of)
    findings, not_required = _scoping(ctx)
    stale = _stale_pack_finding(pack, as_of)
    if stale:
        findings.append(stale)
    conditions: list[TimeCondition] = []
    evaluated = failed_blockers = failed_warnings = 0
    if not not_required:
        for rule in pack.rules:
            if rule.when is not None and not holds(rule.when, application):
                continue
            outcome = CHECKS[rule.check.kind](ctx, rule)
            evaluated += 1
            if outcome.failures:
                failed_blockers += rule.severity == Severity.blocker
                failed_warnings += rule.severity == Severity.warning
            if outcome.time_based:
                conditions.append(
                    TimeCondition(
                        rule_id=rule.id,
                        title=rule.title,
                        field=rule.field,
                        met_on=outcome.met_on,
                        met=not outcome.failures,
                    )
                )
            source = source_info(pack, rule.source, rule.checked)
            for failure in outcome.failures:
                findings.append(
                    Finding(
                        rule_id=rule.id,
                        title=rule.title,
                        page=_page_of_failure(failure.path, rule.page),
                        field=failure.path,
                        severity=rule.severity,
                        message=_render_both(rule.message, failure.values),
                        fix=_render_both(rule.fix, failure.values),
                        source=source,
                        met_on=failure.values.get("met_on"),
                        doubtful=rule.doubtful,
                    )
                )
    findings.sort(key=lambda f: (PAGES.index(f.page), _SEVERITY_ORDER[f.severity]))
    verdict = _verdict(findings, not_required)
    readiness = 100 if not evaluated else round(100 * (evaluated - failed_blockers - 0.5 * failed_warnings) / evaluated)
    return Report(
        province=pack.id,
        province_name=pack.header.name,
        authority=pack.header.authority,
        licence_prefix=pack.header.licence_prefix,
        as_of=as_of,
        applicant=application.entity.name,
        verdict=verdict,
        readiness_percent=100 if not_required else max(0, readiness),
        findings=findings,
        pages=_page_statuses(application, pack, findings, not_required),
        checklist=[] if not_required else _checklist(ctx),
        timeline=build_timeline(ctx, conditions, not_required),
        packs=[PackInfo(id=pack_id, reviewed=reviewed) for pack_id, reviewed in pack.reviewed],
    )


def _page_of_failure(path: str, rule_page: str) -> str:
    """The page of the field at fault, so that a finding leads to its widget."""
    page = page_of(path)
    return page if page in PAGES else rule_page


def _verdict(findings: list[Finding], not_required: bool) -> Verdict:
    if not_required:
        return Verdict.licence_not_required
    severities = {f.severity for f in findings}
    if Severity.blocker in severities:
        return Verdict.not_ready
    if Severity.warning in severities:
        return Verdict.ready_with_warnings
    return Verdict.ready


def _page_statuses(
    application: Application, pack: RulePack, findings: list[Finding], not_required: bool
) -> dict[str, PageStatus]:
    shown = _ALWAYS_SHOWN | pack.pages
    statuses = {}
    for page in PAGES:
        severities = {f.severity for f in findings if f.page == page}
        if page not in shown or (not_required and page != "scope"):
            statuses[page] = PageStatus.not_applicable
        elif page != "scope" and not _has_data(application, page):
            statuses[page] = PageStatus.not_started
        elif Severity.blocker in severities:
            statuses[page] = PageStatus.blockers
        elif Severity.warning in severities:
            statuses[page] = PageStatus.warnings
        else:
            statuses[page] = PageStatus.complete
    return statuses


def _checklist(ctx: Context) -> list[ChecklistItem]:
    materials = ctx.application.materials
    return [
        ChecklistItem(
            id=item.id,
            group_id=item.group,
            group=ctx.pack.material_groups[item.group].name,
            name=item.name,
            detail=item.detail,
            status=materials.record(item.id).status,
            owner=materials.record(item.id).owner,
            due=materials.record(item.id).due,
            notes=materials.record(item.id).notes,
            source=source_info(ctx.pack, item.source, item.checked),
        )
        for item in applicable_materials(ctx)
    ]
