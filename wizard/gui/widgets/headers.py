"""Table headers that never cut their titles: a longer translation or a larger font widens the column."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def fit_titles(view: QTableView) -> None:
    """Each column at least as wide as its title needs (after the titles change: another language).
    A column that stretches cannot be given a width, so the header's minimum section size covers it."""
    header = view.horizontalHeader()
    stretched = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        need = header.sectionSizeHint(section)
        last = header.stretchLastSection() and section == header.count() - 1
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch or last:
            stretched.append(need)
        elif header.sectionSize(section) < need:
            header.resizeSection(section, need)
    if stretched:
        header.setMinimumSectionSize(max(header.minimumSectionSize(), *stretched))
