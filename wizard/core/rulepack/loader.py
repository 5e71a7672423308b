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
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..errors import InputError, RulePackError
from ..messages import Verbatim
from ..regions import BY_ID, REGIONS, Region, find_region
from ..resources import data_dir
from .basics import Parameter, ParamRef, Source, SourceKind
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

if TYPE_CHECKING:
    from ..yamlio import Lines


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


@dataclass
class _Parsed:
    document: PackDocument
    file: str
    lines: Lines


def _line(lines: Lines, path: tuple[Any, ...]) -> int | None:
    for length in range(len(path), -1, -1):
        if path[:length] in lines:
            return lines[path[:length]]
    return None


def parse_pack_file(path: Path) -> _Parsed:
    # YAML and the reading of validation errors only when packs are parsed: packs served from
    # their cache (cache.py) need neither, and PyYAML's import is a tenth of the GUI's start-up.
    from ..documents import validation_to_input_error
    from ..yamlio import load_path

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
    return _Parsed(document, str(path), lines)


def _problem(parsed: _Parsed, path: tuple[Any, ...], code: str, params: dict[str, Any] | None = None) -> RulePackError:
    return RulePackError(code, params, file=parsed.file, line=_line(parsed.lines, path))


def _check_references(parsed: _Parsed, base: RulePack | None) -> None:
    """Cross-references a schema cannot see: sources, parameters, scenes, replaced rules."""
    doc = parsed.document
    sources = {**(base.sources if base else {}), **doc.sources}
    parameters = {**(base.parameters if base else {}), **doc.parameters}
    scene_ids = {s.id for s in doc.scenes} | (set(base.scenes) if base else set())
    base_rules = {r.id for r in base.rules} if base else set()

    def need_source(ref: Any, path: tuple[Any, ...]) -> None:
        if ref.ref not in sources:
            raise _problem(parsed, (*path, "ref"), "pack.unknown_source", {"source": ref.ref})

    for name, parameter in doc.parameters.items():
        need_source(parameter.source, ("parameters", name, "source"))
    for index, platform_scene in enumerate(doc.scenes):
        need_source(platform_scene.source, ("scenes", index, "source"))
        for p_index, platform in enumerate(platform_scene.platforms):
            need_source(platform.source, ("scenes", index, "platforms", p_index, "source"))
    for index, district in enumerate(doc.districts):
        need_source(district.source, ("districts", index, "source"))
        for scene in district.scenes:
            if scene not in scene_ids:
                raise _problem(parsed, ("districts", index, "scenes"), "pack.unknown_scene", {"scene": scene})
    known_rules = base_rules | {r.id for r in doc.rules}
    seen: set[str] = set(base_rules)
    for kind in ("scoping", "rules"):
        for index, rule in enumerate(getattr(doc, kind)):
            path = (kind, index)
            if rule.id in seen and rule.id not in getattr(rule, "replaces", []):
                raise _problem(parsed, (*path, "id"), "pack.duplicate_rule", {"rule": rule.id})
            seen.add(rule.id)
            need_source(rule.source, (*path, "source"))
            for s_index, extra in enumerate(getattr(rule, "also_sources", [])):
                need_source(extra, (*path, "also_sources", s_index))
            duration = getattr(rule, "typical_duration", None)
            if duration is not None:
                need_source(duration.source, (*path, "typical_duration", "source"))
            if kind == "rules":
                _needs_more_than_notes(parsed, rule, sources, path)
                _check_plan_links(parsed, rule, path, known_rules, parameters, need_source)
            for replaced in getattr(rule, "replaces", []):
                if replaced not in base_rules:
                    raise _problem(parsed, (*path, "replaces"), "pack.replaces_unknown", {"rule": replaced})
            check = getattr(rule, "check", None)
            for attribute, value in (check.__dict__.items() if check else ()):
                if isinstance(value, ParamRef) and value.param not in parameters:
                    raise _problem(parsed, (*path, "check", attribute), "pack.unknown_parameter",
                                   {"parameter": value.param})
    for index, item in enumerate(doc.materials.items):
        need_source(item.source, ("materials", "items", index, "source"))
    for index, step in enumerate(doc.process.steps):
        need_source(step.source, ("process", "steps", index, "source"))
        for l_index, link in enumerate(step.after):
            _check_link(parsed, link, ("process", "steps", index, "after", l_index), known_rules, need_source)
    if doc.process.overall_source:
        need_source(doc.process.overall_source, ("process", "overall_source"))
    if doc.process.accepted_when_corrected:
        need_source(doc.process.accepted_when_corrected, ("process", "accepted_when_corrected"))
    for index, obligation in enumerate(doc.obligations):
        need_source(obligation.source, ("obligations", index, "source"))
    _check_zones_and_vocabulary(parsed, base, need_source)
    header = doc.pack
    if header.region is not None and header.region not in BY_ID:
        raise _problem(parsed, ("pack", "region"), "pack.unknown_region", {"region": header.region})


def _check_link(parsed: _Parsed, link: Any, path: tuple[Any, ...], known_rules: set[str], need_source: Any) -> None:
    if link.rule not in known_rules:
        raise _problem(parsed, (*path, "rule"), "pack.unknown_step_rule", {"rule": link.rule})
    need_source(link.source, (*path, "source"))


def _check_plan_links(parsed: _Parsed, rule: Rule, path: tuple[Any, ...], known_rules: set[str],
                      parameters: dict[str, Any], need_source: Any) -> None:
    """The plan's dependencies name rules that exist, and their follow-ups cite sources and parameters."""
    for index, link in enumerate(rule.after):
        _check_link(parsed, link, (*path, "after", index), known_rules, need_source)
    for index, follow_up in enumerate(rule.then):
        where = (*path, "then", index)
        need_source(follow_up.source, (*where, "source"))
        if follow_up.typical_duration is not None:
            need_source(follow_up.typical_duration.source, (*where, "typical_duration", "source"))
        for rule_id in follow_up.unless_open:
            if rule_id not in known_rules:
                raise _problem(parsed, (*where, "unless_open"), "pack.unknown_step_rule", {"rule": rule_id})
        if isinstance(follow_up.months, ParamRef) and follow_up.months.param not in parameters:
            raise _problem(parsed, (*where, "months"), "pack.unknown_parameter", {"parameter": follow_up.months.param})


def _check_zones_and_vocabulary(parsed: _Parsed, base: RulePack | None, need_source: Any) -> None:
    doc = parsed.document
    district_ids = {d.id for d in (doc.districts or (base.districts if base else ()))}
    ftz_areas = {z.id for z in doc.zones if z.kind == "free_trade_zone"}
    for index, zone in enumerate(doc.zones):
        need_source(zone.source, ("zones", index, "source"))
        for district in zone.districts:
            if district not in district_ids:
                raise _problem(parsed, ("zones", index, "districts"), "pack.unknown_district", {"district": district})
        if zone.in_free_trade_zone and zone.in_free_trade_zone not in ftz_areas:
            raise _problem(parsed, ("zones", index, "in_free_trade_zone"), "pack.unknown_free_trade_zone",
                           {"zone": zone.in_free_trade_zone})
    for index, qualification in enumerate(doc.qualifications):
        need_source(qualification.source, ("qualifications", index, "source"))


def _merged_qualifications(doc: PackDocument, base: RulePack | None) -> dict[str, Qualification]:
    merged = dict(base.qualifications) if base else {}
    for entry in doc.qualifications:
        known = merged.get(entry.id)
        if known is not None:  # a province adds spellings to the national entry
            entry = entry.model_copy(update={"names": list(dict.fromkeys([*known.names, *entry.names]))})
        merged[entry.id] = entry
    return merged


def _needs_more_than_notes(parsed: _Parsed, rule: Rule, sources: dict[str, Source], path: tuple[Any, ...]) -> None:
    """A rule may not rest on the project's own notes alone unless it says it is the program's inference."""
    kinds = {sources[ref.ref].kind for ref in rule.sources}
    if kinds == {SourceKind.project_notes} and rule.inference is None:
        raise _problem(parsed, (*path, "source"), "pack.rests_on_notes", {"rule": rule.id, "source": rule.source.ref})


def _merge(parsed: _Parsed, base: RulePack | None) -> RulePack:
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


def _check_parameter_types(pack: RulePack, parsed: _Parsed) -> None:
    """A ParamRef used as a number must name a number (the override may be in another file)."""
    for rule in pack.rules:
        for attribute, value in rule.check.__dict__.items():
            if isinstance(value, ParamRef):
                actual = pack.parameters[value.param].value
                wants_list = attribute in ("keywords", "suffixes", "qualifications_any")
                if wants_list != isinstance(actual, list) or (not wants_list and isinstance(actual, str)):
                    code = "pack.parameter_not_list" if wants_list else "pack.parameter_not_number"
                    raise RulePackError(code, {"rule": rule.id, "parameter": value.param}, file=parsed.file)
        accepted = getattr(rule.check, "qualifications_any", None)
        unknown = [q for q in pack.parameter(accepted) or [] if q not in pack.qualifications] if accepted else []
        if unknown:
            raise RulePackError("pack.unknown_qualification", {"rule": rule.id, "qualifications": unknown},
                                file=parsed.file)


def _tables_folder(paths: list[Path]) -> Path:
    """rules/data/ beside the packs being loaded, or the installed one."""
    beside = paths[0].parent / "data" if paths else None
    return beside if beside is not None and beside.is_dir() else data_dir("rules") / "data"


def load_packs(paths: Iterable[Path] | None = None, tables_folder: Path | None = None) -> PackSet:
    """Every pack in rules/ (or the given files), merged with what it extends, and the tables in rules/data/."""
    paths = sorted(data_dir("rules").glob("*.yaml")) if paths is None else [Path(p) for p in paths]
    tables, table_errors = load_tables(tables_folder or _tables_folder(paths))
    result = PackSet(errors=list(table_errors), tables=tables)
    parsed: dict[str, _Parsed] = {}
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
                        raise _problem(item, ("pack", "extends"), "pack.extends_itself")
                    raise _problem(item, ("pack", "extends"), "pack.extends_unknown", {"pack": parent})
                base = resolve(parent, (*chain, pack_id))
                if base is None:
                    raise _problem(item, ("pack", "extends"), "pack.base_failed", {"pack": parent})
            _check_references(item, base)
            pack = _merge(item, base)
            _check_parameter_types(pack, item)
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
