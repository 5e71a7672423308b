"""The kinds of value a field of the applicant document takes, and how typed input becomes one.

Text is trimmed and NFKC-normalised (full-width digits read as ordinary ones), a province
may be written as an id, in Chinese or in English, amounts as "100万" or "1,000,000",
and dates must be real, on or after 1949-10-01 and not in the future.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict

from ..china.regions import find_region
from ..runtime.errors import ReasonError
from .values import normalise_text, parse_rmb

EARLIEST_DATE = dt.date(1949, 10, 1)


def label(zh: str, en: str) -> dict[str, Any]:
    """Field metadata read by the GUI, the reports and error messages."""
    return {"json_schema_extra": {"zh": zh, "en": en}}


def clean_text(value: Any) -> Any:
    if isinstance(value, str):
        value = normalise_text(value)
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # a purely numeric name or number is still text
    return value


def region_id(value: Any) -> Any:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ReasonError("region.not_text")
    region = find_region(normalise_text(value))
    if region is None:
        raise ReasonError("region.unknown", {"value": value})
    return region.id


def past_date(value: dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if value < EARLIEST_DATE:
        raise ReasonError("date.too_early", {"date": value.isoformat()})
    if value > dt.date.today():
        raise ReasonError("date.in_future", {"date": value.isoformat()})
    return value


def nfkc(value: Any) -> Any:
    """Full-width digits ("２０２４-０１-０１", "８０") read as ordinary ones."""
    return normalise_text(value) if isinstance(value, str) else value


def date_input(value: Any) -> Any:
    """Like nfkc, but a bare number is refused: pydantic would read 0 or "86400" as seconds since 1970."""
    value = nfkc(value)
    if (isinstance(value, (int, float)) and not isinstance(value, bool)) or (
        isinstance(value, str) and value.isdigit()
    ):
        raise ReasonError("field.not_a_date")
    return value


Text = Annotated[str | None, BeforeValidator(clean_text)]
Date = Annotated[dt.date | None, BeforeValidator(date_input)]
RegionId = Annotated[str | None, BeforeValidator(region_id)]


def capital(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return parse_rmb(value)


class Section(BaseModel):
    """What every section of the applicant document is: unknown keys refused, each assignment validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)
