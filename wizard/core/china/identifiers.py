"""Checks of identifiers that need no province rules: USCC, resident ID, ICP备案 number, domains."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..application.values import normalise_text
from ..messages import Reason
from .idnumbers import NumberProblem, compact_uscc, validate_resident_id, validate_uscc
from .regions import Region, region_by_abbreviation, region_by_division_code

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

_ICP_FILING = re.compile(r"^(?P<abbr>\w)ICP备(?P<number>\d{8,10})号(?:-(?P<site>\d{1,4}))?$")
_ICP_FILING_EXAMPLE = "沪ICP备12345678号"
_REASONS = {
    "uscc": {"length": "uscc.wrong_length", "characters": "uscc.bad_characters", "check": "uscc.bad_check_character"},
    "resident_id": {"length": "resident_id.wrong_length", "characters": "resident_id.bad_characters",
                    "check": "resident_id.bad_check_digit", "birth_date": "resident_id.bad_birth_date",
                    "birth_place": "resident_id.unknown_region"},
}


def uscc_problem(code: str) -> Reason | None:
    """None if the USCC is well formed with a correct check character, else the reason."""
    try:
        validate_uscc(normalise_text(code))
    except NumberProblem as problem:
        return Reason(_REASONS["uscc"][problem.kind])
    return None


def uscc_region(code: str) -> Region | None:
    compact = compact_uscc(normalise_text(code))
    return region_by_division_code(compact[2:4]) if len(compact) == 18 else None


def resident_id_problem(number: str) -> Reason | None:
    """None if the resident ID number is valid (length, check digit, birth date, region), else the reason."""
    try:
        validate_resident_id(normalise_text(number))
    except NumberProblem as problem:
        return Reason(_REASONS["resident_id"][problem.kind])
    return None


def mask_id(number: str | None) -> str:
    """110101********123X: region and last four kept, birth date and order hidden."""
    if not number:
        return ""
    text = normalise_text(number)
    if len(text) <= 8:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def icp_filing_region(number: str) -> tuple[Region | None, Reason | None]:
    """(region of the abbreviation, problem). Problem is None when the format is right."""
    match = _ICP_FILING.match(normalise_text(number).replace(" ", ""))
    if not match:
        return None, Reason("icp_filing.bad_format", {"example": _ICP_FILING_EXAMPLE})
    region = region_by_abbreviation(match["abbr"])
    if region is None:
        return None, Reason("icp_filing.unknown_abbreviation", {"abbreviation": match["abbr"]})
    return region, None


@lru_cache(maxsize=1)
def _suffix_list() -> PublicSuffixList:
    from publicsuffixlist import PublicSuffixList

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


class _NotADomain(ValueError):
    """idna refused the name; its English explanation is kept as the detail."""


def _ascii(name: str) -> str:
    text = normalise_text(name).lower().rstrip(".")
    text = re.sub(r"^https?://", "", text).split("/")[0]
    if len(text) <= 253 and _PLAIN_ASCII.fullmatch(text):
        return text  # what idna would return for it, without importing idna (~10 ms)
    import idna

    try:
        return idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise _NotADomain(str(exc)) from None


# Lower-case ASCII labels of letters, digits and single hyphens, 1–63 long, no hyphen at either end
# (idna returns those unchanged; 'xn--' labels and anything else go to idna).
_PLAIN_ASCII = re.compile(r"(?!.*--)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def domain_problem(name: str) -> Reason | None:
    """None if the name is a valid registrable domain under a real public suffix."""
    if "." not in normalise_text(name).strip("."):
        return Reason("domain.no_suffix")
    try:
        ascii_name = _ascii(name)
    except _NotADomain as exc:  # idna's English explanation stays as detail
        return Reason("domain.invalid", {}, str(exc))
    if len(ascii_name) > 253:
        return Reason("domain.too_long")
    suffix, _ = _split(ascii_name)
    if suffix is None:
        return Reason("domain.unknown_suffix", {"suffix": "." + ascii_name.rsplit(".", 1)[-1]})
    if suffix == ascii_name:
        return Reason("domain.is_suffix")
    return None


def registrable_domain(name: str) -> str:
    try:
        ascii_name = _ascii(name)
    except _NotADomain:
        return normalise_text(name).lower()
    return _split(ascii_name)[1] or ascii_name


def domain_suffix(name: str) -> str:
    """The public suffix with a leading dot: '.com', '.com.cn', '.中国' as ASCII ('.xn--fiqs8s')."""
    try:
        suffix = _split(_ascii(name))[0]
    except _NotADomain:
        return ""
    return "." + suffix if suffix else ""


@dataclass(frozen=True)
class UsccEntityType:
    """What characters 1–2 of a USCC say: who registered the holder, and as what kind of body."""

    code: str  # the two characters, e.g. "92"
    authority_zh: str
    authority_en: str
    kind_zh: str
    kind_en: str

    @property
    def is_enterprise(self) -> bool:
        """Registered by the market regulator as an enterprise (companies, partnerships, sole proprietorships)."""
        return self.code == "91"


# GB 32100-2015, chapter 4 (code structure): character 1 is the registration
# authority, character 2 the kind of body within that authority. Only the
# authorities and kinds the standard itself lists; codes assigned later to
# other authorities are reported as "another registration authority".
_USCC_AUTHORITIES = {
    "1": ("机构编制部门", "the staffing-establishment authority"),
    "5": ("民政部门", "the civil-affairs authority"),
    "9": ("工商（市场监管）部门", "the market regulator (formerly AIC)"),
    "Y": ("其他登记管理部门", "another registration authority"),
}
_USCC_KINDS = {
    "11": ("机关", "a government body"),
    "12": ("事业单位", "a public institution"),
    "13": ("编办直接管理机构编制的群众团体", "a mass organisation under the staffing office"),
    "19": ("其他机构", "another body"),
    "51": ("社会团体", "a social organisation"),
    "52": ("民办非企业单位", "a private non-enterprise unit"),
    "53": ("基金会", "a foundation"),
    "59": ("其他机构", "another body"),
    "91": ("企业", "an enterprise"),
    "92": ("个体工商户", "an individual business"),
    "93": ("农民专业合作社", "a farmers' specialised cooperative"),
    "Y1": ("其他机构", "another body"),
}


def uscc_entity_type(code: str) -> UsccEntityType | None:
    """The registration authority and kind of body that a well-formed USCC's first two characters give.

    None for a code that is not 18 characters long; callers check the check character first.
    """
    compact = compact_uscc(normalise_text(code))
    if len(compact) != 18:
        return None
    pair = compact[:2]
    authority = _USCC_AUTHORITIES.get(pair[0], ("其他登记管理部门", "another registration authority"))
    kind = _USCC_KINDS.get(pair, ("其他机构", "another kind of body"))
    return UsccEntityType(pair, authority[0], authority[1], kind[0], kind[1])
