"""The tracking page as a user meets it: hidden until filed, opened from the plan, dates typed, deadlines shown."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wizard.core.application.documents import load_application
from wizard.gui.pages.tracking_page import DEADLINE_COLUMN

ROOT = Path(__file__).resolve().parents[2]
GANSU = ROOT / "examples" / "gansu.yaml"
AS_OF = dt.date(2026, 11, 30)


def _open(make_window, qtbot, tmp_path: Path, lang: str = "zh"):
    client = tmp_path / "client.yaml"
    shutil.copy(GANSU, client)
    window = make_window([str(client)], lang=lang)
    window.session.as_of = AS_OF
    window.session.reevaluate()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, client


def _type(qtbot, widget, text: str) -> None:
    editor = widget.focus_widget()
    editor.setFocus()
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types ASCII only; an input method delivers the rest as one insertion
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_the_step_appears_once_the_user_says_it_is_filed_and_the_dates_are_saved(make_window, qtbot, tmp_path):
    window, client = _open(make_window, qtbot, tmp_path)
    index = window.page_index["tracking"]
    assert not window.visible(index) and window.steps.item(index).isHidden()
    # The plan page offers the way in; nothing is written until the user types a date.
    window.go_to(window.page_index["plan"])
    plan_page = window.pages[window.page_index["plan"]]
    assert plan_page.track_button.isVisible() and plan_page.track_button.text() == "已提交申请？记录提交日期和进度"
    qtbot.mouseClick(plan_page.track_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == index and not window.steps.item(index).isHidden()
    page = window.current_page()
    submitted = page.submission.fields["submitted"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is submitted.focus_widget())
    assert window.session.application.tracking.submitted is None and not window.session.dirty
    assert window.steps.item(index).text().endswith("申请跟踪")
    _type(qtbot, submitted, "2026-11-02")
    _type(qtbot, page.submission.fields["application_number"], "GS2026-0042")
    assert window.session.application.tracking.submitted == dt.date(2026, 11, 2)
    assert "已于 2026-11-02 提交，等待审核" in page.summary.text()
    assert "预计最晚取得许可证" in page.upcoming.text() and "2026-11-02" in page.upcoming.text()
    # A correction notice received on Friday 27 November: due Friday 4 December (5 working days).
    qtbot.mouseClick(page.corrections.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, page.corrections.form.fields["received"], "2026-11-27")
    assert page.corrections.table.item(0, DEADLINE_COLUMN).text() == "2026-12-04"
    assert "2026-12-02" in page.corrections.table.item(0, DEADLINE_COLUMN).toolTip()  # the calendar-day reading
    assert "补正中：1 份补正通知尚未补交" in page.summary.text()
    assert "下一个期限：2026-12-04 补正材料截止" in page.summary.text()
    # The notice states its own deadline: typed in, it is the one the column and the summary work to.
    _type(qtbot, page.corrections.form.fields["due"], "2026-12-08")
    assert page.corrections.table.item(0, DEADLINE_COLUMN).text() == "2026-12-08"
    assert "2026-12-04" in page.corrections.table.item(0, DEADLINE_COLUMN).toolTip()  # the guide's reading, noted
    assert "下一个期限：2026-12-08 补正材料截止" in page.summary.text()
    assert window.save_to(str(client))
    saved = load_application(client).tracking
    assert saved.submitted == dt.date(2026, 11, 2) and saved.corrections[0].received == dt.date(2026, 11, 27)
    assert saved.corrections[0].due == dt.date(2026, 12, 8)
    # Opened again, the filed application shows the step straight away.
    window.session.dirty = False
    window.open_path(str(client))
    assert window.visible(index) and not window.steps.item(index).isHidden()


def test_dates_out_of_order_and_a_wrong_prefix_are_warned_but_never_block(make_window, qtbot, tmp_path):
    window, _client = _open(make_window, qtbot, tmp_path)
    window.open_tracking()
    page = window.current_page()
    _type(qtbot, page.submission.fields["submitted"], "2026-10-12")
    issued = page.outcome.fields["issued"]
    _type(qtbot, issued, "2026-10-01")
    assert "发证日期 2026-10-01 早于提交日期 2026-10-12" in issued.message.text()
    number = page.outcome.fields["licence_number"]
    _type(qtbot, number, "晋B2-20260001")
    assert "甘B2-" in number.message.text()
    assert window.current_page().first_error() is None  # warnings, not input errors: Next still works
    # A date in the future is refused as input, and the stored value is kept.
    _type(qtbot, page.outcome.fields["inspection"], "2999-01-01")
    assert page.outcome.fields["inspection"].error is not None
    assert window.session.application.tracking.inspection is None


def test_licensed_the_obligations_are_dated_from_the_real_issue_date_in_english(make_window, qtbot, tmp_path):
    window, _client = _open(make_window, qtbot, tmp_path, lang="en")
    window.open_tracking()
    page = window.current_page()
    for name, value in (("submitted", "2026-01-05"), ):
        _type(qtbot, page.submission.fields[name], value)
    for name, value in (("issued", "2026-03-16"), ("licence_number", "甘B2-20260001")):
        _type(qtbot, page.outcome.fields[name], value)
    assert "Licence held: 甘B2-20260001, issued 2026-03-16" in page.summary.text()
    assert window.statusBar().currentMessage().startswith("Tracking: licensed · Next deadline: 2027-03-31")
    assert "Ready to apply" not in window.statusBar().currentMessage()  # it would contradict the licence
    text = page.upcoming.text()
    assert "2027-01-01 to 2027-03-31" in text
    assert "2030-09-16" in text and "2031-03-16" in text  # the guide's 6 months before expiry, then expiry
    assert "年" not in page.upcoming.text().replace("甘B2", "")  # one language


def test_f1_on_a_tracking_field_explains_what_it_is_for(make_window, qtbot, tmp_path, dialogs):
    window, _client = _open(make_window, qtbot, tmp_path)
    window.open_tracking()
    page = window.current_page()
    received_help = page.submission.fields["submitted"].help
    assert received_help is not None and "预计取得许可证的时间改从这一天起算" in received_help.why().zh
    qtbot.mouseClick(page.corrections.add_button, Qt.MouseButton.LeftButton)
    help_info = page.corrections.form.fields["received"].help
    assert help_info is not None and "5日" in help_info.why().zh


def test_the_keyboard_reaches_every_tracking_field_and_the_status_bar_tells_the_stage(make_window, qtbot, tmp_path):
    window, _client = _open(make_window, qtbot, tmp_path)
    window.open_tracking()
    page = window.current_page()
    _type(qtbot, page.submission.fields["submitted"], "2026-11-02")
    assert "申请跟踪：已提交" in window.statusBar().currentMessage()
    assert "下一个期限" in window.statusBar().currentMessage()
    window.steps.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.steps)
    visited = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.steps or focused is window.back_button:
            break
        visited.append(focused)
    editors = [page.submission.fields[n].focus_widget() for n in ("submitted", "application_number")]
    editors += [page.outcome.fields[n].focus_widget() for n in ("inspection", "approved", "licence_number", "issued")]
    assert page.summary in visited and page.upcoming in visited
    assert all(editor in visited for editor in editors)
    assert visited.index(page.summary) < visited.index(editors[0]) < visited.index(page.corrections.table) \
        < visited.index(editors[2]) < visited.index(page.upcoming)
    # Ctrl+T from anywhere opens the page.
    window.go_to(0)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page


def _filed_with_open_notice(make_window, tmp_path):
    """The Gansu example submitted on 2026-11-02 with the notice of 2026-11-27 unanswered, read on AS_OF."""
    client = tmp_path / "filed.yaml"
    client.write_text(GANSU.read_text(encoding="utf-8") + "tracking:\n  submitted: 2026-11-02\n  corrections:\n"
                      "    - {received: 2026-11-27}\n", encoding="utf-8")
    window = make_window([str(client)])
    window.session.as_of = AS_OF
    window.session.reevaluate()
    return window


def test_the_plan_page_of_a_filed_application_promises_no_filing_date(make_window, qtbot, tmp_path):
    window = _filed_with_open_notice(make_window, tmp_path)
    window.show()
    assert not window.steps.item(window.page_index["tracking"]).isHidden()  # filed: the step is there at once
    window.go_to(window.page_index["plan"])
    plan_page = window.current_page()
    summary = plan_page.summary.text()
    assert "补正中（按目前的回答：可以提交申请）" in summary
    assert "申请已于2026-11-02提交。" in summary and "最早可提交日期" not in summary
    assert "2026-11-27的补正通知：须在2026-12-04前补交" in summary
    assert plan_page.track_button.text() == "查看申请跟踪"
    assert "2026-12-04" in plan_page.timeline.accessibleDescription()


def test_an_expired_licence_and_an_approval_are_called_what_they_are(make_window, qtbot, tmp_path):
    """Issued 2021-06-20 and read on 2026-11-30: five years are over, so not "licence held"; an approval
    with no licence recorded is not "licensed" in the status bar."""
    window, _client = _open(make_window, qtbot, tmp_path, lang="en")
    window.open_tracking()
    page = window.current_page()
    _type(qtbot, page.submission.fields["submitted"], "2021-05-01")
    _type(qtbot, page.outcome.fields["approved"], "2021-06-10")
    assert window.statusBar().currentMessage().startswith("Tracking: approved")
    for name, value in (("issued", "2021-06-20"), ("licence_number", "甘B2-20210002")):
        _type(qtbot, page.outcome.fields[name], value)
    assert "Licence expired: 甘B2-20210002, on 2026-06-20" in page.summary.text()
    assert "Licence held" not in page.summary.text()
    # the status bar said "Tracking: Licensed · Next deadline: 2026-06-20 Licence expired"
    assert window.statusBar().currentMessage().startswith("Tracking: licence expired · Expired on: 2026-06-20 · ")


def test_a_filed_applications_tracking_page_opens_at_the_top_on_its_first_field(make_window, qtbot, tmp_path):
    """The focus used to land on the list of deadlines at the foot of the page, which scrolled the page down:
    the summary and the submission date were out of sight."""
    window = _filed_with_open_notice(make_window, tmp_path)
    window.resize(1060, 560)  # shorter than the page: there is something to scroll
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_tracking()
    page = window.current_page()
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.submission.fields["submitted"].focus_widget())
    qtbot.wait(50)  # let a deferred scroll (ensureWidgetVisible after the focus change) happen, if any
    assert bar.maximum() > 0 and bar.value() == 0
    assert not page.summary.visibleRegion().isEmpty()  # the stage is read first, on screen
