"""The workspace window: a folder of client files as one table that follows the disk."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt

from wizard.core.application.storage import DocumentLock, lock_holder
from wizard.core.rulepack.basics import Bilingual
from wizard.core.tracking import Stage
from wizard.core.workspace.rows import WorkspaceRow, action_day

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from workspace_clients import AS_OF, generate_clients  # noqa: E402

from wizard.gui.workspace import WorkspaceWindow  # noqa: E402
from wizard.gui.workspace.columns import COLUMN_INDEX  # noqa: E402
from wizard.gui.workspace.model import ROW_ROLE  # noqa: E402

BROKEN = "entity:\n  name: [unclosed\n"


@pytest.fixture
def clients(tmp_path: Path):
    """Twelve generated clients in two provinces' subfolders, one unreadable file, and files that are not clients."""
    folder = tmp_path / "clients"
    made = generate_clients(folder, 12)
    (folder / "shanxi" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (folder / "gansu" / "notes.txt").write_text("not a client", encoding="utf-8")
    (folder / "gansu" / "client-00000.yaml.bak").write_text("old", encoding="utf-8")
    return folder, made


@pytest.fixture
def open_workspace(qtbot):
    windows = []

    def make(folder: Path, main_window=None, as_of: dt.date = AS_OF, lang: str = "zh") -> WorkspaceWindow:
        from wizard.gui.language.i18n import set_language

        set_language(lang)
        window = WorkspaceWindow(folder, main_window, as_of)
        windows.append(window)
        window.show()
        if window.scanning:
            with qtbot.waitSignal(window.scanned, timeout=60000):
                pass
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


def cell(window: WorkspaceWindow, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return window.proxy.data(window.proxy.index(row, COLUMN_INDEX[key]), role)


def shown_rows(window: WorkspaceWindow) -> list:
    return [window.proxy.data(window.proxy.index(i, 0), ROW_ROLE) for i in range(window.proxy.rowCount())]


def row_number(window: WorkspaceWindow, path: str) -> int:
    return next(i for i, row in enumerate(shown_rows(window)) if row.path == path)


def test_opening_a_folder_shows_every_client_file_and_the_unreadable_one(open_workspace, clients):
    folder, made = clients
    window = open_workspace(folder)
    paths = {row.path for row in shown_rows(window)}
    assert paths == {m.path for m in made} | {"shanxi/broken.yaml"}  # no .txt, no .bak; subfolders included
    clients_shown = {cell(window, i, "client") for i in range(window.proxy.rowCount())}
    assert {m.client for m in made} <= clients_shown
    broken = row_number(window, "shanxi/broken.yaml")
    reason = shown_rows(window)[broken].error_text("zh")
    assert reason and cell(window, broken, "verdict") == f"无法读取：{reason}"
    assert cell(window, broken, "client") == "broken.yaml"
    assert cell(window, broken, "client", Qt.ItemDataRole.DecorationRole) is not None  # a warning icon
    gansu_ready = row_number(window, "gansu/client-00000.yaml")
    assert cell(window, gansu_ready, "province") == "甘肃"
    assert cell(window, gansu_ready, "verdict") == "可以提交申请"
    assert window.summary.text() == "共 13 个申请文件 · 1 个无法读取"
    assert not window.progress.isVisible() and not window.scanning


def test_the_table_speaks_english_after_the_language_changes(open_workspace, clients):
    from wizard.gui.language.i18n import set_language

    folder, _made = clients
    window = open_workspace(folder)
    try:
        set_language("en")
        gansu_ready = row_number(window, "gansu/client-00000.yaml")
        assert cell(window, gansu_ready, "province") == "Gansu"
        assert cell(window, gansu_ready, "verdict") == "Ready to apply"
        assert window.proxy.headerData(COLUMN_INDEX["deadline"], Qt.Orientation.Horizontal) == "Next deadline"
        assert window.summary.text() == "13 application files · 1 cannot be read"
    finally:
        set_language("zh")


def test_the_filter_line_and_the_stage_filter(open_workspace, clients, qtbot):
    folder, made = clients
    window = open_workspace(folder)
    qtbot.keyClicks(window.filter_edit, "00004")
    assert [row.path for row in shown_rows(window)] == [m.path for m in made if m.number == 4]
    assert "显示 1 个" in window.summary.text()
    window.filter_edit.clear()
    window.stage_combo.setCurrentIndex(window.stage_combo.findData("error"))
    assert [row.path for row in shown_rows(window)] == ["shanxi/broken.yaml"]
    window.stage_combo.setCurrentIndex(0)
    assert window.proxy.rowCount() == 13


def test_the_timing_column_sorts_by_date(open_workspace, clients):
    folder, _made = clients
    window = open_workspace(folder)
    window.table.sortByColumn(COLUMN_INDEX["timing"], Qt.SortOrder.AscendingOrder)
    from wizard.gui.workspace.columns import timing_date, timing_text

    rows = shown_rows(window)
    dated = [timing_date(row) for row in rows if timing_text(row)]
    assert dated == sorted(dated) and len(set(dated)) > 1
    assert all(not timing_text(row) for row in rows[len(dated):])  # rows without a date come last


def test_a_file_changed_on_disk_updates_its_row(open_workspace, clients, qtbot):
    folder, made = clients
    window = open_workspace(folder)
    target = next(m for m in made if m.number == 4)
    data = dict(target.data)
    data["entity"] = {**data["entity"], "name": "改名后的客户有限公司"}
    with qtbot.waitSignal(window.row_updated, timeout=20000, check_params_cb=lambda path: path == target.path):
        (folder / target.path).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert cell(window, row_number(window, target.path), "client") == "改名后的客户有限公司"
    assert window.proxy.rowCount() == 13  # the row was replaced, not added


def test_a_file_added_or_removed_on_disk_adds_or_removes_its_row(open_workspace, clients, qtbot):
    folder, made = clients
    window = open_workspace(folder)
    (folder / "new").mkdir()
    with qtbot.waitSignal(window.row_updated, timeout=20000, check_params_cb=lambda path: path == "new/late.yaml"):
        (folder / "new" / "late.yaml").write_text(BROKEN, encoding="utf-8")  # a new subfolder is watched too
    assert window.proxy.rowCount() == 14
    gone = made[0].path
    with qtbot.waitSignal(window.row_updated, timeout=20000, check_params_cb=lambda path: path == gone):
        (folder / gone).unlink()
    assert gone not in {row.path for row in shown_rows(window)}
    assert window.proxy.rowCount() == 13


def test_double_click_opens_the_client_in_the_wizard(make_window, open_workspace, clients, qtbot):
    folder, made = clients
    main = make_window()
    window = open_workspace(folder, main)
    target = next(m for m in made if m.number == 7)
    row = row_number(window, target.path)
    rect = window.table.visualRect(window.proxy.index(row, COLUMN_INDEX["client"]))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand would
    with qtbot.waitSignal(window.row_updated, timeout=20000, check_params_cb=lambda path: path == target.path):
        qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main.session.path is not None and Path(main.session.path) == folder / target.path
        assert main.session.application.entity.name == target.client
        assert not main.read_only and main.isVisible()
    # The wizard now holds the file's lock: the row says so, as the program's own, not a colleague's.
    assert cell(window, row_number(window, target.path), "holder") == "已锁定：在本程序的向导窗口中打开"


def test_enter_opens_the_selected_client(make_window, open_workspace, clients, qtbot):
    folder, made = clients
    main = make_window()
    window = open_workspace(folder, main)
    target = next(m for m in made if m.number == 2)
    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.index(row_number(window, target.path), 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert Path(main.session.path) == folder / target.path


def test_a_file_open_elsewhere_is_offered_read_only(make_window, open_workspace, clients, dialogs, qtbot):
    folder, made = clients
    main = make_window()
    window = open_workspace(folder, main)
    target = next(m for m in made if m.number == 1)
    other = DocumentLock(folder / target.path)
    assert other.acquire()  # a colleague is editing it
    try:
        dialogs.choices = ["read_only"]
        assert window.open_index(window.proxy.index(row_number(window, target.path), 0))
        assert [d[0] for d in dialogs.shown] == ["choice"]
        holder = lock_holder(folder / target.path)
        assert holder and dialogs.shown[0][2] == f"{Path(target.path).name} 正由 {holder} 编辑。"  # who has it
        assert main.read_only and Path(main.session.path) == folder / target.path
    finally:
        other.release()


def test_the_menu_opens_the_workspace_for_a_chosen_folder(make_window, clients, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    folder, _made = clients
    main = make_window()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    action = main.actions_by_key["workspace"]
    assert action.shortcut().toString() == "Ctrl+Shift+O" and action.text() == "打开工作区(&W)…"
    action.trigger()
    (window,) = main.workspaces
    assert window.isVisible() and window.folder == folder.resolve()
    with qtbot.waitSignal(window.scanned, timeout=60000):
        pass
    assert window.model.rowCount() == 13
    main.close()  # closing the wizard closes its workspaces
    assert not window.isVisible()


def test_the_command_line_opens_the_workspace(qtbot, dialogs, clients):
    from wizard.gui.launcher import create_window, split_arguments

    folder, _made = clients
    assert split_arguments(["--workspace", str(folder)]) == ([], str(folder))
    assert split_arguments([f"--workspace={folder}", "a.yaml"]) == (["a.yaml"], str(folder))
    main = create_window([], workspace=str(folder))
    qtbot.addWidget(main)
    (window,) = main.workspaces
    assert window.isVisible() and not main.isVisible()  # the wizard waits until a client is opened
    with qtbot.waitSignal(window.scanned, timeout=60000):
        pass
    window.close()
    assert not main.isVisible()


def test_a_file_a_colleague_opens_shows_as_locked_with_who_has_it(open_workspace, clients, qtbot):
    folder, made = clients
    window = open_workspace(folder)
    target = next(m for m in made if m.number == 6)
    row = row_number(window, target.path)
    assert cell(window, row, "holder") == "" and cell(window, row, "holder", Qt.ItemDataRole.DecorationRole) is None
    lock = DocumentLock(folder / target.path)
    with qtbot.waitSignal(window.row_updated, timeout=20000, check_params_cb=lambda path: path == target.path):
        assert lock.acquire()  # the lock and its owner note appear beside the file
    try:
        row = row_number(window, target.path)
        holder = shown_rows(window)[row].locked_by
        assert holder and cell(window, row, "holder") == f"已锁定：{holder}"  # in words, with a padlock
        assert cell(window, row, "holder", Qt.ItemDataRole.DecorationRole) is not None
        assert "1 个正在被编辑" in window.summary.text()
        window.stage_combo.setCurrentIndex(window.stage_combo.findData("locked"))
        assert [r.path for r in shown_rows(window)] == [target.path]
    finally:
        with qtbot.waitSignal(window.row_updated, timeout=20000, check_params_cb=lambda path: path == target.path):
            lock.release()
    assert window.proxy.rowCount() == 0  # unlocked: no longer among the files being edited


def test_sorting_by_the_next_deadline(open_workspace, clients, qtbot):
    folder, _made = clients
    window = open_workspace(folder)
    column = COLUMN_INDEX["deadline"]
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == column  # the window opens sorted by the next deadline
    rows = shown_rows(window)
    dated = [action_day(row.next_deadline, AS_OF) for row in rows if row.next_deadline]  # a window by its opening
    assert len(dated) >= 4 and dated == sorted(dated)
    assert all(row.next_deadline is None for row in rows[len(dated):])
    first = rows[0]
    assert cell(window, 0, "due") == first.next_deadline.title.zh
    days = (first.next_deadline.date - AS_OF).days
    assert cell(window, 0, "deadline").endswith(f"（还剩 {days} 天）")
    # A click on the header turns the order round: the latest deadline first.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + qtbot_point(header.sectionViewportPosition(column) + 5, 5))
    reverse = [action_day(row.next_deadline, AS_OF) for row in shown_rows(window) if row.next_deadline]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder and reverse == sorted(dated, reverse=True)


def qtbot_point(x: int, y: int):
    from PySide6.QtCore import QPoint

    return QPoint(x, y)


def test_after_an_upgrade_the_window_shows_which_clients_the_new_rules_change(open_workspace, clients, qtbot):
    """Clients last seen under rules where Gansu asked 6 months of company age, now 12: the waiting one changes."""
    import json
    import shutil

    from wizard.core.runtime.resources import data_dir
    from wizard.core.workspace import seen
    from wizard.gui.language.i18n import set_language

    folder, made = clients
    old_rules = seen._home() / "rules" / "oldrules0000001"
    shutil.copytree(data_dir("rules"), old_rules)
    gansu = old_rules / "gansu.yaml"
    text = gansu.read_text(encoding="utf-8")
    assert "  min_entity_age_months:\n    value: 12\n" in text
    gansu.write_text(text.replace("  min_entity_age_months:\n    value: 12\n", "  min_entity_age_months:\n    value: 6\n"),
                     encoding="utf-8")
    earlier = {str((folder / m.path).resolve()): {"packs": {"gansu": "2026-10-01+000000000000"},
                                                 "rules": "oldrules0000001", "seen": "2026-10-01"}
               for m in made if m.province == "gansu"}
    (seen._home() / "seen.json").write_text(json.dumps(earlier), encoding="utf-8")
    set_language("zh")
    window = WorkspaceWindow(folder, None, AS_OF)
    window.show()
    with qtbot.waitSignal(window.rules_compared, timeout=60000):
        pass
    waiting = next(m for m in made if m.province == "gansu" and m.variant == "waiting")
    assert set(window.model.changed_by_rules) == {waiting.path}
    row = row_number(window, waiting.path)
    registered = waiting.data["entity"]["registration_date"]
    assert registered == dt.date(2026, 5, 25)  # 6 months before the day; 12 months later under the new rules
    assert cell(window, row, "rules").startswith("最早可提交：2026-11-25 → 2027-05-25")
    assert "原因" in cell(window, row, "rules", Qt.ItemDataRole.ToolTipRole)
    assert window.notice.isVisible() and "6 个客户上次查看时用的是另一版本的规则" in window.notice.text()
    assert "改变了其中 1 个客户" in window.notice.text()
    window.stage_combo.setCurrentIndex(window.stage_combo.findData("changed_by_rules"))
    assert [r.path for r in shown_rows(window)] == [waiting.path]
    window.close()
    assert all(entry["rules"] != "oldrules0000001" for entry in seen.load().values())  # now seen with these rules


def test_icp_wizard_workspace_starts_the_window_on_the_folder(monkeypatch, tmp_path):
    from wizard import launch
    from wizard.gui import launcher

    started = []
    monkeypatch.setattr(launcher, "main", lambda args: started.append(list(args)) or 0)
    assert launch.main(["workspace", str(tmp_path)]) == 0
    assert started == [["--workspace", str(tmp_path)]]


def test_lang_on_the_command_line_opens_the_window_in_that_language(monkeypatch, capsys, qtbot, dialogs, tmp_path):
    """`icp-wizard --lang en` said "no command given", and `icp-wizard --lang en workspace DIR` was refused."""
    from wizard import launch
    from wizard.gui import launcher
    from wizard.gui.language.i18n import lang, set_language

    started = []
    monkeypatch.setattr(launcher, "main", lambda args: started.append(list(args)) or 0)
    assert launch.main(["--lang", "en"]) == 0
    assert launch.main(["--lang", "en", "workspace", str(tmp_path)]) == 0
    assert launch.main(["client.yaml", "--lang=zh"]) == 0
    assert started == [["--lang=en"], ["--workspace", str(tmp_path), "--lang=en"], ["client.yaml", "--lang=zh"]]
    assert launch.main(["--lang", "fr"]) == 2 and "Traceback" not in capsys.readouterr().err  # argparse refuses it
    try:
        set_language("zh")
        window = launcher.create_window([], language="en")
        qtbot.addWidget(window)
        assert lang() == "en" and window.next_button.text().startswith("Next")
    finally:
        window.session.dirty = False
        window.close()
        set_language("zh")


def test_icp_wizard_workspace_help_and_wrong_calls_are_explained_not_opened(monkeypatch, capsys, tmp_path):
    """`icp-wizard workspace --help` opened the window on a folder named "--help" (no display: Qt aborted), and
    `icp-wizard workspace` alone said "invalid choice: 'workspace'", a command the top-level help did not list."""
    from wizard import launch
    from wizard.gui import launcher

    started = []
    monkeypatch.setattr(launcher, "main", lambda args: started.append(list(args)) or 0)
    with pytest.raises(SystemExit) as help_exit:
        launch.main(["workspace", "--help"])
    assert help_exit.value.code == 0 and "usage: icp-wizard workspace" in capsys.readouterr().out
    assert launch.main(["workspace", "--lang", "en"]) == 2
    assert "see icp-wizard workspace --help" in capsys.readouterr().err
    assert launch.main(["workspace", str(tmp_path), "--lang", "zh", "--lang", "en"]) == 2  # the window takes one
    assert f"the workspace opens as a window: icp-wizard workspace {tmp_path}" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        launch.main(["--help"])
    assert "workspace" in capsys.readouterr().out
    assert started == []


def test_open_items_read_as_counted_phrases_in_either_language(qtbot):
    """A finding's label is "rules you out"; counted in the table it must read "1 ruling you out"."""
    from wizard.core.report import OpenCounts
    from wizard.gui.language.i18n import set_language
    from wizard.gui.workspace.columns import open_items_text

    row = WorkspaceRow(path="client.yaml", open_counts=OpenCounts(act=2, structural=1), stage=Stage.PREPARING)
    try:
        set_language("en")
        assert open_items_text(row) == "2 to do, 1 ruling you out"
        set_language("zh")
        assert open_items_text(row) == "需办理 2、主体不符 1"
    finally:
        set_language("zh")


def test_a_licensed_client_shows_no_open_items_but_its_next_duty(qtbot):
    """Once licensed, what today's rules find in the answers is no work before a filing: the open-items cell
    is empty (and sorts last), the deadline columns give the next duty."""
    from wizard.core.report import OpenCounts
    from wizard.core.tracking import Deadline
    from wizard.gui.language.i18n import set_language
    from wizard.gui.workspace.columns import COLUMNS, open_items_key, open_items_text

    duty = Deadline(date=dt.date(2027, 3, 31), start=dt.date(2027, 1, 1), kind="annual_report",
                    title=Bilingual(zh="年度报告", en="Annual report"), detail=None, source=None)
    licensed = WorkspaceRow(path="licensed.yaml", open_counts=OpenCounts(act=2), stage=Stage.LICENSED,
                            next_deadline=duty)
    tip = COLUMNS[COLUMN_INDEX["open"]].tip
    due = COLUMNS[COLUMN_INDEX["due"]].text
    try:
        for language, wanted in (("en", "Annual report"), ("zh", "年度报告")):
            set_language(language)
            assert open_items_text(licensed) == "" and tip(licensed, None) == ""
            assert due(licensed, None) == wanted
        assert open_items_key(licensed) is None
        preparing = WorkspaceRow(path="preparing.yaml", open_counts=OpenCounts(act=2), stage=Stage.PREPARING)
        assert open_items_text(preparing) == "需办理 2" and open_items_key(preparing) == (2, 0, 2, 0)
    finally:
        set_language("zh")


def test_an_expired_licence_is_its_own_stage_not_licensed(open_workspace, tmp_path):
    """The stage column said 已获证 beside the deadline 许可证已过期; the stage filter now tells the two apart."""
    example = (ROOT / "examples" / "gansu.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "expired.yaml").write_text(
        example + "tracking:\n  submitted: 2021-05-01\n  issued: 2021-06-20\n  licence_number: 甘B2-20210002\n",
        encoding="utf-8")
    (folder / "held.yaml").write_text(
        example + "tracking:\n  submitted: 2024-05-01\n  issued: 2024-06-20\n  licence_number: 甘B2-20240002\n",
        encoding="utf-8")
    window = open_workspace(folder, as_of=dt.date(2026, 11, 23))
    assert cell(window, row_number(window, "expired.yaml"), "stage") == "许可证已过期"
    assert cell(window, row_number(window, "held.yaml"), "stage") == "已获证"
    window.stage_combo.setCurrentIndex(window.stage_combo.findData("expired"))
    assert [row.path for row in shown_rows(window)] == ["expired.yaml"]
    window.stage_combo.setCurrentIndex(window.stage_combo.findData("licensed"))
    assert [row.path for row in shown_rows(window)] == ["held.yaml"]


def test_the_timing_column_gives_the_day_a_client_cannot_file_before(open_workspace, tmp_path):
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "demo.yaml").write_text((ROOT / "examples" / "demo" / "henan-with-gaps.yaml").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    window = open_workspace(folder, as_of=dt.date(2026, 12, 4))
    assert cell(window, row_number(window, "demo.yaml"), "timing") == "不早于 2027-03-01 可提交"
