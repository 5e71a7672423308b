"""Check boxes for a list of choices, in two columns where the width allows, else in one.

Two fixed columns made the Staff page wider than its window in English ("Computing or internet
technology background" beside "Network security training or management"): a horizontal scroll bar,
with the help buttons at the right cut off. The grid now asks only for one column's width and
falls back to one column when it is given less than two need, after a resize or a new translation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLayout, QWidget


class ChoiceGrid(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the width is ours to choose
        self.boxes: list[QCheckBox] = []
        self.columns = 2

    def add(self, box: QCheckBox) -> None:
        self.boxes.append(box)
        self.grid.addWidget(box, (len(self.boxes) - 1) // self.columns, (len(self.boxes) - 1) % self.columns)

    def _widest(self) -> int:
        return max((box.sizeHint().width() for box in self.boxes), default=0)

    def columns_for(self, width: int) -> int:
        return 2 if width >= 2 * self._widest() + self.grid.horizontalSpacing() else 1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._widest()), hint.height())

    def _fit(self, width: int) -> None:
        columns = self.columns_for(width)
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        for index, box in enumerate(self.boxes):
            self.grid.addWidget(box, index // columns, index % columns)
        self.updateGeometry()  # one column is taller: the form gives the row more height

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a box's text changed (the language): it may no longer fit
            self._fit(self.width())
        return super().event(event)
