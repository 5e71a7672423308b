"""Files written by older versions open; files from newer versions are refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from old_files import saved_again, unanswered_violations

from wizard.core.application.documents import load_application
from wizard.core.application.model import SCHEMA_VERSION
from wizard.core.application.storage import save_application
from wizard.core.runtime.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


@pytest.mark.parametrize("fixture", sorted((FIXTURES / "v1").glob("*.yaml")), ids=lambda p: p.stem)
def test_version_1_files_open_as_the_current_version(fixture: Path, tmp_path: Path):
    before = hashlib.sha256(fixture.read_bytes()).hexdigest()
    application = load_application(fixture)
    assert application.schema_version == SCHEMA_VERSION
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == before  # opening never rewrites the file
    current = EXAMPLES / f"{fixture.stem}.yaml"
    if not current.exists():
        current = EXAMPLES / "demo" / f"{fixture.stem}.yaml"
    expected = load_application(current)
    # The v1 files carried statuses only; the current examples may add owners and notes.
    assert {k: r.status for k, r in application.materials.items.items()} == {
        k: r.status for k, r in expected.materials.items.items()
    }
    # Answers asked only since version 2 (staff background, the telecom dishonesty list) stay empty:
    # the migration does not invent them, and the report asks for them as missing.
    migrated, wanted = application.model_dump(exclude={"materials"}), expected.model_dump(exclude={"materials"})
    assert all(not member["background"] for member in migrated["staff"])
    assert migrated["credit"]["telecom_dishonesty_list"] is None
    assert migrated["credit"]["has_violations"] is None  # version 6: an empty list is not a "no"
    for data in (migrated, wanted):
        data["credit"].pop("telecom_dishonesty_list")
        data["credit"].pop("has_violations")
        for member in data["staff"]:
            member.pop("background")
    assert migrated == wanted
    saved_again(application, tmp_path)


def test_a_file_without_schema_version_is_read_as_version_1():
    from wizard.core.application.documents import parse_application

    application = parse_application("materials:\n  status:\n    business_licence_copy: ready\n")
    assert application.materials.items["business_licence_copy"].status == "ready"


def test_a_newer_file_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "future.yaml"
    path.write_text(f"schema_version: {SCHEMA_VERSION + 1}\nsome_new_section: {{}}\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError) as caught:
        load_application(path)
    assert caught.value.code == "schema.newer_version" and caught.value.field == "schema_version"
    assert caught.value.reason.params == {"version": SCHEMA_VERSION + 1, "supported": SCHEMA_VERSION}
    assert path.read_bytes() == before


@pytest.mark.parametrize("fixture", sorted((FIXTURES / "v2").glob("*.yaml")), ids=lambda p: p.stem)
def test_version_2_files_open_as_the_current_version_with_an_empty_plan(fixture: Path, tmp_path: Path):
    """Version 3 added plan.done (acts marked done on the plan page); a version-2 file has none."""
    assert "schema_version: 2\n" in fixture.read_text(encoding="utf-8")
    application = load_application(fixture)
    assert application.schema_version == SCHEMA_VERSION
    assert application.plan.done == {}
    current = EXAMPLES / f"{fixture.stem}.yaml"
    if not current.exists():
        current = EXAMPLES / "demo" / f"{fixture.stem}.yaml"
    assert application.credit.has_violations is None  # version 6: the empty list stays unanswered
    assert application.model_dump() == unanswered_violations(load_application(current)).model_dump()
    assert saved_again(application, tmp_path).model_dump() == application.model_dump()


def test_a_done_mark_survives_saving_and_refuses_a_future_date(tmp_path: Path):
    import datetime as dt

    from wizard.core.application.documents import parse_application

    application = parse_application(
        "schema_version: 3\nplan:\n  done:\n    henan.domains.registrant@domains[0].registrant: {date: 2026-11-20, note: 已过户}\n")
    mark = application.plan.done["henan.domains.registrant@domains[0].registrant"]
    assert mark.date == dt.date(2026, 11, 20) and mark.note == "已过户"
    saved = tmp_path / "saved.yaml"
    save_application(application, saved)
    assert load_application(saved).plan == application.plan
    with pytest.raises(InputError) as caught:
        parse_application("plan:\n  done:\n    x: {date: 2999-01-01}\n")
    assert caught.value.code == "date.in_future"
