"""The core/GUI boundary (napari-style import-linter contract) and lint cleanliness."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_never_imports_qt():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_no_eval_or_exec_in_the_program():
    builtin_call = re.compile(r"(?<![.\w])(eval|exec|compile)\(")  # Qt's app.exec() is a method, not the builtin
    for path in (ROOT / "wizard").rglob("*.py"):
        assert not builtin_call.search(path.read_text(encoding="utf-8")), path


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    result = subprocess.run([str(ruff), "check", "wizard", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout


def test_each_core_package_imports_first_in_a_fresh_interpreter():
    # Inside the suite something else is always imported first; alone, tracking → engine → tracking was a
    # circular import that made tests/core/test_workspace.py fail to load when run by itself.
    for package in ("wizard.core.tracking", "wizard.core.workspace.evaluation", "wizard.core.engine", "wizard.core.plan"):
        result = subprocess.run([sys.executable, "-c", f"import {package}"], cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, f"{package}: {result.stderr[-500:]}"
