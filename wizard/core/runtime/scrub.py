"""What a crash report may keep of an exception: its wording, never the user's values.

An exception's message can quote what was typed (`int()`, pydantic's `input_value=…`), a
file path with a person's name in it, or an ID number. So a message keeps its words and
loses every value: the strings of the document in hand and the user's home folder and login
(wherever they appear), then quoted literals, e-mail addresses, paths, non-ASCII text (Chinese
names and addresses) and numbers, each replaced by a marker. Traceback file names are cut to
their place inside the program or a library; code lines come from the program's own files.
"""

from __future__ import annotations

import getpass
import re
import sys
from collections.abc import Iterable
from pathlib import Path

PERSONAL, QUOTED, EMAIL, PATH, TEXT, NUMBER = "<personal>", "<quoted>", "<email>", "<path>", "<text>", "<number>"
MIN_PERSONAL_LENGTH = 2  # one character ("是", "A") would blank out half of any message
MAX_MESSAGE_LINES, MAX_LINE_LENGTH = 12, 300

_NOT_PUNCTUATION = r"(?<![:;,.)\]])"  # "… x.yaml: reason" keeps its colon
_RULES = [  # order matters: a quoted path is one <quoted>, an ID inside a path goes with the path
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), EMAIL),
    (re.compile(r"""[bru]{0,2}'(?:[^'\\\n]|\\.)*'|[bru]{0,2}"(?:[^"\\\n]|\\.)*\""""), QUOTED),
    (re.compile(r"(?<![\w.])(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|/)[^\s'\"<>|]*" + _NOT_PUNCTUATION), PATH),
    (re.compile(r"[^\s'\"<>]*[\\/][^\s'\"<>]*" + _NOT_PUNCTUATION), PATH),  # the rest of a path cut by a space
    (re.compile(r"[^\x00-\x7f]+"), TEXT),
    (re.compile(r"\d[\dXx-]*"), NUMBER),  # ID numbers end in X; dates and phone numbers have hyphens
]


def personal_strings(*sources: object) -> set[str]:
    """Every string inside `sources`: documents (pydantic models), dicts, lists, paths, or callables
    returning them. Also the user's home folder and login, which file paths carry."""
    found: set[str] = set()
    _collect(sources, found, depth=0)
    home = Path.home()
    found.update((str(home), home.name))
    try:
        found.add(getpass.getuser())
    except (OSError, KeyError, ImportError):  # no login name (a service account): nothing to hide
        pass
    return {s for s in found if len(s) >= MIN_PERSONAL_LENGTH}


def _collect(value: object, found: set[str], depth: int) -> None:
    if depth > 50:
        return
    if callable(value) and not isinstance(value, type):
        try:
            value = value()
        except Exception:  # noqa: BLE001 - a broken source must not stop the report
            return
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, str):
        found.add(value.strip())
        found.update(line.strip() for line in value.splitlines())
    elif isinstance(value, Path):
        found.update((str(value), *value.parts))
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(key, found, depth + 1)
            _collect(item, found, depth + 1)
    elif isinstance(value, Iterable) and not isinstance(value, bytes | bytearray):
        for item in value:
            _collect(item, found, depth + 1)


def scrub_message(text: str, personal: Iterable[str] = ()) -> str:
    """`text` with every value replaced by a marker; at most MAX_MESSAGE_LINES short lines."""
    known = _personal_pattern(personal)
    if known is not None:
        text = known.sub(PERSONAL, text)
    for pattern, marker in _RULES:
        text = pattern.sub(marker, text)
    lines = [line[:MAX_LINE_LENGTH] for line in text.splitlines()]
    if len(lines) > MAX_MESSAGE_LINES:
        lines = [*lines[:MAX_MESSAGE_LINES], f"… ({len(lines) - MAX_MESSAGE_LINES} more lines)"]
    return "\n".join(lines)


def _personal_pattern(personal: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for all known values, longest first (a name inside a path goes with the path).
    Latin values match as whole words, in any case, so that a value "no" leaves "cannot" alone."""
    values = sorted({v for v in personal if len(v) >= MIN_PERSONAL_LENGTH}, key=len, reverse=True)
    if not values:
        return None
    parts = [re.escape(v) if not v.isascii() else rf"(?<!\w){re.escape(v)}(?!\w)" for v in values]
    return re.compile("|".join(parts), re.IGNORECASE)


def _code_roots() -> list[Path]:
    """Where the program's and its libraries' modules live, longest first (site-packages before the prefix)."""
    roots = {Path(entry).resolve() for entry in sys.path if entry and Path(entry).is_dir()}
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.add(Path(frozen).resolve())
    roots.add(Path(__file__).resolve().parents[3])  # the folder holding wizard/
    return sorted(roots, key=lambda p: len(p.parts), reverse=True)


def code_location(filename: str) -> tuple[str, bool]:
    """(where a traceback frame's file is, shown without the folders above the program or library;
    whether it is one of those files, whose code lines may be shown)."""
    if filename.startswith("<"):  # <frozen importlib._bootstrap>, <string>
        return filename, False
    path = Path(filename)
    if not path.is_absolute() and ".." not in path.parts:  # the bundle's modules: "wizard/gui/window.py"
        return path.as_posix(), False
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return path.name, False
    for root in _code_roots():
        if resolved.is_relative_to(root):
            return resolved.relative_to(root).as_posix(), True
    return path.name, False
