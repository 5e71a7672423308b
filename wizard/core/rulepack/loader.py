"""Loading, validating and merging rule packs.

Each YAML file in rules/ is one pack. A province pack extends the national
one: it inherits its sources, parameters, rules and obligations, overrides
parameters and obligations by name, and may replace national rules. A pack
with a problem is refused with file:line: reason; the others still load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..china.regions import REGIONS, Region, find_region
from ..messages import Verbatim
from ..runtime.errors import InputError, RulePackError
from ..runtime.resources import data_dir
from .basics import Parameter, ParamRef, Source
from .references import ParsedPack, check_parameter_types, check_references, problem
from .schema import (
    District,
    MaterialItem,
    Obligation,
    PackDocument,
    PackHeader,
    Process,
    Qualification,
    Rule,
    Scene,
    ScopingRule,
    Zone,
)
from .tables import CityIndex, RegionTables, load_tables


@dataclass(frozen=True)
class RulePack:
    """A province's rules with the national baseline merged in: what the engine evaluates."""

    header: PackHeader
    file: str
    sources: dict[str, Source]
    parameters: dict[str, Parameter]
    districts: tuple[District, ...]
    scenes: dict[str, Scene]
    scoping: tuple[ScopingRule, ...]
    rules: tuple[Rule, ...]
    material_groups: dict[str, Any]
    materials: tuple[MaterialItem, ...]
    process: Process
    obligations: tuple[Obligation, ...]
    reviewed: tuple[tuple[str, dt.date], ...]  # (pack id, review date) of every file merged
    licence_validity_years: int
    qualifications: dict[str, Qualification] = field(default_factory=dict)
    zones: tuple[Zone, ...] = ()
    cities: CityIndex = field(default_factory=CityIndex)  # rules/data/cities.yaml
    baseline_only: bool = False  # a region without its own pack: the national rules under its authority

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def pages(self) -> set[str]:
        """Pages that have at least one rule in this pack (the GUI hides the others)."""
        return {rule.page for rule in self.rules}

    def parameter(self, value: Any) -> Any:
        return self.parameters[value.param].value if isinstance(value, ParamRef) else value


@dataclass
class PackSet:
    """The encoded province packs (`packs`), and the national baseline for every other mainland region."""

    packs: dict[str, RulePack] = field(default_factory=dict)
    errors: list[RulePackError] = field(default_factory=list)
    national: RulePack | None = None
    tables: RegionTables = field(default_factory=RegionTables)
    failed_regions: set[str] = field(default_factory=set)  # regions whose own pack was refused
    _baselines: dict[str, RulePack] = field(default_factory=dict, repr=False)

    def for_region(self, region_id: str | None) -> RulePack | None:
        """The pack to evaluate an applicant in this region with: its own pack where one is encoded,
        else the national baseline under the region's authority and licence prefix (`baseline_only`).
        None for an unknown region, Hong Kong, Macao or Taiwan, a region whose own pack was refused
        (the baseline would silently skip its rules), or when the baseline cannot load."""
        own = next((p for p in self.packs.values() if p.header.region == region_id), None)
        if own is not None or region_id is None or region_id in self.failed_regions:
            return own
        entry = self.tables.authorities.get(region_id)
        if entry is None or self.national is None:
            return None
        if region_id not in self._baselines:
            from .baseline import baseline_pack

            self._baselines[region_id] = baseline_pack(self.national, entry, self.tables)
        return self._baselines[region_id]

    def regions(self) -> list[tuple[Region, bool]]:
        """Every region an applicant can choose, in GB/T 2260 order, with whether its own rules are encoded."""
        encoded = {p.header.region for p in self.packs.values()}
        return [
            (region, region.id in encoded)
            for region in REGIONS
            if region.id in encoded
            or (self.national is not None and region.id in self.tables.authorities and region.id not in self.failed_regions)
        ]


def parse_pack_file(path: Path) -> ParsedPack:
    # YAML and the reading of validation errors only when packs are parsed: packs served from
    # their cache (cache.py) need neither, and PyYAML's import is a tenth of the GUI's start-up.
    from ..application.documents import validation_to_input_error
    from ..application.yamlio import load_path

    try:
        data, lines = load_path(path)
    except InputError as exc:
        raise RulePackError(exc.reason, file=str(path), line=exc.line) from None
    if not isinstance(data, dict):
        raise RulePackError("pack.not_a_mapping", file=str(path), line=1)
    try:
        document = PackDocument.model_validate(data)
    except ValidationError as exc:
        error = validation_to_input_error(exc, lines, str(path))
        raise RulePackError(error.reason, file=str(path), line=error.line, field=error.field, more=error.more) from None
    return ParsedPack(document, str(path), lines)


def _merged_qualifications(doc: PackDocument, base: RulePack | None) -> dict[str, Qualification]:
    merged = dict(base.qualifications) if base else {}
    for entry in doc.qualifications:
        known = merged.get(entry.id)
        if known is not None:  # a province adds spellings to the national entry
            entry = entry.model_copy(update={"names": list(dict.fromkeys([*known.names, *entry.names]))})
        merged[entry.id] = entry
    return merged


def _merge(parsed: ParsedPack, base: RulePack | None) -> RulePack:
    doc = parsed.document
    replaced = {r for rule in doc.rules for r in rule.replaces}
    base_rules = tuple(r for r in base.rules if r.id not in replaced) if base else ()
    obligations = {o.id: o for o in (base.obligations if base else ())}
    obligations.update({o.id: o for o in doc.obligations})
    validity = doc.pack.licence_validity_years or (base.licence_validity_years if base else None) or 5
    return RulePack(
        header=doc.pack,
        file=parsed.file,
        sources={**(base.sources if base else {}), **doc.sources},
        parameters={**(base.parameters if base else {}), **doc.parameters},
        districts=tuple(doc.districts) or (base.districts if base else ()),
        scenes={**(base.scenes if base else {}), **{s.id: s for s in doc.scenes}},
        scoping=(base.scoping if base else ()) + tuple(doc.scoping),
        rules=base_rules + tuple(doc.rules),
        material_groups={
            **(base.material_groups if base else {}),
            **{g.id: g for g in doc.materials.groups},
        },
        materials=(base.materials if base else ()) + tuple(doc.materials.items),
        process=_process(doc.process, base.process if base else None),
        obligations=tuple(obligations.values()),
        reviewed=(base.reviewed if base else ()) + ((doc.pack.id, doc.pack.reviewed),),
        licence_validity_years=validity,
        qualifications=_merged_qualifications(doc, base),
        zones=(base.zones if base else ()) + tuple(doc.zones),
    )


def _tables_folder(paths: list[Path]) -> Path:
    """rules/data/ beside the packs being loaded, or the installed one."""
    beside = paths[0].parent / "data" if paths else None
    return beside if beside is not None and beside.is_dir() else data_dir("rules") / "data"


def load_packs(paths: Iterable[Path] | None = None, tables_folder: Path | None = None) -> PackSet:
    """Every pack in rules/ (or the given files), merged with what it extends, and the tables in rules/data/."""
    paths = sorted(data_dir("rules").glob("*.yaml")) if paths is None else [Path(p) for p in paths]
    tables, table_errors = load_tables(tables_folder or _tables_folder(paths))
    result = PackSet(errors=list(table_errors), tables=tables)
    parsed: dict[str, ParsedPack] = {}
    for path in paths:
        try:
            item = parse_pack_file(Path(path))
        except RulePackError as exc:
            result.errors.append(exc)
            stem_region = find_region(Path(path).stem)  # packs are named after their region
            if stem_region is not None:
                result.failed_regions.add(stem_region.id)
            continue
        pack_id = item.document.pack.id
        if pack_id in parsed:
            result.errors.append(
                RulePackError("pack.duplicate_id", {"pack": pack_id, "other": Verbatim(parsed[pack_id].file)},
                              file=item.file, line=1)
            )
            continue
        parsed[pack_id] = item
    merged: dict[str, RulePack | None] = {}

    def resolve(pack_id: str, chain: tuple[str, ...] = ()) -> RulePack | None:
        if pack_id in merged:
            return merged[pack_id]
        item = parsed[pack_id]
        base = None
        parent = item.document.pack.extends
        try:
            if parent:
                if parent in chain or parent not in parsed:
                    if parent in chain:
                        raise problem(item, ("pack", "extends"), "pack.extends_itself")
                    raise problem(item, ("pack", "extends"), "pack.extends_unknown", {"pack": parent})
                base = resolve(parent, (*chain, pack_id))
                if base is None:
                    raise problem(item, ("pack", "extends"), "pack.base_failed", {"pack": parent})
            check_references(item, base)
            pack = _merge(item, base)
            check_parameter_types(pack, item)
        except RulePackError as exc:
            result.errors.append(exc)
            merged[pack_id] = None
            if item.document.pack.region:
                result.failed_regions.add(item.document.pack.region)
            return None
        merged[pack_id] = pack
        return pack

    for pack_id in parsed:
        pack = resolve(pack_id)
        if pack is None:
            continue
        pack = replace(pack, cities=tables.cities)
        if pack.header.kind == "province":
            result.packs[pack_id] = pack
        elif pack.header.kind == "national":
            result.national = pack
    return result


def _process(own: Process, base: Process | None) -> Process:
    """A province's own procedure where it gives one, else the national one; the legal basis for
    counting from the day corrections are supplied is the national pack's unless the province gives its own."""
    if base is None:
        return own
    if not own.steps:
        return base
    if own.accepted_when_corrected is None and base.accepted_when_corrected is not None:
        return own.model_copy(update={"accepted_when_corrected": base.accepted_when_corrected})
    return own
