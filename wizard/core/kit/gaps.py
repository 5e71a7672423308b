"""Placeholders for facts the application lacks, and turning values into safe document text.

A `Gap` stands where a draft would otherwise have to invent something. It is falsy,
so a template can write `{% if company.uscc %}`, and it prints as
【待补充：what，why】, which the DOCX writer highlights and the summary lists.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"【待补充：[^】]*】")

# Characters that XML 1.0 cannot hold, plus the private-use range the renderer uses
# for its own markers: stripped from every value before it reaches a document.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029\x85]+")


@dataclass(frozen=True)
class Gap:
    """A fact the draft cannot state: missing from the application, or short of the requirement."""

    what: str
    why: str | None = None

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return f"【待补充：{self.what}，{self.why}】" if self.why else f"【待补充：{self.what}】"

    # Templates may loop over or measure a fact that turned out missing.
    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0


def clean(text: str, *, strip: bool = True) -> str:
    """One line of printable text: control and private-use characters gone, breaks as spaces.

    strip=False keeps the spaces at the ends: a piece of a paragraph keeps the space before its neighbour."""
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub("", _LINE_BREAKS.sub(" ", text))
    return text.strip() if strip else text


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def as_text(value: object) -> str:
    """How a value reads in a Chinese document."""
    if value is None:
        return ""
    if isinstance(value, Gap):
        return str(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.date):
        return chinese_date(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "、".join(as_text(item) for item in value)
    return clean(str(value))
