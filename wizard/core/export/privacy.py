"""Keeping personal data (ID numbers, people's names) out of exports unless the user asks.

Masking the ID and name columns is not enough: a rule message may quote a value
it checked (a domain registered to a person, an invalid ID). So every text
written by an exporter goes through `Redactor.clean`, which masks the
application's known ID numbers and names, and anything shaped like an ID.
"""

from __future__ import annotations

import re

from ..application.model import Application
from ..application.values import normalise_text
from ..china.identifiers import mask_id

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
        names = set()
        if application is not None:
            raw_names = [application.entity.legal_representative, *(m.name for m in application.staff),
                         *(d.registrant for d in application.domains if is_person(d.registrant))]
            names = {normalise_text(n) for n in raw_names if n and len(normalise_text(n)) > 1}
        self._names = (
            re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))) if names else None
        )

    def person_name(self, name: str | None) -> str:
        """张三丰 → 张**: enough to tell staff apart on a printed report, not to identify them."""
        if not name:
            return ""
        return normalise_text(name) if self.reveal else mask_name(name)

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
        if self._names is not None:
            text = self._names.sub(lambda m: mask_name(m[0]), text)
        return _ID_SHAPE.sub(lambda m: mask_id(m[0]), text)


# Words that make a name an organisation's; a domain registrant without any is taken for a person (a
# shareholder, a relative) whose name is masked like the staff's, though neither staff nor representative.
_ORGANISATION = re.compile(r"公司|集团|中心|工作室|事务所|合伙|企业|协会|研究院|学校|大学|医院|商行|门市|经营部"
                           r"|\b(co|ltd|inc|llc|corp|gmbh|limited|company)\b", re.IGNORECASE)


def is_person(name: str | None) -> bool:
    return bool(name and name.strip()) and not _ORGANISATION.search(name)


def mask_name(name: str) -> str:
    text = normalise_text(name)
    if " " in text:  # Latin names: keep the initial of each part
        return " ".join(part[:1] + "*" * (len(part) - 1) for part in text.split())
    return text[:1] + "*" * (len(text) - 1)
