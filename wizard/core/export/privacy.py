"""Keeping resident ID numbers out of exported files unless the user asks for them.

Masking the ID columns is not enough: a rule message may quote a value it
checked. So every text written by an exporter goes through `Redactor.clean`,
which masks the application's known ID numbers and anything shaped like one.
"""

from __future__ import annotations

import re

from ..identifiers import mask_id
from ..model import Application
from ..values import normalise_text

# 18-character (or old 15-digit) resident ID not glued to other letters or digits.
_ID_SHAPE = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")


class Redactor:
    def __init__(self, application: Application | None, reveal: bool = False):
        self.reveal = reveal
        numbers = set()
        if application is not None:
            raw = [application.entity.legal_representative_id, *(m.id_number for m in application.staff)]
            numbers = {normalise_text(n) for n in raw if n}
        longest_first = sorted(numbers, key=len, reverse=True)
        self._known = (
            re.compile("|".join(re.escape(n) for n in longest_first), re.IGNORECASE) if longest_first else None
        )

    def id_number(self, number: str | None) -> str:
        if not number:
            return ""
        return normalise_text(number) if self.reveal else mask_id(number)

    def clean(self, text: str | None) -> str:
        if not text:
            return text or ""
        if self.reveal:
            return text
        if self._known is not None:
            text = self._known.sub(lambda m: mask_id(m[0]), text)
        return _ID_SHAPE.sub(lambda m: mask_id(m[0]), text)
