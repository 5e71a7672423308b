"""How the workspace window's table is filled and then kept in step with the folder.

A scan evaluates every file off the GUI thread (worker.py) with a progress bar; after it, the
watcher (watcher.py) reports each file saved, added, removed, locked or unlocked, and only that
file's row is evaluated again. After an upgrade of the rules the scan also says which clients the
new rules change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from shiboken6 import isValid

from wizard.core.runtime.crash import breadcrumb

from ..language.i18n import tr
from .model import column_of
from .watcher import FolderWatcher
from .worker import FileEvaluator, ScanThread, keep_until_finished


class FolderScanning:
    """Mixed into WorkspaceWindow (which provides folder, as_of, model, proxy, table, the status widgets,
    the scanned, rules_compared and row_updated signals, relative and _update_summary)."""

    scan_thread: ScanThread | None = None
    evaluator: FileEvaluator | None = None
    watcher: FolderWatcher | None = None
    scanning = False
    rule_notice: tuple[int, int] | None = None  # (clients seen under other rules, changed by them)

    # --- the scan ---------------------------------------------------------------------
    def open_folder(self: Any, folder: str | Path) -> None:
        """Show `folder`: the table is emptied and filled again by a scan in the background."""
        self._stop_threads()
        self.folder = Path(folder).resolve()
        breadcrumb("workspace", "open")
        self.model.set_rows([])
        self.model.set_rule_changes({})
        self.table.setColumnHidden(column_of("rules"), True)
        self.rule_notice = None
        self.watcher = FolderWatcher(self.folder, self)
        self.watcher.changed.connect(self._files_changed)
        self.watcher.removed.connect(self._files_removed)
        self.evaluator = FileEvaluator(self.folder, self.as_of)
        self.evaluator.evaluated.connect(self._file_evaluated)
        self.evaluator.start()
        self.retranslate()
        self.rescan()

    def rescan(self: Any) -> None:
        if self.scanning:
            return
        if self.scan_thread is not None:  # the last one may still be comparing with earlier rules
            self.scan_thread.cancelled = True
            self.scan_thread.compared.disconnect(self._rules_compared)
            keep_until_finished(self.scan_thread)
        if not self.folder.is_dir():
            self.summary.setText(tr("找不到文件夹 {folder}").format(folder=str(self.folder)))
            return
        self.scanning = True
        self.rescan_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setFormat(tr("正在检查 %v / %m"))
        self.progress.setVisible(True)
        self.summary.setText(tr("正在检查文件夹中的申请……"))
        self.watcher.watch_folders()
        self.scan_thread = ScanThread(self.folder, self.as_of)
        self.scan_thread.progress.connect(self._scan_progress)
        self.scan_thread.scanned.connect(self._scan_done)
        self.scan_thread.failed.connect(self._scan_failed)
        self.scan_thread.compared.connect(self._rules_compared)
        self.scan_thread.start()

    def set_day(self: Any, day: dt.date) -> None:
        """Count from another day: the day counts change at once, the rows follow a new scan."""
        if self.scanning:  # the scan running counts from the old day: change once it is done
            QTimer.singleShot(2000, lambda: self.set_day(day) if isValid(self) else None)
            return
        self.as_of = self.model.as_of = day
        if self.evaluator is not None:
            self.evaluator.as_of = day
        self.retranslate()  # the day counts and the title's date, at once
        self.rescan()

    def _scan_progress(self: Any, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _scan_done(self: Any, rows: list[Any], stamps: dict[Path, tuple], changed_meanwhile: list[str]) -> None:
        """The table is filled and watched; column widths follow in a later turn of the event loop, so
        that the GUI thread never stops for all of it at once (benchmarks/workspace_gui.py)."""
        self._scan_ended()
        first = not self.model.rows
        self.model.set_rows(rows)
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_summary()
        if first:
            QTimer.singleShot(0, self.table.fit_columns)
        self.watcher.adopt(stamps)  # at once: an edit made in place from now on raises an event
        self._files_changed(changed_meanwhile)
        self.scanned.emit()

    def _scan_failed(self: Any, reason: str) -> None:
        self._scan_ended()
        self.watcher.resume()
        self.summary.setText(tr("无法检查该文件夹：{reason}").format(reason=reason))

    def _scan_ended(self: Any) -> None:
        self.scanning = False
        self.rescan_button.setEnabled(True)
        self.progress.setVisible(False)

    def _rules_compared(self: Any, changes: dict[str, Any], compared: int) -> None:
        """After an upgrade of the rules: which clients the new rules change, in a notice and a column."""
        self.model.set_rule_changes(changes)
        self.table.setColumnHidden(column_of("rules"), not changes)
        self.table.fit_columns()
        self.rule_notice = (compared, len(changes))
        self._show_rule_notice()
        self.rules_compared.emit()

    def _show_rule_notice(self: Any) -> None:
        if self.rule_notice is None:
            self.notice.setVisible(False)
            return
        compared, changed = self.rule_notice
        text = tr("规则已更新：%n 个客户上次查看时用的是另一版本的规则。", "", compared)
        if changed:
            text += tr("新规则改变了其中 %n 个客户的结论、未解决事项或日期，见“规则更新”一列"
                       "（在“阶段”中选“受规则更新影响”可只看这些客户）。", "", changed)
        else:
            text += tr("新规则没有改变他们的结论、未解决事项或日期。")
        self.notice.setText(text)
        self.notice.setVisible(True)

    # --- single files -----------------------------------------------------------------
    def _files_changed(self: Any, paths: list[str]) -> None:
        for path in paths:
            self.evaluator.evaluate(path)  # evaluated in the evaluator's thread

    def _files_removed(self: Any, paths: list[str]) -> None:
        for path in paths:
            relative = self.relative(path)
            self.model.remove(relative)
            self.row_updated.emit(relative)
        self._update_summary()

    def _file_evaluated(self: Any, row: Any) -> None:
        if self.scanning or not (self.folder / row.path).exists():
            return  # the scan's result replaces it; a file removed meanwhile stays removed
        self.model.put(row)
        self._update_summary()
        self.row_updated.emit(row.path)

    # --- stopping ---------------------------------------------------------------------
    def _stop_threads(self: Any) -> None:
        if self.scan_thread is not None:
            self.scan_thread.cancelled = True  # it stops at the next file done
            for signal, slot in ((self.scan_thread.scanned, self._scan_done),
                                 (self.scan_thread.compared, self._rules_compared)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # already disconnected by rescan
                    pass
            keep_until_finished(self.scan_thread)
        if self.evaluator is not None:
            self.evaluator.evaluated.disconnect(self._file_evaluated)
            self.evaluator.finish()
            keep_until_finished(self.evaluator)
        if self.watcher is not None:
            self.watcher.deleteLater()
        self.scan_thread = self.evaluator = self.watcher = None
        self.scanning = False
