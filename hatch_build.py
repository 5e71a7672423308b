"""Build step: compile the interface translations (Qt Linguist .ts -> .qm) before the wheel is assembled.

Runs for `pip install .`, `pip install -e .` and `python -m build`; the .qm files land in
resources/translations/, which the wheel carries as wizard/_data/resources.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _translations_module():  # noqa: ANN202 - the scripts/translations.py module
    path = Path(__file__).resolve().parent / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("icp_wizard_translations", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        for qm in _translations_module().compile_all():
            self.app.display_info(f"compiled {qm.name}")
