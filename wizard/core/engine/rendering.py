"""Filling a rule's texts: {name} placeholders from the failure's values, in both languages."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from ..rulepack.basics import Bilingual
from .trusted import text as trusted_text

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_COUNTED = re.compile(r"\b(\d+) (full )?([a-z]+)\(s\)")  # "2 full month(s)": a pack's plural left open


def _plural(text: str) -> str:
    """English only: "1 month(s)" → "1 month", "2 full month(s)" → "2 full months", once the number is known."""
    if "(s)" not in text:
        return text
    return _COUNTED.sub(lambda m: f"{m[1]} {m[2] or ''}{m[3]}{'' if m[1] == '1' else 's'}", text)


@lru_cache(maxsize=4096)
def _compiled(template: str) -> tuple[str, tuple[str, ...]] | None:
    """The template turned once into a format string of bare positional fields ("{}") and the names
    they stand for; None when it has no placeholder. The pack's own braces are escaped, so its text is
    never read as a format spec. A rule failing for each of 500 staff fills the same texts 500 times."""
    parts = _PLACEHOLDER.split(template)
    if len(parts) == 1:
        return None
    literal = [part.replace("{", "{{").replace("}", "}}") for part in parts[::2]]
    return "{}".join(literal), tuple(parts[1::2])


def _shown(value: Any, lang: str) -> str:
    if value is None:
        return "—"  # e.g. {met_on} when no date can be projected yet
    if isinstance(value, Bilingual):
        return value.zh if lang == "zh" else value.en
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def render(template: str, values: dict[str, Any], lang: str = "zh") -> str:
    """Fill {name} placeholders; a pack's text is never run as code or format spec."""
    compiled = _compiled(template)
    if compiled is None:
        return template
    text, names = compiled
    filled = text.format(*[_shown(values.get(name), lang) for name in names])
    return _plural(filled) if lang == "en" else filled


def render_both(text: Bilingual, values: dict[str, Any]) -> Bilingual:
    zh, en = _compiled(text.zh), _compiled(text.en)
    if zh is None and en is None:
        return text  # nothing to fill: the pack's own (frozen) text serves every finding
    if zh is not None and en is not None and zh[1] == en[1]:
        # The usual case, the same placeholders in both texts: each value is looked up and shown once,
        # in two languages only where it is bilingual.
        shown_zh, shown_en = [], []
        for name in zh[1]:
            value = values.get(name)
            if isinstance(value, Bilingual):
                shown_zh.append(value.zh)
                shown_en.append(value.en)
            else:
                shown = _shown(value, "zh")
                shown_zh.append(shown)
                shown_en.append(shown)
        return trusted_text(zh[0].format(*shown_zh), _plural(en[0].format(*shown_en)))
    return trusted_text(render(text.zh, values, "zh"), render(text.en, values, "en"))
