"""The YAML test cases beside the rule packs (rules/tests/*.yaml).

Kept in the core rather than in tests/ so that consultants can run them with
`icp-wizard rules test` after editing a pack, without a development setup. What a failed case
differed in is a Reason (messages/cases.py), shown in Chinese or English.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..application.documents import application_from_data
from ..application.fieldpaths import parse_concrete
from ..application.yamlio import Lines, load_path
from ..engine import evaluate
from ..messages import Reason, Verbatim, message
from ..rulepack.loader import PackSet, RulePack
from ..runtime.errors import InputError, ReasonError
from ..runtime.resources import data_dir
from .caseshapes import CASE, CASE_FILE, EXPECT, Record, check_case_file, describe_value

# What each part of a case file may hold (caseshapes.py): any other key is a misspelling that would pass
# unchecked.
FILE_KEYS = set(CASE_FILE.fields)
CASE_KEYS = set(CASE.fields)
EXPECT_KEYS = set(EXPECT.fields)
PART_KEYS = {name: set(getattr(shape, "item", shape).fields) for name, shape in EXPECT.fields.items()
             if isinstance(getattr(shape, "item", shape), Record)}  # for a list: the keys of each item


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set `staff[1].social_security_start` in plain data; None removes the key. A path the example's
    data cannot hold (an index into a text, a name inside a list) raises a ReasonError saying where."""
    parts = parse_concrete(path)
    node: Any = data
    for position, (name, index) in enumerate(parts):
        last = position == len(parts) - 1
        if not isinstance(node, dict):
            raise ReasonError("case.set_not_mapping", {"path": path, "name": name, "actual": describe_value(node)})
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
            if not isinstance(items, list):
                raise ReasonError("case.set_not_list", {"path": path, "name": name, "actual": describe_value(items)})
            while len(items) <= index:
                items.append({})
            if last:
                items[index] = value
                return
            node = items[index]


@dataclass
class CaseResult:
    file: str
    name: str
    problems: list[Reason]  # what the report showed other than the case expects; none when it passed

    def describe(self, lang: str) -> str:
        """The failed case (its file and name), then one indented line for each thing that differed."""
        lines = [message("case.failed", lang, file=Verbatim(Path(self.file).name), case=Verbatim(self.name))]
        return "\n".join(lines + [f"     {problem.text(lang)}" for problem in self.problems])


def summary(results: list[CaseResult], lang: str, refused: int = 0) -> str:
    """How many cases passed and failed, and how many case files were refused whole."""
    failed = sum(1 for result in results if result.problems)
    if refused:
        return message("case.refused_summary", lang, passed=len(results) - failed, failed=failed, refused=refused)
    return message("case.summary", lang, passed=len(results) - failed, failed=failed)


def _pack(packs: PackSet | dict[str, RulePack], wanted: str, file: Path, line: int | None) -> RulePack:
    """An encoded pack by id, or (with a PackSet) the national baseline for a region without one."""
    if isinstance(packs, PackSet):
        pack = packs.packs.get(wanted) or packs.for_region(wanted)
    else:
        pack = packs.get(wanted)
    if pack is None:
        raise InputError("case.unknown_pack", {"pack": wanted}, file=str(file), line=line)
    return pack


def _read(path: Path) -> tuple[dict[str, Any], Lines]:
    """The case file, refused with its line when a case could not even be run."""
    spec, lines = load_path(path)
    if isinstance(spec, dict):
        unknown = sorted(set(spec) - FILE_KEYS, key=str)
        if unknown:
            raise InputError("case.unknown_file_keys", {"keys": unknown}, file=str(path),
                             line=lines.get((unknown[0],)))
    check_case_file(spec, lines, str(path))
    return spec, lines


def run_case_file(path: Path, packs: PackSet | dict[str, RulePack]) -> list[CaseResult]:
    spec, lines = _read(path)
    pack = _pack(packs, spec["pack"], path, lines.get(("pack",)))
    base, _ = load_path(data_dir("examples") / spec["example"])
    as_of = spec.get("as_of") or dt.date.today()
    results = []
    for number, case in enumerate(spec["cases"]):
        data = copy.deepcopy(base)
        for field_path, value in (case.get("set") or {}).items():
            try:
                set_path(data, field_path, value)
            except ReasonError as exc:
                raise InputError(exc.reason, file=str(path), line=lines.get(("cases", number, "set", field_path))) \
                    from None
        application = application_from_data(data, file=f"{path}:{case['name']}")
        report = evaluate(application, pack, case.get("as_of") or as_of)
        expect = case.get("expect")
        problems = _misspelt(case) + _compare(report, expect if isinstance(expect, dict) else {})
        results.append(CaseResult(str(path), case["name"], problems))
    return results


def _misspelt(case: dict[str, Any]) -> list[Reason]:
    """Keys the runner does not know, part by part (a misspelt `verdit:` would check nothing), and a case
    without expectations."""
    problems = []
    unknown = sorted(set(case) - CASE_KEYS, key=str)
    if unknown:
        problems.append(Reason("case.unknown_case_keys", {"keys": unknown}))
    expect = case.get("expect")
    if not expect or not isinstance(expect, dict):
        return problems + [Reason("case.no_expectations")]
    parts = [("expect", expect, EXPECT_KEYS)]
    for name, keys in PART_KEYS.items():
        value = expect.get(name) or {}
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        parts += [(f"expect.{name}" + (f"[{index}]" if index is not None else ""), item, keys) for index, item in items]
    for section, part, keys in parts:
        unknown = sorted(set(part) - keys, key=str) if isinstance(part, dict) else []
        if unknown:
            problems.append(Reason("case.unknown_keys", {"section": Verbatim(section), "keys": unknown}))
    return problems


def _differs(key: str, actual: Any, expected: Any) -> Reason:
    return Reason("case.differs", {"key": Verbatim(key), "actual": _value(actual), "expected": _value(expected)})


def _value(value: Any) -> Any:
    """A value as a failed case shows it: "无" / "none" for an empty one (YAML's null, an empty list)."""
    return Reason("word.none") if value is None or value == [] else value


def _quoted(texts: list[str]) -> Any:
    """Texts the program made (finding and source descriptions) in full, never cut."""
    return _value([Verbatim(text) for text in texts])


def _compare(report: Any, expect: dict[str, Any]) -> list[Reason]:
    problems = []
    if "verdict" in expect and report.verdict.value != expect["verdict"]:
        fired = [f"{f.rule_id}@{f.field}" for f in report.findings if f.severity != "info"]
        problems.append(Reason("case.verdict", {"actual": report.verdict.value, "expected": expect["verdict"],
                                                "findings": _quoted(fired)}))
    for wanted in expect.get("findings") or []:
        if not any(_matches(finding, wanted) for finding in report.findings):
            seen = [_describe(f) for f in report.findings]
            problems.append(Reason("case.no_finding_like", {"wanted": Verbatim(wanted), "seen": _quoted(seen)}))
    for rule_id in expect.get("absent") or []:
        if any(rule_id in f.rule_ids for f in report.findings):
            problems.append(Reason("case.rule_fired", {"rule": rule_id}))
    if "finding_count" in expect:
        for rule_id, count in expect["finding_count"].items():
            actual = sum(1 for f in report.findings if rule_id in f.rule_ids)
            if actual != count:
                problems.append(Reason("case.finding_count", {"rule": rule_id, "actual": actual, "expected": count}))
    timeline = report.timeline
    for key in ("earliest_filing", "licence_from", "licence_to"):
        if key in expect and getattr(timeline, key) != expect[key]:
            problems.append(_differs(key, getattr(timeline, key), expect[key]))
    problems += _compare_filing(report, expect.get("filing") or {})
    problems += _compare_licence(timeline.licence, expect.get("licence") or {})
    for key, wanted in (expect.get("open") or {}).items():
        if key not in PART_KEYS["open"]:
            continue  # reported by _misspelt
        actual = getattr(report.open_counts, key)
        if actual != wanted:
            problems.append(_differs(f"open {key}", actual, wanted))
    ids = {item.id for item in report.checklist}
    for item in expect.get("checklist_includes") or []:
        if item not in ids:
            problems.append(Reason("case.checklist_lacks", {"item": item}))
    for item in expect.get("checklist_excludes") or []:
        if item in ids:
            problems.append(Reason("case.checklist_includes", {"item": item}))
    for wanted in expect.get("obligations") or []:
        item = next((o for o in timeline.obligations if o.id == wanted["id"]), None)
        if item is None or not _texts_match(item, wanted):
            problems.append(Reason("case.no_obligation_like", {"wanted": Verbatim(wanted)}))
    for wanted in expect.get("steps") or []:
        step = next((s for s in timeline.steps if s.id == wanted["id"]), None)
        if step is None or not _texts_match(step, wanted):
            problems.append(Reason("case.no_step_like", {"wanted": Verbatim(wanted)}))
    return problems


def _compare_filing(report: Any, wanted: dict[str, Any]) -> list[Reason]:
    filing, problems = report.timeline.filing, []
    rules_of = {f.id: f.rule_ids for f in report.findings}
    for key in ("set_by", "depends_on"):
        for rule_id in wanted.get(key) or []:
            if not any(rule_id in rules_of.get(finding_id, []) for finding_id in getattr(filing, key)):
                problems.append(Reason("case.filing_lacks", {"key": Verbatim(key), "rule": rule_id,
                                                             "has": _quoted(getattr(filing, key))}))
    if "not_before" in wanted and filing.not_before != wanted["not_before"]:
        problems.append(_differs("filing not_before", filing.not_before, wanted["not_before"]))
    for lang, key in (("zh", "says"), ("en", "says_en")):
        if key in wanted:
            text = filing.explanation.get(lang) + (filing.adjustment.get(lang) if filing.adjustment else "")
            if wanted[key] not in text:
                problems.append(Reason("case.filing_says", {"wanted": wanted[key], "text": Verbatim(text)}))
    return problems


def _compare_licence(window: Any, wanted: dict[str, Any]) -> list[Reason]:
    problems = []
    for key in ("min_working_days", "max_working_days", "earliest", "latest", "stated_steps_working_days"):
        if key in wanted and getattr(window, key) != wanted[key]:
            problems.append(_differs(f"licence {key}", getattr(window, key), wanted[key]))
    if "says" in wanted and wanted["says"] not in window.basis.zh:
        problems.append(Reason("case.licence_says", {"wanted": wanted["says"], "text": Verbatim(window.basis.zh)}))
    cited = [f"{s.ref} {s.title} {s.section}" for s in window.sources]
    for piece in wanted.get("cites") or []:
        if not any(piece in text for text in cited):
            problems.append(Reason("case.licence_cites", {"wanted": piece, "cited": _quoted(cited)}))
    return problems


def _texts_match(item: Any, wanted: dict[str, Any]) -> bool:
    """An obligation or process step: `says` in its Chinese detail or note, `cites` its source, `unconfirmed`;
    a step's `recorded` in what the tracking section recorded for it."""
    text = " ".join(t.zh for t in (getattr(item, "detail", None), getattr(item, "note", None)) if t)
    recorded = getattr(item, "recorded", None)
    source = item.source
    cited = f"{source.ref} {source.title} {source.section}"
    return (
        ("says" not in wanted or wanted["says"] in text)
        and ("recorded" not in wanted or (recorded is not None and wanted["recorded"] in recorded.zh))
        and ("cites" not in wanted or wanted["cites"] in cited)
        and ("unconfirmed" not in wanted or source.unconfirmed == wanted["unconfirmed"])
    )


def _describe(finding: Any) -> str:
    return f"{'+'.join(finding.rule_ids)}@{finding.field} [{finding.kind.value}/{finding.basis.value}]"


def _matches(finding: Any, wanted: dict[str, Any]) -> bool:
    """Keys: rule (any rule that reported the finding), page, field, severity, met_on, kind, basis,
    cites (substrings each matching one source's ref, title or section), says / says_en (in the
    message), fix_says, doubtful (in the note), unconfirmed (a source's article is unconfirmed)."""
    actual = {
        "page": finding.page,
        "field": finding.field,
        "severity": finding.severity.value,
        "met_on": finding.met_on,
        "kind": finding.kind.value,
        "basis": finding.basis.value,
    }
    if "rule" in wanted and wanted["rule"] not in finding.rule_ids:
        return False
    if any(key in wanted and actual[key] != wanted[key] for key in actual):
        return False
    cited = [f"{s.ref} {s.title} {s.section}" for s in finding.sources]
    for piece in wanted.get("cites") or []:
        if not any(piece in text for text in cited):
            return False
    texts = {"says": finding.message.zh, "says_en": finding.message.en, "fix_says": finding.fix.zh,
             "doubtful": finding.doubtful.zh if finding.doubtful else ""}
    if any(key in wanted and wanted[key] not in text for key, text in texts.items()):
        return False
    return "unconfirmed" not in wanted or any(s.unconfirmed for s in finding.sources) == wanted["unconfirmed"]


def case_files() -> list[Path]:
    return sorted((data_dir("rules") / "tests").glob("*.yaml"))
