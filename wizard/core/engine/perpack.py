"""Results that depend only on a pack (and a few plain values), made once and handed out again.

Only for frozen result objects: the caller gets a fresh list of the same objects. An entry holds its
pack, so a pack's id cannot be reused by another pack while the entry stands; the store is emptied
when full, so packs loaded and dropped (tests, `rules diff`) do not pile up."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
_LIMIT = 4096


class PerPack:
    def __init__(self) -> None:
        self._kept: dict[tuple[int, Hashable], tuple[Any, tuple[Any, ...]]] = {}

    def get(self, pack: Any, key: Hashable, make: Callable[[], Sequence[Item]]) -> list[Item]:
        entry = self._kept.get((id(pack), key))
        if entry is not None and entry[0] is pack:
            return list(entry[1])
        if len(self._kept) >= _LIMIT:
            self._kept.clear()
        made = tuple(make())
        self._kept[(id(pack), key)] = (pack, made)
        return list(made)
