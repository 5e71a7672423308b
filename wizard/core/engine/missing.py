"""What a finding says when the answer it needs is empty: ask for it, don't judge it.

A rule may word this itself (`when_missing:`); otherwise the text is built from
the field's label, so that no message says "missing or too short" when the
program knows which one it is.
"""

from __future__ import annotations

import typing
from functools import lru_cache
from typing import Any

from ..application.fieldpaths import describe, field_label, generic, parse_concrete
from ..application.model import PAGE_TITLES
from ..rulepack.basics import Bilingual
from ..rulepack.schema import Rule
from .rendering import render_both

# Checks that fail only when an answer is empty: their `message` asks for it.
ASKING_CHECKS = {"required", "server_province_known", "park_known"}


# What a field is depends only on its generic path (staff[].name): worked out once, not once per person.
@lru_cache(maxsize=1024)
def _is_question(field: str) -> bool:
    """Yes/no answers are 'answered', everything else 'filled in'."""
    try:
        leaf, _ = describe(field)
    except ValueError:
        return False
    return leaf is bool


@lru_cache(maxsize=1024)
def _is_list(field: str) -> bool:
    try:
        leaf, _ = describe(field)
    except ValueError:
        return False
    return typing.get_origin(leaf) is list


@lru_cache(maxsize=1024)
def _known_labels(field: str) -> tuple[str, str] | None:
    """The field's own label in zh and en; None for a path the model does not know."""
    zh, en = field_label(field, "zh"), field_label(field, "en")
    return None if zh == field else (zh.split(" / ")[-1], en.split(" / ")[-1])


@lru_cache(maxsize=8192)  # asked for each empty answer of each evaluation: 500 people, a few paths each
def _where(path: str) -> tuple[str, int | None, str]:
    """(page, 1-based item number, generic path) of a concrete path such as servers[1].province."""
    parts = parse_concrete(path)
    index = next((i for _, i in parts if i is not None), None)
    return parts[0][0], None if index is None else index + 1, generic(path)


def missing_texts(rule: Rule, path: str, values: dict[str, Any]) -> tuple[Bilingual, Bilingual]:

    if rule.when_missing is not None:
        return render_both(rule.when_missing.message, values), render_both(rule.when_missing.fix, values)
    if rule.check.kind in ASKING_CHECKS:  # the rule's own message is already about the empty answer
        return render_both(rule.message, values), render_both(rule.fix, values)
    return asking_texts(rule, path)


def asking_texts(rule: Rule, path: str) -> tuple[Bilingual, Bilingual]:
    """The program's own words for an empty answer at `path`, built from its label: "not answered yet" for a
    yes/no question, "not filled in yet" otherwise, and where to give it."""
    page, item, field = _where(path)
    zh_label, en_label = _known_labels(field) or (path.split(" / ")[-1], path.split(" / ")[-1])
    zh_page, en_page = PAGE_TITLES[page]["zh"], PAGE_TITLES[page]["en"]
    zh_item = f"（{zh_page}第{item}项）" if item else ""
    en_item = f" ({en_page}, item {item})" if item else ""
    if path == page and _is_list(field):
        message = Bilingual(
            zh=f"尚未填写任何{zh_page}信息，无法判断是否满足“{rule.title.zh}”。",
            en=f"Nothing is entered on the {en_page} page yet, so “{rule.title.en}” cannot be checked.",
        )
        fix = Bilingual(zh=f"在“{zh_page}”页添加。", en=f"Add them on the {en_page} page.")
    elif _is_question(field):
        message = Bilingual(
            zh=f"“{zh_label}”{zh_item}尚未回答，无法判断是否满足“{rule.title.zh}”。",
            en=f"“{en_label}”{en_item} is not answered yet, so “{rule.title.en}” cannot be checked.",
        )
        fix = Bilingual(zh=f"在“{zh_page}”页回答“{zh_label}”。", en=f"Answer “{en_label}” on the {en_page} page.")
    else:
        message = Bilingual(
            zh=f"“{zh_label}”{zh_item}尚未填写，无法判断是否满足“{rule.title.zh}”。",
            en=f"“{en_label}”{en_item} is not filled in yet, so “{rule.title.en}” cannot be checked.",
        )
        fix = Bilingual(zh=f"在“{zh_page}”页填写“{zh_label}”。", en=f"Fill in “{en_label}” on the {en_page} page.")
    return message, fix
