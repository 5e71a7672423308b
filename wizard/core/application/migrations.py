"""Bringing files written by older versions up to the current schema.

Each step takes the plain data of version N and returns version N+1; steps run
in order before validation. A file from a newer version is refused untouched.
Fixtures of every older version live in tests/fixtures/v<N>/.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..runtime.errors import InputError
from .model import SCHEMA_VERSION


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """materials.status {id: status} → materials.items {id: {status: …}} (owner, due, notes added)."""
    materials = data.get("materials")
    if isinstance(materials, dict) and "status" in materials:
        status = materials.pop("status")
        if isinstance(status, dict):
            materials["items"] = {item: {"status": value} for item, value in status.items()}
        else:
            materials["items"] = status  # not a mapping: let validation report it on materials.items
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """plan.done added (acts marked done in the plan). Nothing to convert: a version-2 file has no plan section.

    The version still goes up so that an older program refuses a file with a plan section as "written
    by a newer version" instead of calling `plan` an unknown section."""
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """tracking added (submission, corrections, inspection, licence). A version-3 file has none: nothing to
    convert, and the version goes up so that an older program refuses a tracked file as newer."""
    return data


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """tracking.corrections[].due added (the deadline a notice states). Nothing to convert; the version goes
    up so that an older program refuses a file with such a date as newer instead of as a misspelt key."""
    return data


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    """credit.has_violations added, asked before the list. A file that lists violations answered "yes"; an
    empty list stays unanswered: it was written both for "no violations" and for "not filled in yet", and
    the no-violation statement must not be drafted on a guess."""
    credit = data.get("credit")
    if isinstance(credit, dict) and "has_violations" not in credit:
        violations = credit.get("violations")
        if isinstance(violations, list) and violations:
            data["credit"] = {**credit, "has_violations": True}
    return data


STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6,
}


def migrate(data: dict[str, Any], file: str | None = None, line: int | None = None) -> dict[str, Any]:
    """The data at the current schema version. Does not modify the file it came from.

    `line` is where schema_version stands in the file, for error messages.
    """
    version = data.get("schema_version", 1)  # files before the field existed are version 1
    if isinstance(version, bool) or not isinstance(version, int):
        raise InputError("schema.not_a_whole_number", file=file, line=line, field="schema_version")
    if version > SCHEMA_VERSION:
        raise InputError(
            "schema.newer_version", {"version": version, "supported": SCHEMA_VERSION},
            file=file, line=line, field="schema_version",
        )
    if version < 1:
        raise InputError("schema.too_old", file=file, line=line, field="schema_version")
    data = dict(data)
    while version < SCHEMA_VERSION:
        data = STEPS[version](data)
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    return data
