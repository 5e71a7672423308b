"""What a rule pack may contain. A pack is data: rules that name a check from a closed
vocabulary (vocabulary.py) with typed parameters, validated on load. Nothing in a pack is ever executed."""

# No `from __future__ import annotations`: pydantic would evaluate each model field's annotation
# from its text at import (tests/core/test_startup_cost.py).

import datetime as dt
import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..application.fieldpaths import describe, page_of
from ..application.model import PAGES
from ..runtime.errors import ReasonError
from .basics import (
    Bilingual,
    FindingKind,
    Identifier,
    Number,
    Parameter,
    Scalar,
    Severity,
    Source,
    SourceRef,
    Strict,
    TypicalDuration,
)
from .vocabulary import Check, check_fits_field

# --- conditions (when) ------------------------------------------------------


class Condition(Strict):
    """One test on a field, or a combination. Exactly one form per condition."""

    field: str | None = None
    equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    contains: Scalar | None = None
    is_set: bool | None = None
    all: "list[Condition] | None" = None  # quoted: the class refers to itself
    any: "list[Condition] | None" = None
    not_: "Condition | None" = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _one_form(self) -> "Condition":
        combinators = [c for c in (self.all, self.any, self.not_) if c is not None]
        tests = [t for t in (self.equals, self.in_, self.contains, self.is_set) if t is not None]
        if self.field is None:
            if len(combinators) != 1 or tests:
                raise ReasonError("pack.condition_form")
        else:
            if combinators or len(tests) != 1:
                raise ReasonError("pack.condition_one_test")
            describe(self.field)
        return self


class MissingAnswer(Strict):
    """What a rule says when the field it reads is empty (otherwise the engine words it from the field's label)."""

    message: Bilingual
    fix: Bilingual


class StepLink(Strict):
    """A step that must come first, and why (the plan draws it as a dependency)."""

    rule: Identifier  # the rule whose open finding is that step
    why: Bilingual
    source: SourceRef
    inference: bool = False  # the source supports the order without stating it: the program's reading


class FollowUp(Strict):
    """What a rule's act sets going once it is done: a further act (update the ICP filing after the
    domain is transferred) or a wait counted from that day (a new hire's social-security months)."""

    id: Identifier
    kind: Literal["act", "wait"]
    title: Bilingual
    detail: Bilingual
    typical_duration: TypicalDuration | None = None  # an act, where a source states how long it takes
    months: Number | None = None  # a wait: months from the day the act is done
    source: SourceRef
    inference: bool = False  # the source supports the step without stating it: the program's reading
    unless_open: list[Identifier] = []  # not needed while these rules are open for the same item (their act covers it)

    @model_validator(mode="after")
    def _fields_for_kind(self) -> "FollowUp":
        if self.kind == "wait" and (self.months is None or self.typical_duration is not None):
            raise ReasonError("pack.follow_up_wait_months")
        if self.kind == "act" and self.months is not None:
            raise ReasonError("pack.follow_up_act_months")
        return self


class Rule(Strict):
    id: Identifier
    title: Bilingual
    field: str
    severity: Severity
    check: Check
    when: Condition | None = None
    message: Bilingual  # the answer is given and falls short: say so with the actual values
    fix: Bilingual
    when_missing: MissingAnswer | None = None  # the answer is empty
    # What clearing it takes when the answer falls short (a time-based check that can name the
    # date makes it `wait` on its own; an empty answer is always `missing`).
    kind: FindingKind = FindingKind.act
    typical_duration: TypicalDuration | None = None  # for an act, where a source states one
    fact: Identifier | None = None  # rules naming the same fact about the same item report one finding
    source: SourceRef
    also_sources: list[SourceRef] = []  # further sources for the same requirement
    inference: Bilingual | None = None  # the program's own reasoning, where no source states the rule itself
    checked: dt.date
    doubtful: Bilingual | None = None  # why a consultancy claim is treated with care
    replaces: list[Identifier] = []  # national rules this province rule supersedes
    after: list[StepLink] = []  # the plan: open steps of these rules come first
    then: list[FollowUp] = []  # the plan: what follows once this rule's act is done

    @property
    def sources(self) -> list[SourceRef]:
        return [self.source, *self.also_sources]

    @field_validator("kind")
    @classmethod
    def _declared_kind(cls, kind: FindingKind) -> FindingKind:
        if kind not in (FindingKind.act, FindingKind.structural):
            raise ReasonError("pack.rule_kind_declared")
        return kind

    @model_validator(mode="after")
    def _duration_for_acts(self) -> "Rule":
        if self.typical_duration is not None and self.kind != FindingKind.act:
            raise ReasonError("pack.duration_needs_act")
        return self

    @field_validator("field")
    @classmethod
    def _field_known(cls, field: str) -> str:
        describe(field)
        if page_of(field) not in PAGES:
            raise ReasonError("pack.field_not_on_page", {"field": field})
        return field

    @field_validator("check")
    @classmethod
    def _check_fits(cls, check: Any, info: ValidationInfo) -> Any:
        field = info.data.get("field")
        if field is not None:  # an unknown field was reported already
            leaf, crosses_list = describe(field)
            check_fits_field(check, field, leaf, crosses_list)
        return check

    @property
    def page(self) -> str:
        return page_of(self.field)


class ScopeOutcome(StrEnum):
    not_required = "not_required"
    possibly_not_required = "possibly_not_required"


class ScopingRule(Strict):
    """Decides whether the licence is needed at all; the first match applies."""

    id: Identifier
    when: Condition
    outcome: ScopeOutcome
    title: Bilingual
    message: Bilingual
    fix: Bilingual
    source: SourceRef
    checked: dt.date


# --- industry geography -------------------------------------------------------


class Platform(Strict):
    id: Identifier
    name: Bilingual
    required: bool = False
    source: SourceRef


class Scene(Strict):
    id: Identifier
    name: Bilingual
    platforms: list[Platform] = []
    source: SourceRef  # where the guide names the scene


class District(Strict):
    id: Identifier
    name: Bilingual
    scenes: list[Identifier] = []
    source: SourceRef  # where the guide names the district, and ties it to its scenes


class Zone(Strict):
    """A named area a pack cares about (a recognised park, a free-trade-zone area) and the
    names the park field or an address uses for it. Matching is by name only: no map."""

    id: Identifier
    kind: Literal["recognised_park", "free_trade_zone"]
    name: Bilingual
    names: list[str] = Field(min_length=1)  # spellings matched in industry.park and the registered address
    districts: list[Identifier] = []  # the pack's districts the area lies in (empty: not known)
    in_free_trade_zone: Identifier | None = None  # a park overlapping an FTZ area (by name: the program's inference)
    source: SourceRef
    note: Bilingual | None = None


# --- qualifications -------------------------------------------------------------


class Qualification(Strict):
    """A certificate and the spellings applicants write it in (English, Chinese, variants).
    A province entry with a national entry's id adds its names to that entry."""

    id: Identifier
    name: Bilingual
    names: list[str] = Field(min_length=1)
    issuer: str | None = None
    source: SourceRef


# --- materials, process, obligations -----------------------------------------


class MaterialGroup(Strict):
    id: Identifier
    name: Bilingual


class MaterialItem(Strict):
    id: Identifier
    group: Identifier
    name: Bilingual
    detail: Bilingual | None = None
    when: Condition | None = None
    source: SourceRef
    checked: dt.date


class Materials(Strict):
    groups: list[MaterialGroup] = []
    items: list[MaterialItem] = []

    @model_validator(mode="after")
    def _groups_known(self) -> "Materials":
        known = {g.id for g in self.groups}
        for item in self.items:
            if item.group not in known:
                raise ReasonError("pack.unknown_material_group", {"item": item.id, "group": item.group})
        return self


class ProcessStep(Strict):
    """One step after filing. The guides state maxima ("within 5 working days"), never minima."""

    id: Identifier
    name: Bilingual
    within_working_days: int | None = Field(ge=0, le=365)  # the stated maximum; null: no duration stated
    by: Literal["bureau", "applicant"] = "bureau"  # the applicant's own steps are part of filing, not counted
    source: SourceRef
    note: Bilingual | None = None
    after: list[StepLink] = []  # open steps of these rules must be done before this one (e.g. ICP备案 first)
    # The date in the application's tracking section that shows this step has happened: once recorded,
    # the later steps are counted from it instead of from the submission (wizard/core/tracking/progress.py).
    records: Literal["corrections", "site_inspection"] | None = None
    # Its name once the tracking section records it: a step named "if asked" was asked for (补正材料, not 补正材料（如需）).
    name_once_recorded: Bilingual | None = None


class Process(Strict):
    steps: list[ProcessStep] = []
    overall_working_days: tuple[int, int] | None = None
    overall_source: SourceRef | None = None
    # Where the law says an application that needed corrections is accepted the day they are supplied,
    # so the bureau's time limits run from that day (a province's pack inherits it from national.yaml).
    accepted_when_corrected: SourceRef | None = None

    @model_validator(mode="after")
    def _overall(self) -> "Process":
        if self.overall_working_days:
            low, high = self.overall_working_days
            if not 0 <= low <= high <= 365:
                raise ReasonError("pack.overall_working_days_range")
            if self.overall_source is None:
                raise ReasonError("pack.overall_source_missing")
        return self


class Obligation(Strict):
    id: Identifier
    name: Bilingual
    kind: Literal["annual_window", "renewal", "expiry", "change_filing", "standing"]
    window: tuple[str, str] | None = None  # "MM-DD", for annual_window
    days_before_expiry: int | None = Field(default=None, ge=1, le=3650)
    months_before_expiry: int | None = Field(default=None, ge=1, le=120)
    days_after_change: int | None = Field(default=None, ge=1, le=365)
    detail: Bilingual | None = None
    source: SourceRef
    checked: dt.date

    @model_validator(mode="after")
    def _fields_for_kind(self) -> "Obligation":
        if self.kind == "annual_window":
            if not self.window or not all(re.fullmatch(r"\d\d-\d\d", d) for d in self.window):
                raise ReasonError("pack.window_missing")
            for day in self.window:
                try:
                    dt.date(2000, int(day[:2]), int(day[3:]))  # 2000 is a leap year: 02-29 is allowed
                except ValueError:
                    raise ReasonError("pack.window_impossible_day", {"day": day}) from None
        if self.kind == "renewal" and (self.days_before_expiry is None) == (self.months_before_expiry is None):
            raise ReasonError("pack.renewal_form")
        if self.kind == "change_filing" and self.days_after_change is None:
            raise ReasonError("pack.change_filing_days")
        return self


# --- the pack -------------------------------------------------------------------


class PackHeader(Strict):
    id: Identifier
    kind: Literal["national", "province"]
    name: Bilingual
    region: str | None = None  # regions.py id, for province packs
    authority: Bilingual | None = None
    licence_prefix: str | None = None
    extends: Identifier | None = None
    reviewed: dt.date
    licence_validity_years: int | None = Field(default=None, ge=1, le=20)

    @model_validator(mode="after")
    def _province_fields(self) -> "PackHeader":
        if self.kind == "province":
            missing = [f for f in ("region", "authority", "licence_prefix", "extends") if getattr(self, f) is None]
            if missing:
                raise ReasonError("pack.province_needs", {"fields": missing})
        return self


class PackDocument(Strict):
    """One YAML file in rules/."""

    pack: PackHeader
    sources: dict[str, Source] = {}
    parameters: dict[Identifier, Parameter] = {}
    districts: list[District] = []
    scenes: list[Scene] = []
    zones: list[Zone] = []
    qualifications: list[Qualification] = []
    scoping: list[ScopingRule] = []
    rules: list[Rule] = []
    # Made when a pack without them is validated: an instance made here, at import, would build these
    # models' validators on every start, where packs come from their cache unvalidated (rulepack/cache.py).
    materials: Materials = Field(default_factory=Materials)
    process: Process = Field(default_factory=Process)
    obligations: list[Obligation] = []
