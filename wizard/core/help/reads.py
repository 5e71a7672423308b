"""Which answers a rule reads: its `field:`, the fields its `when:` tests, and what its check reads besides.

The help beside each question lists the rules of the chosen province that read it, so a rule added
to a pack appears there with no code. What a check reads besides its field is part of the closed
vocabulary (rulepack/vocabulary.py; rules/README.md's table says the same).
"""

from __future__ import annotations

from typing import Literal

from ..application.fieldpaths import generic
from ..rulepack.schema import Condition, Rule, ScopingRule

How = Literal["checks", "applies_when"]

# Checks that read more than the field they are attached to.
_ALSO_READS: dict[str, tuple[str, ...]] = {
    "domain_registrant_is_entity": ("entity.name",),
    "uscc_matches_legal_form": ("entity.uscc", "entity.legal_form"),
    "server_province_known": ("servers[].country", "servers[].province", "servers[].city"),
    "servers_in_mainland": ("servers[].country", "servers[].province", "servers[].city"),
    "servers_in_pack_region": ("servers[].country", "servers[].province", "servers[].city"),
    "park_known": ("industry.park", "entity.registered_address"),
    "park_recognised": ("industry.park", "entity.registered_address"),
    "in_free_trade_zone": ("industry.park", "entity.registered_address"),
    "industry_matches_district": ("entity.district", "industry.scene"),
    "docking_agreement_where_required": ("industry.scene", "industry.docking_platform", "industry.docking_agreement"),
    "no_recent_violations": ("credit.has_violations", "credit.violations[].date", "credit.violations[].kind"),
}
# A staff check's filters, and the part of each person they read.
_STAFF_FILTERS = {
    "posts_any": "posts", "full_time": "full_time", "social_security_months": "social_security_start",
    "social_security_in_pack_region": "social_security_province", "qualifications_any": "qualifications",
    "industry_experience": "industry_experience", "background_any": "background",
}


def condition_fields(condition: Condition | None) -> set[str]:
    if condition is None:
        return set()
    found = {generic(condition.field)} if condition.field else set()
    for part in (condition.all or []) + (condition.any or []) + ([condition.not_] if condition.not_ else []):
        found |= condition_fields(part)
    return found


def checked_fields(rule: Rule) -> set[str]:
    """The answers a rule's check reads (not its `when:`)."""
    fields = {generic(rule.field)}
    check = rule.check
    fields.update(_ALSO_READS.get(check.kind, ()))
    if check.kind == "same_text_as":
        fields.add(generic(check.other))
    if check.kind in ("staff_count", "each_staff_member"):
        for parameter, part in _STAFF_FILTERS.items():
            value = getattr(check, parameter, None)
            if value not in (None, False, []):
                fields.add(f"staff[].{part}")
        if check.kind == "each_staff_member" and check.social_security_months is not None:
            fields.add("staff[].social_security_province")  # people insured elsewhere are left to the province rule
    return fields


def reads(rule: Rule | ScopingRule) -> dict[str, How]:
    """Every answer the rule reads, with how: the check reads it, or it decides whether the rule applies."""
    if isinstance(rule, ScopingRule):  # its condition is what it decides on
        return {path: "checks" for path in condition_fields(rule.when)}
    found: dict[str, How] = {path: "applies_when" for path in condition_fields(rule.when)}
    if isinstance(rule, Rule):
        found.update({path: "checks" for path in checked_fields(rule)})
    return found
