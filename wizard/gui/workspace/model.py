"""The workspace table model: one row per application file (a core `WorkspaceRow`), keyed by its path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from ..language.i18n import translated
from ..widgets.marks import lock_icon, severity_icon
from .columns import COLUMN_INDEX, COLUMNS, LAST, client_text, province_text, sort_value, stage_text, verdict_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the WorkspaceRow itself
Index = QModelIndex | QPersistentModelIndex


class WorkspaceModel(QAbstractTableModel):
    def __init__(self, as_of: dt.date, parent: Any = None):
        super().__init__(parent)
        self.as_of = as_of
        self.rows: list[Any] = []
        self._where: dict[str, int] = {}  # path -> row number
        self._search: dict[str, str] = {}  # path -> what the filter line matches, both languages, folded
        self.sort_column, self.sort_order = column_of("deadline"), Qt.SortOrder.AscendingOrder
        self.own_file: Callable[[], str | None] = lambda: None  # the path the wizard's window has open, if any

    def is_own(self, path: str) -> bool:
        """The lock on `path` is this program's own (the wizard's window has the file open)."""
        return self.own_file() == path
        self.changed_by_rules: dict[str, Any] = {}  # path -> ClientChange: what newer rules changed for it

    # --- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(row, self) if column.tip else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, column.key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.text(row, self)
        return None

    def _icon(self, row: Any, key: str) -> QIcon | None:
        if key == "client" and row.error:
            return severity_icon("warning")  # an unreadable file (its row says why in words)
        if key == "holder" and row.locked_by is not None:
            return lock_icon()
        return None

    # --- rows -------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._search = {row.path: self._search_text(row) for row in self.rows}
        self._order()
        self.endResetModel()

    def row_for(self, path: str) -> Any | None:
        where = self._where.get(path)
        return None if where is None else self.rows[where]

    def put(self, row: Any) -> None:
        """A new or re-evaluated file: its row is replaced in place, or added; then kept in order."""
        self._search[row.path] = self._search_text(row)
        where = self._where.get(row.path)
        if where is None:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self._where[row.path] = len(self.rows)
            self.rows.append(row)
            self.endInsertRows()
        else:
            self.rows[where] = row
            self.dataChanged.emit(self.index(where, 0), self.index(where, len(COLUMNS) - 1))
        self.sort(self.sort_column, self.sort_order)

    def remove(self, path: str) -> None:
        where = self._where.get(path)
        if where is None:
            return
        self.beginRemoveRows(QModelIndex(), where, where)
        del self.rows[where], self._search[path]
        self._where = {row.path: i for i, row in enumerate(self.rows)}
        self.endRemoveRows()

    def set_rule_changes(self, changes: dict[str, Any]) -> None:
        self.changed_by_rules = dict(changes)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        if COLUMNS[self.sort_column].key == "rules":
            self.sort(self.sort_column, self.sort_order)

    def search_text(self, row_number: int) -> str:
        return self._search[self.rows[row_number].path]

    def retranslate(self) -> None:
        self._search = {row.path: self._search_text(row) for row in self.rows}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.sort(self.sort_column, self.sort_order)  # text keys (client, province, due) follow the language

    # --- order ------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in Python, on each column's real key (dates as dates); the proxy only filters.
        Rows without a value stay last in either direction."""
        self.sort_column, self.sort_order = max(column, 0), order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self.rows[index.row()].path, index.column()) for index in before]
        self._order()
        self.changePersistentIndexList(before, [self.index(self._where[path], c) for path, c in held])
        self.layoutChanged.emit()

    def _order(self) -> None:
        column = COLUMNS[self.sort_column]
        keyed = [(sort_value(column, row, self), row.path, row) for row in self.rows]
        valued = sorted((k for k in keyed if k[0] is not LAST), key=lambda k: (k[0], k[1]),
                        reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        empty = sorted((k for k in keyed if k[0] is LAST), key=lambda k: k[1])
        self.rows = [k[2] for k in valued + empty]
        self._where = {row.path: i for i, row in enumerate(self.rows)}

    def _search_text(self, row: Any) -> str:
        due = _both(row.next_deadline.title) if row.next_deadline is not None else ""
        parts = (client_text(row), row.path, row.province or "", province_text(row.province),
                 stage_text(row.shown_stage), verdict_text(row), due, row.locked_by or "")
        return " ".join(parts).casefold()


def _both(text: Any) -> str:
    """A core Bilingual (or {zh, en} dict) in both languages: the filter finds either."""
    if isinstance(text, dict):
        return " ".join(str(value) for value in text.values())
    return f"{text.zh} {text.en}"


def column_of(key: str) -> int:
    return COLUMN_INDEX[key]
