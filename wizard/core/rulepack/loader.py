"""Loading, validating and merging rule packs.

Each YAML file in rules/ is one pack. A province pack extends the national
one: it inherits its sources, parameters, rules and obligations, overrides
parameters and obligations by name, and may replace national rules. A pack
with a problem is refused with file:line: reason; the others still load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..documents import validation_to_input_error
from ..errors import InputError, RulePackError
from ..regions import BY_ID
from ..resources import data_dir
from ..yamlio import Lines, load_path
from .basics import Parameter, ParamRef, Source, SourceKind
from .schema import (
    District,
    MaterialItem,
    Obligation,
    PackDocument,
    PackHeader,
    Process,
    Rule,
    Scene,
    ScopingRule,
)


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
    packs: dict[str, RulePack] = field(default_factory=dict)
    errors: list[RulePackError] = field(default_factory=list)


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
    try:
        data, lines = load_path(path)
    except InputError as exc:
        raise RulePackError(exc.reason, file=str(path), line=exc.line) from None
    if not isinstance(data, dict):
        raise RulePackError("a rule pack must be a mapping with a 'pack:' header", file=str(path), line=1)
    try:
        document = PackDocument.model_validate(data)
    except ValidationError as exc:
        error = validation_to_input_error(exc, lines, str(path))
        raise RulePackError(error.reason, file=str(path), line=error.line, field=error.field) from None
    return _Parsed(document, str(path), lines)


def _problem(parsed: _Parsed, path: tuple[Any, ...], reason: str) -> RulePackError:
    return RulePackError(reason, file=parsed.file, line=_line(parsed.lines, path))


def _check_references(parsed: _Parsed, base: RulePack | None) -> None:
    """Cross-references a schema cannot see: sources, parameters, scenes, replaced rules."""
    doc = parsed.document
    sources = {**(base.sources if base else {}), **doc.sources}
    parameters = {**(base.parameters if base else {}), **doc.parameters}
    scene_ids = {s.id for s in doc.scenes} | (set(base.scenes) if base else set())
    base_rules = {r.id for r in base.rules} if base else set()

    def need_source(ref: Any, path: tuple[Any, ...]) -> None:
        if ref.ref not in sources:
            raise _problem(parsed, (*path, "ref"), f"source {ref.ref!r} is not listed under sources:")

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
                raise _problem(parsed, ("districts", index, "scenes"), f"unknown scene {scene!r}")
    seen: set[str] = set(base_rules)
    for kind in ("scoping", "rules"):
        for index, rule in enumerate(getattr(doc, kind)):
            path = (kind, index)
            if rule.id in seen and rule.id not in getattr(rule, "replaces", []):
                raise _problem(parsed, (*path, "id"), f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
            need_source(rule.source, (*path, "source"))
            for s_index, extra in enumerate(getattr(rule, "also_sources", [])):
                need_source(extra, (*path, "also_sources", s_index))
            duration = getattr(rule, "typical_duration", None)
            if duration is not None:
                need_source(duration.source, (*path, "typical_duration", "source"))
            if kind == "rules":
                _needs_more_than_notes(parsed, rule, sources, path)
            for replaced in getattr(rule, "replaces", []):
                if replaced not in base_rules:
                    raise _problem(parsed, (*path, "replaces"), f"replaces unknown national rule {replaced!r}")
            check = getattr(rule, "check", None)
            for attribute, value in (check.__dict__.items() if check else ()):
                if isinstance(value, ParamRef) and value.param not in parameters:
                    raise _problem(parsed, (*path, "check", attribute), f"unknown parameter {value.param!r}")
    for index, item in enumerate(doc.materials.items):
        need_source(item.source, ("materials", "items", index, "source"))
    for index, step in enumerate(doc.process.steps):
        need_source(step.source, ("process", "steps", index, "source"))
    if doc.process.overall_source:
        need_source(doc.process.overall_source, ("process", "overall_source"))
    for index, obligation in enumerate(doc.obligations):
        need_source(obligation.source, ("obligations", index, "source"))
    header = doc.pack
    if header.region is not None and header.region not in BY_ID:
        raise _problem(parsed, ("pack", "region"), f"unknown region {header.region!r}")


def _needs_more_than_notes(parsed: _Parsed, rule: Rule, sources: dict[str, Source], path: tuple[Any, ...]) -> None:
    """A rule may not rest on the project's own notes alone unless it says it is the program's inference."""
    kinds = {sources[ref.ref].kind for ref in rule.sources}
    if kinds == {SourceKind.project_notes} and rule.inference is None:
        raise _problem(
            parsed, (*path, "source"),
            f"rule {rule.id!r} rests only on the project's own notes ({rule.source.ref!r}); cite a law, an official "
            "text or a guide, or mark it as the program's inference with `inference:` and the reasoning",
        )


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
        process=doc.process if doc.process.steps or not base else base.process,
        obligations=tuple(obligations.values()),
        reviewed=(base.reviewed if base else ()) + ((doc.pack.id, doc.pack.reviewed),),
        licence_validity_years=validity,
    )


def _check_parameter_types(pack: RulePack, parsed: _Parsed) -> None:
    """A ParamRef used as a number must name a number (the override may be in another file)."""
    for rule in pack.rules:
        for attribute, value in rule.check.__dict__.items():
            if isinstance(value, ParamRef):
                actual = pack.parameters[value.param].value
                wants_list = attribute in ("keywords", "suffixes", "qualifications_any")
                if wants_list != isinstance(actual, list) or (not wants_list and isinstance(actual, str)):
                    expected = "a list of text" if wants_list else "a number"
                    raise RulePackError(
                        f"rule {rule.id}: parameter {value.param!r} must be {expected}", file=parsed.file
                    )


def load_packs(paths: Iterable[Path] | None = None) -> PackSet:
    """Every pack in rules/ (or the given files), merged with what it extends."""
    if paths is None:
        paths = sorted(data_dir("rules").glob("*.yaml"))
    result = PackSet()
    parsed: dict[str, _Parsed] = {}
    for path in paths:
        try:
            item = parse_pack_file(Path(path))
        except RulePackError as exc:
            result.errors.append(exc)
            continue
        pack_id = item.document.pack.id
        if pack_id in parsed:
            result.errors.append(
                RulePackError(f"pack id {pack_id!r} is also used by {parsed[pack_id].file}", file=item.file, line=1)
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
                    reason = "extends itself" if parent in chain else f"extends unknown pack {parent!r}"
                    raise _problem(item, ("pack", "extends"), reason)
                base = resolve(parent, (*chain, pack_id))
                if base is None:
                    raise _problem(item, ("pack", "extends"), f"extends pack {parent!r}, which failed to load")
            _check_references(item, base)
            pack = _merge(item, base)
            _check_parameter_types(pack, item)
        except RulePackError as exc:
            result.errors.append(exc)
            merged[pack_id] = None
            return None
        merged[pack_id] = pack
        return pack

    for pack_id in parsed:
        pack = resolve(pack_id)
        if pack is not None and pack.header.kind == "province":
            result.packs[pack_id] = pack
    return result
