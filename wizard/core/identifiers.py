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


def domain_problem(name: str) -> str | None:
    """None if the name is a valid registrable domain under a real public suffix."""
    text = normalise_text(name).lower().rstrip(".")
    text = re.sub(r"^https?://", "", text).split("/")[0]
    if not text or "." not in text:
        return "a domain needs a name and a suffix, e.g. example.com"
    try:
        ascii_name = idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        return f"not a valid domain name ({exc})"
    if len(ascii_name) > 253:
        return "a domain name is at most 253 characters"
    psl = _suffix_list()
    suffix = psl.publicsuffix(ascii_name, accept_unknown=False)
    if suffix is None:
        return f"'.{ascii_name.rsplit('.', 1)[-1]}' is not a known public suffix"
    if suffix == ascii_name:
        return "this is a suffix, not a domain"
    return None


def registrable_domain(name: str) -> str:
    text = normalise_text(name).lower().rstrip(".")
    text = re.sub(r"^https?://", "", text).split("/")[0]
    try:
        ascii_name = idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError:
        return text
    return _suffix_list().privatesuffix(ascii_name) or ascii_name


def domain_suffix(name: str) -> str:
    """The public suffix with a leading dot: '.com', '.com.cn', '.中国' as ASCII ('.xn--fiqs8s')."""
    registrable = registrable_domain(name)
    return "." + registrable.split(".", 1)[1] if "." in registrable else ""
