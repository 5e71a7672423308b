"""The region tables beside the packs: the 31 mainland regions' authorities and licence prefixes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wizard.core.regions import BY_ID, REGIONS
from wizard.core.resources import data_dir
from wizard.core.rulepack.loader import load_packs
from wizard.core.rulepack.tables import load_tables

RULES = data_dir("rules")
MAINLAND = [r for r in REGIONS if r.mainland]
ENCODED = ("shanghai", "henan", "gansu", "shanxi")
PACKS = load_packs()


def test_the_authorities_table_covers_the_31_mainland_regions_once():
    tables, errors = load_tables(RULES / "data")
    assert errors == []
    assert sorted(tables.authorities) == sorted(r.id for r in MAINLAND) and len(MAINLAND) == 31
    for region in MAINLAND:
        entry = tables.authorities[region.id]
        assert entry.authority.zh == f"{entry.name.zh}通信管理局"
        assert entry.licence_prefix == f"{region.abbreviations[0]}B2-"
        if entry.prefix.basis == "observed":
            assert entry.prefix.example.startswith(entry.licence_prefix)


@pytest.mark.parametrize("province", ENCODED)
def test_the_encoded_packs_agree_with_the_authorities_table(province):
    pack = PACKS.packs[province]
    entry = PACKS.tables.authorities[pack.header.region]
    assert (pack.header.authority, pack.header.licence_prefix) == (entry.authority, entry.licence_prefix)


def test_a_region_missing_from_the_table_is_named(tmp_path: Path):
    shutil.copytree(RULES / "data", tmp_path / "data")
    table = tmp_path / "data" / "authorities.yaml"
    rows = [row for row in table.read_text(encoding="utf-8").splitlines() if "region: tibet" not in row]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    _, [error] = load_tables(tmp_path / "data")
    assert "missing: tibet" in error.reason


def test_region_names_in_the_table_match_regions_py():
    tables, _ = load_tables(RULES / "data")
    for region_id, entry in tables.authorities.items():
        assert entry.name.zh.startswith(BY_ID[region_id].zh)
