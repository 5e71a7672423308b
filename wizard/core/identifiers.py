"""Checks of identifiers that need no province rules: USCC, resident ID, ICP备案 number, domains."""

from __future__ import annotations

import re
from functools import lru_cache

import idna
from publicsuffixlist import PublicSuffixList
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from .regions import Region, region_by_abbreviation, region_by_division_code
from .values import normalise_text

_ICP_FILING = re.compile(r"^(?P<abbr>\w)ICP备(?P<number>\d{8,10})号(?:-(?P<site>\d{1,4}))?$")


def uscc_problem(code: str) -> str | None:
    """None if the USCC is well formed with a correct check character, else the reason."""
    try:
        uscc.validate(normalise_text(code).upper())
    except ValidationError as exc:
        return str(exc.message) if hasattr(exc, "message") else str(exc)
    return None


def uscc_region(code: str) -> Region | None:
    compact = uscc.compact(normalise_text(code).upper())
    return region_by_division_code(compact[2:4]) if len(compact) == 18 else None


def resident_id_problem(number: str) -> str | None:
    try:
        ric.validate(normalise_text(number).upper())
    except ValidationError as exc:
        return str(exc.message) if hasattr(exc, "message") else str(exc)
    return None


def mask_id(number: str | None) -> str:
    """110101********123X: region and last four kept, birth date and order hidden."""
    if not number:
        return ""
    text = normalise_text(number)
    if len(text) <= 8:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def icp_filing_region(number: str) -> tuple[Region | None, str | None]:
    """(region of the abbreviation, problem). Problem is None when the format is right."""
    match = _ICP_FILING.match(normalise_text(number).replace(" ", ""))
    if not match:
        return None, "expected the form 沪ICP备12345678号 (optionally -1)"
    region = region_by_abbreviation(match["abbr"])
    if region is None:
        return None, f"{match['abbr']!r} is not a province abbreviation"
    return region, None


@lru_cache(maxsize=1)
def _suffix_list() -> PublicSuffixList:
    return PublicSuffixList()  # bundled copy of the list; never fetched


# Parsing the full list costs ~60 ms; most applicants use one of these, which
# the list itself confirms (see tests), so plain name.suffix needs no parsing.
_COMMON_SUFFIXES = {"com", "cn", "net", "org", "com.cn", "net.cn", "org.cn", "xn--fiqs8s"}


def _split(ascii_name: str) -> tuple[str | None, str | None]:
    """(public suffix, registrable domain), from the common-suffix shortcut or the full list."""
    if ascii_name in _COMMON_SUFFIXES:
        return ascii_name, None
    labels = ascii_name.split(".")
    for size in (2, 1):
        if len(labels) == size + 1 and ".".join(labels[-size:]) in _COMMON_SUFFIXES:
            return ".".join(labels[-size:]), ascii_name
    psl = _suffix_list()
    return psl.publicsuffix(ascii_name, accept_unknown=False), psl.privatesuffix(ascii_name, accept_unknown=False)


def _ascii(name: str) -> str:
    text = normalise_text(name).lower().rstrip(".")
    text = re.sub(r"^https?://", "", text).split("/")[0]
    return idna.encode(text, uts46=True).decode("ascii")


def domain_problem(name: str) -> str | None:
    """None if the name is a valid registrable domain under a real public suffix."""
    if "." not in normalise_text(name).strip("."):
        return "a domain needs a name and a suffix, e.g. example.com"
    try:
        ascii_name = _ascii(name)
    except idna.IDNAError as exc:
        return f"not a valid domain name ({exc})"
    if len(ascii_name) > 253:
        return "a domain name is at most 253 characters"
    suffix, _ = _split(ascii_name)
    if suffix is None:
        return f"'.{ascii_name.rsplit('.', 1)[-1]}' is not a known public suffix"
    if suffix == ascii_name:
        return "this is a suffix, not a domain"
    return None


def registrable_domain(name: str) -> str:
    try:
        ascii_name = _ascii(name)
    except idna.IDNAError:
        return normalise_text(name).lower()
    return _split(ascii_name)[1] or ascii_name


def domain_suffix(name: str) -> str:
    """The public suffix with a leading dot: '.com', '.com.cn', '.中国' as ASCII ('.xn--fiqs8s')."""
    try:
        suffix = _split(_ascii(name))[0]
    except idna.IDNAError:
        return ""
    return "." + suffix if suffix else ""
