import datetime as dt

import pytest
from stdnum.cn import ric, uscc

from wizard.core.application.values import parse_rmb
from wizard.core.china import identifiers
from wizard.core.china.regions import find_region
from wizard.core.china.workdays import add_months, add_workdays, months_between, next_workday
from wizard.core.runtime.errors import ReasonError


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("100万", 1_000_000),
        ("１００万", 1_000_000),  # full-width digits
        ("1,000,000", 1_000_000),
        ("一百万", 1_000_000),
        ("人民币 200 万元", 2_000_000),
        ("10.5万", 105_000),
        ("RMB 1M", 1_000_000),
        (1500000, 1_500_000),
    ],
)
def test_capital_is_read_as_people_write_it(text, amount):
    assert parse_rmb(text) == amount


@pytest.mark.parametrize(
    ("text", "code"),
    [("-5", "amount.negative"), ("abc", "amount.unreadable"), ("", "amount.empty"),
     ("1e99", "amount.unreadable"), (True, "amount.not_a_yes_no"), (10**14, "amount.implausible")],
)
def test_bad_capital_is_refused_with_a_reason(text, code):
    with pytest.raises(ReasonError) as caught:
        parse_rmb(text)
    assert caught.value.reason.code == code


def _uscc(division: str) -> str:
    first = f"91{division}0000MA1234567"[:17]
    return first + uscc.calc_check_digit(first)


def test_uscc_check_character_and_region():
    code = _uscc("410100")
    assert identifiers.uscc_problem(code) is None
    assert identifiers.uscc_region(code).id == "henan"
    broken = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert identifiers.uscc_problem(broken).code == "uscc.bad_check_character"
    assert identifiers.uscc_problem(code[:-1]).code == "uscc.wrong_length"
    assert identifiers.uscc_problem("9141010O" + code[8:]).code == "uscc.bad_characters"


def test_resident_id_and_masking():
    first = "41010219900101123"
    number = first + ric.calc_check_digit(first + "0")  # stdnum expects a placeholder check digit
    assert identifiers.resident_id_problem(number) is None
    assert identifiers.resident_id_problem(first + "0" if number[-1] != "0" else first + "1").code == (
        "resident_id.bad_check_digit")
    assert identifiers.resident_id_problem(number[:-2]).code == "resident_id.wrong_length"
    impossible = "41010219900230123"  # 30 February
    assert identifiers.resident_id_problem(impossible + ric.calc_check_digit(impossible + "0")).code == (
        "resident_id.bad_birth_date")
    nowhere = "99999919900101123"
    assert identifiers.resident_id_problem(nowhere + ric.calc_check_digit(nowhere + "0")).code == (
        "resident_id.unknown_region")
    masked = identifiers.mask_id(number)
    assert masked.startswith("410102") and masked.endswith(number[-4:]) and "19900101" not in masked


@pytest.mark.parametrize(
    ("number", "region"),
    [("沪ICP备12345678号", "shanghai"), ("陇ICP备2024012345号-1", "gansu"), ("豫ICP备12345678号", "henan")],
)
def test_icp_filing_numbers(number, region):
    found, problem = identifiers.icp_filing_region(number)
    assert problem is None and found.id == region


def test_malformed_icp_filing_number():
    assert identifiers.icp_filing_region("ICP12345")[1].code == "icp_filing.bad_format"
    assert identifiers.icp_filing_region("X ICP备12345678号")[1].code == "icp_filing.unknown_abbreviation"


@pytest.mark.parametrize("name", ["example.com", "例子.中国", "shop.example.com.cn"])
def test_valid_domains(name):
    assert identifiers.domain_problem(name) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [("example", "domain.no_suffix"), ("com.cn", "domain.is_suffix"), ("exa mple.com", "domain.invalid"),
     ("example.notarealsuffix", "domain.unknown_suffix"), ("a" * 64 + ".com", "domain.invalid")],
)
def test_invalid_domains(name, code):
    assert identifiers.domain_problem(name).code == code


def test_domain_suffix():
    assert identifiers.domain_suffix("www.example.com.cn") == ".com.cn"


def test_regions_accept_chinese_english_and_ids():
    assert find_region("上海市").id == "shanghai"
    assert find_region("Hong Kong").id == "hong_kong"
    assert find_region("香港特别行政区").id == "hong_kong"
    assert find_region("山西").id == "shanxi" and find_region("陕西省").id == "shaanxi"
    assert find_region("Atlantis") is None


def test_month_arithmetic():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert months_between(dt.date(2026, 1, 15), dt.date(2026, 7, 14)) == 5
    assert months_between(dt.date(2026, 1, 15), dt.date(2026, 7, 15)) == 6


def test_working_days_follow_the_official_calendar():
    # 2026-10-01..07 is the National Day holiday; Thursday 2026-10-08 is the first working day after it
    day, approximate = next_workday(dt.date(2026, 10, 1))
    assert day == dt.date(2026, 10, 8) and not approximate
    end, approximate = add_workdays(dt.date(2026, 9, 30), 1)
    assert end == dt.date(2026, 10, 8) and not approximate


def test_working_days_beyond_the_calendar_are_weekdays_and_flagged():
    end, approximate = add_workdays(dt.date(2027, 6, 4), 1)  # Friday → Monday
    assert end == dt.date(2027, 6, 7) and approximate


def test_common_suffix_shortcut_agrees_with_the_public_suffix_list():
    from publicsuffixlist import PublicSuffixList

    psl = PublicSuffixList()
    for suffix in identifiers._COMMON_SUFFIXES:
        assert psl.is_public(suffix), suffix
        assert identifiers.domain_suffix(f"example.{suffix}") == f".{psl.publicsuffix('example.' + suffix)}"
