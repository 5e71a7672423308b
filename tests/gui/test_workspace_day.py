"""The workspace window's day counts follow the date: past midnight "in 3 days" becomes "in 2 days"."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml

from wizard.gui.workspace import WorkspaceWindow
from wizard.gui.workspace.columns import COLUMN_INDEX
from wizard.gui.workspace.daywatch import DayWatch
from wizard.gui.workspace.model import ROW_ROLE

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from workspace_clients import AS_OF, generate_clients  # noqa: E402


def _rows(window):
    return [window.proxy.data(window.proxy.index(i, 0), ROW_ROLE) for i in range(window.proxy.rowCount())]


def _deadline_cell(window, path):
    number = next(i for i, row in enumerate(_rows(window)) if row.path == path)
    return window.proxy.data(window.proxy.index(number, COLUMN_INDEX["deadline"]))


def test_the_day_counts_and_the_rows_follow_a_new_day(qtbot, tmp_path):
    from wizard.gui.language.i18n import set_language

    set_language("zh")
    generate_clients(tmp_path, 12)
    window = WorkspaceWindow(tmp_path, None, AS_OF)
    with qtbot.waitSignal(window.scanned, timeout=60000):
        window.show()
    first = _rows(window)[0]
    days = (first.next_deadline.date - AS_OF).days
    assert _deadline_cell(window, first.path).endswith(f"（还剩 {days} 天）")
    assert window.day_watch is None  # a day given (as here, or by --as-of) is kept
    with qtbot.waitSignal(window.scanned, timeout=60000):
        window.set_day(AS_OF + dt.timedelta(days=1))
    assert window.model.as_of == AS_OF + dt.timedelta(days=1) and (AS_OF + dt.timedelta(days=1)).isoformat() in \
        window.summary.text() + window.windowTitle() + window.folder_label.text()
    row = next(r for r in _rows(window) if r.path == first.path)
    assert _deadline_cell(window, first.path).endswith(f"（还剩 {(row.next_deadline.date - AS_OF).days - 1} 天）")
    window.close()


def test_a_window_opened_for_today_is_woken_after_midnight(qtbot):
    now = [dt.datetime(2026, 11, 23, 23, 59, 30)]
    watch = DayWatch(now[0].date(), clock=lambda: now[0])
    assert 25_000 <= watch.timer.remainingTime() <= 31_000  # a second after midnight (a busy machine runs late)
    days = []
    watch.changed.connect(days.append)
    watch.check()  # fired early (a clock adjusted): the same day, nothing to do, armed again
    assert days == [] and watch.timer.isActive()
    now[0] = dt.datetime(2026, 11, 24, 0, 0, 1)
    watch.check()
    assert days == [dt.date(2026, 11, 24)] and watch.day == dt.date(2026, 11, 24)
    assert watch.timer.remainingTime() > 23 * 3600 * 1000


def test_the_window_for_today_has_its_day_watch(qtbot, tmp_path):
    generate_clients(tmp_path, 2)
    window = WorkspaceWindow(tmp_path, None)
    with qtbot.waitSignal(window.scanned, timeout=60000):
        window.show()
    assert window.day_watch is not None and window.day_watch.timer.isActive()
    assert window.as_of == dt.date.today()
    window.close()


def test_the_window_scans_with_workers_not_forked_from_qt(monkeypatch, qtbot, tmp_path):
    from wizard.core.workspace import scanning

    generate_clients(tmp_path, 3)
    methods = []
    real = scanning.scan

    def recording(*args, **kwargs):
        methods.append(kwargs.get("start_method"))
        return real(*args, **kwargs)

    monkeypatch.setattr(scanning, "scan", recording)
    window = WorkspaceWindow(tmp_path, None, AS_OF)
    with qtbot.waitSignal(window.scanned, timeout=60000):
        window.show()
    assert methods and all(method in ("forkserver", "spawn") for method in methods)
    window.close()


def test_reopening_a_folder_evaluates_only_what_changed(monkeypatch, qtbot, tmp_path):
    import os
    import time

    from wizard.core.runtime import resources
    from wizard.core.workspace import scanning

    home = tmp_path / "data"
    home.mkdir()
    monkeypatch.setattr(resources, "user_data_dir", lambda: home)
    folder = tmp_path / "office"
    made = generate_clients(folder, 8)
    old = time.time() - 60
    for client in made:
        os.utime(folder / client.path, (old, old))
    evaluated = []
    real = scanning.evaluate_file
    monkeypatch.setattr(scanning, "evaluate_file", lambda path, *a, **k: evaluated.append(path) or real(path, *a, **k))
    shown = []
    for _ in range(2):
        window = WorkspaceWindow(folder, None, AS_OF)
        with qtbot.waitSignal(window.scanned, timeout=60000):
            window.show()
        shown.append([(row.path, row.client, row.next_deadline) for row in _rows(window)])
        window.close()
    assert len(evaluated) == len(made)  # all on the first opening, none on the second
    assert shown[0] == shown[1] and len(shown[0]) == len(made)


def test_the_window_counts_no_open_items_for_a_licensed_client(qtbot, tmp_path):
    """The same gap in a client preparing and in a licensed one: only the first is work before a filing."""
    from wizard.core.commandline.casefiles import set_path
    from wizard.gui.language.i18n import set_language

    made = {client.variant: client for client in generate_clients(tmp_path, 6)}
    for variant in ("ready", "licensed"):
        set_path(made[variant].data, "domains[0].filing_status", "pending")
        (tmp_path / made[variant].path).write_text(yaml.safe_dump(made[variant].data, allow_unicode=True),
                                                   encoding="utf-8")
    set_language("en")
    try:
        window = WorkspaceWindow(tmp_path, None, AS_OF)
        with qtbot.waitSignal(window.scanned, timeout=60000):
            window.show()

        def cell(variant: str, column: str) -> str:
            number = next(i for i, row in enumerate(_rows(window)) if row.path == made[variant].path)
            return window.proxy.data(window.proxy.index(number, COLUMN_INDEX[column]))

        assert cell("ready", "open") == "1 to do"
        assert cell("licensed", "open") == "" and cell("licensed", "due").startswith("Renewal")
        # the verdict cell says what the client holds, as `status` does, not "ready to apply" nor nothing
        assert cell("licensed", "verdict") == "Licence held" and cell("ready", "verdict") == "Not ready to apply"
        window.close()
    finally:
        set_language("zh")
