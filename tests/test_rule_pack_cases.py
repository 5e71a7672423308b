"""Runs the YAML cases in rules/tests/ (one pytest test per case)."""

from __future__ import annotations

import pytest

from wizard.core.application.yamlio import load_path
from wizard.core.commandline.casefiles import case_files, run_case_file
from wizard.core.rulepack.loader import load_packs

PACKS = load_packs()


def _cases():
    for path in case_files():
        spec, _ = load_path(path)
        for case in spec["cases"]:
            yield pytest.param(path, case["name"], id=f"{path.stem}: {case['name']}")


_RESULTS: dict = {}  # one run per case file, not one per case


def _results(path):
    if path not in _RESULTS:
        _RESULTS[path] = {r.name: r for r in run_case_file(path, PACKS)}
    return _RESULTS[path]


@pytest.mark.parametrize(("path", "name"), list(_cases()))
def test_case(path, name):
    assert not PACKS.errors, [e.describe() for e in PACKS.errors]
    assert _results(path)[name].problems == []
