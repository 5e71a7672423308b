"""Version 6 asks whether there are violations before listing them (credit.has_violations). A version-5 file
that lists violations opens as "yes"; one with an empty list opens *unanswered*: that file was written both
for "no violations" and for "not filled in yet", and the check then asks instead of passing it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from old_files import saved_again, unanswered_violations

from wizard.core.application.documents import load_application
from wizard.core.application.migrations import migrate
from wizard.core.application.model import SCHEMA_VERSION
from wizard.core.engine import evaluate
from wizard.core.report import Verdict
from wizard.core.rulepack.basics import FindingKind
from wizard.core.rulepack.loader import load_packs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "v5"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
AS_OF = dt.date(2026, 11, 23)


def _example(stem: str) -> Path:
    current = EXAMPLES / f"{stem}.yaml"
    return current if current.exists() else EXAMPLES / "demo" / f"{stem}.yaml"


@pytest.fixture(scope="module")
def packs():
    return load_packs()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_version_5_files_open_as_the_current_version(fixture: Path, tmp_path: Path):
    text = fixture.read_text(encoding="utf-8")
    assert "schema_version: 5\n" in text
    application = load_application(fixture)
    assert application.schema_version == SCHEMA_VERSION == 6
    assert fixture.read_text(encoding="utf-8") == text  # opening never rewrites the file
    assert application.credit.has_violations is (True if application.credit.violations else None)
    assert saved_again(application, tmp_path) == application


@pytest.mark.parametrize("stem", ["beijing", "gansu", "henan", "henan-with-gaps", "shanghai", "shanxi"])
def test_an_empty_list_of_version_5_opens_unanswered_and_otherwise_unchanged(stem: str):
    application = load_application(FIXTURES / f"{stem}.yaml")
    assert application.credit.has_violations is None and application.credit.violations == []
    assert application == unanswered_violations(load_application(_example(stem)))


def test_a_version_5_file_with_an_empty_list_is_asked_not_passed(packs):
    """The old Gansu example was ready; opened now, the report asks the question it never answered."""
    application = load_application(FIXTURES / "gansu.yaml")
    report = evaluate(application, packs.packs["gansu"], AS_OF)
    assert report.verdict == Verdict.not_ready
    [finding] = [f for f in report.findings if f.severity == "blocker"]
    assert (finding.field, finding.kind) == ("credit.has_violations", FindingKind.missing)
    assert finding.message.zh.startswith("“是否有违规记录”尚未回答")
    assert finding.message.en.startswith("“Any violations on record” is not answered yet")
    assert evaluate(load_application(EXAMPLES / "gansu.yaml"), packs.packs["gansu"], AS_OF).verdict == Verdict.ready


def test_a_version_5_file_that_lists_a_violation_opens_as_yes_and_keeps_it(packs):
    application = load_application(FIXTURES / "shanxi-with-old-violation.yaml")
    assert application.credit.has_violations is True
    [violation] = application.credit.violations
    assert (violation.date, violation.kind) == (dt.date(2023, 3, 1), "telecom")
    # more than the two years Shanxi asks for: the answered, dated record passes
    assert evaluate(application, packs.packs["shanxi"], AS_OF).verdict == Verdict.ready


def test_the_migration_keeps_an_answer_already_given_and_odd_data_for_validation():
    assert migrate({"schema_version": 5, "credit": {"has_violations": False, "violations": [{}]}})["credit"] == {
        "has_violations": False, "violations": [{}]}
    assert migrate({"schema_version": 5, "credit": {"violations": "none"}})["credit"] == {"violations": "none"}
    assert "credit" not in migrate({"schema_version": 5})
    original = {"schema_version": 5, "credit": {"violations": [{"kind": "telecom"}]}}
    migrate(original)
    assert original["credit"] == {"violations": [{"kind": "telecom"}]}  # the caller's data is not changed
