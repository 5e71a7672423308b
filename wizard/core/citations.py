"""Section references in English output: §二(三)3 → §2(3).3, 第六条(四) → Art. 6(4).

The packs cite sections the way the sources number them, in Chinese. English
output gives the same reference in English; a Chinese note in brackets is
left out (the pack can give `section_en` where the reference itself is prose).
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL = "[零一二三四五六七八九十百]+"


def _has_chinese(text: str) -> bool:
    # Not a regex: compiling the class [\u3400-\u9fff] took 1.3 ms of every start (report.py imports this).
    return any("\u3400" <= char <= "\u9fff" for char in text)


def chinese_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十五 → 35, 一百零二 → 102."""
    total, current = 0, 0
    for char in text:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _DIGITS[char]
    return total + current


def english_section(section: str) -> str:
    text = re.sub(rf"[（(]({_NUMERAL})[）)]", lambda m: f"({chinese_number(m[1])})", section)
    text = re.sub(r"[（(][^（）()]*[）)]", lambda m: "" if _has_chinese(m[0]) else m[0], text)  # Chinese notes
    text = re.sub(rf"第({_NUMERAL})条", lambda m: f"Art. {chinese_number(m[1])}", text)
    text = re.sub(r"第(\d+)章", r"ch. \1", text)
    text = re.sub(rf"§({_NUMERAL})", lambda m: f"§{chinese_number(m[1])}", text)
    text = re.sub(r"(§\d+|\(\d+\))(\d)", r"\1.\2", text)  # §二5 is item 5 of section 二: §2.5, not §25
    text = text.replace("引言", "introduction").replace("导语", "introduction").replace("、", ", ")
    return re.sub(r"\s+", " ", text).strip(" ,")
