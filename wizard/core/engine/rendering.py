"""Filling a rule's texts: {name} placeholders from the failure's values, in both languages."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..rulepack.basics import Bilingual

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def render(template: str, values: dict[str, Any], lang: str = "zh") -> str:
    """Fill {name} placeholders; a pack's text is never run as code or format spec."""

    def value_of(match: re.Match[str]) -> str:
        value = values.get(match[1])
        if value is None:
            return "—"  # e.g. {met_on} when no date can be projected yet
        if isinstance(value, Bilingual):
            return value.get(lang)
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    return _PLACEHOLDER.sub(value_of, template)


def render_both(text: Bilingual, values: dict[str, Any]) -> Bilingual:
    return Bilingual(zh=render(text.zh, values, "zh"), en=render(text.en, values, "en"))
