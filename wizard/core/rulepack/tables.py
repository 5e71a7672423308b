"""The data tables beside the packs (rules/data/*.yaml): facts about regions that no pack owns.

- `authorities.yaml`: for each of the 31 mainland provincial-level regions, its official
  name, the communications administration that issues its licences and the licence-number
  prefix. Applicants in a region without its own pack are checked against the national
  baseline with these (baseline.py).
- `cities.yaml`: which region a city lies in, so that a server given as "中国, 上海" is
  placed in Shanghai rather than called "outside mainland China".

Like the packs, the tables are data with sources; a broken one is refused with
file:line: reason, and the program carries on without it.
"""

# No `from __future__ import annotations`: pydantic would evaluate each model field's annotation
# from its text at import (tests/core/test_startup_cost.py).

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from ..application.values import normalise_text
from ..china.regions import BY_ID, REGIONS, Region, find_region
from ..runtime.errors import InputError, ReasonError, RulePackError
from .basics import Bilingual, Identifier, Strict

AUTHORITIES_FILE = "authorities.yaml"
CITIES_FILE = "cities.yaml"


class TableHeader(Strict):
    id: Identifier
    checked: dt.date


class TableSource(Strict):
    title: str
    kind: Literal["regulation", "standard", "consultancy_guide", "inference"]
    section: str = Field(min_length=1)
    note: str | None = None


class PrefixBasis(Strict):
    """How the licence prefix is known: seen on a published licence number, or inferred from the pattern."""

    basis: Literal["observed", "pattern"]
    example: str | None = None

    @model_validator(mode="after")
    def _example_when_observed(self) -> "PrefixBasis":
        if (self.basis == "observed") != bool(self.example):
            raise ReasonError("table.prefix_example")
        return self


class AuthorityEntry(Strict):
    region: str
    name: Bilingual  # the region's official name: 北京市, 广西壮族自治区
    authority: Bilingual
    licence_prefix: str = Field(pattern=r"^\w{1,2}B2-$")
    prefix: PrefixBasis

    @model_validator(mode="after")
    def _consistent(self) -> "AuthorityEntry":
        region = BY_ID.get(self.region)
        if region is None or not region.mainland:
            raise ReasonError("table.not_mainland_region", {"region": self.region})
        if self.prefix.example and not self.prefix.example.startswith(self.licence_prefix):
            raise ReasonError("table.example_prefix", {"example": self.prefix.example, "prefix": self.licence_prefix})
        return self


class AuthoritiesDocument(Strict):
    table: TableHeader
    sources: dict[Identifier, TableSource]
    regions: list[AuthorityEntry]

    @model_validator(mode="after")
    def _every_region_once(self) -> "AuthoritiesDocument":
        listed = [entry.region for entry in self.regions]
        doubled = sorted({r for r in listed if listed.count(r) > 1})
        missing = [r.id for r in REGIONS if r.mainland and r.id not in listed]
        if doubled:
            raise ReasonError("table.region_twice", {"regions": doubled})
        if missing:
            raise ReasonError("table.region_missing", {"regions": missing})
        return self


class City(Strict):
    zh: str = Field(min_length=1)
    en: str | None = None  # left out where the English name is ambiguous


class CitiesDocument(Strict):
    table: TableHeader
    sources: dict[Identifier, TableSource]
    cities: dict[str, list[City]]

    @model_validator(mode="after")
    def _regions_known(self) -> "CitiesDocument":
        unknown = [r for r in self.cities if r not in BY_ID]
        if unknown:
            raise ReasonError("table.unknown_region", {"regions": unknown})
        return self


_CITY_SUFFIXES = ("回族自治州", "藏族自治州", "自治州", "新区", "地区", "市", "区", "盟")


def city_key(text: str) -> str:
    """What a city name is matched by: '郑州市' → '郑州', 'Xi'an' → 'xian', 'cn-hangzhou' → 'hangzhou'."""
    key = normalise_text(text).strip().lower()
    key = re.sub(r"^cn-", "", key)
    key = re.sub(r"[\s'’·\-_.]", "", key)
    for suffix in _CITY_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            return key[: -len(suffix)]
    return key


@dataclass(frozen=True)
class CityIndex:
    """City name (any listed spelling) → region."""

    by_key: dict[str, str] = field(default_factory=dict)
    checked: dt.date | None = None
    file: str | None = None

    def region_of(self, city: str | None) -> Region | None:
        """The region a city lies in: a region's own name ('上海市'), or a listed city; else None."""
        if not city or not normalise_text(city).strip():
            return None
        named = find_region(normalise_text(city).strip())
        if named is not None:
            return named
        region_id = self.by_key.get(city_key(city))
        return BY_ID.get(region_id) if region_id else None


@dataclass(frozen=True)
class RegionTables:
    authorities: dict[str, AuthorityEntry] = field(default_factory=dict)
    authorities_checked: dt.date | None = None
    authorities_file: str | None = None
    authority_sources: dict[str, TableSource] = field(default_factory=dict)
    cities: CityIndex = field(default_factory=CityIndex)


def _parse(path: Path, model: type[Strict]) -> Strict:
    from ..application.documents import (
        validation_to_input_error,  # as in loader.parse_pack_file: only when tables are parsed
    )
    from ..application.yamlio import load_path

    try:
        data, lines = load_path(path)
    except InputError as exc:
        raise RulePackError(exc.reason, file=str(path), line=exc.line) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = validation_to_input_error(exc, lines, str(path))
        raise RulePackError(error.reason, file=str(path), line=error.line, field=error.field) from None


def _city_index(document: CitiesDocument, path: Path) -> CityIndex:
    by_key: dict[str, str] = {}
    for region_id, cities in document.cities.items():
        for city in cities:
            for name in filter(None, (city.zh, city.en)):
                key = city_key(name)
                if by_key.get(key, region_id) != region_id:
                    raise RulePackError("table.city_twice", {"city": name, "first": by_key[key], "second": region_id},
                                        file=str(path))
                by_key[key] = region_id
    return CityIndex(by_key, document.table.checked, str(path))


def load_tables(folder: Path) -> tuple[RegionTables, list[RulePackError]]:
    """Both tables from `folder`; a table that fails is left empty and its problem returned."""
    errors: list[RulePackError] = []
    authorities: AuthoritiesDocument | None = None
    cities = CityIndex()
    try:
        authorities = _parse(folder / AUTHORITIES_FILE, AuthoritiesDocument)  # type: ignore[assignment]
    except RulePackError as exc:
        errors.append(exc)
    try:
        path = folder / CITIES_FILE
        cities = _city_index(_parse(path, CitiesDocument), path)  # type: ignore[arg-type]
    except RulePackError as exc:
        errors.append(exc)
    if authorities is None:
        return RegionTables(cities=cities), errors
    return RegionTables(
        authorities={entry.region: entry for entry in authorities.regions},
        authorities_checked=authorities.table.checked,
        authorities_file=str(folder / AUTHORITIES_FILE),
        authority_sources=dict(authorities.sources),
        cities=cities,
    ), errors
