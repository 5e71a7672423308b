"""Display names for enum values and statuses (presentation only; no rules here)."""

from __future__ import annotations

from enum import Enum

from wizard.core.labels import ENUM_LABELS, PAGE_STATUS_LABELS, SEVERITY_LABELS

from .i18n import tr


def enum_label(value: Enum | str) -> str:
    key = value.value if isinstance(value, Enum) else str(value)
    zh, en = ENUM_LABELS.get(key, (key, key))
    return tr(zh, en)


def page_status_label(status: str) -> str:
    zh, en = PAGE_STATUS_LABELS.get(str(status), (str(status), str(status)))
    return tr(zh, en)


def severity_label(severity: str) -> str:
    zh, en = SEVERITY_LABELS.get(str(severity), (str(severity), str(severity)))
    return tr(zh, en)


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return tr("是", "Yes") if value else tr("否", "No")
