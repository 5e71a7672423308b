"""Pseudo-English (issue 15 §6): every English string stretched by about 40%, to find what a longer
translation would cut off.

    ICP_WIZARD_PSEUDO=1 icp-wizard-gui        (then choose English), or i18n.set_pseudo(True) in a test

"Save as…" becomes "[Šàvé àš… ŀőŗéɱ ïƥ]": the letters accented (so an unstretched, untranslated or
hard-coded string stands out), padding of about 40% with spaces to wrap at, and brackets that show
whether the ends are visible. Placeholders ({name}, %1, %n), & mnemonics, HTML tags and entities and
line breaks are kept as they are, so that the program works the same.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

STRETCH = 0.4
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥïĵķŀɱñőƥǫŗšţũṽŵẋÿžÀƁÇĐÉƑĜĤÏĴĶĿṀÑŐƤǪŘŠŢŨṼŴẊŸŽ")
_PADDING = " ŀőŗéɱ ïƥšũɱ đőŀőŗ šïţ àɱéţ"
# what must stay as written: markup, entities, placeholders, a mnemonic's letter, line breaks
_KEEP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&|&.|\{[^{}]*\}|%\d+|%n|\n")


def pseudo(text: str) -> str:
    """`text` accented and stretched by about 40%, within brackets; empty stays empty."""
    if not text or text.startswith("[") and text.endswith("]"):  # already stretched (a text built from others)
        return text
    parts, visible, last = [], 0, 0
    for match in _KEEP.finditer(text):
        plain = text[last:match.start()]
        parts.append(plain.translate(_ACCENTED))
        visible += len(plain)
        kept = match.group(0)
        if kept.startswith("&") and len(kept) == 2 and kept != "&&":  # the mnemonic letter counts as shown
            visible += 1
        parts.append(kept)
        last = match.end()
    plain = text[last:]
    parts.append(plain.translate(_ACCENTED))
    visible += len(plain)
    if not visible:  # only markup or a placeholder: nothing of its own to stretch
        return text
    count = math.ceil(visible * STRETCH)
    padding = (_PADDING * (count // len(_PADDING) + 1))[:count]
    body = "".join(parts)
    if body.endswith("</html>") or body.endswith("</p>"):  # inside the last block, or it would be a new line
        cut = body.rfind("</")
        return "[" + body[:cut] + padding + "]" + body[cut:]
    return f"[{body}{padding}]"


class PseudoTranslator(QTranslator):
    """The English translation, each string stretched (what is not translated stays as it is)."""

    def __init__(self, english: QTranslator, parent: object = None):
        super().__init__(parent)
        self.english = english

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = self.english.translate(context, source, disambiguation, n)
        return pseudo(text) if text else None  # type: ignore[return-value] # None: not translated here (Qt looks on)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return self.english.isEmpty()
