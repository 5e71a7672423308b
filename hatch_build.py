"""Build steps before the wheel is assembled (for `pip install .`, `pip install -e .` and `python -m build`):

1. compile the interface translations (Qt Linguist .ts -> .qm) into resources/translations/,
   which the wheel carries as wizard/_data/resources;
2. write the program's own cache of the validated rule packs and python-stdnum's birth-place
   table (scripts/build_cache.py) as wizard/_data/cache, so that the first start and the first
   `check` after installing do not parse and validate YAML (wizard/core/runtime/datacache.py). An editable
   install writes it into the source tree's wizard/_data/cache/, where the program looks.
   It needs the runtime dependencies in the build environment (the README installs with
   --no-build-isolation); without them the wheel goes without it, and the program caches the
   packs in the user's data folder on its first start instead.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
SCRIPTS = ROOT / "scripts"


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        done = subprocess.run([sys.executable, str(SCRIPTS / "translations.py"), "compile"], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"compiling the translations failed:\n{done.stdout}{done.stderr}")
        self.app.display_info(done.stdout.strip())
        self._program_cache(version, build_data)

    def _program_cache(self, version: str, build_data: dict[str, Any]) -> None:
        editable = version == "editable"
        target = ROOT / "wizard" / "_data" / "cache" if editable else Path(tempfile.mkdtemp(prefix="icp-cache-"))
        done = subprocess.run([sys.executable, str(SCRIPTS / "build_cache.py"), str(target)],
                              capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 3 and done.returncode != 0:  # 4: a pack with an error, never shipped; else a bug
            raise RuntimeError(f"caching the rule packs failed:\n{done.stdout}{done.stderr}")
        if done.returncode == 3:  # an isolated build environment without the program's dependencies
            self.app.display_warning("no cache of the rule packs in this build (the program makes one on its "
                                     f"first start): {done.stderr.strip().splitlines()[-1:]}")
            return
        self.app.display_info(done.stdout.strip())
        if not editable:
            build_data["force_include"][str(target)] = "wizard/_data/cache"
