"""The wizard end to end: examples, live findings, jumping, files, recovery, language, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from wizard.core.application.documents import load_application
from wizard.core.report import Verdict
from wizard.gui.language.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]
PROVINCES = ["shanghai", "henan", "gansu", "shanxi"]


def page(window, key):
    return window.pages[window.page_index[key]]


def choose(widget, data):
    """Pick a combo entry as a user would (emits `activated`)."""
    combo = widget.editor
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot, widget, text):
    editor = widget.editor
    line = editor.lineEdit() if hasattr(editor, "lineEdit") and editor.lineEdit() else editor
    line.selectAll()  # the first key typed replaces the old value
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:  # Chinese arrives through the input method, as from a real IME
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(line, event)
    if hasattr(line, "editingFinished"):
        line.editingFinished.emit()


@pytest.mark.parametrize("province", PROVINCES)
def test_example_walks_to_ready(make_window, province):
    window = make_window([str(ROOT / "examples" / f"{province}.yaml")])
    assert window.session.report.province == province
    seen = [window.current_page().key]
    while window.next_button.isEnabled():
        window.next_button.click()
        seen.append(window.current_page().key)
    assert seen[-1] == "export"
    assert "plan" in seen and "materials" in seen
    assert ("site" in seen) == ("site" in window.session.pack.pages)
    assert window.session.report.verdict == Verdict.ready
    window.go_to(window.page_index["plan"])
    assert "可以提交申请" in page(window, "plan").summary.text()
    for key in seen[:-2]:
        assert window.steps.item(window.page_index[key]).data(Qt.ItemDataRole.UserRole) == "complete"


def test_fresh_application_blocker_appears_and_goes(make_window, qtbot):
    window = make_window()
    scope = page(window, "scope").forms[0].fields
    choose(scope["province"], "henan")
    choose(scope["commercial"], True)
    choose(scope["merchant_model"], "third_party")
    assert window.session.report.province == "henan"
    window.go_to(window.page_index["entity"])
    entity = page(window, "entity").forms[0].fields
    type_into(qtbot, entity["name"], "河南测试科技有限公司")
    assert window.session.application.entity.name == "河南测试科技有限公司"
    assert not entity["name"].findings
    window.go_to(window.page_index["servers"])
    servers = page(window, "servers").lists[0]
    qtbot.mouseClick(servers.add_button, Qt.MouseButton.LeftButton)
    province = servers.form.fields["province"]
    type_into(qtbot, province, "香港")
    assert window.session.application.servers[0].province == "hong_kong"
    assert [f.severity for f in province.findings] == ["blocker"]
    assert province.property("severity") == "blocker"
    assert province.message.isVisible()
    assert window.steps.item(window.page_index["servers"]).data(Qt.ItemDataRole.UserRole) == "blockers"
    type_into(qtbot, province, "河南")
    assert window.session.application.servers[0].province == "henan"
    assert not [f for f in province.findings if f.severity == "blocker"]
    assert province.property("severity") != "blocker"


def test_a_plan_step_opens_its_field_by_click_and_by_enter(make_window, qtbot):
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    window.show()
    window.activateWindow()
    window.session.set_value("servers[0].province", "香港")
    window.go_to(window.page_index["plan"])
    cards = page(window, "plan").cards
    card = next(c for c in cards.values() if c.step.field == "servers[0].province")
    qtbot.mouseClick(card.go, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "servers"
    editor = page(window, "servers").lists[0].form.fields["province"].editor
    assert window.focusWidget() in (editor, editor.lineEdit())
    window.go_to(window.page_index["plan"])
    card = next(c for c in page(window, "plan").cards.values() if c.step.field == "servers[0].province")
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.current_page().key == "servers"
    assert window.focusWidget() in (editor, editor.lineEdit())


def test_save_and_reopen_keeps_every_answer(make_window, qtbot, tmp_path):
    window = make_window([str(ROOT / "examples" / "shanghai.yaml")])
    entity = page(window, "entity").forms[0].fields
    type_into(qtbot, entity["registered_capital_rmb"], "300万")
    systems = page(window, "systems").forms
    systems[2].fields["site_functions"].checks["cart"].click()
    before = window.session.application.model_dump()
    assert window.session.dirty
    target = tmp_path / "saved.yaml"
    assert window.save_to(str(target))
    assert not window.session.dirty
    assert load_application(target).model_dump() == before
    window.close()  # releases the file's lock, as quitting the program does
    other = make_window([str(target)])
    assert other.session.application.model_dump() == before
    assert str(target.resolve()) in __import__("wizard.gui.system.files", fromlist=["x"]).recent_files()


def test_autosaved_session_is_recovered(make_window, qtbot, dialogs, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    client = tmp_path / "client.yaml"
    shutil.copy(ROOT / "examples" / "gansu.yaml", client)
    window = make_window([str(client)])
    window.autosave.timer.setInterval(10)
    window.session.set_value("entity.name", "恢复测试有限公司")
    qtbot.waitUntil(lambda: window.autosave.file.exists(), timeout=2000)
    assert window.autosave.marker.exists()  # "crash": the window is never closed cleanly
    edited = window.session.application.model_dump()
    window.autosave = None  # the crashed session no longer writes
    window._release()  # the operating system drops a dead process's lock
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    recovered = make_window()
    assert any("恢复" in d[1] or "Recover" in d[1] for d in dialogs.of("question"))
    assert recovered.session.application.model_dump() == edited
    assert recovered.session.dirty and recovered.session.path == str(client)  # back to its own file
    assert recovered.save()  # no false "changed by someone else"
    assert load_application(client).entity.name == "恢复测试有限公司"


def test_clean_exit_leaves_nothing_to_recover(make_window, dialogs):
    window = make_window()
    window.session.set_value("entity.name", "某公司")
    window.autosave.flush()
    window.session.dirty = False
    autosave = window.autosave
    window.close()
    assert not autosave.marker.exists() and not autosave.file.exists()


def test_language_switch_retranslates(make_window):
    from wizard.gui.language.i18n import set_language

    window = make_window(lang="zh")
    entity = page(window, "entity").forms[0].fields
    assert entity["name"].label.text() == "企业名称"
    assert window.next_button.text() == "下一步 >"
    set_language("en")
    assert entity["name"].label.text() == "Company name"
    assert window.next_button.text() == "Next >"
    assert window.steps.item(window.page_index["entity"]).text().endswith("Entity")
    assert page(window, "entity").heading.text() == "Entity"
    set_language("zh")
    assert window.steps.item(window.page_index["entity"]).text().endswith("申请主体")


def test_malformed_capital_is_refused(make_window, qtbot, dialogs):
    window = make_window([str(ROOT / "examples" / "henan.yaml")], lang="en")
    before = window.session.application.entity.registered_capital_rmb
    window.go_to(window.page_index["entity"])
    capital = page(window, "entity").forms[0].fields["registered_capital_rmb"]
    type_into(qtbot, capital, "-5")
    assert window.session.application.entity.registered_capital_rmb == before
    assert capital.error.code == "amount.negative"
    assert capital.error.text("en") in capital.message.text()
    set_language("zh")
    type_into(qtbot, capital, "-6")
    assert capital.error.text("zh") in capital.message.text() and "negative" not in capital.message.text()
    set_language("en")
    type_into(qtbot, capital, "-5")
    window.next_button.click()
    assert window.current_page().key == "entity"  # malformed input stops Next
    assert dialogs.of("warning")
    type_into(qtbot, capital, "200万")
    assert capital.error is None
    assert window.session.application.entity.registered_capital_rmb == 2_000_000
    window.next_button.click()
    assert window.current_page().key == "domains"


def test_invalid_date_keeps_previous_value(make_window, qtbot):
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    field = page(window, "entity").forms[0].fields["registration_date"]
    before = window.session.application.entity.registration_date
    type_into(qtbot, field, "2023-02-30")
    assert field.error
    assert window.session.application.entity.registration_date == before


def test_readiness_findings_never_block_next(make_window):
    window = make_window()
    choose(page(window, "scope").forms[0].fields["province"], "shanghai")
    assert window.session.report.count("blocker") > 0
    window.next_button.click()
    assert window.current_page().key == "entity"


def test_non_commercial_shows_filing_path(make_window):
    window = make_window()
    scope = page(window, "scope")
    choose(scope.forms[0].fields["province"], "gansu")
    choose(scope.forms[0].fields["commercial"], False)
    assert window.session.report.verdict == Verdict.licence_not_required
    assert scope.banner.isVisibleTo(window)
    assert "备案" in scope.banner.text()
    assert not window.next_button.isEnabled()
    choose(scope.forms[0].fields["commercial"], True)
    assert not scope.banner.isVisibleTo(window)
    assert window.next_button.isEnabled()


def test_changing_province_reevaluates(make_window):
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    choose(page(window, "scope").forms[0].fields["province"], "shanghai")
    report = window.session.report
    assert report.province == "shanghai"
    assert report.verdict != Verdict.ready  # a Henan company does not meet Shanghai's rules


def test_materials_status_combo_updates_model(make_window):
    window = make_window([str(ROOT / "examples" / "shanxi.yaml")])
    window.go_to(window.page_index["materials"])
    materials = page(window, "materials")
    item_id = materials.ids[0]
    combo = materials.combos[item_id]
    index = combo.findData("missing")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.session.application.materials.items[item_id].status == "missing"
    assert window.session.report.verdict != Verdict.ready


def test_materials_owner_and_due_date_are_typed_into_the_table(make_window):
    window = make_window([str(ROOT / "examples" / "shanxi.yaml")])
    window.go_to(window.page_index["materials"])
    materials = page(window, "materials")
    item_id = materials.ids[1]
    materials.table.item(1, 3).setText("行政部")
    materials.table.item(1, 4).setText("2026-12-31")
    record = window.session.application.materials.items[item_id]
    assert record.owner == "行政部" and record.due.isoformat() == "2026-12-31"
    materials.table.item(1, 4).setText("2026-02-30")  # impossible date: refused, reason shown, value kept
    assert window.session.application.materials.items[item_id].due.isoformat() == "2026-12-31"
    assert materials.problem.isVisibleTo(materials) and materials.problem.text()
    assert materials.table.item(1, 4).text() == "2026-12-31"


def test_unsaved_changes_prompt_on_new(make_window, dialogs):
    from PySide6.QtWidgets import QMessageBox

    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    window.session.set_value("entity.name", "改过的名字")
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    window.new_file()
    assert window.session.application.entity.name == "改过的名字"
    dialogs.answers.append(QMessageBox.StandardButton.Discard)
    window.new_file()
    assert window.session.application.entity.name is None


def test_export_button_writes_files_masked_and_asks_before_replacing(make_window, monkeypatch, tmp_path, dialogs):
    import pypdf
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    window.go_to(window.page_index["export"])
    export = page(window, "export")
    export.checklist_pdf.setChecked(True)
    export.button.click()
    names = {"henan.pdf", "henan-checklist.xlsx", "henan-checklist.pdf"}
    assert {p.name for p in out.iterdir()} == names
    assert "henan.pdf" in export.result.text()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out / "henan.pdf").pages)
    representative = window.session.application.entity.legal_representative
    assert representative not in text.replace(" ", "") and representative[0] + "*" in text
    before = (out / "henan.pdf").read_bytes()
    window.session.set_value("entity.name", "改名后有限公司")
    dialogs.answers = [QMessageBox.StandardButton.No]  # do not replace the earlier export
    export.button.click()
    assert (out / "henan.pdf").read_bytes() == before
    assert "henan.pdf" in dialogs.of("question")[-1][2]


def test_dropping_a_yaml_file_opens_it(make_window):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(ROOT / "examples" / "shanxi.yaml"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.report.province == "shanxi"


def test_qt_standard_buttons_follow_the_language(qtbot):
    from PySide6.QtCore import QCoreApplication

    from wizard.gui.language.i18n import set_language

    try:
        set_language("zh")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        set_language("en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        set_language("zh")


def test_the_plan_page_groups_the_steps_and_shows_every_line_whole(make_window, qtbot):
    import datetime as dt

    window = make_window([str(ROOT / "examples" / "demo" / "henan-with-gaps.yaml")])
    window.resize(900, 700)
    window.session.as_of = dt.date(2026, 11, 23)
    window.session.reevaluate()
    window.show()
    window.go_to(window.page_index["plan"])
    plan_page = page(window, "plan")
    summary = plan_page.summary.text()
    assert "现在要办 2 项，等待 2 项（至2027-03-01），主体不符 0 项，待回答 0 项" in summary
    assert "准备程度 " not in summary and "最早可提交日期：暂时无法给出日期" in summary  # no readiness figure
    assert "关键路径：每名人员社保满六个月（2027-03-01） → 提交" in summary
    headings = [w.text() for w in plan_page.groups.findChildren(QLabel) if w.text().startswith("<h3>")]
    assert headings == ["<h3>现在就做（4）</h3>", "<h3>等待（2）</h3>", "<h3>需要决定（0）</h3>"]
    staff = plan_page.cards["henan.staff.social_security@staff[1].social_security_start"]
    assert "2027-03-01起满足" in staff.heading.text() and "关键路径" in staff.heading.text()
    assert "李佳（技术人员、客服专员）自2026-09-01起在河南缴纳社保" in staff.message.text()
    assert any("依据〔顾问文章〕" in label.text() and "§二(三)3、§四3" in label.text() for label in staff.findChildren(QLabel))
    # Whole text, wrapped: once laid out, every label is as tall as its text needs at its width (no cut lines).
    def whole() -> bool:
        labels = [label for card in plan_page.cards.values() for label in card.findChildren(QLabel)
                  if label.isVisible() and label.wordWrap()]
        return bool(labels) and all(label.height() >= label.heightForWidth(label.width()) - 1 for label in labels)

    qtbot.waitUntil(whole)
    assert plan_page.timeline.isVisible()
    assert "2027-03-01" in plan_page.timeline.accessibleDescription()
    # The same finding beside its field on the staff page, with its basis in the tooltip.
    window.go_to(window.page_index["staff"])
    staff_list = page(window, "staff").lists[0]
    staff_list.select(1)
    widget = staff_list.form.fields["social_security_start"]
    assert [f.kind for f in widget.findings] == ["wait"]
    assert "阻断 · 等待" in widget.message.text() and "依据〔顾问文章〕" in widget.message.toolTip()
