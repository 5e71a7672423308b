"""Version 5 added the deadline a correction notice states (tracking.corrections[].due); version-4 files
open unchanged, their tracking included, and a saved file says the current version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from old_files import saved_again, unanswered_violations

from wizard.core.application.documents import load_application
from wizard.core.application.model import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "v4"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_version_4_files_open_as_the_current_version(fixture: Path, tmp_path: Path):
    text = fixture.read_text(encoding="utf-8")
    assert "schema_version: 4\n" in text
    application = load_application(fixture)
    assert application.schema_version == SCHEMA_VERSION
    assert fixture.read_text(encoding="utf-8") == text  # opening never rewrites the file
    assert all(c.due is None for c in application.tracking.corrections)
    assert saved_again(application, tmp_path) == application


def test_a_tracked_version_4_file_keeps_its_notice():
    application = load_application(FIXTURES / "henan-tracked.yaml")
    [notice] = application.tracking.corrections
    assert (notice.received, notice.answered, notice.due) == (dt.date(2026, 11, 20), None, None)
    example = unanswered_violations(load_application(EXAMPLES / "henan.yaml"))
    assert application.model_dump(exclude={"tracking"}) == example.model_dump(exclude={"tracking"})
