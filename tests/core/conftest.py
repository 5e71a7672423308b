"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest

from wizard.core.rulepack.loader import load_packs


@pytest.fixture(scope="module")
def gansu():
    """The Gansu pack, loaded without errors."""
    packs = load_packs()
    assert not packs.errors
    return packs.packs["gansu"]
