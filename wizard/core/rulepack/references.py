"""What a pack names that its schema cannot check: sources, parameters, scenes, districts, zones,
qualifications and the rules it replaces or its plan links to exist, in the pack or in the one it extends.

A problem is refused with the file and the line of the YAML that names the missing thing (loader.py
collects these errors; the other packs still load).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..china.regions import BY_ID
from ..runtime.errors import RulePackError
from .basics import ParamRef, Source, SourceKind
from .schema import PackDocument, Rule

if TYPE_CHECKING:
    from ..application.yamlio import Lines
    from .loader import RulePack


@dataclass
class ParsedPack:
    """A pack file as read: its validated document, and the line of each key for error messages."""

    document: PackDocument
    file: str
    lines: Lines


def _line(lines: Lines, path: tuple[Any, ...]) -> int | None:
    for length in range(len(path), -1, -1):
        if path[:length] in lines:
            return lines[path[:length]]
    return None


def problem(parsed: ParsedPack, path: tuple[Any, ...], code: str, params: dict[str, Any] | None = None) -> RulePackError:
    return RulePackError(code, params, file=parsed.file, line=_line(parsed.lines, path))


def check_references(parsed: ParsedPack, base: RulePack | None) -> None:
    """Cross-references a schema cannot see: sources, parameters, scenes, replaced rules."""
    doc = parsed.document
    sources = {**(base.sources if base else {}), **doc.sources}
    parameters = {**(base.parameters if base else {}), **doc.parameters}
    scene_ids = {s.id for s in doc.scenes} | (set(base.scenes) if base else set())
    base_rules = {r.id for r in base.rules} if base else set()

    def need_source(ref: Any, path: tuple[Any, ...]) -> None:
        if ref.ref not in sources:
            raise problem(parsed, (*path, "ref"), "pack.unknown_source", {"source": ref.ref})

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
                raise problem(parsed, ("districts", index, "scenes"), "pack.unknown_scene", {"scene": scene})
    known_rules = base_rules | {r.id for r in doc.rules}
    seen: set[str] = set(base_rules)
    for kind in ("scoping", "rules"):
        for index, rule in enumerate(getattr(doc, kind)):
            path = (kind, index)
            if rule.id in seen and rule.id not in getattr(rule, "replaces", []):
                raise problem(parsed, (*path, "id"), "pack.duplicate_rule", {"rule": rule.id})
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
                    raise problem(parsed, (*path, "replaces"), "pack.replaces_unknown", {"rule": replaced})
            check = getattr(rule, "check", None)
            for attribute, value in (check.__dict__.items() if check else ()):
                if isinstance(value, ParamRef) and value.param not in parameters:
                    raise problem(parsed, (*path, "check", attribute), "pack.unknown_parameter",
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
        raise problem(parsed, ("pack", "region"), "pack.unknown_region", {"region": header.region})


def _check_link(parsed: ParsedPack, link: Any, path: tuple[Any, ...], known_rules: set[str], need_source: Any) -> None:
    if link.rule not in known_rules:
        raise problem(parsed, (*path, "rule"), "pack.unknown_step_rule", {"rule": link.rule})
    need_source(link.source, (*path, "source"))


def _check_plan_links(parsed: ParsedPack, rule: Rule, path: tuple[Any, ...], known_rules: set[str],
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
                raise problem(parsed, (*where, "unless_open"), "pack.unknown_step_rule", {"rule": rule_id})
        if isinstance(follow_up.months, ParamRef) and follow_up.months.param not in parameters:
            raise problem(parsed, (*where, "months"), "pack.unknown_parameter", {"parameter": follow_up.months.param})


def _check_zones_and_vocabulary(parsed: ParsedPack, base: RulePack | None, need_source: Any) -> None:
    doc = parsed.document
    district_ids = {d.id for d in (doc.districts or (base.districts if base else ()))}
    ftz_areas = {z.id for z in doc.zones if z.kind == "free_trade_zone"}
    for index, zone in enumerate(doc.zones):
        need_source(zone.source, ("zones", index, "source"))
        for district in zone.districts:
            if district not in district_ids:
                raise problem(parsed, ("zones", index, "districts"), "pack.unknown_district", {"district": district})
        if zone.in_free_trade_zone and zone.in_free_trade_zone not in ftz_areas:
            raise problem(parsed, ("zones", index, "in_free_trade_zone"), "pack.unknown_free_trade_zone",
                           {"zone": zone.in_free_trade_zone})
    for index, qualification in enumerate(doc.qualifications):
        need_source(qualification.source, ("qualifications", index, "source"))


def _needs_more_than_notes(parsed: ParsedPack, rule: Rule, sources: dict[str, Source], path: tuple[Any, ...]) -> None:
    """A rule may not rest on the project's own notes alone unless it says it is the program's inference."""
    kinds = {sources[ref.ref].kind for ref in rule.sources}
    if kinds == {SourceKind.project_notes} and rule.inference is None:
        raise problem(parsed, (*path, "source"), "pack.rests_on_notes", {"rule": rule.id, "source": rule.source.ref})


def check_parameter_types(pack: RulePack, parsed: ParsedPack) -> None:
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
