"""The cross-checks' building blocks: USCC type characters, the certificate vocabulary,
the city table, and the refusals a consultant gets for a bad vocabulary or zone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wizard.core.china.identifiers import uscc_entity_type
from wizard.core.engine.qualifications import recognised
from wizard.core.rulepack.loader import load_packs
from wizard.core.rulepack.tables import load_tables
from wizard.core.runtime.resources import data_dir

RULES = data_dir("rules")
PACKS = load_packs()
VOCABULARY = PACKS.packs["gansu"].qualifications  # national entries plus Gansu's own


@pytest.mark.parametrize(("code", "pair", "kind", "enterprise"), [
    ("91310115MA1FL8XK2U", "91", "企业", True),
    ("92310115MA1FL8XK2Q", "92", "个体工商户", False),
    ("93310115MA1FL8XK2M", "93", "农民专业合作社", False),
    ("12310115MA1FL8XK21", "12", "事业单位", False),
    ("52310115MA1FL8XK2W", "52", "民办非企业单位", False),
])
def test_uscc_entity_type_reads_characters_one_and_two(code, pair, kind, enterprise):
    found = uscc_entity_type(code)
    assert (found.code, found.kind_zh, found.is_enterprise) == (pair, kind, enterprise)
    assert found.kind_en.isascii() and found.authority_en.isascii()  # English texts stay English


def test_uscc_entity_type_needs_eighteen_characters():
    assert uscc_entity_type("9131011") is None


@pytest.mark.parametrize(("typed", "expected"), [
    ("CISSP", {"cissp"}),
    ("cissp 证书", {"cissp"}),
    ("Certified Information Systems Security Professional", {"cissp"}),
    ("注册信息安全专业人员（CISP）", {"cisp"}),
    ("ＣＩＳＰ", {"cisp"}),  # full-width letters
    ("CISP-PTE", {"cisp"}),
    ("信息安全工程师（软考中级）", {"ruankao_security_engineer"}),
    ("CCNA Security", {"ccna"}),
    ("思科认证网络工程师", {"ccna"}),
    ("CompTIA Security+", {"security_plus"}),
    ("网络安全培训合格证书", {"gansu_security_training"}),
])
def test_spellings_and_variants_name_their_certificate(typed, expected):
    assert recognised(typed, VOCABULARY) == expected


@pytest.mark.parametrize("typed", ["CISAW", "CISMP项目", "PMP", "计算机科学与技术学士", "网络工程师", "Security"])
def test_a_name_is_not_matched_inside_a_longer_word(typed):
    found = recognised(typed, VOCABULARY)
    assert "cisa" not in found and "cism" not in found and "cissp" not in found and "ccna" not in found
    if typed != "CISAW":
        assert found == set()


def test_a_province_adds_spellings_to_a_national_entry(tmp_path: Path):
    for path in RULES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    gansu = tmp_path / "gansu.yaml"
    gansu.write_text(gansu.read_text(encoding="utf-8").replace(
        "qualifications:\n", "qualifications:\n  - id: cissp\n    name: {zh: CISSP, en: CISSP}\n"
        "    names: [国际信息系统安全认证专家]\n    source: {ref: seed002, section: §三3}\n", 1), encoding="utf-8")
    packs = load_packs(sorted(tmp_path.glob("*.yaml")))
    assert packs.errors == []
    names = packs.packs["gansu"].qualifications["cissp"].names
    assert "CISSP" in names and "国际信息系统安全认证专家" in names
    assert "国际信息系统安全认证专家" not in packs.packs["henan"].qualifications["cissp"].names


def test_an_accepted_qualification_missing_from_the_vocabulary_is_refused(tmp_path: Path):
    for path in RULES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    shanghai = tmp_path / "shanghai.yaml"
    shanghai.write_text(shanghai.read_text(encoding="utf-8").replace("      - cisaw\n", "      - cisaw_typo\n", 1),
                        encoding="utf-8")
    packs = load_packs(sorted(tmp_path.glob("*.yaml")))
    [error] = packs.errors
    assert error.file == str(shanghai) and error.code == "pack.unknown_qualification"
    assert "cisaw_typo" in error.describe("en")
    assert "shanghai" not in packs.packs and "henan" in packs.packs


def test_a_zone_in_an_unknown_district_is_refused_with_its_line(tmp_path: Path):
    for path in RULES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    shanghai = tmp_path / "shanghai.yaml"
    text = shanghai.read_text(encoding="utf-8")
    shanghai.write_text(text.replace("districts: [minhang, changning, qingpu, jiading]",
                                     "districts: [minhang, hongqiao]", 1), encoding="utf-8")
    packs = load_packs(sorted(tmp_path.glob("*.yaml")))
    [error] = packs.errors
    line = next(n for n, row in enumerate(shanghai.read_text(encoding="utf-8").splitlines(), 1)
                if "[minhang, hongqiao]" in row)
    assert (error.file, error.line) == (str(shanghai), line) and error.code == "pack.unknown_district"
    assert "hongqiao" in error.describe("en")


@pytest.mark.parametrize(("city", "region"), [
    ("上海", "shanghai"), ("上海市", "shanghai"), ("浦东新区", "shanghai"), ("郑州市", "henan"), ("郑州", "henan"),
    ("Zhengzhou", "henan"), ("cn-hangzhou", "zhejiang"), ("Xi'an", "shaanxi"), ("临夏回族自治州", "gansu"),
    ("Lüliang", "shanxi"), ("乌兰察布", "inner_mongolia"), ("香港", "hong_kong"), ("Taipei", "taiwan"),
])
def test_the_city_table_places_a_city_in_its_region(city, region):
    assert PACKS.tables.cities.region_of(city).id == region


@pytest.mark.parametrize("city", ["", None, "示例镇", "Springfield", "Huangpu"])
def test_an_unlisted_or_ambiguous_city_is_not_guessed(city):
    assert PACKS.tables.cities.region_of(city) is None


def test_the_city_table_covers_every_capital_and_the_four_provinces_districts():
    cities = PACKS.tables.cities
    for capital in ("北京", "天津", "石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "上海", "南京", "杭州",
                    "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "重庆", "成都",
                    "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐"):
        assert cities.region_of(capital) is not None, capital
    for province in ("shanghai", "henan", "gansu", "shanxi"):
        for district in PACKS.packs[province].districts:
            assert cities.region_of(district.name.zh).id == province, district.name.zh


def test_a_city_listed_under_two_regions_is_refused(tmp_path: Path):
    shutil.copytree(RULES / "data", tmp_path / "data")
    table = tmp_path / "data" / "cities.yaml"
    table.write_text(table.read_text(encoding="utf-8").replace(
        "    - {zh: 南宁市, en: \"Nanning\"}", "    - {zh: 南宁市, en: \"Nanning\"}\n    - {zh: 郑州市}", 1),
        encoding="utf-8")
    tables, [error] = load_tables(tmp_path / "data")
    assert error.code == "table.city_twice"
    assert "郑州市" in error.describe("zh") and "henan" in error.describe("zh") and "guangxi" in error.describe("zh")
    assert tables.authorities  # the other table still loads
