"""The plan's sentences in both languages, worded once for the CLI, the PDF, the calendar and the GUI."""

from __future__ import annotations

import datetime as dt

from ..rulepack.basics import Bilingual
from .model import Consequence

_STILL_MET = Bilingual(zh="，各项人员要求仍然满足", en=", with every staff requirement still met")


def day_text(day: dt.date | None, is_date: bool) -> Bilingual:
    """'2027-03-01', or 'not before 2027-03-01' for a lower bound, or 'no date'."""
    if day is None:
        return Bilingual(zh="无法给出日期", en="no date")
    if is_date:
        return Bilingual(zh=day.isoformat(), en=day.isoformat())
    return Bilingual(zh=f"不早于{day.isoformat()}", en=f"not before {day.isoformat()}")


def consequence_text(consequence: Consequence, staff: bool = True) -> Bilingual:
    """'提交日期从 2027-03-01 提前到 2027-02-10（早19天），各项人员要求仍然满足', or why it is no way out."""
    c = consequence
    tail = _STILL_MET if staff else Bilingual(zh="。", en=".")
    tail_zh, tail_en = (tail.zh, tail.en) if staff else ("", "")
    if not c.compliant:
        reason = c.why_not or Bilingual(zh="另一项要求将不再满足", en="another requirement would no longer be met")
        return Bilingual(zh=f"不可行：{reason.zh}", en=f"not an option: {reason.en}")
    before, after = day_text(c.filing_before, c.before_is_date), day_text(c.filing_after, c.after_is_date)
    if c.gain_days and c.gain_days > 0:
        return Bilingual(
            zh=f"提交日期从{before.zh}提前到{after.zh}（早{c.gain_days}天）{tail_zh}",
            en=f"the filing date moves from {before.en} to {after.en} ({c.gain_days} days sooner){tail_en}",
        )
    if c.after_is_date and not c.before_is_date:
        return Bilingual(zh=f"提交日期可以确定为{after.zh}{tail_zh}", en=f"the filing date becomes {after.en}{tail_en}")
    return Bilingual(zh="满足要求，但不会提前提交日期", en="compliant, but the filing date does not move")
