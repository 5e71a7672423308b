"""The application being edited, the chosen pack and the latest report.

Every edit goes through `set_value`, which validates the edited section with the
core model (so the model never holds a value it would refuse) and re-evaluates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal

from wizard.core.documents import clean_reason
from wizard.core.engine.evaluate import evaluate
from wizard.core.fieldpaths import get_value, parse_concrete
from wizard.core.model import Application
from wizard.core.report import Report
from wizard.core.rulepack.loader import RulePack

from .i18n import tr

_ERROR_TEXT = {
    "date_from_datetime_parsing": ("日期格式应为 年-月-日，例如 2024-03-01", "Write the date as YYYY-MM-DD, e.g. 2024-03-01"),
    "date_parsing": ("日期格式应为 年-月-日，例如 2024-03-01", "Write the date as YYYY-MM-DD, e.g. 2024-03-01"),
    "date_type": ("日期格式应为 年-月-日，例如 2024-03-01", "Write the date as YYYY-MM-DD, e.g. 2024-03-01"),
    "int_parsing": ("请填写整数", "Enter a whole number"),
    "int_from_float": ("请填写整数", "Enter a whole number"),
    "float_parsing": ("请填写数字", "Enter a number"),
    "greater_than_equal": ("不能为负数", "Cannot be negative"),
    "less_than_equal": ("数值过大", "The number is too large"),
    "enum": ("不是可选的值", "Not one of the allowed values"),
}
_REASON_ZH = {
    "the amount cannot be negative": "金额不能为负数",
    "the amount is empty": "金额为空",
    "the amount is implausibly large; check the number of zeros": "金额大得不合理，请检查位数",
}


def explain(exc: ValidationError) -> str:
    """A short reason in the current language (the core's text is English)."""
    error = exc.errors(include_url=False)[0]
    zh_en = _ERROR_TEXT.get(error["type"])
    reason = clean_reason(error["msg"])
    if zh_en:
        return tr(zh_en[0], zh_en[1])
    if reason.startswith("date ") and "future" in reason:
        return tr("日期不能晚于今天", "The date cannot be in the future")
    if reason.startswith("date ") and "before" in reason:
        return tr("日期不能早于1949-10-01", "The date cannot be before 1949-10-01")
    if reason.startswith("unknown province"):
        return tr("未知的省份或地区", "Unknown province or region")
    if reason in _REASON_ZH:
        return tr(_REASON_ZH[reason], reason[:1].upper() + reason[1:])
    return tr("无效的值：", "Invalid value: ") + reason


class Session(QObject):
    """Holds the Application; emits `evaluated` after every accepted change."""

    evaluated = Signal(object)  # Report | None
    loaded = Signal()  # a new document replaced the old one (rebuild widgets from it)
    dirty_changed = Signal(bool)
    edited = Signal()  # any accepted change (drives autosave)

    def __init__(self, packs: dict[str, RulePack], as_of: dt.date | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.packs = packs
        self.as_of = as_of
        self.application = Application()
        self.report: Report | None = None
        self.path: str | None = None
        self.dirty = False

    # --- packs ------------------------------------------------------------
    def pack_for_region(self, region: str | None) -> RulePack | None:
        return next((p for p in self.packs.values() if p.header.region == region), None)

    @property
    def pack(self) -> RulePack | None:
        return self.pack_for_region(self.application.scope.province)

    # --- documents ----------------------------------------------------------
    def load(self, application: Application, path: str | None) -> None:
        self.application = application
        self.path = path
        self._set_dirty(False)
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
    def set_value(self, path: str, raw: Any) -> str | None:
        """Validate and store one field. Returns the reason if the model refuses the value."""
        parts = parse_concrete(path)
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
        self.report = evaluate(self.application, pack, self.as_of) if pack else None
        self.evaluated.emit(self.report)
