"""Applicant files: round trip, and bad input answered with file, field and line — never a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from wizard.core.application.documents import dump_application, load_application, parse_application
from wizard.core.application.storage import save_application
from wizard.core.runtime.errors import InputError
from wizard.core.runtime.resources import data_dir

EXAMPLES = sorted(data_dir("examples").glob("*.yaml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_round_trip(example: Path, tmp_path: Path):
    application = load_application(example)
    target = tmp_path / "copy.yaml"
    save_application(application, target)
    again = load_application(target)
    assert again == application
    assert "有限公司" in target.read_text(encoding="utf-8")  # Chinese stays readable, not \u escapes


def _error(text: str, suffix: str = ".yaml", tmp_path: Path | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_application(text, file=f"applicant{suffix}")
    return caught.value


@pytest.mark.parametrize(
    ("text", "field", "line", "code"),
    [
        ("entity:\n  registered_capital_rmb: -5\n", "entity.registered_capital_rmb", 2, "amount.negative"),
        ("entity:\n  registration_date: 2024-02-30\n", None, 2, "yaml.impossible_date"),
        ("entity:\n  registration_date: 1900-01-01\n", "entity.registration_date", 2, "date.too_early"),
        ("entity:\n  registration_date: 2999-01-01\n", "entity.registration_date", 2, "date.in_future"),
        ("entity:\n  legal_form: llc\n", "entity.legal_form", 2, "field.not_a_choice"),
        ("entity:\n  nmae: x\n", "entity.nmae", 2, "field.unknown"),
        ("servers:\n  - province: Atlantis\n", "servers[0].province", 2, "region.unknown"),
        ("staff: 3\n", "staff", 1, "field.not_a_list"),
        ("schema_version: 99\n", "schema_version", 1, "schema.newer_version"),
        ("- a\n- b\n", None, 1, "document.not_a_mapping"),
        ("entity: {name: [unclosed\n", None, 2, "yaml.ends_early"),
        ("entity: {name: x\n  other: [1, 2]]\n", None, 2, "yaml.syntax"),
        ("entity:\n  name: a\nentity:\n  name: b\n", None, 3, "yaml.duplicate_key"),
    ],
)
def test_bad_input_names_field_and_line(text, field, line, code):
    error = _error(text)
    assert error.field == field
    assert error.line == line
    assert error.code == code
    assert error.file == "applicant.yaml"


def test_a_reason_carries_its_parameters_in_both_languages():
    error = _error("entity:\n  legal_form: llc\n")
    assert error.reason.params["value"] == "llc"
    assert "limited_company" in error.reason.params["choices"]
    assert "“llc”不是可选的值" in error.describe("zh") and "'llc' is not one of" in error.describe("en")
    assert error.describe("zh").startswith("applicant.yaml:2: entity.legal_form: ")


def test_alias_bomb_is_refused_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, 9):
        bomb += f"{chr(97 + level)}: &{chr(97 + level)} [" + ", ".join([f"*{chr(96 + level)}"] * 10) + "]\n"
    error = _error(bomb)
    assert error.code == "document.too_large"


def test_unreadable_files(tmp_path: Path):
    binary = tmp_path / "junk.yaml"
    binary.write_bytes(b"\x00\x01\x02binary")
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("entity:\n  name: 测试公司\n".encode("gbk"))
    bom = tmp_path / "bom.yaml"
    bom.write_bytes("entity:\n  name: 测试有限公司\n".encode("utf-8-sig"))
    for path, code in ((binary, "file.binary"), (gbk, "file.not_utf8"), (tmp_path / "missing.yaml", "file.not_found")):
        with pytest.raises(InputError) as caught:
            load_application(path)
        assert caught.value.code == code
    assert load_application(bom).entity.name == "测试有限公司"


def test_capital_in_words_and_full_width_digits():
    application = parse_application("entity:\n  registered_capital_rmb: 一百万\nsite:\n  office_area_m2: ８０\n")
    assert application.entity.registered_capital_rmb == 1_000_000


def test_json_is_accepted(tmp_path: Path):
    path = tmp_path / "a.json"
    path.write_text('{"entity": {"name": "某某有限公司", "registered_capital_rmb": "100万"}}', encoding="utf-8")
    assert load_application(path).entity.registered_capital_rmb == 1_000_000


def test_a_failed_load_never_changes_the_file(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("entity:\n  registered_capital_rmb: -1\n", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(InputError):
        load_application(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_dump_is_human_readable():
    application = parse_application("entity:\n  name: 某某网络科技有限公司\n  registered_capital_rmb: 100万\n")
    text = dump_application(application)
    assert "name: 某某网络科技有限公司" in text and "registered_capital_rmb: 1000000" in text


def test_empty_sections_and_nulls_mean_not_given():
    """A blank template (section headers with nothing under them) is a half-filled file, not an error."""
    text = "scope:\nentity:\n  name: 某某有限公司\nstaff:\n  - name: 甲\n    full_time:\n    posts:\n"
    application = parse_application(text)
    assert application.scope.channels == [] and application.entity.name == "某某有限公司"
    assert application.staff[0].full_time is True and application.staff[0].posts == []
