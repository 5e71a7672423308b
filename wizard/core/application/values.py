"""Parsing of the loosely typed values people write: money, full-width digits."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from ..runtime.errors import ReasonError

_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000)}
_NUMBER_WITH_UNIT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*(万|亿|千)?$")
_CURRENCY_NOISE = ("人民币", "rmb", "cny", "元", "¥", "￥", "yuan")
MAX_CAPITAL_RMB = 10**13  # more than any company's registered capital; guards against typos


def normalise_text(value: str) -> str:
    """NFKC folds full-width digits and letters ("１００万" → "100万")."""
    return unicodedata.normalize("NFKC", value).strip()


def parse_rmb(value: object) -> int:
    """An amount in yuan from 1000000, "1,000,000", "100万", "100 万元", "一百万", "RMB 1M".

    Raises ReasonError (a ValueError) with a reason a user can act on.
    """
    if isinstance(value, bool):
        raise ReasonError("amount.not_a_yes_no")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(str(value))
    elif isinstance(value, str):
        amount = _parse_rmb_text(value)
    else:
        raise ReasonError("amount.wrong_type")
    if amount.is_nan():  # YAML .nan: comparing it below would raise decimal.InvalidOperation
        raise ReasonError("amount.unreadable", {"value": str(value)})
    if amount < 0:
        raise ReasonError("amount.negative")
    if amount > MAX_CAPITAL_RMB:
        raise ReasonError("amount.implausible")
    return int(amount.to_integral_value())


def _parse_rmb_text(raw: str) -> Decimal:
    text = normalise_text(raw).lower()
    for noise in _CURRENCY_NOISE:
        text = text.replace(noise, "")
    text = text.replace(",", "").replace("，", "").replace(" ", "")
    if not text:
        raise ReasonError("amount.empty")
    if text.startswith("-"):
        raise ReasonError("amount.negative")
    if text.endswith("m") and _NUMBER_WITH_UNIT.match(text[:-1]):
        return Decimal(text[:-1]) * 1_000_000
    match = _NUMBER_WITH_UNIT.match(text)
    if match:
        number, unit = match.groups()
        try:
            return Decimal(number) * _UNITS.get(unit or "", Decimal(1))
        except InvalidOperation as exc:  # pragma: no cover - regex admits only digits
            raise ReasonError("amount.unreadable", {"value": raw}) from exc
    import cn2an  # 80 ms to import; only needed for Chinese numerals such as 一百万

    try:
        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, TypeError) as exc:
        raise ReasonError("amount.unreadable", {"value": raw}) from exc


def format_rmb(amount: int, lang: str = "zh") -> str:
    if lang == "zh":
        if amount % 10_000 == 0:
            return f"{amount // 10_000:,}万元"
        return f"{amount:,}元"
    return f"RMB {amount:,}"
