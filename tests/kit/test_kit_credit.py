"""The no-violation statement is drafted as clean only on an answer that supports it (credit.has_violations)."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.core.application.documents import load_application
from wizard.core.application.model import Violation, ViolationKind

from .conftest import EXAMPLES, docx_text, highlighted

CLEAN = "本单位近2年内未发生互联网信息服务违规行为"
STATEMENT = "15-无违规经营声明.docx"


def _gansu(has_violations, *violations: tuple[str, ViolationKind | None]):
    application = load_application(EXAMPLES / "gansu.yaml")
    application.credit.has_violations = has_violations
    application.credit.violations = [Violation(date=dt.date.fromisoformat(day), kind=kind, description="被责令整改")
                                     for day, kind in violations]
    return application


def test_the_ready_example_answers_no_and_the_statement_is_drafted(make_kit):
    result = make_kit("gansu.yaml")
    assert CLEAN in docx_text(result.folder / STATEMENT)
    assert highlighted(result.folder / STATEMENT) == []


@pytest.mark.parametrize(("has_violations", "violations", "placeholder"), [
    (None, [], "【待补充：无违规声明不能照此出具，“是否有违规记录”尚未回答】"),
    (True, [], "【待补充：无违规声明不能照此出具，已回答有违规记录，但尚未列出】"),
    (False, [("2020-05-01", ViolationKind.internet_service)],
     "【待补充：无违规声明不能照此出具，已回答没有违规记录，但列表中登记了违规记录，两者矛盾】"),
    (True, [("2026-05-01", None)],
     "【待补充：无违规声明不能照此出具，甘肃要求：近两年无互联网信息服务违规，申请信息中尚缺回答】"),
], ids=["unanswered", "yes-but-none-listed", "no-but-one-listed", "listed-without-kind"])
def test_an_answer_that_does_not_support_the_statement_leaves_a_placeholder(make_kit, has_violations, violations,
                                                                           placeholder):
    result = make_kit("gansu.yaml", application=_gansu(has_violations, *violations))
    text = docx_text(result.folder / STATEMENT)
    assert "未发生" not in text
    assert highlighted(result.folder / STATEMENT) == [placeholder]


def test_a_recent_violation_names_the_day_it_clears(make_kit):
    result = make_kit("gansu.yaml", application=_gansu(True, ("2026-01-10", ViolationKind.internet_service)))
    assert "未发生" not in docx_text(result.folder / STATEMENT)
    assert highlighted(result.folder / STATEMENT) == [
        "【待补充：无违规声明不能照此出具，甘肃要求：近两年无互联网信息服务违规，2028年1月11日起满足】"]


def test_violations_outside_the_rules_years_or_kinds_still_allow_the_statement(make_kit):
    """The statement names the pack's years and kinds; the rule dated every listed record outside them."""
    application = _gansu(True, ("2020-05-01", ViolationKind.internet_service), ("2026-05-01", ViolationKind.telecom))
    result = make_kit("gansu.yaml", application=application)
    assert CLEAN in docx_text(result.folder / STATEMENT)
