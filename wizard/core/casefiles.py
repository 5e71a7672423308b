"""The YAML test cases beside the rule packs (rules/tests/*.yaml).

Kept in the core rather than in tests/ so that consultants can run them with
`icp-wizard rules test` after editing a pack, without a development setup.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .documents import application_from_data
from .engine import evaluate
from .fieldpaths import parse_concrete
from .resources import data_dir
from .rulepack.loader import PackSet, RulePack
from .yamlio import load_path


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set `staff[1].social_security_start` in plain data; None removes the key."""
    parts = parse_concrete(path)
    node: Any = data
    for position, (name, index) in enumerate(parts):
        last = position == len(parts) - 1
        if index is None:
            if last:
                if value is None:
                    node.pop(name, None)
                else:
                    node[name] = value
                return
            node = node.setdefault(name, {})
        else:
            items = node.setdefault(name, [])
            position_in_list = index
            while len(items) <= position_in_list:
                items.append({})
            if last:
                items[position_in_list] = value
                return
            node = items[position_in_list]


@dataclass
class CaseResult:
    file: str
    name: str
    problems: list[str]


def _pack(packs: PackSet | dict[str, RulePack], wanted: str) -> RulePack:
    """An encoded pack by id, or (with a PackSet) the national baseline for a region without one."""
    if isinstance(packs, PackSet):
        pack = packs.packs.get(wanted) or packs.for_region(wanted)
        if pack is None:
            raise KeyError(f"no pack or region {wanted!r}")
        return pack
    return packs[wanted]


def run_case_file(path: Path, packs: PackSet | dict[str, RulePack]) -> list[CaseResult]:
    spec, _ = load_path(path)
    pack = _pack(packs, spec["pack"])
    base, _ = load_path(data_dir("examples") / spec["example"])
    as_of = spec.get("as_of") or dt.date.today()
    results = []
    for case in spec["cases"]:
        data = copy.deepcopy(base)
        for field_path, value in (case.get("set") or {}).items():
            set_path(data, field_path, value)
        application = application_from_data(data, file=f"{path}:{case['name']}")
        report = evaluate(application, pack, case.get("as_of") or as_of)
        results.append(CaseResult(str(path), case["name"], _compare(report, case.get("expect") or {})))
    return results


def _compare(report: Any, expect: dict[str, Any]) -> list[str]:
    problems = []
    if "verdict" in expect and report.verdict.value != expect["verdict"]:
        fired = ", ".join(f"{f.rule_id}@{f.field}" for f in report.findings if f.severity != "info")
        problems.append(f"verdict {report.verdict.value}, expected {expect['verdict']} (findings: {fired or 'none'})")
    for wanted in expect.get("findings") or []:
        if not any(_matches(finding, wanted) for finding in report.findings):
            seen = ", ".join(f"{f.rule_id}@{f.field}" for f in report.findings)
            problems.append(f"no finding like {wanted} (got: {seen or 'none'})")
    for rule_id in expect.get("absent") or []:
        if any(f.rule_id == rule_id for f in report.findings):
            problems.append(f"rule {rule_id} fired but should not")
    timeline = report.timeline
    for key in ("earliest_filing", "licence_from", "licence_to"):
        if key in expect and getattr(timeline, key) != expect[key]:
            problems.append(f"{key} {getattr(timeline, key)}, expected {expect[key]}")
    ids = {item.id for item in report.checklist}
    for item in expect.get("checklist_includes") or []:
        if item not in ids:
            problems.append(f"checklist lacks {item}")
    for item in expect.get("checklist_excludes") or []:
        if item in ids:
            problems.append(f"checklist includes {item} but should not")
    return problems


def _matches(finding: Any, wanted: dict[str, Any]) -> bool:
    actual = {
        "rule": finding.rule_id,
        "page": finding.page,
        "field": finding.field,
        "severity": finding.severity.value,
        "met_on": finding.met_on,
    }
    return all(actual.get(key) == value for key, value in wanted.items())


def case_files() -> list[Path]:
    return sorted((data_dir("rules") / "tests").glob("*.yaml"))
