"""The workspace window: every application file in a folder (and its subfolders) as one table.

The folder is evaluated off the GUI thread with a progress bar; the table then follows the disk: a
file saved, added, removed, locked or unlocked updates its own row (scanning.py). The table view
itself is table.py.
Double-click or Enter opens the client in the wizard's main window, which asks before replacing
unsaved work and offers read-only for a file someone else is editing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wizard.core.runtime.crash import breadcrumb

from ..language.i18n import forget_listener, on_language_changed, tr, translated
from ..system.desktop import fit_on_screen
from .columns import STAGE_ORDER, STAGE_TEXT
from .daywatch import DayWatch
from .model import ROW_ROLE, WorkspaceModel
from .proxy import WorkspaceFilter
from .scanning import FolderScanning
from .table import WorkspaceTable


class WorkspaceWindow(FolderScanning, QMainWindow):
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
        self._build()
        on_language_changed(self.retranslate)
        self.retranslate()
        fit_on_screen(self, 1200, 700)
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
        self.table = WorkspaceTable(self.proxy)
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
        self.table.fit_columns()  # the other language's texts have other widths
        self._update_summary()
        self._show_rule_notice()

    # --- the folder -------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("打开工作区"), str(self.folder))
        if folder:
            self.open_folder(folder)

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
