"""Checks on the people listed: how many match a post, qualification, background or insurance
period (staff_count), and whether every listed person does (each_staff_member).

Qualifications are matched through the pack's `qualifications:` vocabulary (qualifications.py).
checks.py adds these to CHECKS; each returns Outcome like the checks there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..china.regions import BY_ID
from ..china.workdays import add_months, months_between
from ..labels import enum_text, join_texts
from ..rulepack.basics import Bilingual, FindingKind
from ..rulepack.schema import Rule
from .context import Context, Failure, Outcome, _name, _pack_region_name, catalog_texts, checks_of
from .qualifications import holds_any
from .trusted import text as trusted_text


def check_staff_count(ctx: Context, rule: Rule) -> Outcome:
    check = rule.check
    needed = int(ctx.param(check.count))
    qualifications = ctx.param(check.qualifications_any) if check.qualifications_any is not None else None
    region = ctx.pack.header.region if check.social_security_in_pack_region else None
    months = int(ctx.param(check.social_security_months)) if check.social_security_months is not None else None
    qualifying: list[dt.date] = []
    undated: list[str] = []  # match every other filter but lack the province or start date the count needs
    unrecognised: list[str] = []  # qualifications typed by otherwise matching staff that the vocabulary does not accept
    vocabulary = ctx.pack.qualifications
    matches = person_filter(check, qualifications, vocabulary)  # the rule's filters worked out once, not per person
    matches_but_qualifications = person_filter(check, None, vocabulary) if qualifications is not None else None

    def counted(index: int, member: Any) -> tuple[str, Any]:
        """One person's part in the count: ("from", day), ("undated", path), ("unrecognised", names) or ("", None)."""
        if not matches(member):
            if matches_but_qualifications is not None and matches_but_qualifications(member):
                return "unrecognised", member.qualifications
            return "", None
        if region and member.social_security_province != region:
            if member.social_security_province is None:
                return "undated", f"staff[{index}].social_security_province"
            return "", None
        if months is None:
            return "from", ctx.as_of
        if member.social_security_start is not None:
            return "from", add_months(member.social_security_start, months)
        return "undated", f"staff[{index}].social_security_start"

    for how, value in ctx.per_item(rule, "staff", counted):
        if how == "from":
            qualifying.append(value)
        elif how == "undated":
            undated.append(value)
        elif how == "unrecognised":
            unrecognised += value
    qualifying.sort()
    met_on = qualifying[needed - 1] if len(qualifying) >= needed else None
    values = {"required": needed, "actual": sum(1 for d in qualifying if d <= ctx.as_of), "months": months or 0,
              "unrecognised": Bilingual(zh="、".join(unrecognised), en=", ".join(unrecognised)) if unrecognised else None}
    if met_on is not None and met_on <= ctx.as_of:
        return Outcome([], met_on, months is not None)
    if met_on is not None:
        values["met_on"] = met_on
    if not ctx.application.staff:  # nobody listed at all
        return Outcome([Failure("staff", values, missing=True)], None, months is not None)
    if met_on is None and undated and len(qualifying) + len(undated) >= needed:
        # The count could be reached once the missing answers are given: ask for the first of them.
        return Outcome([Failure(undated[0], values, missing=True)], None, months is not None)
    if met_on is not None:  # the people listed reach the count by time alone: say when, and ask for no hire
        return Outcome([Failure("staff", values, texts=_waiting_texts(rule))], met_on, True)
    return Outcome([Failure("staff", values)], met_on, months is not None)


def _waiting_texts(rule: Rule) -> tuple[Bilingual, Bilingual]:
    """The rule's message with the day the count is reached, and a fix that waits instead of hiring
    (the packs' fixes ask for new staff, which is not what a wait needs)."""
    when, fix = catalog_texts("check.staff_count_waits", "check.staff_count_waits_fix")
    return Bilingual(zh=rule.message.zh + when.zh, en=f"{rule.message.en.rstrip()} {when.en}"), fix


def person_filter(check: Any, qualifications: list[str] | None, vocabulary: Any) -> Callable[[Any], bool]:
    """Whether a person passes the check's filters, as a test made once per rule and evaluation;
    qualifications are matched through the pack's vocabulary. (A StrEnum member is equal to its value
    and hashes like it, so posts and backgrounds meet the pack's strings without converting each
    person's list.)"""
    posts, background = frozenset(check.posts_any or ()), frozenset(check.background_any or ())
    full_time, experience = getattr(check, "full_time", None), getattr(check, "industry_experience", None)

    def matches(member: Any) -> bool:
        if posts and posts.isdisjoint(member.posts):
            return False
        if full_time is not None and member.full_time != full_time:
            return False
        if experience is not None and member.industry_experience != experience:
            return False
        if qualifications is not None and not holds_any(member.qualifications, qualifications, vocabulary):
            return False
        return not (background and background.isdisjoint(member.background))

    return matches


def _person(member: Any, index: int) -> Bilingual:
    if member.name:
        return trusted_text(member.name, member.name)
    return trusted_text(f"第{index + 1}位人员", f"staff member no. {index + 1}")


def check_each_staff_member(ctx: Context, rule: Rule) -> Outcome:
    """One failure per person who falls short, saying when they qualify and whether leaving them off helps.

    The check tests one thing, chosen by its parameters: the background (`background_any`),
    else the social-security months (`social_security_months`, counting only people insured
    in the pack's region when `social_security_in_pack_region` is set: a rule without months
    reports the others), else the social-security province.
    """
    check = rule.check
    months = int(ctx.param(check.social_security_months)) if check.social_security_months is not None else None
    region = ctx.pack.header.region if check.social_security_in_pack_region else None
    minimum = int(ctx.param(check.min_staff)) if check.min_staff is not None else None
    failures: list[Failure] = []
    dates: list[dt.date] = []
    posts_any, background_any = set(check.posts_any or ()), set(check.background_any or ())
    leave_out = _leave_out_text(len(ctx.application.staff) - 1, minimum)  # the same for everyone

    def values(member: Any, index: int, **more: Any) -> dict[str, Any]:
        """The message's values, made only for a person who falls short (large staff lists stay fast)."""
        return {"name": _person(member, index), "posts": _joined(tuple(member.posts)),
                "months": months or 0, "leave_out": leave_out, **more}

    def shortfall(index: int, member: Any) -> tuple[Failure | None, dt.date | None]:
        """How one person falls short (None: they do not), and the day they will not."""
        if posts_any and posts_any.isdisjoint(member.posts):
            return None, None
        where = f"staff[{index}]"
        if background_any:
            if background_any.isdisjoint(member.background):
                return Failure(f"{where}.background", values(
                    member, index, required=_joined(tuple(check.background_any)),
                    actual=_joined(tuple(member.background))), missing=not member.background), None
        elif months is None:
            if region and member.social_security_province != region:
                return Failure(f"{where}.social_security_province", values(
                    member, index, actual=_name(BY_ID.get(member.social_security_province or "")),
                    required=_pack_region_name(ctx)), missing=member.social_security_province is None), None
        elif region and member.social_security_province != region:
            return None, None  # insured elsewhere (or province unknown): the province rule reports it
        elif member.social_security_start is None:
            return Failure(f"{where}.social_security_start", values(member, index), missing=True), None
        elif (met_on := add_months(member.social_security_start, months)) > ctx.as_of:
            start = member.social_security_start
            return Failure(f"{where}.social_security_start", values(
                member, index, start=start, elapsed=max(0, months_between(start, ctx.as_of)), met_on=met_on,
                required=months), kind=FindingKind.wait), met_on
        return None, None

    # Between evaluations only the people who changed are looked at again (the rest depends on the rule,
    # the pack, the day and the list's length).
    for failure, day in ctx.per_item(rule, "staff", shortfall):
        if failure is not None:
            failures.append(failure)
        if day is not None:
            dates.append(day)
    met_on = max(dates) if dates and len(dates) == len(failures) else None
    return Outcome(failures, met_on, months is not None)


@lru_cache(maxsize=256)
def _joined(values: tuple[Any, ...]) -> Bilingual:
    """'技术人员、客服专员' for a combination of posts or backgrounds: a few combinations serve hundreds of people."""
    return join_texts([enum_text(value) for value in values])


def _leave_out_text(remaining: int, minimum: int | None) -> Bilingual | str:
    if minimum is None:
        return ""
    if remaining >= minimum:
        return Bilingual(
            zh=f"另一个办法是不把此人列入申请名单：其余{remaining}人仍达到至少{minimum}人的要求，前提是他们仍能承担各必需岗位。",
            en=f"The other way out is to leave this person off the application: the other {remaining} still meet the "
               f"minimum of {minimum}, provided they still cover every required post.",
        )
    return Bilingual(
        zh=f"不列入此人并不可行：其余人员只有{remaining}人，少于要求的{minimum}人。",
        en=f"Leaving this person off is no way out: only {remaining} would remain, fewer than the {minimum} required.",
    )




def member_standing(ctx: Context, rule: Rule, index: int) -> tuple[str, dt.date | None]:
    """How one declared person stands under a staff rule: ("meets", since), ("from", day), ("short", None),
    ("unknown", None) when an answer the rule needs is empty, or ("not_counted", None) when the rule is
    not about them (another post) or another rule reports them (insured elsewhere)."""
    check, member = rule.check, ctx.application.staff[index]
    months = int(ctx.param(check.social_security_months)) if check.social_security_months is not None else None
    region = ctx.pack.header.region if check.social_security_in_pack_region else None
    if check.kind == "each_staff_member":
        if check.posts_any and not {p.value for p in member.posts} & set(check.posts_any):
            return "not_counted", None
        if check.background_any:
            if not member.background:
                return "unknown", None
            return ("meets", None) if {b.value for b in member.background} & set(check.background_any) else ("short", None)
        if months is None:
            if region and member.social_security_province is None:
                return "unknown", None
            return ("meets", None) if not region or member.social_security_province == region else ("short", None)
        if region and member.social_security_province != region:
            return "not_counted", None  # the province rule reports it
    else:
        if check.posts_any and not {p.value for p in member.posts} & set(check.posts_any):
            return "not_counted", None  # the rule counts the holders of its posts only
        qualifications = ctx.param(check.qualifications_any) if check.qualifications_any is not None else None
        if not person_filter(check, qualifications, ctx.pack.qualifications)(member):
            return "short", None
        if region and member.social_security_province != region:
            return ("unknown", None) if member.social_security_province is None else ("short", None)
        if months is None:
            return "meets", None
    if member.social_security_start is None:
        return "unknown", None
    day = add_months(member.social_security_start, months)
    return ("meets", day) if day <= ctx.as_of else ("from", day)


STAFF_CHECKS = checks_of(globals())
