"""evaluate(application, pack, as_of) → Report."""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..application.model import PAGES, Application
from ..report import (
    AnswerCompleteness,
    ChecklistItem,
    Finding,
    PackInfo,
    PageStatus,
    Report,
    SourceInfo,
    TimeCondition,
    Verdict,
)
from ..rulepack.basics import Basis, Bilingual, FindingKind, Severity
from ..rulepack.loader import RulePack
from ..rulepack.schema import Rule, ScopeOutcome
from .checks import CHECKS, applicable_materials
from .conditions import holds
from .context import Context
from .findings import SEVERITY_ORDER, basis_counts, fact_key, finding_from, merge, open_counts
from .incremental import EvaluationCache, ReadRecorder, RuleResult
from .rendering import render, render_both  # noqa: F401 - also imported from here
from .sources import source_info
from .timeline import build_timeline
from .trusted import trusted

STALE_AFTER_DAYS = 365
_PAGE_ORDER = {page: number for number, page in enumerate(PAGES)}
_ALWAYS_SHOWN = {"scope", "entity", "domains", "servers", "staff", "systems", "credit", "materials"}


def _has_data(application: Application, page: str) -> bool:
    section = getattr(application, page)
    if isinstance(section, list):
        return bool(section)
    return section != _defaults(type(section))


@lru_cache(maxsize=32)
def _defaults(section_type: type) -> Any:
    """A section as it is before any answer (compared, never changed: the page statuses ask on every edit)."""
    return section_type()


def _stale_pack_finding(pack: RulePack, as_of: dt.date) -> Finding | None:
    pack_id, reviewed = min(pack.reviewed, key=lambda item: item[1])
    if (as_of - reviewed).days <= STALE_AFTER_DAYS:
        return None
    values = {"pack": pack_id, "reviewed": reviewed}
    return Finding(
        id="pack.review_age@scope.province",
        rule_id="pack.review_age",
        rule_ids=["pack.review_age"],
        title=Bilingual(zh="规则可能已过时", en="Rules may be out of date"),
        page="scope",
        field="scope.province",
        severity=Severity.info,
        kind=FindingKind.act,
        basis=Basis.inference,
        message=render_both(
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
        sources=[SourceInfo(ref=pack_id, title=pack.file, section="pack.reviewed", checked=reviewed)],
    )


def _scoping(ctx: Context) -> tuple[list[Finding], bool]:
    """Findings of the scoping rules, and whether the licence is not needed at all."""
    findings = []
    for rule in ctx.pack.scoping:
        if not holds(rule.when, ctx.application):
            continue
        source = source_info(ctx.pack, rule.source, rule.checked)
        findings.append(
            Finding(
                id=f"{rule.id}@scope",
                rule_id=rule.id,
                rule_ids=[rule.id],
                title=rule.title,
                page="scope",
                field="scope",
                severity=Severity.info,
                kind=FindingKind.act,
                message=rule.message,
                fix=rule.fix,
                sources=[source],
                basis=source.basis,
            )
        )
        if rule.outcome == ScopeOutcome.not_required:
            return findings, True
    return findings, False


def evaluate(application: Application, pack: RulePack, as_of: dt.date | None = None,
             cache: EvaluationCache | None = None) -> Report:
    """The report on `application` under `pack` as of a day (today by default). With a `cache` kept
    between calls (incremental.py), rules whose sections have not changed since the last call are not
    checked again; the report is the same as without it."""
    # An evaluation makes tens of thousands of short-lived objects (findings, texts) that reference
    # counting frees; left on, the cyclic collector would run over everything alive many times per
    # evaluation, which in the GUI doubled the time of an edit on a 500-staff application.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _evaluate(application, pack, as_of, cache)
    finally:
        if collecting:
            gc.enable()


def _evaluate(application: Application, pack: RulePack, as_of: dt.date | None,
              cache: EvaluationCache | None = None) -> Report:
    as_of = as_of or dt.date.today()
    ctx = Context(application, pack, as_of, cache=cache)
    findings, not_required = _scoping(ctx)
    stale = _stale_pack_finding(pack, as_of)
    if stale:
        findings.append(stale)
    conditions: list[TimeCondition] = []
    keyed: list[tuple[tuple[str, str], Finding]] = []
    evaluated = unanswered = 0
    if cache is not None:
        cache.start(application, pack, as_of)  # every evaluation: the cache knows changes from one to the next
    if not not_required:
        for number, rule in enumerate(pack.rules):
            result = cache.result(number) if cache is not None else None
            if result is None:
                result = _rule_result(ctx, rule, recording=cache is not None)
                if cache is not None:
                    cache.store(number, result)
            if not result.applied:
                continue
            evaluated += 1
            unanswered += result.unanswered
            if result.condition is not None:
                conditions.append(result.condition)
            keyed += result.keyed
    findings += merge(keyed, cache)
    findings.sort(key=lambda f: (_PAGE_ORDER[f.page], SEVERITY_ORDER[f.severity]))
    return Report(
        province=pack.id,
        province_name=pack.header.name,
        authority=pack.header.authority,
        licence_prefix=pack.header.licence_prefix,
        as_of=as_of,
        applicant=application.entity.name,
        verdict=_verdict(findings, not_required),
        open_counts=open_counts(findings),
        basis_counts=basis_counts(findings),
        answers=AnswerCompleteness(answered=evaluated - unanswered, asked=evaluated),
        findings=findings,
        pages=_page_statuses(application, pack, findings, not_required),
        checklist=[] if not_required else _checklist(ctx),
        timeline=build_timeline(ctx, conditions, findings, not_required) if cache is None else cache.timeline(
            findings, conditions, not_required, lambda: build_timeline(ctx, conditions, findings, not_required)),
        packs=[PackInfo(id=pack_id, reviewed=reviewed) for pack_id, reviewed in pack.reviewed],
    )


def _rule_result(ctx: Context, rule: Rule, recording: bool) -> RuleResult:
    """One rule checked; with `recording`, the sections it read are noted for the cache."""
    recorder = ReadRecorder(ctx.application) if recording else None
    if recorder is not None:
        ctx = replace(ctx, application=recorder)  # type: ignore[arg-type] - reads pass through
    if rule.when is not None and not holds(rule.when, ctx.application):
        return RuleResult(applied=False, read=frozenset(recorder.read) if recorder else frozenset())
    outcome = CHECKS[rule.check.kind](ctx, rule)
    condition = None
    if outcome.time_based:
        condition = TimeCondition(rule_id=rule.id, title=rule.title, field=rule.field, met_on=outcome.met_on,
                                  met=not outcome.failures)
    def keyed_finding(failure: Any) -> tuple[tuple[str, str], Finding]:
        return fact_key(rule, failure), finding_from(ctx, rule, failure, outcome.time_based)

    # a failure kept for an unchanged person (staff_checks.py) keeps its finding
    keyed = [keyed_finding(failure) if ctx.cache is None else ctx.cache.finding(failure, lambda f=failure: keyed_finding(f))
             for failure in outcome.failures]
    return RuleResult(applied=True, unanswered=any(failure.missing for failure in outcome.failures),
                      condition=condition, keyed=keyed, read=frozenset(recorder.read) if recorder else frozenset())


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
    by_page: dict[str, set[Severity]] = {}  # one pass over the findings, not one per page
    for finding in findings:
        by_page.setdefault(finding.page, set()).add(finding.severity)
    for page in PAGES:
        severities = by_page.get(page, set())
        nothing_listed = page == "materials" and not pack.materials  # the baseline has no region's list
        if page not in shown or (not_required and page != "scope") or nothing_listed:
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
    materials, pack = ctx.application.materials, ctx.pack
    items = []
    for item in applicable_materials(ctx):
        record = materials.record(item.id)  # once: an item not in the file makes a fresh default record
        items.append(trusted(  # every value is already of its field's type (tests/core/test_trusted.py)
            ChecklistItem, id=item.id, group_id=item.group, group=pack.material_groups[item.group].name,
            name=item.name, detail=item.detail, status=record.status, owner=record.owner, due=record.due,
            notes=record.notes, source=source_info(pack, item.source, item.checked)))
    return items
