"""Version 4 added the tracking section; version-3 files open with an empty one and keep their plan marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from old_files import saved_again, unanswered_violations

from wizard.core.application.documents import load_application, parse_application
from wizard.core.application.model import SCHEMA_VERSION
from wizard.core.application.records import Tracking
from wizard.core.application.storage import save_application
from wizard.core.runtime.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "v3"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def _example(stem: str) -> Path:
    current = EXAMPLES / f"{stem}.yaml"
    return current if current.exists() else EXAMPLES / "demo" / f"{stem}.yaml"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_version_3_files_open_as_the_current_version_with_no_tracking(fixture: Path, tmp_path: Path):
    text = fixture.read_text(encoding="utf-8")
    assert "schema_version: 3\n" in text
    application = load_application(fixture)
    assert application.schema_version == SCHEMA_VERSION
    assert application.tracking == Tracking()
    assert fixture.read_text(encoding="utf-8") == text  # opening never rewrites the file
    stem = fixture.stem.removesuffix("-plan-marked")
    expected = unanswered_violations(load_application(_example(stem))).model_dump(exclude={"plan"})
    assert application.model_dump(exclude={"plan"}) == expected
    assert saved_again(application, tmp_path) == application


def test_plan_marks_of_a_version_3_file_survive_the_migration():
    application = load_application(FIXTURES / "gansu-plan-marked.yaml")
    assert set(application.plan.done) == {"gansu.domains.icp_filing"}
    assert application.plan.done["gansu.domains.icp_filing"].date == dt.date(2026, 11, 20)


def test_tracking_survives_saving(tmp_path: Path):
    application = parse_application(
        "schema_version: 4\ntracking:\n  submitted: 2026-09-01\n  application_number: ' GS２０２６-0042 '\n"
        "  corrections:\n    - {received: 2026-09-10, answered: 2026-09-14, note: 补充社保证明}\n"
        "    - {received: 2026-10-12}\n  licence_number: 甘B2-20260001\n")
    tracking = application.tracking
    assert tracking.application_number == "GS2026-0042"  # trimmed, full-width digits read as ordinary ones
    assert [c.received for c in tracking.corrections] == [dt.date(2026, 9, 10), dt.date(2026, 10, 12)]
    assert tracking.corrections[1].answered is None
    saved = tmp_path / "saved.yaml"
    save_application(application, saved)
    assert load_application(saved).tracking == tracking


@pytest.mark.parametrize("where", [
    "tracking:\n  submitted: 2999-01-01\n",
    "tracking:\n  issued: 2999-01-01\n",
    "tracking:\n  corrections:\n    - {received: 2999-01-01}\n",
])
def test_a_tracked_date_in_the_future_is_refused(where: str):
    with pytest.raises(InputError) as caught:
        parse_application(where)
    assert caught.value.code == "date.in_future"


def test_a_version_4_file_is_refused_by_the_version_3_rule_as_newer():
    """What an older program sees: the number went up, so it says "written by a newer version"."""
    from wizard.core.application.migrations import STEPS

    assert 3 in STEPS and max(STEPS) == SCHEMA_VERSION - 1
