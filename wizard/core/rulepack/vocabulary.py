"""The closed vocabulary of checks a rule may name, and which fields each one can read.

A pack picks a check by `kind` and fills in typed parameters; there is no expression
language. `check_fits_field` refuses, when a pack loads, a check pointed at a field it
cannot read (a date compared as text, a count of something that is not a list).
"""

# No `from __future__ import annotations`: pydantic would evaluate each model field's annotation
# from its text at import (tests/core/test_startup_cost.py).

import datetime as dt
import typing
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from ..application.fieldpaths import describe
from ..application.model import Post, StaffBackground
from ..messages import Reason
from ..runtime.errors import ReasonError
from .basics import Number, ParamRef, Scalar, Strict


class RequiredCheck(Strict):
    kind: Literal["required"]


class EqualsCheck(Strict):
    kind: Literal["equals"]
    value: Scalar


class OneOfCheck(Strict):
    kind: Literal["one_of"]
    values: list[Scalar] = Field(min_length=1)


class NoneOfCheck(Strict):
    kind: Literal["none_of"]
    values: list[Scalar] = Field(min_length=1)


class AtLeastCheck(Strict):
    kind: Literal["at_least"]
    value: Number


class ContainsAllCheck(Strict):
    kind: Literal["contains_all"]
    values: list[str] = Field(min_length=1)


class ContainsAnyCheck(Strict):
    kind: Literal["contains_any"]
    values: list[str] = Field(min_length=1)


class TextContainsAnyCheck(Strict):
    kind: Literal["text_contains_any"]
    keywords: list[str] | ParamRef


class SameTextCheck(Strict):
    kind: Literal["same_text_as"]
    other: str


class MinCountCheck(Strict):
    kind: Literal["min_count"]
    count: Number


class MonthsSinceCheck(Strict):
    """Time-based: the date in the field must be at least N months before the as-of date."""

    kind: Literal["months_since"]
    months: Number


def _known_values(values: list[str] | None, enum: type[StrEnum], code: str) -> list[str] | None:
    unknown = [v for v in values or [] if v not in {e.value for e in enum}]
    if unknown:
        raise ReasonError(code, {"values": ", ".join(map(repr, unknown))})
    return values


class _StaffFilters(Strict):
    @field_validator("posts_any", check_fields=False)
    @classmethod
    def _posts(cls, values: list[str]) -> list[str]:
        return _known_values(values, Post, "pack.unknown_post") or []

    @field_validator("background_any", check_fields=False)
    @classmethod
    def _background(cls, values: list[str] | None) -> list[str] | None:
        return _known_values(values, StaffBackground, "pack.unknown_background")


class StaffCountCheck(_StaffFilters):
    """Time-based when social_security_months is set: counts staff who match every filter."""

    kind: Literal["staff_count"]
    count: Number
    posts_any: list[str] = []
    full_time: bool | None = None
    social_security_months: Number | None = None
    social_security_in_pack_region: bool = False
    qualifications_any: list[str] | ParamRef | None = None  # ids in the pack's `qualifications:` vocabulary
    industry_experience: bool | None = None
    background_any: list[str] | None = None  # StaffBackground values; one of them is enough


class EachStaffMemberCheck(_StaffFilters):
    """Every declared person (of the posts named, if any) must meet the condition; one finding per person.

    `min_staff` is the headcount the pack asks for elsewhere: the finding says whether leaving
    the person off the application would still leave enough people.
    """

    kind: Literal["each_staff_member"]
    posts_any: list[str] = []
    social_security_months: Number | None = None
    social_security_in_pack_region: bool = False
    background_any: list[str] | None = None
    min_staff: Number | None = None


class NoRecentViolationsCheck(Strict):
    """Time-based: no violation of these kinds within N years before the as-of date."""

    kind: Literal["no_recent_violations"]
    kinds: list[str] = Field(min_length=1)
    years: Number


class SimpleCheck(Strict):
    """Cross-checks whose logic needs no parameters."""

    kind: Literal[
        "valid_uscc",
        "uscc_in_pack_region",
        "valid_resident_id",
        "valid_domain",
        "domain_registrant_is_entity",
        "valid_icp_filing",
        "icp_filing_in_pack_region",
        "servers_in_mainland",
        "servers_in_pack_region",
        "industry_matches_district",
        "docking_agreement_where_required",
        "materials_ready",
        # cross-checks between answers, and with the tables in rules/data/ (engine/crosschecks.py)
        "uscc_matches_legal_form",
        "server_province_known",
        "park_known",
        "park_recognised",
        "in_free_trade_zone",
        "province_rules_encoded",
    ]


class DomainSuffixCheck(Strict):
    kind: Literal["domain_suffix"]
    suffixes: list[str] | ParamRef


Check = Annotated[
    RequiredCheck
    | EqualsCheck
    | OneOfCheck
    | NoneOfCheck
    | AtLeastCheck
    | ContainsAllCheck
    | ContainsAnyCheck
    | TextContainsAnyCheck
    | SameTextCheck
    | MinCountCheck
    | MonthsSinceCheck
    | StaffCountCheck
    | EachStaffMemberCheck
    | NoRecentViolationsCheck
    | SimpleCheck
    | DomainSuffixCheck,
    Field(discriminator="kind"),
]

def _kind_of(leaf: Any) -> str:
    """'date', 'number', 'text', 'list', 'flag', 'choice' or 'section' for a field's type."""
    if typing.get_origin(leaf) in (list, dict):
        return "list"
    if leaf is dt.date:
        return "date"
    if leaf is bool:
        return "flag"
    if leaf in (int, float):
        return "number"
    if leaf is str:
        return "text"
    if isinstance(leaf, type) and issubclass(leaf, StrEnum):
        return "choice"
    return "section"


# Which field types each field-reading check accepts; the other checks read fixed fields.
_FITS: dict[str, set[str]] = {
    "required": {"date", "number", "text", "list", "flag", "choice"},
    "equals": {"number", "text", "flag", "choice"},
    "one_of": {"number", "text", "choice"},
    "none_of": {"number", "text", "choice"},
    "at_least": {"number"},
    "contains_all": {"list", "choice", "text"},
    "contains_any": {"list", "choice", "text"},
    "text_contains_any": {"text"},
    "same_text_as": {"text"},
    "min_count": {"list"},
    "months_since": {"date"},
    "valid_uscc": {"text"},
    "valid_resident_id": {"text"},
    "valid_domain": {"text"},
    "valid_icp_filing": {"text"},
}
_SINGLE_VALUE = {"min_count", "months_since", "same_text_as"}


def check_fits_field(check: Any, field: str, leaf: Any, crosses_list: bool) -> None:
    accepted = _FITS.get(check.kind)
    if accepted is None:
        return
    kind = _kind_of(leaf)
    if kind not in accepted:
        raise ReasonError("pack.check_wrong_field_kind",
                          {"check": check.kind, "field": field, "kind": Reason(f"kind.{kind}")})
    if crosses_list and check.kind in _SINGLE_VALUE:
        raise ReasonError("pack.check_needs_single_field", {"check": check.kind, "field": field})
    if kind in ("choice", "text") and check.kind in ("contains_all", "contains_any") and not crosses_list:
        raise ReasonError("pack.check_needs_list", {"check": check.kind})
    if check.kind == "same_text_as":
        other_leaf, other_crosses = describe(check.other)
        if _kind_of(other_leaf) != "text" or other_crosses:
            raise ReasonError("pack.same_text_needs_text", {"other": check.other})
