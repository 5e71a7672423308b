"""JSON for files and output that hold thousands of entries: one entry a line, so that a diff or a
person reading it sees one client per line, still written by json's C encoder (an `indent` makes json
use its pure-Python encoder instead: a second for 10,000 clients)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def entry_a_line(document: Mapping[str, Any], spread: str | None = None, sort_keys: bool = False) -> str:
    """`document` with each of its entries on one line; the list under the key `spread`, if given,
    with each of its items on a line of its own instead. `sort_keys` sorts the keys inside entries."""

    def _one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys)

    lines = []
    for key, value in document.items():
        head = f"  {json.dumps(key, ensure_ascii=False)}: "
        if key == spread and value:
            items = ",\n".join(f"    {_one(item)}" for item in value)
            lines.append(f"{head}[\n{items}\n  ]")
        else:
            lines.append(head + _one(value))
    return "{\n" + ",\n".join(lines) + "\n}" if lines else "{}"
