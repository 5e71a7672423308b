"""The check characters of the unified social credit code (GB 32100-2015) and of the resident ID
number (GB 11643-1999), and the ID number's birth date and birth-place code.

python-stdnum's modules do the same, but importing any of them imports stdnum.util, which
imports ssl and pydoc (about 30 ms, a quarter of a whole `check`); its table of birth-place
codes takes as long again to parse. So the arithmetic (a few lines, fixed by the standards)
is done here, the table is python-stdnum's own, read once and cached (birthplaces.py), and
tests/core/test_idnumbers.py holds every verdict equal to python-stdnum's.
"""

from __future__ import annotations

import datetime as dt
import re

_DIGITS = re.compile(r"[0-9]+")
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−]")


class NumberProblem(ValueError):
    """What is wrong with a number: 'length', 'characters', 'check', 'birth_date' or 'birth_place'."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


def compact_uscc(code: str) -> str:
    """Upper case, without spaces and dashes (as written on licences: 9141 0100 ...)."""
    return _USCC_SEPARATORS.sub("", code).upper().strip()


def uscc_check_character(code: str) -> str:
    """The 18th character for the first 17 (GB 32100-2015, 5: modulus 31)."""
    total = sum(USCC_ALPHABET.index(char) * weight for char, weight in zip(code, _USCC_WEIGHTS, strict=False))
    return USCC_ALPHABET[(31 - total) % 31]


def validate_uscc(code: str) -> str:
    """The compact code if well formed with the right check character; else NumberProblem."""
    code = compact_uscc(code)
    if len(code) != 18:
        raise NumberProblem("length")
    if not _DIGITS.fullmatch(code[:8]) or any(char not in USCC_ALPHABET for char in code[8:]):
        raise NumberProblem("characters")
    if code[-1] != uscc_check_character(code):
        raise NumberProblem("check")
    return code


def resident_id_check_digit(number: str) -> str:
    """The 18th character for the first 17 (GB 11643-1999: ISO 7064 MOD 11-2; 10 is written X)."""
    remainder = (1 - 2 * int(number[:17], 13)) % 11
    return "X" if remainder == 10 else str(remainder)


def resident_id_birth_date(number: str) -> dt.date:
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise NumberProblem("birth_date") from None


def validate_resident_id(number: str) -> str:
    """The number if its length, digits, check digit, birth date and birth place are right; else NumberProblem."""
    number = number.upper().strip()
    if len(number) != 18:
        raise NumberProblem("length")
    if not _DIGITS.fullmatch(number[:17]):
        raise NumberProblem("characters")
    if number[-1] != resident_id_check_digit(number):
        raise NumberProblem("check")
    born = resident_id_birth_date(number)
    from .birthplaces import place_existed

    if not place_existed(number[:6], born.year):
        raise NumberProblem("birth_place")
    return number
