"""Writes the program's own cache (the validated rule packs, python-stdnum's birth-place table) into a folder.

    python scripts/build_cache.py TARGET

Run when the wheel is built (hatch_build.py: TARGET becomes wizard/_data/cache) and when the
bundle is built (packaging/icp-wizard.spec: cache/ beside the program). The program reads it
first and never writes it (wizard/core/runtime/datacache.py). Exits 4 if a pack has an error (a build
must not ship packs it would refuse), 3 if the program's dependencies are not installed here
(an isolated build environment: the build goes on without the cache).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    for name in ("RULES", "EXAMPLES", "RESOURCES"):  # this tree's own folders, whatever the caller's environment says
        os.environ.pop(f"ICP_WIZARD_{name}", None)
    sys.path.insert(0, str(ROOT))
    try:
        import pydantic  # noqa: F401 - what building the cache needs, checked before anything is written
        import stdnum  # noqa: F401
        import yaml  # noqa: F401

        from wizard.core.china import birthplaces
        from wizard.core.rulepack import cache
    except ImportError as exc:
        print(f"build_cache.py: the program's dependencies are not installed here ({exc})", file=sys.stderr)
        return 3

    target = Path(argv[0]).resolve()
    try:
        written = [cache.build_program_cache(target), birthplaces.build_program_cache(target)]
    except RuntimeError as exc:
        print(f"build_cache.py: {exc}", file=sys.stderr)
        return 4
    for path in written:
        print(f"cached {path.name} ({path.stat().st_size // 1024} KiB) in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
