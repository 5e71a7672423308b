"""What a model field is in the interface: the kind of editor its type asks for, its labels in
each language, and a choice a combo offers (fields.py builds the editor from these)."""

from __future__ import annotations

import datetime as dt
import types
import typing
from enum import Enum
from typing import Any, NamedTuple

from pydantic import BaseModel

from wizard.core.application.fieldtypes import region_id

from ..language.i18n import pseudo_active, shown


class Choice(NamedTuple):
    data: Any
    label: str
    aliases: tuple[str, ...] = ()


def unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner type, optional) behind Optional/Annotated."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = typing.get_args(annotation)
            optional = optional or type(None) in args
            rest = [a for a in args if a is not type(None)]
            if len(rest) != 1:
                return annotation, optional
            annotation = rest[0]
        else:
            return annotation, optional


def field_kind(model_cls: type[BaseModel], name: str) -> tuple[str, Any]:
    """('text' | 'region' | 'date' | 'number' | 'bool' | 'tribool' | 'enum' | 'enum_list' | 'str_list' | 'model_list'
    | 'other', element type)."""
    info = model_cls.model_fields[name]
    funcs = {getattr(m, "func", None) for m in info.metadata}
    inner, optional = unwrap(info.annotation)
    if region_id in funcs:
        return "region", None
    if typing.get_origin(inner) is list:
        element, _ = unwrap(typing.get_args(inner)[0])
        if isinstance(element, type) and issubclass(element, Enum):
            return "enum_list", element
        if isinstance(element, type) and issubclass(element, BaseModel):
            return "model_list", element
        return "str_list", element
    if inner is bool:
        return ("tribool" if optional else "bool"), None
    if inner is dt.date:
        return "date", None
    if inner in (int, float):
        return "number", inner
    if isinstance(inner, type) and issubclass(inner, Enum):
        return "enum", inner
    if inner is str:
        return "text", None
    return "other", inner


def field_labels(model_cls: type[BaseModel], name: str) -> dict[str, str]:
    extra = model_cls.model_fields[name].json_schema_extra
    labels = extra if isinstance(extra, dict) else {"zh": name, "en": name}
    return {**labels, "en": shown(labels["en"])} if pseudo_active() else labels  # type: ignore[return-value]

