"""What a check is given and what it returns, and the readings the check modules share.

A check (checks.py, identifier_checks.py, industry_checks.py, staff_checks.py, crosschecks.py) is
called with a Context (the application, the pack, the day) and returns an Outcome: the failures it
found, each a concrete field path and values for the message placeholders, and, for time-based
checks, the date on which the condition is or will be met.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..application.fieldpaths import resolve
from ..application.model import Application
from ..china.regions import BY_ID, Region
from ..messages import CATALOG
from ..rulepack.basics import Bilingual, FindingKind, Severity
from ..rulepack.loader import RulePack


def catalog_texts(message: str, fix: str) -> tuple[Bilingual, Bilingual]:
    """A Failure's own message and fix from the catalog, as templates the finding's values fill like a rule's."""
    return Bilingual(zh=CATALOG[message][0], en=CATALOG[message][1]), Bilingual(zh=CATALOG[fix][0], en=CATALOG[fix][1])


@dataclass
class Failure:
    path: str
    values: dict[str, Any] = field(default_factory=dict)
    missing: bool = False  # the answer at `path` is empty: the finding asks for it
    kind: FindingKind | None = None  # overrides the rule's kind (e.g. one person waits, another must act)
    # The check's own message and fix, for a case the rule's wording is not about (its `when_missing:`
    # speaks of an undated violation, not of the unanswered question before the list)
    texts: tuple[Bilingual, Bilingual] | None = None
    severity: Severity | None = None  # lowers the rule's severity for a case (a pre-filing advice once filed)


@dataclass
class Outcome:
    failures: list[Failure] = field(default_factory=list)
    met_on: dt.date | None = None
    time_based: bool = False


@dataclass
class Context:
    application: Application
    pack: RulePack
    as_of: dt.date
    sources: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # findings.py: citations made once
    cache: Any = None  # an incremental.EvaluationCache between evaluations, else None
    memo: dict[Any, Any] = field(default_factory=dict)  # what several rules of one evaluation work out alike

    def param(self, value: Any) -> Any:
        return self.pack.parameter(value)

    def per_item(self, owner: Any, section: str, work: Callable[[int, Any], Any]) -> list[Any]:
        """`work(index, item)` for each item of a list section (staff, servers); between evaluations, only
        for the items that changed. `work` may depend on nothing else but `owner` (the rule), the pack,
        the day and the list's length."""
        items = getattr(self.application, section)
        if self.cache is None:
            return [work(index, item) for index, item in enumerate(items)]
        return self.cache.per_item(owner, section, items, work)

    def shared(self, key: str, compute: Callable[[Context], Any]) -> Any:
        """What several rules of one evaluation work out alike, worked out once. While the cache records
        which sections each rule reads, every rule that uses the value is charged with the reads it took."""
        from .incremental import ReadRecorder

        kept = self.memo.get(key)
        if kept is None:
            application = self.application
            real = application._application if isinstance(application, ReadRecorder) else application
            recorder = ReadRecorder(real)
            kept = self.memo[key] = (compute(replace(self, application=recorder)), frozenset(recorder.read))
        value, read = kept
        if isinstance(self.application, ReadRecorder):
            self.application.read |= read
        return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _values(ctx: Context, path: str) -> list[tuple[str, Any]]:
    return list(resolve(ctx.application, path))


@lru_cache(maxsize=128)
def _name(region: Region | None) -> Bilingual:
    """A region's name; one frozen text per region serves every person and server insured or hosted there."""
    return Bilingual(zh=region.zh, en=region.en) if region else Bilingual(zh="—", en="—")


def _pack_region_name(ctx: Context) -> Bilingual:
    return _name(BY_ID.get(ctx.pack.header.region or ""))


def checks_of(namespace: dict[str, Any]) -> dict[str, Callable[..., Outcome]]:
    """A check module's functions by the kind a pack names: `check_staff_count` is `staff_count`.
    Each module passes its globals(), so a new check is found by its name alone."""
    return {
        name.removeprefix("check_"): function
        for name, function in namespace.items()
        if name.startswith("check_") and callable(function)
    }
