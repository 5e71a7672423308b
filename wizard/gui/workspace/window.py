"""The workspace window: every application file in a folder (and its subfolders) as one table.

The folder is evaluated off the GUI thread (worker.py) with a progress bar; the table then follows
the disk (watcher.py): a file saved, added, removed, locked or unlocked updates its own row.
Double-click or Enter opens the client in the wizard's main window, which asks before replacing
unsaved work and offers read-only for a file someone else is editing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wizard.core.crash import breadcrumb

from ..i18n import forget_listener, on_language_changed, tr, translated
from .columns import COLUMNS, STAGE_ORDER, STAGE_TEXT
from .daywatch import DayWatch
from .model import ROW_ROLE, WorkspaceModel, column_of
from .proxy import WorkspaceFilter
from .watcher import FolderWatcher
from .worker import FileEvaluator, ScanThread, keep_until_finished

COLUMN_LIMITS = {"client": 260, "verdict": 220, "open": 200, "timing": 260, "deadline": 280, "due": 240,
                 "holder": 220, "rules": 320, "path": 300}  # pixels


class WorkspaceTable(QTableView):
    """Enter opens the selected client, as a double-click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class WorkspaceWindow(QMainWindow):
    scanned = Signal()  # the full table is shown (after each scan)
    rules_compared = Signal()  # clients last seen under other rules were compared with them (notice shown)
    row_updated = Signal(str)  # a file's row was re-evaluated (its path relative to the folder) or removed

    def __init__(self, folder: str | Path, main_window: Any = None, as_of: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main_window = main_window
        self.as_of = as_of or dt.date.today()
        self.day_watch: DayWatch | None = None
        if as_of is None:  # today's table: it follows the date at midnight (a date given stays)
            self.day_watch = DayWatch(self.as_of, self)
            self.day_watch.changed.connect(self.set_day)
        self.folder = Path(folder).resolve()
        self.model = WorkspaceModel(self.as_of, self)
        self.model.own_file = self._own_file
        self.proxy = WorkspaceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.scan_thread: ScanThread | None = None
        self.evaluator: FileEvaluator | None = None
        self.watcher: FolderWatcher | None = None
        self.scanning = False
        self.rule_notice: tuple[int, int] | None = None  # (clients seen under other rules, changed by them)
        self._build()
        on_language_changed(self.retranslate)
        self.retranslate()
        self.resize(1200, 700)
        self.open_folder(self.folder)
        self.table.setFocus()  # the keyboard starts in the table: arrows move, Enter opens

    # --- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.rescan_button = QPushButton()
        self.rescan_button.clicked.connect(self.rescan)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.stage_combo = QComboBox()
        self.stage_combo.currentIndexChanged.connect(self._filter_changed)
        self.filter_label, self.stage_label = QLabel(), QLabel()
        self.filter_label.setBuddy(self.filter_edit)
        self.stage_label.setBuddy(self.stage_combo)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.rescan_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.stage_label)
        filters.addWidget(self.stage_combo, 1)
        self.notice = QLabel()  # what an upgrade of the rules changes, when it does
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.table = WorkspaceTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(column_of("deadline"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnHidden(column_of("rules"), True)  # shown when newer rules change a client
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(25)  # widths from the first rows: a 10,000-row table stays quick
        self.table.doubleClicked.connect(self.open_index)
        self.table.open_requested.connect(self.open_index)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(body)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(320)
        self.summary = QLabel()
        self.statusBar().addWidget(self.summary, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.rescan_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Refresh))
        self.rescan_action.triggered.connect(self.rescan)
        self.find_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(lambda: (self.filter_edit.setFocus(), self.filter_edit.selectAll()))
        self.close_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        for action in (self.rescan_action, self.find_action, self.close_action):
            self.addAction(action)
        self.setTabOrder(self.table, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.stage_combo)
        self.setTabOrder(self.stage_combo, self.choose_button)
        self.setTabOrder(self.choose_button, self.rescan_button)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("工作区 — {folder}").format(folder=self.folder.name or str(self.folder)))
        self.folder_label.setText(tr("文件夹：{folder} · 日期按 {day} 计算").format(
            folder=str(self.folder), day=self.as_of.isoformat()))
        self.choose_button.setText(tr("打开其他文件夹(&O)…"))
        self.rescan_button.setText(tr("重新检查(&R)"))
        self.rescan_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Refresh).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.filter_label.setText(tr("筛选(&F)："))
        self.filter_edit.setPlaceholderText(tr("客户、省份、文件名、截止事项……"))
        self.stage_label.setText(tr("阶段(&S)："))
        current = self.stage_combo.currentData()
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        self.stage_combo.addItem(tr("全部"), "")
        for stage in STAGE_ORDER:
            self.stage_combo.addItem(translated(STAGE_TEXT[stage]), stage)
        self.stage_combo.addItem(tr("正在被编辑"), "locked")
        self.stage_combo.addItem(tr("无法读取"), "error")
        self.stage_combo.addItem(tr("受规则更新影响"), "changed_by_rules")
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(current or "")))
        self.stage_combo.blockSignals(False)
        self.table.setAccessibleName(tr("申请文件"))
        self.model.retranslate()
        self._fit_columns()  # the other language's texts have other widths
        self._update_summary()
        self._show_rule_notice()

    # --- scanning -------------------------------------------------------------------
    def open_folder(self, folder: str | Path) -> None:
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

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("打开工作区"), str(self.folder))
        if folder:
            self.open_folder(folder)

    def rescan(self) -> None:
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

    def set_day(self, day: dt.date) -> None:
        """Count from another day: the day counts change at once, the rows follow a new scan."""
        if self.scanning:  # the scan running counts from the old day: change once it is done
            QTimer.singleShot(2000, lambda: self.set_day(day) if isValid(self) else None)
            return
        self.as_of = self.model.as_of = day
        if self.evaluator is not None:
            self.evaluator.as_of = day
        self.retranslate()  # the day counts and the title's date, at once
        self.rescan()

    def _scan_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _scan_done(self, rows: list[Any], stamps: dict[Path, tuple], changed_meanwhile: list[str]) -> None:
        """The table is filled and watched; column widths follow in a later turn of the event loop, so
        that the GUI thread never stops for all of it at once (benchmarks/workspace_gui.py)."""
        self._scan_ended()
        first = not self.model.rows
        self.model.set_rows(rows)
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_summary()
        if first:
            QTimer.singleShot(0, self._fit_columns)
        self.watcher.adopt(stamps)  # at once: an edit made in place from now on raises an event
        self._files_changed(changed_meanwhile)
        self.scanned.emit()

    def _fit_columns(self) -> None:
        """Widths from the first rows' texts, within limits (long reasons and names are cut; the tooltip has them).
        Measured here rather than by resizeColumnsToContents, which asks the model for every role of every cell."""
        if not self.model.rows:
            return
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        sample = self.model.rows[:40]
        for column, spec in enumerate(COLUMNS):
            if spec.key == "rules" and self.table.isColumnHidden(column):
                continue
            title = header.fontMetrics().horizontalAdvance(translated(spec.title)) + 28  # the sort arrow
            rows = sample if spec.key != "rules" else [self.model.row_for(path) for path in
                                                       list(self.model.changed_by_rules)[:40]]
            widest = max((metrics.horizontalAdvance(spec.text(row, self.model)) for row in rows if row), default=0)
            icon = 22 if spec.key in ("client", "holder") else 0
            # the limit cuts long cell texts, never the column's title
            self.table.setColumnWidth(column, max(title, min(widest + icon + 20, COLUMN_LIMITS.get(spec.key, 320))))

    def _scan_failed(self, reason: str) -> None:
        self._scan_ended()
        self.watcher.resume()
        self.summary.setText(tr("无法检查该文件夹：{reason}").format(reason=reason))

    def _scan_ended(self) -> None:
        self.scanning = False
        self.rescan_button.setEnabled(True)
        self.progress.setVisible(False)

    def _rules_compared(self, changes: dict[str, Any], compared: int) -> None:
        """After an upgrade of the rules: which clients the new rules change, in a notice and a column."""
        self.model.set_rule_changes(changes)
        self.table.setColumnHidden(column_of("rules"), not changes)
        self._fit_columns()
        self.rule_notice = (compared, len(changes))
        self._show_rule_notice()
        self.rules_compared.emit()

    def _show_rule_notice(self) -> None:
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
    def _files_changed(self, paths: list[str]) -> None:
        for path in paths:
            self.evaluator.evaluate(path)  # evaluated in the evaluator's thread

    def _files_removed(self, paths: list[str]) -> None:
        for path in paths:
            relative = self.relative(path)
            self.model.remove(relative)
            self.row_updated.emit(relative)
        self._update_summary()

    def _file_evaluated(self, row: Any) -> None:
        if self.scanning or not (self.folder / row.path).exists():
            return  # the scan's result replaces it; a file removed meanwhile stays removed
        self.model.put(row)
        self._update_summary()
        self.row_updated.emit(row.path)

    def _own_file(self) -> str | None:
        main = self.main_window
        if main is None or not isValid(main) or main.lock is None or main.session.path is None:
            return None
        try:
            return self.relative(main.session.path)
        except ValueError:  # a file outside this folder
            return None

    def relative(self, path: str | Path) -> str:
        return Path(path).resolve().relative_to(self.folder).as_posix()

    # --- opening a client -------------------------------------------------------------
    def row_at(self, index: QModelIndex) -> Any:
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def open_index(self, index: QModelIndex) -> bool:
        row = self.row_at(index)
        if row is None or self.main_window is None:
            return False
        breadcrumb("workspace", "open_client")
        path = self.folder / row.path
        main = self.main_window
        already = main.session.path is not None and Path(main.session.path).resolve() == path
        if not already and not main.open_path(str(path)):  # asks to save, offers read-only when locked
            return False
        main.show()
        main.raise_()
        main.activateWindow()
        return True

    # --- status -----------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_state(self.stage_combo.currentData() or "")
        self._update_summary()

    def _update_summary(self) -> None:
        if self.scanning:
            return
        rows = self.model.rows
        if not rows:
            self.summary.setText(tr("该文件夹（含子文件夹）中没有申请文件。"))
            return
        parts = [tr("共 %n 个申请文件", "", len(rows))]
        if self.proxy.rowCount() != len(rows):
            parts.append(tr("显示 %n 个", "", self.proxy.rowCount()))
        errors = sum(1 for row in rows if row.error)
        locked = sum(1 for row in rows if row.locked_by is not None)
        if errors:
            parts.append(tr("%n 个无法读取", "", errors))
        if locked:
            parts.append(tr("%n 个正在被编辑", "", locked))
        self.summary.setText(tr(" · ").join(parts))

    # --- closing ----------------------------------------------------------------------
    def _stop_threads(self) -> None:
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        main = self.main_window
        if main is not None and isValid(main) and not main.isVisible() and not main.close():
            event.ignore()  # opened with --workspace: the hidden wizard goes too (it saves its settings)
            return
        self._stop_threads()
        forget_listener(self.retranslate)
        breadcrumb("workspace", "closed")
        event.accept()


def open_workspace(main_window: Any, folder: str | None = None, as_of: dt.date | None = None) -> WorkspaceWindow | None:
    """The menu's 打开工作区…: asks for a folder unless given one; the window stays beside the wizard's."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(main_window, tr("打开工作区"))
        if not folder:
            return None
    if not Path(folder).is_dir():
        QMessageBox.warning(main_window, tr("无法打开工作区"),
                            tr("找不到文件夹 {folder}").format(folder=folder))
        return None
    window = WorkspaceWindow(folder, main_window, as_of)
    window.show()
    return window
