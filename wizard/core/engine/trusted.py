"""Result objects the engine builds from values it made itself, without pydantic validating them again.

A full evaluation of a 500-staff application makes some 500 findings and over a thousand texts;
validating each one cost more than the checks that found them (validation ~6 µs a finding,
this ~1 µs). The objects are the same as validated ones: equal, dumped and pickled alike, with the
same fields set (tests/core/test_trusted.py re-validates every one the engine makes).
`model_construct` would do the same but is slower than validating, as it looks at every field's
aliases and defaults.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from ..rulepack.basics import Bilingual

Model = TypeVar("Model", bound=BaseModel)
_new = object.__new__
_set = object.__setattr__


def trusted(model: type[Model], **values: Any) -> Model:
    """An instance of `model` with exactly these field values, which must already be valid (types
    included) and name every field that has no default; fields left out take their default."""
    fields = model.__pydantic_fields__
    given = set(values)
    if len(given) != len(fields):
        for name in fields.keys() - given:
            values[name] = fields[name].get_default(call_default_factory=True)
        values = {name: values[name] for name in fields}  # in field order, as validation makes it
    # else the caller names every field in the model's order (tests/core/test_trusted.py checks they do)
    instance = _new(model)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", given)
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def text(zh: str, en: str) -> Bilingual:
    """A bilingual text made by the engine; an empty one is refused as validation would refuse it."""
    if not zh or not en:
        return Bilingual(zh=zh, en=en)  # raises the model's own error
    # trusted(Bilingual, ...) would do the same at 1.0 µs instead of 0.65: a large evaluation makes a thousand texts
    instance = _new(Bilingual)
    _set(instance, "__dict__", {"zh": zh, "en": en})
    _set(instance, "__pydantic_fields_set__", {"zh", "en"})
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance
