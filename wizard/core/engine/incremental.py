"""Re-evaluating after an edit without redoing what the edit cannot change.

An `EvaluationCache` remembers, for each rule, which sections of the application
(entity, staff, servers …) it read and what it produced (its findings, its time
condition). The next evaluation with the same pack and day compares every section
with a private copy of its last value; a rule none of whose sections changed gives
its remembered result, the others are checked again. Reads are recorded while the
rule runs, so the sections a rule depends on are what it really looked at, not a
list kept by hand; and values are compared, not object identities, so a change made
in place is seen like any other.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field
from typing import Any

from ..application.model import Application
from ..report import Finding, TimeCondition

SECTIONS: tuple[str, ...] = tuple(name for name in Application.model_fields if name != "schema_version")


class ReadRecorder:
    """Stands in for the application while one rule runs and notes each section it reads."""

    __slots__ = ("_application", "read")

    def __init__(self, application: Application):
        self._application = application
        self.read: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        self.read.add(name)
        return getattr(self._application, name)


@dataclass
class RuleResult:
    """What one rule gave: whether it applied, its findings (keyed for merging) and time condition."""

    applied: bool
    unanswered: bool = False
    condition: TimeCondition | None = None
    keyed: list[tuple[tuple[str, str], Finding]] = field(default_factory=list)
    read: frozenset[str] = frozenset()


class _Snapshot:
    """Private copies of the application's sections as last evaluated; lists item by item, so that
    editing one of 500 people copies one person."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def changed(self, application: Application) -> tuple[set[str], dict[str, set[int] | None]]:
        """The sections whose value differs from the copy, and for lists the items that differ (None:
        the list grew or shrank, every item counts as changed); the copy brought up to date."""
        changed: set[str] = set()
        items: dict[str, set[int] | None] = {}
        for name in SECTIONS:
            current = getattr(application, name)
            kept = self.values.get(name)
            if kept is None or (isinstance(current, list) and len(kept) != len(current)):
                changed.add(name)
                items[name] = None
                self.values[name] = _copy(current)
            elif isinstance(current, list):
                # Field by field, as pydantic's == compares (these sections keep no private or extra
                # attributes), without its per-call overhead: 500 people are compared on every edit.
                differing = _differing(current, kept)
                for index in differing:
                    kept[index] = current[index].model_copy(deep=True)
                if differing:
                    changed.add(name)
                items[name] = differing
            elif kept != current:
                changed.add(name)
                self.values[name] = _copy(current)
        return changed, items


def _differing(current: list[Any], kept: list[Any]) -> set[int]:
    """The indices of the items that differ, type or fields, between two lists of the same length. Most
    edits change no item of most lists: those are compared whole (item by item in C), the rest one by one."""
    dicts = list(map(_fields, current))
    kept_dicts = list(map(_fields, kept))
    if dicts == kept_dicts and list(map(type, current)) == list(map(type, kept)):
        return set()
    return {index for index, item in enumerate(current)
            if type(item) is not type(kept[index]) or dicts[index] != kept_dicts[index]}


_fields = operator.attrgetter("__dict__")


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return [item.model_copy(deep=True) for item in value]
    return value.model_copy(deep=True)


class EvaluationCache:
    """Rule results kept between evaluations of one document (the GUI's session keeps one)."""

    def __init__(self) -> None:
        self._key: tuple[int, dt.date] | None = None
        self._pack: Any = None  # kept alive, so that its id is not reused by another pack
        self._snapshot = _Snapshot()
        # What each rule gave, by its place in the pack, with the evaluation it was last valid in: what
        # changed is known only from one evaluation to the next, so only the last one's are reused.
        self._results: dict[int, tuple[int, RuleResult]] = {}
        self._per_item: dict[tuple[int, str], tuple[int, list[Any]]] = {}  # a rule's part for each list item
        self._findings: dict[int, tuple[Any, tuple[tuple[str, str], Finding]]] = {}  # by id of the failure
        self._earlier_findings: dict[int, tuple[Any, tuple[tuple[str, str], Finding]]] = {}
        self._merged: dict[tuple[int, ...], tuple[list[Finding], Finding]] = {}  # by ids of the merged findings
        self._earlier_merged: dict[tuple[int, ...], tuple[list[Finding], Finding]] = {}
        self._timeline: tuple[bool, list[Finding], list[TimeCondition], Any] | None = None
        self.generation = 0  # evaluations started
        self.changed: set[str] = set(SECTIONS)
        self.changed_items: dict[str, set[int] | None] = {}
        self.reused = self.recomputed = 0  # of the last evaluation, for tests and benchmarks

    def start(self, application: Application, pack: Any, as_of: dt.date) -> None:
        """Before an evaluation: what changed since the last one (everything for another pack or day)."""
        key = (id(pack), as_of)
        if key != self._key:
            self._key, self._pack = key, pack
            self._snapshot = _Snapshot()
            self._results.clear()
            self._per_item.clear()
            self._findings.clear()
            self._merged.clear()
            self._timeline = None
        self.generation += 1
        self.changed, self.changed_items = self._snapshot.changed(application)
        # Only the findings of the last evaluation are kept: failures made anew each time must not pile up.
        self._earlier_findings, self._findings = self._findings, {}
        self._earlier_merged, self._merged = self._merged, {}
        self.reused = self.recomputed = 0

    def result(self, rule: int) -> RuleResult | None:
        """The rule's result of the last evaluation, if no section it read has changed since."""
        kept = self._results.get(rule)
        if kept is None or kept[0] != self.generation - 1 or not kept[1].read.isdisjoint(self.changed):
            return None
        self._results[rule] = (self.generation, kept[1])
        self.reused += 1
        return kept[1]

    def store(self, rule: int, result: RuleResult) -> None:
        self.recomputed += 1
        self._results[rule] = (self.generation, result)

    def per_item(self, owner: Any, section: str, items: list[Any], work: Any) -> list[Any]:
        """`work(index, item)` for each item of a list section, done again only for the items that changed
        since the last evaluation, when `owner` (a rule) did the same then."""
        kept = self._per_item.get((id(owner), section))
        if kept is not None and kept[0] == self.generation:  # asked again in the same evaluation
            return kept[1]
        changed = self.changed_items.get(section)
        if kept is None or kept[0] != self.generation - 1 or changed is None or len(kept[1]) != len(items):
            parts = [work(index, item) for index, item in enumerate(items)]
        else:
            parts = list(kept[1])
            for index in changed:
                parts[index] = work(index, items[index])
        self._per_item[(id(owner), section)] = (self.generation, parts)  # owners live as long as the pack
        return parts

    def finding(self, failure: Any, make: Any) -> tuple[tuple[str, str], Finding]:
        """The keyed finding of a failure: a failure kept for an unchanged item gives the same finding."""
        kept = self._findings.get(id(failure)) or self._earlier_findings.get(id(failure))
        if kept is not None and kept[0] is failure:
            self._findings[id(failure)] = kept
            return kept[1]
        made = make()
        self._findings[id(failure)] = (failure, made)
        return made

    def merged(self, group: list[Finding], make: Any) -> Finding:
        """The finding several rules' findings of one fact merge into: the same findings, the same merge."""
        key = tuple(map(id, group))
        kept = self._merged.get(key) or self._earlier_merged.get(key)
        if kept is not None and all(a is b for a, b in zip(kept[0], group, strict=True)):
            self._merged[key] = kept
            return kept[1]
        made = make()
        self._merged[key] = (list(group), made)
        return made

    def timeline(self, findings: list[Finding], conditions: list[TimeCondition], not_required: bool,
                 make: Any) -> Any:
        """The timeline, again when the findings and time conditions are the same objects as last time and
        the tracking section (the only one it reads) has not changed."""
        kept = self._timeline
        if (kept is not None and "tracking" not in self.changed and kept[0] == not_required
                and _same(kept[1], findings) and _same(kept[2], conditions)):
            return kept[3]
        made = make()
        self._timeline = (not_required, list(findings), list(conditions), made)
        return made


def _same(kept: list[Any], current: list[Any]) -> bool:
    """Equal lists; most items are the very objects of last time, so mostly without comparing fields."""
    return len(kept) == len(current) and all(a is b or a == b for a, b in zip(kept, current, strict=True))
