"""The application being edited, the chosen pack and the latest report.

Every edit goes through `set_value`, which validates the edited section with the
core model (so the model never holds a value it would refuse) and re-evaluates.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal

from wizard.core.application.fieldpaths import get_value, parse_concrete
from wizard.core.application.model import Application
from wizard.core.application.validation import reason_of
from wizard.core.engine.evaluate import evaluate
from wizard.core.engine.incremental import EvaluationCache
from wizard.core.messages import Reason
from wizard.core.report import Report
from wizard.core.rulepack.loader import PackSet, RulePack
from wizard.core.runtime.crash import breadcrumb

if TYPE_CHECKING:
    from wizard.core.plan.model import Plan  # built when the plan page first asks


def explain(exc: ValidationError) -> Reason:
    """The program's reason for the first problem (rendered in the interface language where shown)."""
    return reason_of(exc.errors(include_url=False)[0])


class Session(QObject):
    """Holds the Application; emits `evaluated` after every accepted change."""

    evaluated = Signal(object)  # Report | None
    loaded = Signal()  # a new document replaced the old one (rebuild widgets from it)
    dirty_changed = Signal(bool)
    edited = Signal()  # any accepted change (drives autosave)

    def __init__(self, packs: PackSet | dict[str, RulePack], as_of: dt.date | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.pack_set = packs if isinstance(packs, PackSet) else PackSet(packs=dict(packs))
        self.packs = self.pack_set.packs  # the encoded province packs
        self.as_of = as_of
        self.application = Application()
        self.report: Report | None = None
        self._evaluations = EvaluationCache()  # an edit rechecks only the rules it can change
        self._plan: tuple[Report, Plan] | None = None  # built on first use after each evaluation
        self.path: str | None = None
        self.dirty = False

    # --- packs ------------------------------------------------------------
    def pack_for_region(self, region: str | None) -> RulePack | None:
        """The region's own pack, or the national baseline for a mainland region without one."""
        return self.pack_set.for_region(region)

    @property
    def pack(self) -> RulePack | None:
        return self.pack_for_region(self.application.scope.province)

    # --- documents ----------------------------------------------------------
    def load(self, application: Application, path: str | None, unsaved: bool = False) -> None:
        """Replace the document; `unsaved` for work that differs from the file (recovered after a crash)."""
        self.application = application
        self.path = path
        self._set_dirty(unsaved)
        self.loaded.emit()
        self.reevaluate()

    def mark_saved(self, path: str) -> None:
        self.path = path
        self._set_dirty(False)

    def _set_dirty(self, value: bool) -> None:
        if value != self.dirty:
            self.dirty = value
            self.dirty_changed.emit(value)

    # --- edits ----------------------------------------------------------------
    def set_value(self, path: str, raw: Any) -> Reason | None:
        """Validate and store one field. Returns the reason if the model refuses the value."""
        parts = parse_concrete(path)
        breadcrumb("edit", parts[0][0])  # the section ("entity", "staff"), never the value
        *owner_parts, (name, index) = parts
        if index is not None:
            raise ValueError(f"{path!r} names a list item, not a field")
        owner = self.application
        holders: list[tuple[Any, str, int | None]] = []
        for part_name, part_index in owner_parts:
            holders.append((owner, part_name, part_index))
            owner = getattr(owner, part_name)
            if part_index is not None:
                owner = owner[part_index]
        data = owner.model_dump()
        data[name] = raw
        try:
            new_owner = type(owner).model_validate(data)
        except ValidationError as exc:
            return explain(exc)
        if getattr(new_owner, name) == getattr(owner, name):
            return None
        self._replace(holders, new_owner)
        self._changed()
        return None

    def _replace(self, holders: list[tuple[Any, str, int | None]], new: BaseModel) -> None:
        parent, name, index = holders[-1]
        if index is None:
            setattr(parent, name, new)
        else:
            getattr(parent, name)[index] = new

    def list_at(self, path: str) -> list[Any]:
        value = get_value(self.application, path)
        if not isinstance(value, list):
            raise ValueError(f"{path!r} is not a list")
        return value

    def add_item(self, path: str, item: BaseModel) -> int:
        items = self.list_at(path)
        items.append(item)
        self._changed()
        return len(items) - 1

    def remove_item(self, path: str, index: int) -> None:
        items = self.list_at(path)
        if 0 <= index < len(items):
            del items[index]
            self._changed()

    def _changed(self) -> None:
        self._set_dirty(True)
        self.edited.emit()
        self.reevaluate()

    def reevaluate(self) -> None:
        pack = self.pack
        self.report = evaluate(self.application, pack, self.as_of, self._evaluations) if pack else None
        self.evaluated.emit(self.report)

    def plan(self) -> Plan | None:
        """The action plan for the current report (it re-evaluates variants, so only when a page asks)."""
        report, pack = self.report, self.pack
        if report is None or pack is None:
            return None
        if self._plan is None or self._plan[0] is not report:
            from wizard.core.plan.build import build_plan

            self._plan = (report, build_plan(self.application, pack, report))
        return self._plan[1]

    def today(self) -> dt.date:
        """The day an act marked done is recorded on: the assessment date, never later than today."""
        return min(self.as_of or dt.date.today(), dt.date.today())
