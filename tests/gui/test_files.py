"""Locks on shared files, saves that conflict, and saves that fail: nothing lost, nothing silent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from wizard.core.application.documents import load_application
from wizard.core.application.storage import DocumentLock, backup_path
from wizard.core.messages import Reason

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def client_file(tmp_path: Path) -> Path:
    path = tmp_path / "client.yaml"
    shutil.copy(ROOT / "examples" / "henan.yaml", path)
    return path


def test_a_file_open_elsewhere_offers_read_only(make_window, dialogs, client_file):
    other = DocumentLock(client_file)
    assert other.acquire()  # a colleague has it open
    try:
        dialogs.choices = ["read_only"]
        window = make_window([str(client_file)])
        assert [d[0] for d in dialogs.shown] == ["choice"]
        assert window.read_only and "只读" in window.windowTitle()
        window.session.set_value("entity.name", "改过的名字有限公司")
        before = client_file.read_bytes()
        dialogs.shown.clear()
        # Save on a read-only document goes to Save As; cancelling it leaves the file alone.
        from PySide6.QtWidgets import QFileDialog

        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))
        assert window.save() is False
        assert client_file.read_bytes() == before
    finally:
        other.release()


def test_cancel_on_a_locked_file_opens_nothing(make_window, dialogs, client_file):
    other = DocumentLock(client_file)
    assert other.acquire()
    try:
        dialogs.choices = [None]
        window = make_window()
        assert window.open_path(str(client_file)) is False
        assert window.session.path is None
    finally:
        other.release()


def test_the_lock_is_released_when_the_window_closes(make_window, client_file):
    window = make_window([str(client_file)])
    assert not DocumentLock(client_file).acquire()  # held by the window
    window.close()
    probe = DocumentLock(client_file)
    assert probe.acquire()
    probe.release()


def test_a_save_over_someone_elses_changes_asks_first(make_window, dialogs, client_file):
    window = make_window([str(client_file)])
    window.session.set_value("entity.name", "我的版本有限公司")
    theirs = client_file.read_text(encoding="utf-8").replace("郑州中原优选", "他们的版本")
    client_file.write_text(theirs, encoding="utf-8")  # another person saved meanwhile
    dialogs.choices = [None]  # cancel
    assert window.save() is False
    assert client_file.read_text(encoding="utf-8") == theirs
    assert dialogs.shown[-1][0] == "choice"
    dialogs.choices = ["overwrite"]
    assert window.save() is True
    assert load_application(client_file).entity.name == "我的版本有限公司"
    assert "他们的版本" in backup_path(client_file).read_text(encoding="utf-8")  # theirs is kept


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_failed_save_keeps_the_file_and_the_work(make_window, dialogs, client_file):
    window = make_window([str(client_file)])
    window.session.set_value("entity.name", "新名字有限公司")
    before = client_file.read_bytes()
    client_file.parent.chmod(0o500)
    try:
        assert window.save() is False
    finally:
        client_file.parent.chmod(0o700)
    assert client_file.read_bytes() == before
    assert window.session.dirty and window.session.application.entity.name == "新名字有限公司"
    assert Reason("save.no_permission").text("zh") in dialogs.of("warning")[-1][2]


def test_a_full_disk_keeps_the_file_and_the_work(make_window, dialogs, client_file, monkeypatch):
    import errno

    from wizard.core.application import storage

    window = make_window([str(client_file)])
    window.session.set_value("entity.name", "新名字有限公司")
    before = client_file.read_bytes()

    def disk_full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", disk_full)
    assert window.save() is False
    assert client_file.read_bytes() == before
    assert not list(client_file.parent.glob(".client.yaml.*.tmp"))  # no debris left behind
    assert window.session.dirty and window.session.application.entity.name == "新名字有限公司"
    assert Reason("save.disk_full").text("zh") in dialogs.of("warning")[-1][2]


def test_a_save_into_a_vanished_folder_says_so(make_window, dialogs, client_file, tmp_path):
    window = make_window([str(client_file)])
    window.session.set_value("entity.name", "新名字有限公司")
    assert window.save_to(str(tmp_path / "gone" / "client.yaml")) is False
    assert Reason("save.folder_gone").text("zh") in dialogs.of("warning")[-1][2]
    assert window.session.dirty and window.session.path == str(client_file)


def test_a_failed_autosave_is_reported_in_the_interface_language(make_window, monkeypatch):
    import errno

    from wizard.core.application import storage

    window = make_window([], lang="en")
    window.session.set_value("entity.name", "自动保存测试有限公司")

    def disk_full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", disk_full)
    window.autosave.flush()
    assert window.statusBar().currentMessage().endswith(Reason("save.disk_full").text("en"))
