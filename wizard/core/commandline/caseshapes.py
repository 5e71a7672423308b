"""What each key of a YAML case file (rules/tests/*.yaml) may hold, checked before any case runs.

A value of the wrong shape would otherwise crash the runner (a finding written as a text, a
`finding_count:` given as a list) or quietly check something else (`absent: gansu.x` read letter by
letter). Such a file is refused with its line and what the value should have been; casefiles.py
also takes from here which keys each part knows, to report a misspelt one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..application.yamlio import Lines
from ..messages import Reason, Verbatim
from ..report import OpenCounts
from ..runtime.errors import InputError


@dataclass(frozen=True)
class Scalar:
    word: str  # how a refusal names what was wanted (messages/cases.py)
    accepts: Callable[[Any], bool]


@dataclass(frozen=True)
class ListOf:
    item: Any
    word: str = "shape.list"


@dataclass(frozen=True)
class Counts:
    """A mapping of names (rule ids, open-item kinds) to whole numbers."""
    word: str = "shape.counts"


@dataclass(frozen=True)
class Record:
    """A mapping with known keys; keys not listed are the misspellings casefiles.py reports."""
    fields: dict[str, Any]
    required: tuple[str, ...] = ()
    word: str = "shape.mapping"
    open_values: bool = False  # `set:`: any field path, any value


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


TEXT = Scalar("shape.text", lambda value: isinstance(value, str))
DAY = Scalar("shape.date", lambda value: isinstance(value, dt.date))
DAY_OR_NONE = Scalar("shape.date_or_none", lambda value: value is None or isinstance(value, dt.date))
WHOLE = Scalar("shape.whole", _whole)
WHOLE_OR_NONE = Scalar("shape.whole_or_none", lambda value: value is None or _whole(value))
FLAG = Scalar("shape.flag", lambda value: isinstance(value, bool))
NAME = Scalar("shape.name", lambda value: isinstance(value, (str, int)) and not isinstance(value, bool))
TEXTS = ListOf(TEXT, "shape.texts")
MISSING = Scalar("case.missing_key", lambda value: False)  # a required key that is not there at all

FINDING = Record({
    "rule": TEXT, "page": TEXT, "field": TEXT, "severity": TEXT, "met_on": DAY_OR_NONE, "kind": TEXT,
    "basis": TEXT, "cites": TEXTS, "says": TEXT, "says_en": TEXT, "fix_says": TEXT, "doubtful": TEXT,
    "unconfirmed": FLAG,
})
# An obligation or process step by its id; `cites` is one piece of its single source.
DATED_ITEM = Record({"id": TEXT, "says": TEXT, "cites": TEXT, "unconfirmed": FLAG}, required=("id",))
# A process step also says what the tracking section recorded for it (its `recorded` text, in Chinese).
STEP = Record({**DATED_ITEM.fields, "recorded": TEXT}, required=("id",))

EXPECT = Record({
    "verdict": TEXT,
    "findings": ListOf(FINDING, "shape.findings"),
    "absent": TEXTS,
    "finding_count": Counts(),
    "earliest_filing": DAY_OR_NONE,
    "licence_from": DAY_OR_NONE,
    "licence_to": DAY_OR_NONE,
    "filing": Record({"set_by": TEXTS, "depends_on": TEXTS, "not_before": DAY_OR_NONE, "says": TEXT,
                      "says_en": TEXT}),
    "licence": Record({"min_working_days": WHOLE_OR_NONE, "max_working_days": WHOLE_OR_NONE,
                       "earliest": DAY_OR_NONE, "latest": DAY_OR_NONE, "stated_steps_working_days": WHOLE_OR_NONE,
                       "says": TEXT, "cites": TEXTS}),
    "open": Record(dict.fromkeys(OpenCounts.model_fields, WHOLE_OR_NONE)),
    "checklist_includes": TEXTS,
    "checklist_excludes": TEXTS,
    "obligations": ListOf(DATED_ITEM, "shape.dated_items"),
    "steps": ListOf(STEP, "shape.dated_items"),
})
CASE = Record({"name": NAME, "set": Record({}, open_values=True), "expect": EXPECT, "as_of": DAY},
              required=("name",))
CASE_FILE = Record({"pack": TEXT, "example": TEXT, "as_of": DAY, "cases": ListOf(CASE, "shape.cases")},
                   required=("pack", "example", "cases"))


def describe_value(value: Any) -> Reason:
    """What the value is, in the words a refusal uses."""
    if value is None:
        return Reason("shape.is_null")
    if isinstance(value, bool):
        return Reason("shape.is_flag", {"value": Verbatim(str(value).lower())})
    if isinstance(value, dict):
        return Reason("shape.is_mapping")
    if isinstance(value, list):
        return Reason("shape.is_list")
    if isinstance(value, dt.date):
        return Reason("shape.is_date", {"value": Verbatim(value.isoformat())})
    if isinstance(value, (int, float)):
        return Reason("shape.is_number", {"value": Verbatim(str(value))})
    return Reason("shape.is_text", {"value": Verbatim(str(value))})


def _where(path: tuple[Any, ...]) -> str:
    """`cases[2].expect.finding_count` for ("cases", 2, "expect", "finding_count")."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _mismatch(value: Any, shape: Any, path: tuple[Any, ...]) -> tuple[tuple[Any, ...], Any, Any] | None:
    """The first place where `value` does not have `shape`: its path, the shape wanted, the value there."""
    if isinstance(shape, Scalar):
        return None if shape.accepts(value) else (path, shape, value)
    if isinstance(shape, ListOf):
        if not isinstance(value, list):
            return path, shape, value
        for index, item in enumerate(value):
            found = _mismatch(item, shape.item, (*path, index))
            if found:
                return found
        return None
    if not isinstance(value, dict):
        return path, shape, value
    if isinstance(shape, Counts):
        for key, count in value.items():
            if not isinstance(key, str):
                return (*path, key), TEXT, key
            if not _whole(count):
                return (*path, key), WHOLE, count
        return None
    for key in shape.required:
        if key not in value:
            return (*path, key), MISSING, None
    if shape.open_values:
        bad = next((key for key in value if not isinstance(key, str)), None)
        return None if bad is None else ((*path, bad), TEXT, bad)
    for key, item in value.items():
        if key in shape.fields:  # other keys are misspellings, reported by the runner as a failed case
            found = _mismatch(item, shape.fields[key], (*path, key))
            if found:
                return found
    return None


def check_case_file(spec: Any, lines: Lines, file: str) -> None:
    """Refuse a case file any of whose values has the wrong shape, naming the line and what was wanted."""
    found = _mismatch(spec, CASE_FILE, ())
    if found is None:
        return
    path, shape, value = found
    line = _line(lines, path)
    if not path:
        raise InputError("case.form", file=file, line=line)
    case = _case_name(spec, path)
    where = Verbatim(_where(path[2:] if case is not None else path))
    if shape is MISSING:
        if case is None or len(path) == 3:  # a key of the file, or of a case (the line shows which)
            raise InputError("case.missing_key", {"key": str(path[-1])}, file=file, line=line)
        where = Verbatim(_where(path[2:-1]))
        raise InputError("case.missing_key_in", {"case": case, "where": where, "key": str(path[-1])}, file=file,
                         line=line)
    params = {"where": where, "shape": Reason(shape.word), "actual": describe_value(value)}
    if case is None:
        raise InputError("case.shape", params, file=file, line=line)
    raise InputError("case.shape_in_case", {"case": case, **params}, file=file, line=line)


def _case_name(spec: dict[str, Any], path: tuple[Any, ...]) -> Verbatim | None:
    """The name of the case `path` lies in (past its own key), or None for the file's own keys."""
    if len(path) < 3 or path[0] != "cases":
        return None
    case = spec["cases"][path[1]]
    return Verbatim(str(case.get("name", f"#{path[1] + 1}")))


def _line(lines: Lines, path: tuple[Any, ...]) -> int | None:
    """The line of the value at `path`, or of the nearest part of it the file has (a missing key: its mapping)."""
    for end in range(len(path), -1, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return None
