"""What keeps `icp-wizard check` and the GUI's start quick, checked by structure rather than by time
(benchmarks/core.py and benchmarks/gui.py measure it; these fail when a change undoes a saving)."""

from __future__ import annotations

import inspect

import pydantic
import pytest

from wizard.core import model, report
from wizard.core.rulepack import basics, schema, tables, vocabulary

# The models every check and every GUI start creates. With postponed annotations (PEP 563) pydantic
# evaluated each field's annotation from its text: ~4.5 ms of each start for these 85 classes.
START_MODULES = (model, report, basics, schema, tables, vocabulary)
SELF_REFERENCES = {("Condition", "all"), ("Condition", "any"), ("Condition", "not_")}  # quoted on purpose


@pytest.mark.parametrize("module", START_MODULES, ids=lambda module: module.__name__)
def test_start_path_models_do_not_postpone_their_annotations(module):
    models = [value for value in vars(module).values()
              if inspect.isclass(value) and issubclass(value, pydantic.BaseModel) and value.__module__ == module.__name__]
    assert models, module.__name__
    textual = [(cls.__name__, name) for cls in models for name, annotation in vars(cls).get("__annotations__", {}).items()
               if isinstance(annotation, str)]
    assert set(textual) <= SELF_REFERENCES, textual
