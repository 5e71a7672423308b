"""Display names for enum values and statuses (presentation only; no rules here)."""

from __future__ import annotations

from enum import Enum

from wizard.core.labels import ENUM_LABELS, PAGE_STATUS_LABELS, SEVERITY_LABELS

from .i18n import lang, shown, tr


def _in_language(pair: tuple[str, str]) -> str:
    """The core's (zh, en) label tables are shared with the exports, so they are not Linguist strings."""
    return pair[0] if lang() == "zh" else shown(pair[1])


def enum_label(value: Enum | str) -> str:
    key = value.value if isinstance(value, Enum) else str(value)
    return _in_language(ENUM_LABELS.get(key, (key, key)))


def page_status_label(status: str) -> str:
    return _in_language(PAGE_STATUS_LABELS.get(str(status), (str(status), str(status))))


def severity_label(severity: str) -> str:
    return _in_language(SEVERITY_LABELS.get(str(severity), (str(severity), str(severity))))


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return tr("是") if value else tr("否")
