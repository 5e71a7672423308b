"""The program's own messages: one catalog of coded texts in Chinese and English, no Qt.

Every error a user sees is a `Reason`: a stable code (`file.not_utf8`, `field.not_a_date`),
its parameters, and optionally what a library said (`detail`). The code picks the wording
from CATALOG; `text(lang)` renders it. A library's sentence (PyYAML, pydantic, the OS,
python-stdnum) is never the message itself, only the detail after it, so a library that
rewords its errors changes no message and breaks no test.

To add a message: put the code with its zh and en wording in the module of its area
(reading.py: files and YAML/JSON; fields.py: field values and identifiers; packs.py: rule
packs; commands.py: the CLI, saving, exporting, the self-test; kit.py: document templates
and the materials kit; tracking.py: deadlines after filing and the checks of tracked dates; cases.py:
the YAML case runner; checks.py: findings a check words itself), then raise
`InputError("area.what", {"param": value}, file=…, line=…)` (errors.py), or
`ReasonError("area.what", {...})` inside a pydantic validator. Placeholders are `{name}`;
both languages use the same ones (tests/core/test_messages.py checks this).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .cases import CASES
from .checks import CHECK_TEXTS
from .commands import COMMANDS
from .fields import FIELDS
from .kit import KIT
from .packs import PACKS
from .reading import READING
from .tracking import TRACKING
from .workspace import WORKSPACE

Wording = tuple[str, str]  # (zh, en)


def _merge(*areas: dict[str, Wording]) -> dict[str, Wording]:
    merged: dict[str, Wording] = {}
    for area in areas:
        twice = merged.keys() & area.keys()
        if twice:  # pragma: no cover - a programming error, caught by the first import in any test
            raise RuntimeError(f"message codes defined twice: {sorted(twice)}")
        merged.update(area)
    return merged


CATALOG: dict[str, Wording] = _merge(READING, FIELDS, PACKS, COMMANDS, KIT, TRACKING, WORKSPACE, CASES, CHECK_TEXTS)
LANGS = ("zh", "en")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
VALUE_LIMIT = 80  # a quoted value (a 3 MB name, a 1,000,000-character key) stays readable
DETAIL_LIMIT = 1000  # the font search lists every file it tried


class Verbatim(str):
    """A parameter shown whole, never cut: a file path, a list the program wrote itself."""


def printable(text: str, limit: int = VALUE_LIMIT) -> str:
    """One short line: control characters escaped (a key may hold a line break), long text cut."""
    if not text.isprintable():
        text = "".join(c if c.isprintable() else json.dumps(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class Reason:
    """Why something was refused: a catalog code, its parameters, and a library's own words if any."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    detail: str | None = None

    def text(self, lang: str) -> str:
        """The program's sentence in `lang` ("zh" or "en"), without the library's detail."""
        return message(self.code, lang, **self.params)

    def full(self, lang: str) -> str:
        """The sentence, then the library's detail (if any) marked as such."""
        main = self.text(lang)
        if not self.detail:
            return main
        detail = Verbatim(printable(" ".join(self.detail.split()), DETAIL_LIMIT))
        return message("detail", lang, text=Verbatim(main), detail=detail)


def message(code: str, lang: str, **params: Any) -> str:
    """The catalog text of `code` in `lang` with `{name}` placeholders filled."""
    wording = CATALOG.get(code)
    if wording is None:  # never fail while reporting a failure; tests check every code exists
        return code
    template = wording[0] if lang == "zh" else wording[1]
    return PLACEHOLDER.sub(lambda match: render_param(params.get(match[1], "—"), lang), template)


def render_param(value: Any, lang: str) -> str:
    """A parameter in `lang`: nested reasons and bilingual texts per language, lists joined, text kept short."""
    if isinstance(value, Reason):
        return value.full(lang)
    if hasattr(value, "zh") and hasattr(value, "en"):  # a rule pack's Bilingual
        return str(value.zh if lang == "zh" else value.en)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return ("、" if lang == "zh" else ", ").join(render_param(item, lang) for item in items)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Verbatim):
        return str(value)
    return printable(str(value))


def placeholders(template: str) -> set[str]:
    return set(PLACEHOLDER.findall(template))
