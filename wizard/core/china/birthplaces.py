"""Which six-digit birth-place codes of a resident ID number existed in which years.

The table is python-stdnum's (stdnum/cn/loc.dat, the administrative division codes with the
years a code was in use). Parsing it takes about 25 ms, so it is read once into a compact
dict, cached under the SHA-256 of loc.dat (datacache.py), and loaded only when an ID number
is checked.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from pathlib import Path

from ..runtime import datacache

CACHE_FILE = "stdnum-cn-loc.pickle"
_FORMAT = b"birth places 2\0"
# code → the spans of years it named a county, "first-last" joined by commas, either end open:
# "-" always, "1983-2000,2001-". Strings, not tuples: they unpickle in a third of the time.
Years = str


def _loc_file() -> Path:
    spec = importlib.util.find_spec("stdnum")  # finds the package without importing it (its import costs 30 ms)
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        if (Path(folder) / "cn" / "loc.dat").is_file():
            return Path(folder) / "cn" / "loc.dat"
    import stdnum

    return Path(stdnum.__file__).parent / "cn" / "loc.dat"


def _years(county: str) -> Years:
    """'[1983-2000]Foo,[2001-]Bar' → '1983-2000,2001-'; a name without years is always valid: '-'."""
    spans = []
    for name in county.split(","):
        if not name.startswith("["):
            return "-"
        spans.append(name[1:].split("]", 1)[0])
    return ",".join(spans)


def read_stdnum_table() -> dict[str, Years]:
    """Every code python-stdnum knows a county for, with the years it was in use (as stdnum's ric reads them)."""
    from stdnum import numdb

    database = numdb.get("cn/loc")
    table: dict[str, Years] = {}
    for _length, low, high, _props, children in database.prefixes:
        for province in range(int(low), int(high) + 1):
            for _child_length, child_low, child_high, _child_props, _ in children:
                for county in range(int(child_low), int(child_high) + 1):
                    code = f"{province:02}{county:04}"
                    info = {key: value for _part, props in database.info(code) for key, value in props.items()}
                    if "county" in info:
                        table[code] = _years(info["county"])
    return table


@lru_cache(maxsize=1)
def table() -> dict[str, Years]:
    key = hashlib.sha256(_FORMAT + _loc_file().read_bytes()).hexdigest()
    return datacache.load(CACHE_FILE, key, read_stdnum_table, lambda data: isinstance(data, dict))


def place_existed(code: str, year: int) -> bool:
    """Whether `code` named a county in `year` (python-stdnum's reading of its table)."""
    spans = table().get(code)
    if spans is None:
        return False
    for span in spans.split(","):
        first, _, last = span.partition("-")
        if (not first or year >= int(first)) and (not last or year <= int(last)):
            return True
    return False


def build_program_cache(target: Path) -> Path:
    """At build time: the table into the program's cache folder `target`."""
    key = hashlib.sha256(_FORMAT + _loc_file().read_bytes()).hexdigest()
    datacache.write(datacache.dumps(read_stdnum_table(), key), target / CACHE_FILE, shared=True)
    return target / CACHE_FILE
