"""Checks that compare answers with each other or with the tables beside the packs.

- the USCC's registration-authority and type characters against the declared legal form;
- where a server is: its province, else the province of its city (rules/data/cities.yaml),
  and only then, if neither is known, a question rather than a verdict;
- the park the applicant names against the pack's zones (recognised parks, FTZ areas);
- whether the pack is a region's own, or the national baseline standing in for it.

checks.py adds these to CHECKS; each returns Outcome like the checks there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..application.model import LegalForm, Server
from ..application.values import normalise_text
from ..china import identifiers
from ..china.regions import BY_ID, Region, find_region
from ..labels import enum_text, join_texts
from ..rulepack.basics import Bilingual, FindingKind, Severity
from ..rulepack.schema import Rule, Zone
from .context import Context, Failure, Outcome, _name, catalog_texts, checks_of

# --- USCC against legal form ----------------------------------------------------------


def check_uscc_matches_legal_form(ctx: Context, rule: Rule) -> Outcome:
    """Companies, partnerships and sole proprietorships are enterprises (91); a 个体工商户 is 92."""
    entity = ctx.application.entity
    form = entity.legal_form
    if not entity.uscc or identifiers.uscc_problem(entity.uscc) or form in (None, LegalForm.other):
        return Outcome()  # an empty or malformed code, or no form, is reported by other rules
    found = identifiers.uscc_entity_type(entity.uscc)
    expected = "92" if form == LegalForm.individual_business else "91"
    if found is None or found.code == expected:
        return Outcome()
    # A code of another kind of holder (92, 93, 1x …) says the applicant is not a company: structural.
    # An enterprise code beside "个体工商户" more likely means the legal form was chosen wrongly: correct it.
    kind = FindingKind.act if found.code == "91" else None
    return Outcome([Failure("entity.legal_form", {
        "code": found.code,
        "actual": Bilingual(zh=found.kind_zh, en=found.kind_en),
        "authority": Bilingual(zh=found.authority_zh, en=found.authority_en),
        "required": enum_text(form),
    }, kind=kind)])


# --- where a server is ----------------------------------------------------------------

_CHINA = {"", "中国", "中华人民共和国", "中国大陆", "中国内地", "china", "cn", "prc", "peoplesrepublicofchina",
          "mainlandchina", "chinamainland"}
_REGION_WORDS = re.compile(r"^(中国|china)|(特别行政区|sar|specialadministrativeregion|地区|province)$")


def _squashed(text: str) -> str:
    return re.sub(r"[\s'’.,()（）]", "", normalise_text(text).lower())


@dataclass(frozen=True)
class ServerPlace:
    state: Literal["mainland", "outside", "unknown"]
    region: Region | None
    shown: Bilingual | str  # how a message names the place


def server_place(ctx: Context, server: Server) -> ServerPlace:
    """Where a server is, from its country, its province, or else its city."""
    country = normalise_text(server.country or "").strip()
    region = BY_ID.get(server.province or "")
    if _squashed(country) not in _CHINA:
        named = find_region(country) or find_region(_REGION_WORDS.sub("", _squashed(country)))
        if named is None:
            return ServerPlace("outside", None, country)  # another country
        region = named  # "香港", "中国香港", "Hong Kong SAR" written as the country
    if region is None:
        region = ctx.pack.cities.region_of(server.city)
    if region is None:
        return ServerPlace("unknown", None, server.city or "—")
    return ServerPlace("mainland" if region.mainland else "outside", region, _name(region))


_PLACES = object()  # the cache's key for where each server is: worked out once per server, not per rule


def _places(ctx: Context) -> list[ServerPlace]:
    """server_place of each server, once per evaluation, and between evaluations only for changed servers."""
    return ctx.shared("server_places", lambda ctx: ctx.per_item(
        _PLACES, "servers", lambda index, server: server_place(ctx, server)))


def check_server_province_known(ctx: Context, rule: Rule) -> Outcome:
    failures = []
    for index, (server, place) in enumerate(zip(ctx.application.servers, _places(ctx), strict=True)):
        if place.state != "unknown":
            continue
        city = normalise_text(server.city or "").strip()
        detail = (
            Bilingual(zh=f"，城市“{city}”不在本程序的城市表中，无法据此推断",
                      en=f'; the city "{city}" is not in the program\'s city table, so the province cannot be inferred')
            if city else Bilingual(zh="，城市也未填写", en="; no city is given either")
        )
        failures.append(Failure(f"servers[{index}].province", {"actual": city or "—", "detail": detail}, missing=True))
    return Outcome(failures)


def check_servers_in_mainland(ctx: Context, rule: Rule) -> Outcome:
    """An unknown place is a missing answer, not a server abroad; with `fact: server_location` it merges
    into the one finding that asks for the province (server_province_known)."""
    failures = []
    for index, place in enumerate(_places(ctx)):
        if place.state == "outside":
            failures.append(Failure(f"servers[{index}].province", {"actual": place.shown}))
        elif place.state == "unknown":
            failures.append(Failure(f"servers[{index}].province", {"actual": "—"}, missing=True))
    return Outcome(failures)


def check_servers_in_pack_region(ctx: Context, rule: Rule) -> Outcome:
    required = _name(BY_ID.get(ctx.pack.header.region or ""))
    failures = []
    for index, place in enumerate(_places(ctx)):
        if place.region is not None and place.region.id == ctx.pack.header.region:
            continue
        missing = place.state == "unknown"  # asked for once, with server_province_known (fact: server_location)
        failures.append(Failure(f"servers[{index}].province", {"actual": "—" if missing else place.shown,
                                                               "required": required}, missing=missing))
    return Outcome(failures)


# --- parks and free-trade-zone areas ----------------------------------------------------


def _zone_key(text: str) -> str:
    return re.sub(r"[\s·\-_.,，、()（）]", "", normalise_text(text).lower())


def zones_named(ctx: Context, text: str | None, kind: str | None = None) -> list[Zone]:
    """The pack's zones whose names occur in the text (a park field or an address)."""
    key = _zone_key(text or "")
    if not key:
        return []
    return [
        zone for zone in ctx.pack.zones
        if (kind is None or zone.kind == kind) and any(_zone_key(name) in key for name in zone.names)
    ]


def _park_text(ctx: Context) -> tuple[str | None, str]:
    """The park as answered, else the registered address it may be read from, with the field it came from."""
    park = normalise_text(ctx.application.industry.park or "").strip()
    if park:
        return park, "industry.park"
    address = ctx.application.entity.registered_address
    if zones_named(ctx, address):
        return address, "entity.registered_address"
    return None, "industry.park"


def _zone_names(ctx: Context, kind: str) -> Bilingual:
    return join_texts([zone.name for zone in ctx.pack.zones if zone.kind == kind])


def check_park_known(ctx: Context, rule: Rule) -> Outcome:
    """Fails when neither the park field nor the registered address names a park or area."""
    text, _ = _park_text(ctx)
    if text is not None:
        return Outcome()
    return Outcome([Failure("industry.park", {"required": _zone_names(ctx, "recognised_park")}, missing=True)])


def check_park_recognised(ctx: Context, rule: Rule) -> Outcome:
    """Fails when the park given (or named in the address) is none of the pack's recognised parks."""
    text, source_field = _park_text(ctx)
    if text is None or zones_named(ctx, text, "recognised_park"):
        return Outcome()
    return Outcome([Failure(source_field, {"actual": text, "required": _zone_names(ctx, "recognised_park")})])


def check_in_free_trade_zone(ctx: Context, rule: Rule) -> Outcome:
    """Fails when the park or address names no free-trade-zone area, directly or through a park in one."""
    text, source_field = _park_text(ctx)
    if text is None:
        text = ctx.application.entity.registered_address
        source_field = "entity.registered_address"
    if not text:
        return Outcome()  # nothing to place: park_known asks for the park
    areas = {z.id for z in zones_named(ctx, text, "free_trade_zone")}
    areas |= {z.in_free_trade_zone for z in zones_named(ctx, text, "recognised_park") if z.in_free_trade_zone}
    if areas:
        return Outcome()
    return Outcome([Failure(source_field, {"actual": text, "required": _zone_names(ctx, "free_trade_zone")})])


# --- the pack itself -------------------------------------------------------------------


def check_province_rules_encoded(ctx: Context, rule: Rule) -> Outcome:
    """Fails for the national baseline standing in for a region whose own rules are not encoded."""
    if not ctx.pack.baseline_only:
        return Outcome()
    values = {"actual": ctx.pack.header.name, "required": ctx.pack.header.authority}
    submitted = ctx.application.tracking.submitted
    if submitted is None:
        return Outcome([Failure("scope.province", values)])
    # Filed: "confirm before filing" is no longer a step to take, only a note on what was not checked
    return Outcome([Failure("scope.province", {**values, "submitted": submitted}, severity=Severity.info,
                            texts=catalog_texts("check.rules_not_encoded_filed", "check.rules_not_encoded_filed_fix"))])



CROSS_CHECKS = checks_of(globals())
