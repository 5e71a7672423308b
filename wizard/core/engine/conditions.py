"""Evaluation of a rule's `when:` condition against an application."""

from __future__ import annotations

from typing import Any

from ..application.fieldpaths import values_at
from ..application.model import Application
from ..rulepack.schema import Condition


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _field_test(condition: Condition, value: Any) -> bool:
    if condition.is_set is not None:
        is_set = value not in (None, "", [], {})
        return is_set == condition.is_set
    if condition.contains is not None:
        return isinstance(value, list) and condition.contains in [_plain(v) for v in value]
    if condition.in_ is not None:
        return _plain(value) in condition.in_
    return _plain(value) == condition.equals


def holds(condition: Condition, application: Application) -> bool:
    """True if the condition holds; for list paths, if it holds for any item."""
    if condition.all is not None:
        return all(holds(c, application) for c in condition.all)
    if condition.any is not None:
        return any(holds(c, application) for c in condition.any)
    if condition.not_ is not None:
        return not holds(condition.not_, application)
    assert condition.field is not None  # guaranteed by the schema
    return any(_field_test(condition, value) for value in values_at(application, condition.field))
