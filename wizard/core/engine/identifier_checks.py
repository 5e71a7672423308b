"""Checks of registration numbers and domains: each one well formed (USCC, resident ID, domain,
ICP filing number), issued in the pack's province, and the domains' suffixes and registrant."""

from __future__ import annotations

from collections.abc import Callable

from ..application.values import normalise_text
from ..china import identifiers
from ..messages import Reason
from ..rulepack.basics import Bilingual
from ..rulepack.schema import Rule
from .context import Context, Failure, Outcome, _empty, _name, _pack_region_name, _values, checks_of


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


IDENTIFIER_CHECKS = checks_of(globals())
