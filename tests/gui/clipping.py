"""What is cut off in a shown window (issue 15 §6): labels, buttons, check boxes, radio buttons, group-box
titles, tabs, table and tree header sections and the step list's entries whose text needs more room
than the widget has.

Shared by the pseudo-English test (tests/gui/test_pseudo_localisation.py) and the Chinese check at 200%
scaling, which runs in its own process (tests/clipping_at_scale.py): QT_SCALE_FACTOR must be set before
the QApplication exists.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QStatusBar,
    QStyle,
    QTabBar,
    QTableWidget,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding between a size hint and the geometry the layout gave


def plain(text: str) -> str:
    """A label's or button's text as drawn: markup off, a mnemonic's & gone."""
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return re.sub(r"&(.)", r"\1", text)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and (widget is root or root.isAncestorOf(widget)) and widget.width() > 0


def _record(found: list[dict], widget: QWidget, kind: str, text: str, need: int, have: int) -> None:
    found.append({"kind": kind, "class": type(widget).__name__, "name": widget.objectName(),
                  "text": plain(text)[:90], "need": need, "have": have})


def _label(found: list[dict], label: QLabel) -> None:
    text = label.text()
    if not text.strip():
        return
    rect = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            _record(found, label, "wrapped label (height)", text, need, label.height())
        return
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        _record(found, label, "label (width)", text, hint.width(), label.width())
    elif hint.height() > label.height() + SLACK and rect.height() > 0:
        _record(found, label, "label (height)", text, hint.height(), label.height())


def _button(found: list[dict], button: QAbstractButton) -> None:
    if not button.text().strip():
        return
    if isinstance(button, QToolButton) and button.toolButtonStyle() == button.toolButtonStyle().ToolButtonIconOnly:
        return
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        _record(found, button, type(button).__name__, button.text(), hint.width(), button.width())


def _group(found: list[dict], box: QGroupBox) -> None:
    if not box.title():
        return
    need = QFontMetrics(box.font()).horizontalAdvance(plain(box.title())) + 2 * 8
    if need > box.width() + SLACK:
        _record(found, box, "group-box title", box.title(), need, box.width())


def _tabs(found: list[dict], bar: QTabBar) -> None:
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        need = metrics.horizontalAdvance(plain(bar.tabText(index))) + 2 * bar.style().pixelMetric(
            QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        if need > bar.tabRect(index).width() + SLACK:
            _record(found, bar, "tab", bar.tabText(index), need, bar.tabRect(index).width())


def _header(found: list[dict], header: QHeaderView) -> None:
    model = header.model()
    if model is None or not header.isVisible():
        return
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text:
            continue
        need = metrics.horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += mark + margin
        have = header.sectionSize(section)
        if need > have + SLACK:
            _record(found, header, "header section", text, need, have)


def _cells(found: list[dict], table: QTableWidget) -> None:
    """The wizard's own tables show every cell whole (the workspace's table cuts long texts by design: its
    cells have the whole text as a tooltip, and it is not a QTableWidget)."""
    metrics = QFontMetrics(table.font())
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(table.rowCount()):
        if table.isRowHidden(row):
            continue
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.isColumnHidden(column):
                continue
            rect = table.visualItemRect(item)
            icon = 0 if item.icon().isNull() else table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + margin // 2
            room = rect.width() - margin - icon
            lines = metrics.boundingRect(0, 0, max(room, 1), 10000, int(Qt.TextFlag.TextWordWrap), item.text())
            need_height = lines.height() if table.wordWrap() else metrics.height()
            if metrics.horizontalAdvance(item.text()) > room and (
                    not table.wordWrap() or need_height > rect.height() or lines.width() > room):  # a word too long
                _record(found, table, "table cell", item.text(), metrics.horizontalAdvance(item.text()), room)
        for column in range(table.columnCount()):
            combo = table.cellWidget(row, column)
            if isinstance(combo, QComboBox):
                _combo(found, combo)


def _combo(found: list[dict], combo: QComboBox) -> None:
    if combo.isEditable() or not combo.currentText():
        return
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
    need = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText()) + arrow + 12
    if need > combo.width() + SLACK:
        _record(found, combo, "drop-down list", combo.currentText(), need, combo.width())


def _status(found: list[dict], bar: QStatusBar) -> None:
    text = bar.currentMessage()
    need = QFontMetrics(bar.font()).horizontalAdvance(text) + 12
    if text and need > bar.width() + SLACK:
        _record(found, bar, "status bar message", text, need, bar.width())


def _list(found: list[dict], view: QListWidget) -> None:
    metrics = QFontMetrics(view.font())
    width = view.viewport().width()
    icon = view.iconSize().width() if view.iconSize().isValid() else 16
    for row in range(view.count()):
        item = view.item(row)
        if item.isHidden() or view.isWrapping() or view.wordWrap():
            continue
        need = metrics.horizontalAdvance(item.text()) + (icon + 8 if not item.icon().isNull() else 0) + 8
        if need > width + SLACK:
            _record(found, view, "list entry", item.text(), need, width)


def clipped(root: QWidget, seen: Counter | None = None) -> list[dict]:
    """Every text in `root` (a shown window or page) that does not fit the room it was given; `seen` counts
    the widgets looked at by class."""
    found: list[dict] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if seen is not None:
            seen[type(widget).__name__] += 1
        if isinstance(widget, QLabel):
            _label(found, widget)
        elif isinstance(widget, QAbstractButton):
            _button(found, widget)
        elif isinstance(widget, QTabBar):
            _tabs(found, widget)
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            _header(found, widget)
        elif isinstance(widget, QStatusBar):
            _status(found, widget)
        if isinstance(widget, QGroupBox):
            _group(found, widget)
        if isinstance(widget, QListWidget) and isinstance(widget, QAbstractItemView):
            _list(found, widget)
        elif isinstance(widget, QTableWidget):
            _cells(found, widget)
        elif isinstance(widget, QComboBox) and not isinstance(widget.parentWidget(), QAbstractItemView) \
                and not (widget.parentWidget() and isinstance(widget.parentWidget().parentWidget(), QTableWidget)):
            _combo(found, widget)
    return found


def walk_wizard(window, seen: Counter | None = None) -> list[dict]:  # noqa: ANN001 - a MainWindow
    """Every page the window shows for its application, each shown in turn; each clipped text once."""
    from PySide6.QtWidgets import QApplication

    found: dict[tuple, dict] = {}
    for index, spec in enumerate(window.PAGES):
        if not window.visible(index):
            continue
        window.go_to(index)
        QApplication.processEvents()
        if seen is not None:
            seen["pages"] += 1
        for item in clipped(window, seen):
            found.setdefault((item["kind"], item["text"]), {**item, "where": spec.key})
    return list(found.values())


def filed_application(source_text: str) -> str:
    """An example application after filing, with an unanswered correction notice (the tracking page's rows)."""
    return source_text + "tracking:\n  submitted: 2026-11-02\n  corrections:\n    - {received: 2026-11-27}\n"
