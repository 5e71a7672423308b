"""An unexpected exception, with personal data in its message, becomes a private crash report:
in a Qt slot (the window survives, the dialog offers a copy), in a thread, and in the CLI."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication

from wizard.core.application.documents import load_application
from wizard.core.runtime import crash

from .conftest import AS_OF, EXAMPLES, ROOT
from .test_privacy import LEGAL_REP, LEGAL_REP_ID, _type, no_network  # noqa: F401 - a fixture

LATIN_NAME = "Ouyang Jianguo"  # a person's name in a folder, as Windows and macOS user folders often have


def reports(folder):
    return sorted((folder / crash.REPORTS_FOLDER).glob("crash-*.txt"))


def secrets_of(application, *more: str) -> list[str]:
    entity = application.entity
    found = [entity.name, entity.legal_representative, entity.legal_representative_id, *more]
    found += [person.name for person in application.staff] + [person.id_number for person in application.staff]
    return [s for s in found if s]


@pytest.fixture
def crash_state(monkeypatch):
    """A fresh crash module state and the wizard's own excepthooks, restored afterwards."""
    monkeypatch.setattr(crash, "_trail", type(crash._trail)(maxlen=crash.MAX_BREADCRUMBS))
    monkeypatch.setattr(crash, "_written", {})
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    from wizard.gui.launcher import install_excepthook

    handler = install_excepthook()
    yield handler
    if handler.dialog is not None:
        handler.dialog.close()


@pytest.fixture
def client_window(make_window, tmp_path):
    """The Henan example opened from a folder named after a person, with the entity page filled in."""
    folder = tmp_path / LATIN_NAME
    folder.mkdir()
    client = folder / f"{LEGAL_REP}.yaml"
    shutil.copyfile(EXAMPLES / "henan.yaml", client)
    return make_window([str(client)])


def broken_evaluate(application, pack, as_of=None, cache=None):
    """The engine failing the way real bugs do: messages that quote what the user typed."""
    entity = application.entity
    try:
        int(f"{entity.legal_representative_id} {entity.legal_representative}")
    except ValueError as exc:
        raise RuntimeError(f"evaluation failed for {entity.legal_representative} ({entity.name})") from exc


@pytest.mark.qt_no_exception_capture  # the wizard's own sys.excepthook, not pytest-qt's
def test_an_exception_in_a_slot_writes_a_private_report_and_the_window_survives(
        crash_state, client_window, qtbot, tmp_path, monkeypatch, dialogs, capfd, no_network):  # noqa: F811
    window = client_window
    window.go_to(window.page_index["entity"])
    entity = window.pages[window.page_index["entity"]].forms[0].fields
    _type(qtbot, entity["legal_representative"], LEGAL_REP)
    _type(qtbot, entity["legal_representative_id"], LEGAL_REP_ID)
    application = window.session.application
    assert application.entity.legal_representative_id == LEGAL_REP_ID
    window.autosave.timer.setInterval(60_000)  # the next edit is still pending when the error comes

    from wizard.gui import session as session_module

    working_evaluate = session_module.evaluate
    monkeypatch.setattr(session_module, "evaluate", broken_evaluate)
    _type(qtbot, entity["name"], "欧阳建国网络科技有限公司")  # editingFinished -> slot -> set_value -> evaluate raises

    qtbot.waitUntil(lambda: crash_state.dialog is not None and crash_state.dialog.isVisible(), timeout=5000)
    [report_file] = reports(tmp_path / "data")
    text = report_file.read_text(encoding="utf-8")
    assert "where: main thread" in text and "exception: builtins.RuntimeError" in text
    assert "which was caused by:" in text and "builtins.ValueError" in text
    assert "wizard/gui/session.py:" in text and "in set_value" in text
    assert "qt: Qt 6." in text and "interface language: zh" in text
    for event in ("page entity", "edit entity", "file opened"):
        assert event in text.split("last actions")[1], event
    for secret in secrets_of(application, "欧阳建国网络科技有限公司", LATIN_NAME, str(tmp_path)):
        assert secret not in text, f"{secret!r} is in the crash report"
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err and LEGAL_REP_ID not in captured.err + captured.out

    dialog = crash_state.dialog
    assert str(report_file) == dialog.location.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == text

    # The work is safe: the edit that failed to evaluate was autosaved, and the next start offers recovery.
    autosave = window.autosave
    assert autosave.recoverable()
    assert load_application(autosave.file).entity.name == "欧阳建国网络科技有限公司"

    # The window survives and works once the bug is gone.
    monkeypatch.setattr(session_module, "evaluate", working_evaluate)
    dialog.accept()
    assert window.isVisible()
    window.next()
    assert window.current_page().key != "entity"
    window.session.set_value("entity.name", "恢复后有限公司")
    assert window.session.report is not None and window.session.application.entity.name == "恢复后有限公司"
    assert no_network == []  # the report went nowhere


@pytest.mark.qt_no_exception_capture
def test_a_repeating_error_opens_one_dialog_and_writes_one_report(crash_state, client_window, qtbot, tmp_path):
    def paint_bug():
        raise ZeroDivisionError("division by zero")

    for _ in range(3):
        try:
            paint_bug()
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(reports(tmp_path / "data")) == 1
    assert crash_state.dialog.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "出现意外错误"] == [
        crash_state.dialog]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_reported_on_the_main_thread(crash_state, client_window, qtbot, tmp_path):
    secret = client_window.session.application.entity.legal_representative_id

    def work():
        raise LookupError(f"no record for {secret}")

    worker = threading.Thread(target=work, name="export-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash_state.dialog is not None and crash_state.dialog.isVisible(), timeout=5000)
    assert crash_state.dialog.parent() is client_window
    [report_file] = reports(tmp_path / "data")
    text = report_file.read_text(encoding="utf-8")
    assert "where: thread export-worker" in text and "builtins.LookupError" in text and secret not in text


@pytest.mark.qt_no_exception_capture
def test_the_dialog_speaks_the_interface_language(crash_state, make_window, qtbot):
    make_window(lang="en")
    try:
        raise RuntimeError("x")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    dialog = crash_state.dialog
    assert dialog.windowTitle() == "Something went wrong"
    assert dialog.copy_button.text() == "Copy report"
    dialog.copy_button.click()
    assert dialog.copy_button.text() == "Copied"


@pytest.mark.qt_no_exception_capture
def test_when_the_report_itself_fails_a_plain_dialog_names_only_the_error_type(
        crash_state, make_window, dialogs, monkeypatch):
    make_window()

    def broken_report(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(crash, "write_report", broken_report)
    try:
        raise RuntimeError(f"secret {LEGAL_REP_ID}")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    [(_kind, title, text)] = dialogs.of("critical")
    assert title == "出现意外错误" and "RuntimeError" in text and LEGAL_REP_ID not in text


_CRASHING_CLI = r"""
import sys
import platformdirs
platformdirs.user_data_dir = lambda *args, **kwargs: DATA
import wizard.core.engine as engine
BROKEN_EVALUATE
engine.evaluate = broken_evaluate
from wizard.launch import main
sys.exit(main(ARGV))
"""


def test_the_cli_prints_one_line_naming_the_report_and_exits_3(tmp_path):
    folder = tmp_path / LATIN_NAME
    folder.mkdir()
    client = folder / "ouyang-jianguo.yaml"
    shutil.copyfile(EXAMPLES / "henan.yaml", client)
    application = load_application(client)
    data = tmp_path / "data"
    script = (_CRASHING_CLI.replace("DATA", repr(str(data))).replace("BROKEN_EVALUATE", inspect.getsource(broken_evaluate))
              .replace("ARGV", repr(["check", str(client), "--as-of", AS_OF])))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=120, cwd=ROOT)
    assert result.returncode == 3, result.stderr
    [report_file] = reports(data)
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert str(report_file) in result.stderr and "RuntimeError" in result.stderr
    assert application.entity.legal_representative not in result.stderr
    text = report_file.read_text(encoding="utf-8")
    assert "where: command line: check" in text and "command check" in text.split("last actions")[1]
    assert "wizard/core/commandline/cli.py:" in text and "in _check" in text
    for secret in secrets_of(application, LATIN_NAME, "ouyang-jianguo", str(tmp_path)):
        assert secret not in text, f"{secret!r} is in the crash report"


_CRASHING_START = r"""
import sys
import platformdirs
platformdirs.user_data_dir = lambda *args, **kwargs: DATA
from PySide6.QtCore import QSettings, QTimer
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, DATA + "/config")
from wizard.gui.system import crash_dialog
from wizard.gui import launcher

def broken_create_window(*args, **kwargs):
    raise MemoryError("cannot build the pages")

launcher.create_window = broken_create_window
opened = crash_dialog.CrashDialog.open

def open_then_close(dialog):
    opened(dialog)
    print("DIALOG " + dialog.location.text(), flush=True)
    QTimer.singleShot(200, dialog.accept)  # the user reads it and closes it

crash_dialog.CrashDialog.open = open_then_close
sys.exit(launcher.main([]))
"""


def test_a_crash_while_starting_reports_it_and_ends_with_the_dialog(tmp_path):
    """No window stays behind saying 'loading' forever: the report's dialog, then the program ends."""
    data = tmp_path / "data"
    script = _CRASHING_START.replace("DATA", repr(str(data)))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=60, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    [report_file] = reports(data)
    assert f"DIALOG {report_file}" in result.stdout, result.stdout + result.stderr
    assert "where: start-up" in report_file.read_text(encoding="utf-8")
    assert "Traceback" not in result.stderr
