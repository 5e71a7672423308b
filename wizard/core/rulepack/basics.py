"""The pieces every part of a rule pack is made of: bilingual texts, sources, severities, parameters."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=80)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Bilingual(Strict):
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class SourceKind(StrEnum):
    regulation = "regulation"
    standard = "standard"
    consultancy_guide = "consultancy_guide"
    project_notes = "project_notes"  # the project's own reasoning or compilation, said as such


class Source(Strict):
    title: str
    kind: SourceKind
    file: str | None = None  # seed file name, for consultancy guides
    note: str | None = None


class SourceRef(Strict):
    ref: str
    section: str = Field(min_length=1)


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
