"""The plan page as a user works it: a step opens its field; marking an act done changes the plan and is saved."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from wizard.core.application.documents import load_application

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "demo" / "henan-with-gaps.yaml"
AS_OF = dt.date(2026, 11, 23)
TRANSFER = "henan.domains.registrant@domains[0].registrant"
UPDATE = "update_filing@domains[0]"
LOGS = "henan.systems.log_retention@systems.log_retention_months"


def _open(make_window, tmp_path: Path, lang: str = "zh"):
    client = tmp_path / "client.yaml"
    shutil.copy(DEMO, client)
    window = make_window([str(client)], lang=lang)
    window.session.as_of = AS_OF
    window.session.reevaluate()
    window.show()
    window.go_to(window.page_index["plan"])
    return window, window.pages[window.page_index["plan"]], client


def test_marking_the_acts_done_changes_the_plan_and_is_saved(make_window, qtbot, tmp_path):
    window, plan_page, client = _open(make_window, tmp_path)
    assert plan_page.plan.filing.date is None  # three acts without a stated duration: no date promised
    assert {s.id for s in plan_page.plan.group("now")} >= {TRANSFER, UPDATE, LOGS}
    # A click on the box records the transfer as done, on the assessment day.
    qtbot.mouseClick(plan_page.cards[TRANSFER].done_box, Qt.MouseButton.LeftButton)
    assert window.session.application.plan.done[TRANSFER].date == AS_OF
    assert window.session.dirty
    assert TRANSFER in {s.id for s in plan_page.plan.group("done")}
    assert "已于2026-11-23完成" in plan_page.cards[TRANSFER].heading.text()
    assert "已标记完成，但申请中的回答仍显示未满足" in " ".join(
        label.text() for label in plan_page.cards[TRANSFER].findChildren(type(plan_page.summary)))
    # The keyboard does the same: Space on a card toggles its box.
    for step_id in (UPDATE, LOGS):
        card = plan_page.cards[step_id]
        card.setFocus()
        qtbot.keyClick(card, Qt.Key.Key_Space)
        assert step_id in window.session.application.plan.done
    # Every act done: the date is now set by the wait, and the summary says so.
    assert plan_page.plan.filing.date == dt.date(2027, 3, 1)
    assert "最早可提交日期：2027-03-01。这个日期由“每名人员社保满六个月”（2027-03-01起满足）决定。" in plan_page.summary.text()
    assert "2027-03-01" in plan_page.timeline.accessibleDescription()
    assert window.save_to(str(client))
    saved = load_application(client).plan.done
    assert set(saved) == {TRANSFER, UPDATE, LOGS} and all(mark.date == AS_OF for mark in saved.values())
    # Unticking takes the mark out again.
    qtbot.mouseClick(plan_page.cards[LOGS].done_box, Qt.MouseButton.LeftButton)
    assert LOGS not in window.session.application.plan.done
    assert plan_page.plan.filing.date is None


def test_a_step_opens_its_field_and_a_wait_opens_the_person(make_window, qtbot, tmp_path):
    window, plan_page, _ = _open(make_window, tmp_path)
    qtbot.mouseClick(plan_page.cards[LOGS].go, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "systems"
    editor = window.pages[window.page_index["systems"]].widget_for("systems.log_retention_months").editor
    assert window.focusWidget() is editor
    window.go_to(window.page_index["plan"])
    card = plan_page.cards["henan.staff.social_security@staff[1].social_security_start"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.current_page().key == "staff"
    staff = window.pages[window.page_index["staff"]].lists[0]
    assert staff.current == 1  # 李佳, the person whose months hold up the date
    assert window.focusWidget() is staff.form.fields["social_security_start"].editor


def test_the_english_plan_page_speaks_english(make_window, qtbot, tmp_path):
    _window, plan_page, _ = _open(make_window, tmp_path, lang="en")
    text = plan_page.summary.text() + " ".join(card.heading.text() for card in plan_page.cards.values())
    assert "Critical path: Six months of social security for everyone listed (2027-03-01) → filing" in text
    assert "[to do] Domain held by the company" in text.replace("</span>", "").replace(
        '<span style="color:#c62828">', "")
    for word in ("现在就做", "关键路径", "需办理", "起满足"):
        assert word not in text
