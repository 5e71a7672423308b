"""The Export page's 生成申请材料包 button: a folder choice, progress, a full disk said plainly, open the folder."""

from __future__ import annotations

import errno
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def export_page(window):
    window.go_to(window.page_index["export"])
    return window.pages[window.page_index["export"]]


def test_the_kit_button_writes_a_kit_off_the_gui_thread_and_opens_its_folder(make_window, monkeypatch, tmp_path,
                                                                               qtbot):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from wizard.core.kit.packet import verify_manifest

    window = make_window([str(ROOT / "examples" / "gansu.yaml")])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    page = export_page(window)
    seen = []
    page.kit_zip.setChecked(True)
    page.kit_button.click()
    page.kit_worker.progress.connect(lambda done, total, what: seen.append((done, total)))
    assert not page.kit_button.isEnabled() and page.kit_progress.isVisible()  # working; the window still runs
    qtbot.waitUntil(lambda: page.open_folder.isVisible(), timeout=60_000)
    target = tmp_path / "gansu-申请材料包"
    assert verify_manifest(target) == [] and (tmp_path / "gansu-申请材料包.zip").is_file()
    assert (target / "07-网站拓扑图.docx").is_file()
    assert page.kit_button.isEnabled() and not page.kit_progress.isVisible()
    assert str(target) in page.kit_status.text() and "不能直接提交" in page.kit_status.text()
    assert seen and seen[-1][0] == seen[-1][1]
    page.open_folder.click()
    assert opened == [str(target)]


def test_a_full_disk_is_said_plainly_and_leaves_nothing(make_window, monkeypatch, tmp_path, qtbot, dialogs):
    from PySide6.QtWidgets import QFileDialog

    from wizard.core.kit import docx_writer

    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))

    def full(path, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(docx_writer, "write_docx", full)
    page = export_page(window)
    page.kit_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.of("warning")), timeout=60_000)
    (warning,) = dialogs.of("warning")
    assert "磁盘空间不足" in warning[2] and "原有文件未被改动" in warning[2]
    assert list(out.iterdir()) == []  # neither the kit nor a partial folder
    assert page.kit_button.isEnabled() and not page.open_folder.isVisible()


def test_an_earlier_kit_is_replaced_only_when_the_user_agrees(make_window, monkeypatch, tmp_path, qtbot, dialogs):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = make_window([str(ROOT / "examples" / "shanxi.yaml")], lang="en")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    page = export_page(window)
    page.kit_button.click()
    qtbot.waitUntil(lambda: page.open_folder.isVisible(), timeout=60_000)
    assert "documents made" in page.kit_status.text()
    marker = tmp_path / "shanxi-申请材料包" / "00-申请材料目录.pdf"
    before = marker.stat().st_mtime_ns
    dialogs.answers = [QMessageBox.StandardButton.No]
    page.kit_button.click()
    assert dialogs.of("question") and marker.stat().st_mtime_ns == before
