"""Field paths such as ``entity.registration_date`` or ``servers[].province``.

Rule packs name fields with these paths; ``[]`` stands for every item of a
list. Findings carry the concrete path (``servers[1].province``) so that the
GUI can jump to the exact widget.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from ..runtime.errors import ReasonError
from .model import PAGE_TITLES, Application

_PART = re.compile(r"^([a-z_][a-z0-9_]*)(\[\])?$")
_CONCRETE_INDEX = re.compile(r"\[\d+\]")
_CONCRETE_PART = re.compile(r"^([a-z_][a-z0-9_]*)(?:\[(\d+)\])?$")


def unwrap(annotation: Any) -> Any:
    """The type behind Annotated[...] and Optional[...] (a union of several types is returned as is)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def describe(path: str, root: type[BaseModel] = Application) -> tuple[Any, bool]:
    """(annotation of the leaf, whether the path crosses a list). Raises ValueError if unknown."""
    current: Any = root
    crosses_list = False
    parts = path.split(".")
    for position, part in enumerate(parts):
        match = _PART.match(part)
        if not match:
            raise ReasonError("path.malformed", {"path": path})
        name, iterate = match.groups()
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or name not in current.model_fields:
            raise ReasonError("path.unknown_field", {"path": path})
        annotation = unwrap(current.model_fields[name].annotation)
        if iterate:
            if typing.get_origin(annotation) is not list:
                raise ReasonError("path.not_a_list", {"name": name, "path": path})
            annotation = unwrap(typing.get_args(annotation)[0])
            crosses_list = True
        elif typing.get_origin(annotation) is list and position < len(parts) - 1:
            raise ReasonError("path.is_a_list", {"name": name, "path": path})
        current = annotation
    return current, crosses_list


def resolve(application: Application, path: str) -> Iterator[tuple[str, Any]]:
    """Every (concrete path, value) the path names in this application."""
    found: list[tuple[str, Any]] = [("", application)]
    for name, iterate in _steps(path):
        deeper: list[tuple[str, Any]] = []
        for prefix, node in found:
            value = getattr(node, name)
            here = f"{prefix}.{name}" if prefix else name
            if iterate:
                deeper += [(f"{here}[{index}]", item) for index, item in enumerate(value)]
            else:
                deeper.append((here, value))
        found = deeper
    return iter(found)


def values_at(application: Application, path: str) -> Iterator[Any]:
    """The values `resolve` names, without their paths, one by one (a condition stops at the first match)."""
    return _values(application, _steps(path), 0)


def _values(node: Any, steps: tuple[tuple[str, bool], ...], start: int) -> Iterator[Any]:
    for position in range(start, len(steps)):
        name, iterate = steps[position]
        node = getattr(node, name)
        if iterate:
            for item in node:
                yield from _values(item, steps, position + 1)
            return
    yield node


@lru_cache(maxsize=1024)
def _steps(path: str) -> tuple[tuple[str, bool], ...]:
    """A path's parts, parsed once: rules name a few hundred paths, checked on every evaluation."""
    steps = []
    for part in path.split("."):
        name, iterate = _PART.match(part).groups()  # type: ignore[union-attr]
        steps.append((name, iterate is not None))
    return tuple(steps)


def parse_concrete(path: str) -> list[tuple[str, int | None]]:
    """``staff[1].name`` → [("staff", 1), ("name", None)]."""
    parts = []
    for part in path.split("."):
        match = _CONCRETE_PART.match(part)
        if not match:
            raise ReasonError("path.malformed", {"path": path})
        parts.append((match[1], int(match[2]) if match[2] is not None else None))
    return parts


def get_value(root: Any, path: str) -> Any:
    """The value at a concrete path, or None where an index is out of range."""
    node = root
    for name, index in parse_concrete(path):
        node = getattr(node, name, None)
        if index is not None:
            if not isinstance(node, list) or index >= len(node):
                return None
            node = node[index]
    return node


@lru_cache(maxsize=8192)  # asked for every finding of every evaluation, of a few thousand paths at most
def page_of(path: str) -> str:
    return path.split(".", 1)[0].split("[", 1)[0]


def generic(path: str) -> str:
    """``servers[1].province`` → ``servers[].province``."""
    return _CONCRETE_INDEX.sub("[]", path)


def field_label(path: str, lang: str = "zh") -> str:
    """A readable label for a (generic or concrete) path, in the given language."""
    current: Any = Application
    labels: list[str] = []
    for part in generic(path).split("."):
        name = part.removesuffix("[]")
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or name not in current.model_fields:
            return path
        info = current.model_fields[name]
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        if not labels and name in PAGE_TITLES:
            extra = PAGE_TITLES[name]
        labels.append(str(extra.get(lang) or name))
        annotation = unwrap(info.annotation)
        if typing.get_origin(annotation) is list:
            annotation = unwrap(typing.get_args(annotation)[0])
        current = annotation
    # Top-level sections carry no label of their own; the last two parts read best.
    return " / ".join(labels[-2:]) if len(labels) > 1 else labels[0]
