"""Sorting and filtering of the workspace table: a filter line and a stage (or state) choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .model import WorkspaceModel

# The stage filter's extra choices, beside the four stages.
STATE_FILTERS = ("locked", "error", "changed_by_rules")


class WorkspaceFilter(QSortFilterProxyModel):
    """Filters; sorting is passed to the source model, which orders its rows once in Python on real
    keys (a proxy sort would call the model's data() some n·log n times on the GUI thread)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._state = ""  # "" (all), a Stage value, or one of STATE_FILTERS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, WorkspaceModel):
            source.sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_state(self, state: str) -> None:
        self.beginFilterChange()
        self._state = state or ""
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, WorkspaceModel):
            return True
        if self._words:
            text = model.search_text(source_row)
            if not all(word in text for word in self._words):
                return False
        if not self._state:
            return True
        row = model.rows[source_row]
        if self._state == "locked":
            return row.locked_by is not None
        if self._state == "error":
            return row.error is not None
        if self._state == "changed_by_rules":
            return row.path in model.changed_by_rules
        return row.shown_stage == self._state and row.error is None
