"""Which certificates in the pack's vocabulary a typed qualification names.

Applicants write "CISSP", "cissp 证书", "注册信息安全专业人员（CISP）" or "信息安全工程师（软考中级）".
A typed text matches a vocabulary entry when, ignoring case, width, spaces, punctuation,
a trailing 证书/认证/资格 and a level word (初级/中级/高级):
- the whole text, the text outside brackets, or a part inside brackets equals one of the
  entry's names; or
- one of its Latin-letter words equals a one-word Latin name ("CCNA Security" → CCNA).
A name is never matched as a bare substring: "CISAW" is not "CISA".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from ..application.values import normalise_text
from ..rulepack.schema import Qualification

_BRACKETED = re.compile(r"[(\[【〔（](.*?)[)\]】〕）]")
_DECORATION = re.compile(r"[\s\-_·•.,，、:：;；/\\'\"“”‘’()\[\]【】〔〕（）]")
_LEVEL = re.compile(r"(初级|中级|高级)")
_TRAILING = ("资格证书", "认证证书", "合格证书", "证书", "资格证", "认证", "资格", "证")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9+]*")


def _squash(text: str) -> str:
    key = _LEVEL.sub("", _DECORATION.sub("", normalise_text(text).lower()))
    for suffix in _TRAILING:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


# Pure functions of a string, memoised: a workspace scan matches the same few certificate names and
# the vocabulary's own names in every file (squashing them again was a tenth of an evaluation).
@lru_cache(maxsize=4096)
def _forms(text: str) -> frozenset[str]:
    """The whole text, the text outside brackets, and each bracketed part, squashed."""
    normal = normalise_text(text)
    parts = [normal, _BRACKETED.sub(" ", normal), *_BRACKETED.findall(normal)]
    return frozenset(key for key in map(_squash, parts) if key)


@lru_cache(maxsize=4096)
def _latin_words(text: str) -> frozenset[str]:
    return frozenset(_LATIN_WORD.findall(normalise_text(text).lower()))


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[str, bool]:
    """A vocabulary name squashed, and whether it is one Latin word."""
    key = _squash(name)
    return key, re.fullmatch(r"[a-z][a-z0-9+]*", key) is not None


def recognised(held: str, vocabulary: Mapping[str, Qualification]) -> set[str]:
    """Ids of the vocabulary entries the typed text names (empty when it names none)."""
    forms, words = _forms(held), _latin_words(held)
    found = set()
    for entry in vocabulary.values():
        for name in entry.names:
            key, single_word = _name_key(name)
            if key in forms or (single_word and key in words):
                found.add(entry.id)
                break
    return found


def holds_any(held: Iterable[str], accepted: Iterable[str], vocabulary: Mapping[str, Qualification]) -> bool:
    wanted = set(accepted)
    return any(recognised(text, vocabulary) & wanted for text in held)
