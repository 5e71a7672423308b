"""The engine builds findings and texts without validating them again (engine/trusted.py): each must
be exactly what validation would have made of the same values — the same types, fields set and output."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from test_properties import PACKS, applications

from wizard.core.application.documents import load_application
from wizard.core.engine import EvaluationCache, evaluate
from wizard.core.engine.trusted import text, trusted
from wizard.core.report import Finding, Report
from wizard.core.rulepack.basics import Basis, Bilingual, FindingKind, Severity
from wizard.core.runtime.resources import data_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from core import large_application  # noqa: E402 - the benchmarks' 500-staff application

AS_OF = dt.date(2026, 11, 23)


def _models(value):
    """Every pydantic model inside a value, the value included."""
    if isinstance(value, BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from _models(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _models(item)


def _as_validated(model: BaseModel) -> None:
    again = type(model).model_validate(model.model_dump())
    assert again == model
    assert repr(again) == repr(model)  # the same types: an enum stays an enum, a date a date
    assert list(model.__dict__) == list(type(model).model_fields)  # the fields in their order
    assert model.model_dump_json() == again.model_dump_json()


def _check_report(report: Report) -> None:
    for model in _models(report):
        _as_validated(model)
    assert Report.model_validate_json(report.model_dump_json()) == report


def test_every_object_of_the_large_application_report_is_as_validated():
    application = large_application(load_application(data_dir("examples") / "henan.yaml"))
    report = evaluate(application, PACKS["henan"], AS_OF)
    assert len(report.findings) > 400
    _check_report(report)
    cache = EvaluationCache()  # and through the session's cache
    evaluate(application, PACKS["henan"], AS_OF, cache)
    application.staff[1] = application.staff[1].model_copy(update={"social_security_start": dt.date(2026, 10, 1)})
    _check_report(evaluate(application, PACKS["henan"], AS_OF, cache))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(application=applications, pack=st.sampled_from(sorted(PACKS)))
def test_every_object_of_any_report_is_as_validated(application, pack):
    _check_report(evaluate(application, PACKS[pack], AS_OF))


def test_a_trusted_finding_is_the_validated_one():
    title = Bilingual(zh="标题", en="Title")
    values = dict(id="r@entity.name", rule_id="r", rule_ids=["r"], title=title, page="entity", field="entity.name",
                  severity=Severity.blocker, kind=FindingKind.missing, message=title, fix=title, sources=[],
                  basis=Basis.law)
    made, validated = trusted(Finding, **values), Finding(**values)
    assert made == validated and repr(made) == repr(validated)
    assert made.model_fields_set == validated.model_fields_set  # the defaults left out are not "set"
    assert made.met_on is None and made.doubtful is None


def test_an_empty_text_is_refused_as_validation_refuses_it():
    assert text("中文", "English") == Bilingual(zh="中文", en="English")
    with pytest.raises(ValidationError):
        text("", "English")
