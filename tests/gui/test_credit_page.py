"""The credit page asks whether there are violations before the list; the list opens only on "yes"."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from wizard.core.application.documents import load_application
from wizard.gui.language.i18n import set_language

from .test_wizard import choose

ROOT = Path(__file__).resolve().parents[2]


def _credit_page(window):
    window.go_to(window.page_index["credit"])
    return window.current_page()


def _unanswered_copy(tmp_path: Path) -> Path:
    source = (ROOT / "examples" / "gansu.yaml").read_text(encoding="utf-8")
    assert "  has_violations: false\n" in source
    target = tmp_path / "gansu-unanswered.yaml"
    target.write_text(source.replace("  has_violations: false\n", ""), encoding="utf-8")
    return target


def test_the_question_comes_first_and_the_list_opens_only_on_yes(make_window, qtbot, tmp_path):
    window = make_window([str(_unanswered_copy(tmp_path))])
    page = _credit_page(window)
    question = page.question.fields["has_violations"]
    assert question.label.text().startswith("是否有违规记录")
    assert question.editor.accessibleName() == "是否有违规记录"
    assert question.editor.currentData() is None  # unanswered, not "no"
    assert not page.violations.isVisibleTo(page) and page.list_hint.isVisibleTo(page)
    assert page.list_hint.text() == "回答“是”后，在这里逐条列出每一条违规记录。"
    # the check asks for the answer, at the question itself
    [finding] = question.findings
    assert finding.message.zh.startswith("“是否有违规记录”尚未回答")
    assert finding.message.zh in question.editor.accessibleDescription()

    choose(question, True)
    assert window.session.application.credit.has_violations is True
    assert page.violations.isVisibleTo(page) and not page.list_hint.isVisibleTo(page)
    assert not question.findings
    assert any(f.message.zh.startswith("已回答“有违规记录”，但还没有列出任何一条") for f in page.page_findings)

    qtbot.mouseClick(page.violations.add_button, Qt.MouseButton.LeftButton)
    window.session.set_value("credit.violations[0].date", "2020-05-01")
    window.session.set_value("credit.violations[0].kind", "internet_service")
    assert window.session.report.verdict == "ready"

    choose(question, False)  # "no" with a record still listed: the list stays open so it can be removed
    assert page.violations.isVisibleTo(page)
    [contradiction] = question.findings
    assert "两者矛盾" in contradiction.message.zh
    qtbot.mouseClick(page.violations.remove_button, Qt.MouseButton.LeftButton)
    assert window.session.application.credit.violations == []
    assert not page.violations.isVisibleTo(page) and not question.findings
    assert window.session.report.verdict == "ready"


def test_the_question_is_named_in_english_and_a_saved_answer_loads(make_window, tmp_path):
    target = tmp_path / "gansu.yaml"
    shutil.copy(ROOT / "examples" / "gansu.yaml", target)
    window = make_window([str(target)])
    page = _credit_page(window)
    question = page.question.fields["has_violations"]
    assert question.editor.currentData() is False
    assert not page.violations.isVisibleTo(page)
    set_language("en")
    assert question.editor.accessibleName() == "Any violations on record"
    assert page.list_hint.text() == "Once you answer “Yes”, list each violation here."
    assert load_application(target).credit.has_violations is False
