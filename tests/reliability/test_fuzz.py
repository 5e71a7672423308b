"""Fuzzing the reader: whatever the bytes, text or structure, the only error is InputError.

tests/core/test_properties.py covers applications built as valid models; this
file starts one step earlier, from raw documents: random YAML-ish text, random
nested data under the real section and field names, random bytes, and random
edits of a real example. Whatever loads is then evaluated against every pack.
Each example has a deadline and the whole file a timeout, so a hang fails.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import typing
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from wizard.core.application import model
from wizard.core.application.documents import application_from_data, load_application, parse_application
from wizard.core.application.fieldpaths import unwrap
from wizard.core.engine import evaluate
from wizard.core.messages import CATALOG
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.errors import InputError

from .conftest import EXAMPLES

pytestmark = pytest.mark.timeout(120)

PACKS = list(load_packs().packs.values())
MATERIAL_IDS = sorted({item.id for pack in PACKS for item in pack.materials})
FUZZ = settings(
    max_examples=500,
    deadline=dt.timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)


def evaluate_everywhere(application: model.Application, as_of: dt.date | None = None) -> None:
    for pack in PACKS:
        report = evaluate(application, pack, as_of)
        assert report.verdict is not None


def accepts_or_input_error(load) -> model.Application | None:
    """Run `load`; InputError is a fine answer, anything else fails the test (hypothesis shows the input)."""
    try:
        application = load()
    except InputError as exc:
        assert exc.code in CATALOG, exc  # one of the program's own reasons, never a stray library sentence
        for lang in ("zh", "en"):
            assert "\n" not in exc.describe(lang).replace(str(exc.file or ""), "")
        event("refused")
        return None
    event("loaded")
    evaluate_everywhere(application)
    return application


# --- strategies -----------------------------------------------------------------------

YAML_PIECES = [
    ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "? ", "!", "!!", "!!str ", "!!int ", "!!python/object:os.system ",
    "&a ", "*a", "<<: ", "#", "|", ">-", "'", '"', "\\", "%YAML 1.1\n", "---\n", "...\n", "\n", "\n  ", "\n    ",
    "\t", " ", "~", "null", "true", "no", "yes", ".nan", ".inf", "-.inf", "0x1F", "0o17", "1_000", "1e400",
    "2023-02-30", "2024-01-01", "２０２４-０１-０１", "１００万", "一百万", "1,000,000", "-5", "9" * 30,
    "scope", "entity", "staff", "domains", "servers", "systems", "industry", "credit", "site", "materials",
    "schema_version", "province", "河南", "上海", "name", "registered_capital_rmb", "registration_date",
    "posts", "items", "status", "ready", "id_number", "410105198503122318", "😀", "鄭州", "\u200b", "\ufeff",
]
yaml_text = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=6)), max_size=60).map("".join)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["100万", "１００万", "一百万", "1,000,000", "2023-02-30", "２０２３-０１-１５", "河南", "上海", "香港",
                     "website", "third_party", "technical", "ready", "0", "-1", "86400", "true", "是", ""]),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
)
junk = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def plausible(annotation, depth: int = 0) -> st.SearchStrategy:
    """Values of about the right type for a field (so that many documents load and get evaluated)."""
    inner = unwrap(annotation)
    if typing.get_origin(inner) is list:
        return st.lists(plausible(typing.get_args(inner)[0], depth + 1), max_size=3)
    if typing.get_origin(inner) is dict:
        return st.dictionaries(st.sampled_from(MATERIAL_IDS + ["unknown_item"]), plausible(typing.get_args(inner)[1]),
                               max_size=4)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return st.sampled_from([m.value for m in inner] + ["not_a_member"])
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return section(inner, depth + 1)
    if inner is bool:
        return st.booleans()
    if inner is dt.date:
        return st.one_of(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2030, 12, 31)),
                         st.sampled_from(["2023-02-30", "２０２０-０１-１５", "2020-1-5"]))
    if inner in (int, float):
        return st.one_of(st.integers(min_value=-5, max_value=10**7), st.sampled_from(["80", "８０", "100万", "x"]))
    return st.one_of(st.sampled_from(["河南", "上海", "甘肃", "山西", "香港", "zyyouxuan-example.com", "豫ICP备2024012345号",
                                      "91410105MA9K7X2Q57", "410105198503122318", "CISSP", "郑州市", "朝阳区"]),
                     st.text(max_size=12))


def section(model_cls: type[BaseModel], depth: int = 0) -> st.SearchStrategy:
    """A mapping with some of the model's real fields, each plausible or junk, and now and then an unknown key."""
    fields = {name: st.one_of(plausible(info.annotation, depth), junk) if depth < 3 else junk
              for name, info in model_cls.model_fields.items()}
    return st.fixed_dictionaries({}, optional={**fields, "unknown_field": junk})


documents = st.fixed_dictionaries(
    {},
    optional={
        "schema_version": st.one_of(st.sampled_from([1, 2, 2, 2, 3, 0, "two", 2.0, True, None]), junk),
        **{name: st.one_of(plausible(info.annotation), junk)
           for name, info in model.Application.model_fields.items() if name != "schema_version"},
    },
)


# --- properties ------------------------------------------------------------------------


@FUZZ
@given(yaml_text)
def test_random_yaml_text(text):
    accepts_or_input_error(lambda: parse_application(text, file="fuzz.yaml"))


@FUZZ
@given(documents, st.sampled_from(["yaml", "json", "data"]),
       st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))))
def test_random_documents_under_the_real_keys(document, form, as_of):
    if form == "data":
        load = lambda: application_from_data(document, {}, "fuzz.yaml")  # noqa: E731
    elif form == "json":
        text = json.dumps(document, ensure_ascii=False, default=str)
        load = lambda: parse_application(text, file="fuzz.json")  # noqa: E731
    else:
        text = yaml.safe_dump(document, allow_unicode=True)
        load = lambda: parse_application(text, file="fuzz.yaml")  # noqa: E731
    application = accepts_or_input_error(load)
    if application is not None and as_of is not None:
        evaluate_everywhere(application, as_of)


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([".yaml", ".json", ".yml"]))
def test_random_bytes_from_a_file(tmp_path_factory, data, suffix):
    path = Path(tmp_path_factory.mktemp("bytes")) / f"fuzz{suffix}"
    path.write_bytes(data)
    accepts_or_input_error(lambda: load_application(path))
    assert path.read_bytes() == data


EXAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.yaml"))]


@st.composite
def edited_examples(draw):
    """A real example with a few random edits: deleted spans, inserted pieces, swapped lines, cut-off ends."""
    text = draw(st.sampled_from(EXAMPLE_TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "insert", "swap", "truncate", "replace_value"]))
        position = draw(st.integers(0, len(text)))
        if kind == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 40)):]
        elif kind == "insert":
            text = text[:position] + draw(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=5))) + text[position:]
        elif kind == "truncate":
            text = text[:position]
        elif kind == "swap":
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            key, colon, _ = lines[i].partition(": ")
            if colon:
                lines[i] = key + ": " + draw(st.sampled_from(YAML_PIECES + ["[]", "{}", "", "-1", "1e400"]))
            text = "\n".join(lines)
    return text


@FUZZ
@given(edited_examples())
def test_edited_examples(text):
    accepts_or_input_error(lambda: parse_application(text, file="edited.yaml"))
