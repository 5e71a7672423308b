"""pydantic's validation errors in the program's words: its error `type` picks a catalog code.

pydantic's `msg` is never shown as the reason: it is English, and its wording changes between
releases. Only a type this table does not know falls back to `field.invalid`, with the message
kept as the detail.
"""

from __future__ import annotations

import re
from typing import Any

from ..messages import Reason
from ..runtime.errors import ReasonError

_PLAIN = {
    "missing": "field.missing",
    "bool_parsing": "field.not_a_boolean",
    "bool_type": "field.not_a_boolean",
    "int_parsing": "field.not_a_whole_number",
    "int_type": "field.not_a_whole_number",
    "int_from_float": "field.not_a_whole_number",
    "float_parsing": "field.not_a_number",
    "float_type": "field.not_a_number",
    "finite_number": "field.not_a_number",
    "string_type": "field.not_text",
    "string_unicode": "field.not_text",
    "list_type": "field.not_a_list",
    "tuple_type": "field.not_a_list",
    "set_type": "field.not_a_list",
    "iterable_type": "field.not_a_list",
    "dict_type": "field.not_a_mapping",
    "model_type": "field.not_a_mapping",
    "model_attributes_type": "field.not_a_mapping",
    "dataclass_type": "field.not_a_mapping",
    "date_parsing": "field.not_a_date",
    "date_from_datetime_parsing": "field.not_a_date",
    "date_type": "field.not_a_date",
    "date_from_datetime_inexact": "field.date_has_time",
    "recursion_loop": "document.nested_too_deeply",
}
_LIMITS = {  # type: (code, the ctx key holding the limit)
    "greater_than_equal": ("field.below_minimum", "ge"),
    "greater_than": ("field.below_minimum", "gt"),
    "less_than_equal": ("field.above_maximum", "le"),
    "less_than": ("field.above_maximum", "lt"),
    "too_short": ("field.too_short", "min_length"),
    "string_too_short": ("field.too_short", "min_length"),
    "too_long": ("field.too_long", "max_length"),
    "string_too_long": ("field.too_long", "max_length"),
}
_LIMIT_PARAM = {"field.below_minimum": "minimum", "field.above_maximum": "maximum",
                "field.too_short": "minimum", "field.too_long": "maximum"}
IDENTIFIER_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"  # rulepack/basics.py's Identifier


def _quoted(expected: Any) -> list[str]:
    """The allowed values out of pydantic's "'a', 'b' or 'c'"; the whole text if it has no quotes."""
    text = str(expected or "")
    return re.findall(r"'([^']*)'", text) or ([text] if text else [])


def reason_of(error: dict[str, Any]) -> Reason:
    """The program's reason for one entry of `ValidationError.errors()`."""
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind in ("value_error", "assertion_error") and isinstance(ctx.get("error"), ReasonError):
        return ctx["error"].reason  # our own validators and parsers
    if kind == "extra_forbidden":
        key = error["loc"][-1] if error["loc"] else ""
        return Reason("field.unknown_needs_quotes" if isinstance(key, str) and " " in key else "field.unknown")
    if kind in _PLAIN:
        return Reason(_PLAIN[kind])
    if kind in ("enum", "literal_error"):
        return Reason("field.not_a_choice", {"value": error.get("input"), "choices": _quoted(ctx.get("expected"))})
    if kind in _LIMITS:
        code, key = _LIMITS[kind]
        if code == "field.below_minimum" and ctx.get(key) == 0:
            return Reason("field.negative")
        return Reason(code, {_LIMIT_PARAM[code]: ctx.get(key)})
    if kind == "string_pattern_mismatch":
        return Reason("field.bad_identifier" if ctx.get("pattern") == IDENTIFIER_PATTERN else "field.bad_format")
    if kind == "union_tag_invalid":
        return Reason("field.unknown_kind", {"value": ctx.get("tag"), "choices": _quoted(ctx.get("expected_tags"))})
    if kind == "union_tag_not_found":
        return Reason("field.kind_missing", {"name": str(ctx.get("discriminator", "kind")).strip("'")})
    return Reason("field.invalid", {}, str(error.get("msg") or kind))
