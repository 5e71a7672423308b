"""Build step: compile the interface translations (Qt Linguist .ts -> .qm) before the wheel is assembled.

Runs for `pip install .`, `pip install -e .` and `python -m build`; the .qm files land in
resources/translations/, which the wheel carries as wizard/_data/resources.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SCRIPT = Path(__file__).resolve().parent / "scripts" / "translations.py"


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        done = subprocess.run([sys.executable, str(SCRIPT), "compile"], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"compiling the translations failed:\n{done.stdout}{done.stderr}")
        self.app.display_info(done.stdout.strip())
