"""The validated rule packs of the program's rules folder, served from a cache (wizard/core/runtime/datacache.py).

Parsing and validating the five packs and two tables cost more than the rest of a `check`
together; unpickling the result takes a few milliseconds, and the pack models' validators
(built lazily: basics.Strict has defer_build) are then never built at all.

Key: SHA-256 of the program's version, Python's and pydantic's versions, the source of the
code that defines what is pickled or decides what the packs become (`_CODE`), and the name
and bytes of every pack and table file. Editing a pack, a table or that code, or installing
another version, changes the key: an edited pack is picked up at once.
A bundle has no sources: it records their fingerprint beside its cache when it is built.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ... import __version__
from ..runtime import datacache
from ..runtime.resources import data_dir

if TYPE_CHECKING:
    from .loader import PackSet

CACHE_FILE = "packs.pickle"
FINGERPRINT_FILE = "code.sha256"  # beside a bundle's cache
_CORE = Path(__file__).resolve().parent.parent  # wizard/core
_CODE = ("rulepack", "application/model.py", "application/records.py", "application/fieldtypes.py",
         "application/fieldpaths.py", "application/documents.py", "runtime/errors.py", "messages", "china/regions.py",
         "application/values.py", "application/yamlio.py", "application/migrations.py", "application/validation.py",
         "runtime/datacache.py", "help/glossary.py")  # the glossary is cached under the same key (help/glossary.py)


def code_fingerprint() -> str:
    """SHA-256 of the modules in `_CODE`; without sources (a bundle), the one recorded when it was built."""
    files: list[Path] = []
    for name in _CODE:
        path = _CORE / name
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    if not files or not all(file.is_file() for file in files):
        try:
            return (datacache.program_cache_dir() / FINGERPRINT_FILE).read_text(encoding="ascii").strip()
        except OSError:
            return f"no sources, version {__version__}"
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.relative_to(_CORE).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def pack_files(folder: Path) -> list[Path]:
    """What load_packs() reads from a rules folder: every pack, and the tables in its data/."""
    return sorted(folder.glob("*.yaml")) + sorted((folder / "data").glob("*.yaml"))


def cache_key(folder: Path) -> str:
    import pydantic

    digest = hashlib.sha256(b"rule packs\0")
    for part in (__version__, sys.version, pydantic.VERSION, code_fingerprint()):
        digest.update(part.encode() + b"\0")
    for file in pack_files(folder):
        digest.update(file.relative_to(folder).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def _is_pack_set(data: object) -> bool:
    from .loader import PackSet

    return isinstance(data, PackSet)


def cached_packs() -> PackSet:
    """load_packs() of the program's rules folder: from the first cache whose key matches, else loaded and cached."""
    folder = data_dir("rules")

    def build() -> PackSet:
        from .loader import load_packs

        return load_packs()

    return datacache.load(CACHE_FILE, cache_key(folder), build, _is_pack_set, relocate=folder)


def build_program_cache(target: Path) -> Path:
    """At build time: this tree's packs and glossary (which must all load) and the code fingerprint, into `target`."""
    from .loader import load_packs

    folder = data_dir("rules")
    packs = load_packs()
    if packs.errors:
        raise RuntimeError("rule packs with errors are not cached at build time:\n"
                           + "\n".join(error.describe("en") for error in packs.errors))
    key = cache_key(folder)
    datacache.write(datacache.dumps(packs, key, relocate=folder), target / CACHE_FILE, shared=True)
    from ..help.glossary import CACHE_FILE as GLOSSARY_CACHE
    from ..help.glossary import load_glossary

    glossary, errors = load_glossary()
    if errors:
        raise RuntimeError("a glossary with errors is not cached at build time:\n"
                           + "\n".join(error.describe("en") for error in errors))
    datacache.write(datacache.dumps(glossary, key, relocate=folder), target / GLOSSARY_CACHE, shared=True)
    (target / FINGERPRINT_FILE).write_text(code_fingerprint() + "\n", encoding="ascii")
    return target / CACHE_FILE
