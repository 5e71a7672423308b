"""Reading and writing applicant files (YAML, JSON accepted)."""

from __future__ import annotations

import functools
import os
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..messages import printable
from ..runtime.errors import InputError
from .fieldpaths import unwrap
from .migrations import migrate
from .model import Application
from .validation import reason_of
from .yamlio import Lines, load_path, parse

APPLICATION_SUFFIXES = (".yaml", ".yml", ".json")


def format_location(loc: tuple[Any, ...]) -> str:
    """('staff', 0, 'name') → 'staff[0].name'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            part = printable(str(part), 60)
            text += f".{part}" if text else part
    return text


def validation_to_input_error(exc: ValidationError, lines: Lines, file: str | None) -> InputError:
    """The first problem of a pydantic error, with field path, YAML line and the program's reason."""
    errors = exc.errors(include_url=False)
    error = errors[0]
    loc = tuple(part for part in error["loc"] if not (isinstance(part, str) and part.startswith("function-")))
    line = None
    for length in range(len(loc), -1, -1):
        if loc[:length] in lines:
            line = lines[loc[:length]]
            break
    return InputError(reason_of(error), file=file, line=line, field=format_location(loc) or None,
                      more=len(errors) - 1)


def _drop_empty_nulls(data: Any, model: type[BaseModel]) -> Any:
    """`entity:` or `full_time:` with nothing after it means "not given", as in a half-filled
    template: drop such nulls where the field cannot hold None, so its default applies."""
    if not isinstance(data, dict):
        return data
    fields = _field_shapes(model)
    cleaned = {}
    for key, value in data.items():
        shape = fields.get(key) if isinstance(key, str) else None
        if shape is None:
            cleaned[key] = value  # unknown: validation reports it
            continue
        accepts_none, inner = shape
        if value is None and not accepts_none:
            continue
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            value = _drop_empty_nulls(value, inner)
        elif isinstance(inner, tuple) and isinstance(value, list):  # a list of sections
            value = [_drop_empty_nulls(item, inner[0]) for item in value]
        cleaned[key] = value
    return cleaned


@functools.cache
def _field_shapes(model: type[BaseModel]) -> dict[str, tuple[bool, Any]]:
    """Per field: (can it hold None, its container type). Worked out once per section class: a
    workspace scan reads thousands of files, and the annotations never change."""
    return {name: (_accepts_none(field.annotation), _container_type(field.annotation))
            for name, field in model.model_fields.items()}


def _accepts_none(annotation: Any) -> bool:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation is type(None) or type(None) in typing.get_args(annotation)


def _container_type(annotation: Any) -> Any:
    """The section class, (item section class,) for lists of sections, True for other lists/dicts, or None."""
    annotation = unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return (item,) if isinstance(item, type) and issubclass(item, BaseModel) else True
    if typing.get_origin(annotation) is dict:
        return True
    return None


def application_from_data(data: Any, lines: Lines | None = None, file: str | None = None) -> Application:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("document.not_a_mapping", file=file, line=1)
    data = migrate(data, file, (lines or {}).get(("schema_version",)))
    data = _drop_empty_nulls(data, Application)
    try:
        return Application.model_validate(data)
    except ValidationError as exc:
        raise validation_to_input_error(exc, lines or {}, file) from None
    except RecursionError:
        raise InputError("document.nested_too_deeply", file=file) from None


def load_application(path: str | os.PathLike[str]) -> Application:
    """Read an applicant file; any problem is an InputError naming file, field and line."""
    path = Path(path)
    data, lines = load_path(path)
    return application_from_data(data, lines, str(path))


def parse_application(text: str, file: str | None = None) -> Application:
    data, lines = parse(text, file)
    return application_from_data(data, lines, file)


def dump_application(application: Application) -> str:
    """Human-readable YAML, Chinese kept as Chinese, sections in page order."""
    data = application.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
