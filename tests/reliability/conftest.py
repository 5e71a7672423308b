"""Reliability tests: the GUI fixtures of tests/gui (offscreen Qt, recorded dialogs, isolated settings)
and the malformed-input corpus of tests/bad_inputs."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui.conftest import Dialogs, dialogs, isolated, make_window  # noqa: E402, F401 - shared GUI fixtures

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
AS_OF = "2026-11-23"  # the date the examples are complete as of


def load_corpus_module():
    """tests/bad_inputs/make.py, imported by path (it is also used by benchmarks/robustness.py)."""
    name = "bad_inputs_make"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "bad_inputs" / "make.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def run_cli(*args: str, timeout: float = 20, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`icp-wizard ARGS` through the real entry point, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-c", "import sys; from wizard.launch import main; sys.exit(main())", *args],
        capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout,
        env={**os.environ, **(env or {})}, cwd=ROOT,
    )
