"""The national baseline as the pack for a region whose own rules are not encoded yet.

An applicant in 北京, 广东, 浙江 … is checked against rules/national.yaml, under that
region's communications administration and licence prefix (rules/data/authorities.yaml).
The pack is marked `baseline_only`, so that the national rule of kind
`province_rules_encoded` tells the applicant that the region's own rules are not checked.
Callers get it through `PackSet.for_region(region_id)`.
"""

from __future__ import annotations

from dataclasses import replace

from .loader import RulePack
from .schema import PackHeader
from .tables import AuthorityEntry, RegionTables


def baseline_pack(national: RulePack, entry: AuthorityEntry, tables: RegionTables) -> RulePack:
    checked = tables.authorities_checked or national.header.reviewed
    header = PackHeader(
        id=entry.region,
        kind="province",
        name=entry.name,
        region=entry.region,
        authority=entry.authority,
        licence_prefix=entry.licence_prefix,
        extends=national.id,
        reviewed=checked,
        licence_validity_years=national.licence_validity_years,
    )
    return replace(
        national,
        header=header,
        file=tables.authorities_file or national.file,
        reviewed=(*national.reviewed, ("authorities", checked)),
        baseline_only=True,
    )
