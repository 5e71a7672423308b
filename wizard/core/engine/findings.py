"""From a rule's failures to findings: kind, basis, wording, and one finding per fact."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from typing import Any

from ..application.fieldpaths import page_of
from ..application.model import PAGES
from ..report import BASIS_TEXT, Finding, OpenCounts, SourceInfo
from ..rulepack.basics import BASIS_STRENGTH, Basis, Bilingual, FindingKind, Severity
from ..rulepack.schema import Rule
from .context import Context, Failure
from .missing import missing_texts
from .rendering import render_both
from .sources import act_duration, source_info
from .trusted import trusted

SEVERITY_ORDER = {Severity.blocker: 0, Severity.warning: 1, Severity.info: 2}


def finding_from(ctx: Context, rule: Rule, failure: Failure, time_based: bool) -> Finding:
    values: dict[str, Any] = {"as_of": ctx.as_of, **failure.values}
    if failure.missing:
        kind = FindingKind.missing
        message, fix = missing_texts(rule, failure.path, values)
    else:
        waits = time_based and isinstance(values.get("met_on"), dt.date)
        kind = failure.kind or (FindingKind.wait if waits else rule.kind)
        message, fix = render_both(rule.message, values), render_both(rule.fix, values)
    if failure.texts is not None:
        message, fix = (render_both(text, values) for text in failure.texts)
    sources, basis, duration = _rule_parts(ctx, rule)
    return trusted(  # every value below is already of its field's type: validating 500 findings again cost 3 ms
        Finding,
        id=f"{rule.id}@{failure.path}",
        rule_id=rule.id,
        rule_ids=[rule.id],
        title=rule.title,
        page=_page_of_failure(failure.path, rule.field),
        field=failure.path,
        severity=failure.severity or rule.severity,
        kind=kind,
        message=message,
        fix=fix,
        sources=list(sources),
        basis=basis,
        inference=rule.inference,
        met_on=values.get("met_on") if kind == FindingKind.wait else None,
        typical_duration=duration if kind == FindingKind.act else None,
        doubtful=rule.doubtful,
    )


def _rule_parts(ctx: Context, rule: Rule) -> tuple[list[SourceInfo], Basis, Any]:
    """What every finding of a rule shares — its citations, basis and typical duration — made once per
    rule and evaluation (a rule may fail for each of 500 people)."""
    key = ("rule parts", id(rule))
    parts = ctx.memo.get(key)
    if parts is None:
        sources = [_source(ctx, ref, rule.checked) for ref in rule.sources]
        # The rule's own source states the requirement; `also_sources` only support it, so they never raise the basis.
        basis = Basis.inference if rule.inference is not None else sources[0].basis
        parts = ctx.memo[key] = (sources, basis, act_duration(ctx.pack, rule.typical_duration, rule.checked))
    return parts


def _source(ctx: Context, ref: Any, checked: dt.date) -> SourceInfo:
    """One SourceInfo per citation and evaluation, shared by its findings (it is frozen): a rule that
    fails for each of 500 staff cites its source 500 times."""
    key = (ref.ref, ref.section, ref.section_en, ref.unconfirmed, checked)
    info = ctx.sources.get(key)
    if info is None:
        info = ctx.sources[key] = source_info(ctx.pack, ref, checked)
    return info


@lru_cache(maxsize=8192)  # the same few thousand paths on every evaluation
def _page_of_failure(path: str, rule_field: str) -> str:
    """The page of the field at fault, so that a finding leads to its widget."""
    page = page_of(path)
    return page if page in PAGES else page_of(rule_field)


def fact_key(rule: Rule, failure: Failure) -> tuple[str, str]:
    """Rules that name the same `fact:` about the same item (domains[0], entity …) report one finding;
    so do all rules that need the same empty answer."""
    path = failure.path
    if rule.fact is None:
        return ("missing", path) if failure.missing else (rule.id, path)
    item = path[: path.rindex("]") + 1] if "]" in path else path.split(".", 1)[0]
    return f"fact:{rule.fact}", item


def merge(keyed: list[tuple[tuple[str, str], Finding]], cache: Any = None) -> list[Finding]:
    """One finding per fact: the most severe rule speaks, and every rule's sources are cited. With an
    incremental.EvaluationCache, the same findings of a fact give the same merged finding as last time."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for key, finding in keyed:
        groups.setdefault(key, []).append(finding)
    merged = []
    for group in groups.values():
        if len(group) == 1:
            merged.append(group[0])
        elif cache is None:
            merged.append(_merged(group))
        else:
            merged.append(cache.merged(group, lambda group=group: _merged(group)))
    return merged


def _merged(group: list[Finding]) -> Finding:
    """The merged finding of one fact reported by several rules."""
    primary = min(group, key=lambda f: SEVERITY_ORDER[f.severity])
    others = [f for f in group if f is not primary]
    message = primary.message
    if primary.kind == FindingKind.missing and all(f.kind == FindingKind.missing for f in group):
        message = _missing_for_several(primary, others)
    sources: list[SourceInfo] = list(primary.sources)
    for finding in others:
        sources += [s for s in finding.sources if (s.ref, s.section) not in {(x.ref, x.section) for x in sources}]
    # The basis, reasoning and doubts are those of the rules that make the finding as severe as it is:
    # a guide's warning that needs the same answer does not lend its basis to a blocker.
    peers = [f for f in group if f.severity == primary.severity]
    basis = next(b for b in BASIS_STRENGTH if b in {f.basis for f in peers})
    dates = [f.met_on for f in group if f.met_on]
    return primary.model_copy(update={
        "rule_ids": [primary.rule_id, *(f.rule_id for f in others)],
        "message": message,
        "sources": sources,
        "basis": basis,
        "inference": next((f.inference for f in peers if f.inference), None) if basis == Basis.inference else None,
        "met_on": max(dates) if dates and primary.kind == FindingKind.wait else primary.met_on,
        "typical_duration": (primary.typical_duration or next((f.typical_duration for f in others if f.typical_duration), None))
        if primary.kind == FindingKind.act else None,
        "doubtful": primary.doubtful or next((f.doubtful for f in peers if f.doubtful), None),
    })


def _missing_for_several(primary: Finding, others: list[Finding]) -> Bilingual:
    """One empty answer that several checks need: name them all where the wording names the first."""
    titles = [primary.title, *(f.title for f in others if f.title != primary.title)]
    zh_one, en_one = f"“{primary.title.zh}”", f"“{primary.title.en}”"
    zh_all = "、".join(f"“{t.zh}”" for t in titles)
    en_all = ", ".join(f"“{t.en}”" for t in titles)
    message = primary.message
    if zh_one in message.zh and en_one in message.en:
        return Bilingual(zh=message.zh.replace(zh_one, zh_all, 1), en=message.en.replace(en_one, en_all, 1))
    return message


def open_counts(findings: list[Finding]) -> OpenCounts:
    blockers = [f for f in findings if f.severity == Severity.blocker]
    kinds = Counter(f.kind for f in blockers)
    waits = [f.met_on for f in blockers if f.kind == FindingKind.wait and f.met_on]
    return OpenCounts(
        act=kinds[FindingKind.act],
        wait=kinds[FindingKind.wait],
        structural=kinds[FindingKind.structural],
        missing=kinds[FindingKind.missing],
        waiting_until=max(waits) if waits else None,
        warnings=sum(1 for f in findings if f.severity == Severity.warning),
        notes=sum(1 for f in findings if f.severity == Severity.info),
    )


def basis_counts(findings: list[Finding]) -> dict[Basis, int]:
    counts = Counter(f.basis for f in findings)
    return {basis: counts[basis] for basis in BASIS_TEXT}
