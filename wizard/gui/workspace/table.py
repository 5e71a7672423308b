"""The workspace's table view: one row a client, sorted by the next deadline; Enter opens a client as a
double-click does; column widths from the first rows' texts, within limits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..language.i18n import translated
from .columns import COLUMNS
from .model import column_of

COLUMN_LIMITS = {"client": 260, "verdict": 220, "open": 200, "timing": 260, "deadline": 280, "due": 240,
                 "holder": 220, "rules": 320, "path": 300}  # pixels


class WorkspaceTable(QTableView):
    """Enter opens the selected client, as a double-click does."""

    open_requested = Signal(QModelIndex)

    def __init__(self, proxy: Any):
        super().__init__()
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(column_of("deadline"), Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.setColumnHidden(column_of("rules"), True)  # shown when newer rules change a client
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(25)  # widths from the first rows: a 10,000-row table stays quick

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def fit_columns(self) -> None:
        """Widths from the first rows' texts, within limits (long reasons and names are cut; the tooltip has them).
        Measured here rather than by resizeColumnsToContents, which asks the model for every role of every cell."""
        model = self.model().sourceModel()  # the rows in the order read, not as sorted or filtered
        if not model.rows:
            return
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        sample = model.rows[:40]
        for column, spec in enumerate(COLUMNS):
            if spec.key == "rules" and self.isColumnHidden(column):
                continue
            title = header.fontMetrics().horizontalAdvance(translated(spec.title)) + 28  # the sort arrow
            rows = sample if spec.key != "rules" else [model.row_for(path) for path in
                                                       list(model.changed_by_rules)[:40]]
            widest = max((metrics.horizontalAdvance(spec.text(row, model)) for row in rows if row), default=0)
            icon = 22 if spec.key in ("client", "holder") else 0
            # the limit cuts long cell texts, never the column's title
            self.setColumnWidth(column, max(title, min(widest + icon + 20, COLUMN_LIMITS.get(spec.key, 320))))
