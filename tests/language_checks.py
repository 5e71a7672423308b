"""What "speaks one language" means for the program's messages, shared by the core and corpus tests."""

from __future__ import annotations

import re

from wizard.core.messages import Reason, render_param

CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”]")
# three or more English words in a row: what a library's sentence looks like
ENGLISH_RUN = re.compile(r"(?<![\w.-])[A-Za-z]{2,}(?: [A-Za-z]{2,}(?![\w.-])){2,}")
# zh texts that must quote English on purpose: a machine-readable marker, install commands and font names
QUOTES_ENGLISH = {"selftest.passed", "guitest.passed", "export.no_cjk_font"}


def language_problems(reason: Reason, lang: str) -> list[str]:
    """What is wrong with the language of a reason's main sentence (its parameters are the user's data)."""
    main = reason.text(lang)
    if reason.detail and reason.detail in main:
        return [f"{reason.code}: the library's text is the main sentence: {main!r}"]
    for value in reason.params.values():
        main = main.replace(render_param(value, lang), "")
    if lang == "zh" and not CJK.search(main):
        return [f"{reason.code}: no Chinese in {main!r}"]
    if lang == "zh" and reason.code not in QUOTES_ENGLISH and ENGLISH_RUN.search(main):
        return [f"{reason.code}: English sentence in the Chinese text {main!r}"]
    if lang == "en" and CJK.search(main):
        return [f"{reason.code}: Chinese in the English text {main!r}"]
    return []
