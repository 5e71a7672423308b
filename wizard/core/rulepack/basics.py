"""The pieces every part of a rule pack is made of: bilingual texts, sources, severities, parameters."""

# No `from __future__ import annotations`: pydantic would evaluate each model field's annotation
# from its text at import (tests/core/test_startup_cost.py).

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..runtime.errors import ReasonError

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=80)]


class Strict(BaseModel):
    # defer_build: a model's validator is built when it first validates. Packs served from the
    # cache (rulepack/cache.py) are unpickled, never validated, so most of these are never built.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Bilingual(Strict):
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class SourceKind(StrEnum):
    regulation = "regulation"  # a law, State Council regulation or ministry order
    official = "official"  # an official notice or a bureau's own guide
    standard = "standard"  # a national standard (GB): official, not law
    consultancy_guide = "consultancy_guide"  # a consultancy's article (the seeds)
    project_notes = "project_notes"  # the project's own notes: never enough on its own for a rule


class Basis(StrEnum):
    """How strong a finding's basis is: 法规 / 官方 / 顾问文章 / 本程序推断."""

    law = "law"
    official = "official"
    consultancy = "consultancy"
    inference = "inference"


BASIS_OF_SOURCE: dict[SourceKind | None, Basis] = {
    SourceKind.regulation: Basis.law,
    SourceKind.official: Basis.official,
    SourceKind.standard: Basis.official,
    SourceKind.consultancy_guide: Basis.consultancy,
    SourceKind.project_notes: Basis.inference,
    None: Basis.inference,  # the pack file itself (e.g. its review date)
}
BASIS_STRENGTH = (Basis.law, Basis.official, Basis.consultancy, Basis.inference)  # strongest first


class FindingKind(StrEnum):
    """What it takes to clear an unmet condition."""

    missing = "missing"  # the answer is empty: the program cannot yet tell whether the condition is met
    wait = "wait"  # met on a known date without anyone doing anything
    act = "act"  # the applicant must do something (transfer a domain, write a policy, raise capital)
    structural = "structural"  # the applicant as it stands cannot apply (sole trader, company in another province)


class Source(Strict):
    title: str
    title_en: str | None = None  # shown in English output; the Chinese title is the citation itself
    kind: SourceKind
    file: str | None = None  # seed file name, for consultancy guides
    note: str | None = None


class SourceRef(Strict):
    ref: str
    section: str = Field(min_length=1)
    section_en: str | None = None  # for English output, where the reference is prose rather than a number
    unconfirmed: bool = False  # the article or section number could not be confirmed against the text


class Severity(StrEnum):
    blocker = "blocker"
    warning = "warning"
    info = "info"


class ParamRef(Strict):
    param: Identifier


Number = float | ParamRef
Scalar = bool | int | float | str


class Parameter(Strict):
    value: float | int | str | list[str]
    unit: str | None = None
    description: Bilingual | None = None
    source: SourceRef
    checked: dt.date


class TypicalDuration(Strict):
    """How long an act usually takes, where a source says so (e.g. an ICP filing: 5–7 working days)."""

    working_days: tuple[int, int]
    source: SourceRef

    @model_validator(mode="after")
    def _ordered(self) -> "TypicalDuration":
        low, high = self.working_days
        if not 1 <= low <= high <= 365:
            raise ReasonError("pack.typical_duration_range")
        return self
