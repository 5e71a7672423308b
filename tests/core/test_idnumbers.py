"""wizard/core/china/idnumbers.py does python-stdnum's checks without importing it: every verdict must be stdnum's."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric, uscc

from wizard.core.china import birthplaces, idnumbers
from wizard.core.runtime import datacache

KINDS = {stdnum_errors.InvalidLength: "length", stdnum_errors.InvalidChecksum: "check",
         stdnum_errors.InvalidFormat: "characters"}


def _stdnum_verdict(validate, number: str, component_kind=None) -> str | None:
    try:
        validate(number)
    except stdnum_errors.InvalidComponent:
        return component_kind(number) if component_kind else "component"
    except stdnum_errors.ValidationError as exc:
        return next(kind for cls, kind in KINDS.items() if isinstance(exc, cls))
    except KeyError:  # stdnum: a known province with an unknown county raises KeyError; we say 'unknown place'
        return "birth_place"
    return None


def _ric_component(number: str) -> str:
    try:
        ric.get_birth_date(number)
    except stdnum_errors.ValidationError:
        return "birth_date"
    return "birth_place"


def _ours(validate, number: str) -> str | None:
    try:
        validate(number)
    except idnumbers.NumberProblem as problem:
        return problem.kind
    return None


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(datacache, "user_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(datacache, "program_cache_dir", lambda: tmp_path / "none")
    birthplaces.table.cache_clear()
    yield
    birthplaces.table.cache_clear()


def test_every_birth_place_code_is_read_as_stdnum_reads_it():
    codes = sorted(birthplaces.read_stdnum_table())
    assert len(codes) > 3000  # the whole table, not a sample
    for code in [*codes, "119999", "990101", "000000", "110000"]:
        for year in (1950, 1986, 2005, 2024):
            first17 = f"{code}{year}0101001"
            number = first17 + ric.calc_check_digit(first17 + "0")
            assert _ours(idnumbers.validate_resident_id, number) == _stdnum_verdict(ric.validate, number, _ric_component), number


digits = st.text(alphabet="0123456789", min_size=17, max_size=17)
noise = st.text(alphabet="0123456789X -x", min_size=0, max_size=20)


@settings(max_examples=400, deadline=None)
@given(first17=digits, last=st.sampled_from("0123456789XxY"), wrap=st.booleans())
def test_resident_id_verdicts_equal_stdnum(first17, last, wrap):
    number = first17 + last
    if wrap:  # a valid check digit, so that birth date and place are reached
        number = first17 + ric.calc_check_digit(first17 + "0")
    assert _ours(idnumbers.validate_resident_id, number) == _stdnum_verdict(ric.validate, number, _ric_component)


@settings(max_examples=200, deadline=None)
@given(text=noise)
def test_resident_id_noise_is_refused_as_stdnum_refuses_it(text):
    assert _ours(idnumbers.validate_resident_id, text) == _stdnum_verdict(ric.validate, text, _ric_component)


uscc_chars = st.text(alphabet=idnumbers.USCC_ALPHABET + "IOSVZ -a", min_size=0, max_size=20)


@settings(max_examples=400, deadline=None)
@given(code=uscc_chars, fix=st.booleans())
def test_uscc_verdicts_equal_stdnum(code, fix):
    if fix and len(uscc.compact(code)) == 18 and all(c in idnumbers.USCC_ALPHABET for c in uscc.compact(code)):
        compact = uscc.compact(code)
        code = compact[:17] + uscc.calc_check_digit(compact[:17])
    assert _ours(idnumbers.validate_uscc, code) == _stdnum_verdict(uscc.validate, code)


def test_real_looking_uscc_is_valid_both_ways():
    first17 = "91410100MA44XXXX1"[:17].replace("X", "0")
    code = first17 + uscc.calc_check_digit(first17)
    assert idnumbers.validate_uscc(code) == uscc.validate(code)


def test_the_birth_place_table_is_cached_and_a_corrupt_cache_is_rebuilt(tmp_path):
    birthplaces.table()
    cached = tmp_path / "cache" / birthplaces.CACHE_FILE
    assert cached.is_file()
    cached.write_bytes(cached.read_bytes()[:200])  # truncated
    birthplaces.table.cache_clear()
    assert birthplaces.place_existed("110101", 2000)
    assert len(cached.read_bytes()) > 200  # rewritten whole
    assert pickle.loads(cached.read_bytes().split(b"\n", 2)[2]) == birthplaces.read_stdnum_table()
