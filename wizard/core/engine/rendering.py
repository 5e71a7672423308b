"""Filling a rule's texts: {name} placeholders from the failure's values, in both languages."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from ..rulepack.basics import Bilingual

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@lru_cache(maxsize=4096)
def _parts(template: str) -> tuple[str, ...]:
    """The template split once into text and placeholder names: text at even places, names at odd ones.
    A rule failing for each of 500 staff renders the same two texts 500 times."""
    return tuple(_PLACEHOLDER.split(template))


def _shown(value: Any, lang: str) -> str:
    if value is None:
        return "—"  # e.g. {met_on} when no date can be projected yet
    if isinstance(value, Bilingual):
        return value.get(lang)
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def render(template: str, values: dict[str, Any], lang: str = "zh") -> str:
    """Fill {name} placeholders; a pack's text is never run as code or format spec."""
    parts = _parts(template)
    if len(parts) == 1:
        return template
    filled = list(parts)
    for index in range(1, len(parts), 2):
        filled[index] = _shown(values.get(parts[index]), lang)
    return "".join(filled)


def render_both(text: Bilingual, values: dict[str, Any]) -> Bilingual:
    return Bilingual(zh=render(text.zh, values, "zh"), en=render(text.en, values, "en"))
