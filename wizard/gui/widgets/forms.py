"""Forms built from a section model, and master–detail editors for lists of items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.core.application.fieldpaths import field_label, get_value, parse_concrete

from ..access import accessibility
from ..access.colours import follow_palette, role_colour
from ..language.finding_text import source_tooltip
from ..language.i18n import joined, labelled, lang, pick, tr
from ..language.labels import enum_label, severity_label, yes_no
from ..session import Session
from .field_kinds import Choice, field_labels
from .fields import FieldWidget, region_name
from .headers import fit_titles
from .marks import severity_icon


class SectionForm(QWidget):
    """A QFormLayout of FieldWidgets for one model; `prefix` is 'entity' or 'servers[3]'."""

    def __init__(self, session: Session, model_cls: type[BaseModel], prefix: str, names: list[str] | None = None,
                 parent: QWidget | None = None, choices: dict[str, Callable[[], list[Choice]]] | None = None):
        super().__init__(parent)
        self.session, self.model_cls, self.prefix = session, model_cls, prefix
        self.fields: dict[str, FieldWidget] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names or list(model_cls.model_fields):
            widget = FieldWidget(model_cls, name, f"{prefix}.{name}", choices=(choices or {}).get(name))
            widget.edited.connect(self._edited)
            self.fields[name] = widget
            layout.addRow(widget.label, widget)

    def _edited(self, path: str, raw: Any) -> None:
        widget = self.fields[path.rsplit(".", 1)[1]]
        widget.show_error(self.session.set_value(path, raw))

    def set_prefix(self, prefix: str) -> None:
        self.prefix = prefix
        for name, widget in self.fields.items():
            widget.path = f"{prefix}.{name}"

    def load(self) -> None:
        section = get_value(self.session.application, self.prefix)
        for name, widget in self.fields.items():
            widget.set_value(getattr(section, name, None) if section is not None else None)

    def widget_for(self, path: str) -> FieldWidget | None:
        for widget in self.fields.values():
            if widget.path == path:
                return widget
        return None

    def all_widgets(self) -> list[FieldWidget]:
        return list(self.fields.values())

    def retranslate(self) -> None:
        for widget in self.fields.values():
            widget.retranslate()


def _cell_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "region":
        return region_name(value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        return joined(enum_label(v) if kind == "enum_list" else str(v) for v in value)
    if kind == "enum":
        return enum_label(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class ListEditor(QWidget):
    """A table of the items (one row each, Add/Remove) above a form for the selected item."""

    row_changed = Signal(int)

    def __init__(self, session: Session, path: str, item_cls: type[BaseModel], columns: list[str],
                 parent: QWidget | None = None, make_item: Callable[[], BaseModel] | None = None):
        super().__init__(parent)
        self.session, self.path, self.item_cls, self.columns = session, path, item_cls, columns
        self.make_item = make_item or item_cls
        self.findings: list[Any] = []
        self._by_row: dict[int, list[Any]] = {}  # the findings above, by the row they are in
        self.table = QTableWidget(0, len(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(True)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.empty_hint = QLabel()
        self.help: Any = None  # core FieldHelp of the list itself (e.g. how many staff a rule counts)
        from ..access.help import help_button, show_help

        self.help_button = help_button()
        self.help_button.clicked.connect(lambda: show_help(self, self.help))
        self.help_button.setVisible(False)
        self.form = SectionForm(session, item_cls, f"{path}[0]")
        self.form.setVisible(False)
        for widget in self.form.all_widgets():
            widget.edited.connect(lambda *_: self.refresh_row(self.current))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.form)
        self.current = -1
        self.retranslate()

    # --- data ---------------------------------------------------------------------
    def items(self) -> list[Any]:
        return self.session.list_at(self.path)

    def load(self) -> None:
        items = self.items()
        self._describe()
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for row in range(len(items)):
            self.refresh_row(row)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.select(min(max(self.current, 0), len(items) - 1) if items else -1)

    def refresh_row(self, row: int) -> None:
        items = self.items()
        if not 0 <= row < len(items):
            return
        for column, name in enumerate(self.columns):
            kind = self.form.fields[name].kind if name in self.form.fields else "text"
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, column, item)
            item.setText(_cell_text(getattr(items[row], name), kind))
        self._colour_row(row)

    def select(self, row: int) -> None:
        self.current = row
        has_row = row >= 0
        self.form.setVisible(has_row)
        self.remove_button.setEnabled(has_row)
        self.empty_hint.setVisible(not self.items())
        if has_row:
            self.table.blockSignals(True)
            self.table.selectRow(row)
            self.table.blockSignals(False)
            self.form.set_prefix(f"{self.path}[{row}]")
            self.form.load()
            self._show_form_findings()
        self.row_changed.emit(row)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() != self.current:
            self.select(rows[0].row())

    def add_row(self) -> None:
        row = self.session.add_item(self.path, self.make_item())
        self.load()
        self.select(row)
        self.form.all_widgets()[0].focus_widget().setFocus()

    def remove_row(self) -> None:
        if self.current < 0:
            return
        self.session.remove_item(self.path, self.current)
        self.current = min(self.current, len(self.items()) - 1)
        self.load()

    # --- findings --------------------------------------------------------------------
    def show_findings(self, findings: list[Any]) -> None:
        """Findings whose field is inside this list (e.g. servers[1].province). Only rows whose findings
        changed are redrawn: an edit on a list of 500 people changes one or two of them."""
        if findings == self.findings:
            return
        before = self._by_row
        self.findings = findings
        self._by_row = self._group_by_row(findings)
        for row in range(self.table.rowCount()):
            if self._by_row.get(row, []) != before.get(row, []):
                self._colour_row(row)
        marked = tuple(row for row in sorted(self._by_row) if row < self.table.rowCount())
        if marked != getattr(self, "_marked", ()):  # a row's mark came or went: the first column fits it
            self._marked = marked
            self.table.resizeColumnToContents(0)
        self._show_form_findings()
        self._describe()

    def _group_by_row(self, findings: list[Any]) -> dict[int, list[Any]]:
        by_row: dict[int, list[Any]] = {}
        start = len(self.path) + 1
        for finding in findings:
            row, bracket, rest = finding.field[start:].partition("]")
            if bracket and row.isdigit() and (not rest or rest.startswith(".")):
                by_row.setdefault(int(row), []).append(finding)
        return by_row

    def _describe(self) -> None:
        """The table's description: how many items, which have problems, then why the list is asked."""
        count = len(self.items())
        lines = [tr("共 %n 项。", "", count) if count else self.empty_hint.text()]
        # A list may hold hundreds of rows with findings: each combination of severities and the line's
        # pattern are translated once, not once per row.
        line, kinds_of = tr("第{row}项：{kinds}"), {}
        for row, found in sorted(self._by_row.items()):
            severities = frozenset(str(f.severity) for f in found)
            kinds = kinds_of.get(severities)
            if kinds is None:
                kinds = kinds_of[severities] = joined(
                    severity_label(s) for s in ("blocker", "warning", "info") if s in severities)
            lines.append(line.format(row=row + 1, kinds=kinds))
        if self.help is not None:
            lines.append(self.help.plain(lang()))
        what = field_label(self.path, lang())
        accessibility.name(self.table, what, "\n".join(lines))
        accessibility.name(self.add_button, tr("添加：{what}").format(what=what),
                           tr("在列表末尾添加一项，并转到它的第一个问题。"))
        accessibility.name(self.remove_button, tr("删除所选：{what}").format(what=what),
                           tr("删除表格中选中的一项。"))

    def _row_findings(self, row: int) -> list[Any]:
        return self._by_row.get(row, [])

    def _colour_row(self, row: int) -> None:
        found = self._row_findings(row)
        severities = {str(f.severity) for f in found}
        tip = "\n".join(pick(f.message) for f in found)
        worst = "blocker" if "blocker" in severities else "warning" if "warning" in severities else None
        # on the rows' own background (a table's Base; alternate rows are close to it and checked in the tests)
        colour = role_colour(worst, self.table, QPalette.ColorRole.Base) if worst else None
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is None:
                continue
            item.setForeground(QBrush(colour) if colour else QBrush())
            item.setToolTip(tip)
            # Colour is never the only signal: the row's first cell carries the severity's icon, and a
            # screen reader hears the severity with the cell
            if column == 0:
                item.setIcon(self._severity_icon(worst))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         labelled(severity_label(worst), tip) if worst else "")

    def _severity_icon(self, severity: str | None) -> QIcon:
        return severity_icon(severity, self.table)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if hasattr(self, "table"):  # dark mode switched: the rows coloured for it
            follow_palette(self, event, lambda: [self.refresh_row(row) for row in range(self.table.rowCount())])
        super().changeEvent(event)

    def _show_form_findings(self) -> None:
        if self.current < 0:
            return
        found = self._row_findings(self.current)
        for widget in self.form.all_widgets():
            widget.show_findings([f for f in found if f.field == widget.path])

    def focus_path(self, path: str) -> bool:
        """Select the row named in `path` and focus its field; True if found."""
        parts = parse_concrete(path)
        depth = len(parse_concrete(self.path))
        if len(parts) < depth or parts[depth - 1][1] is None:
            self.table.setFocus()
            return True
        row = parts[depth - 1][1]
        if not 0 <= row < len(self.items()):
            return False
        self.select(row)
        widget = self.form.widget_for(path)
        (widget.focus_widget() if widget else self.table).setFocus()
        return True

    def has_errors(self) -> bool:
        return any(w.error for w in self.form.all_widgets())

    def set_help(self, info: Any, force: bool = False) -> None:
        if info is self.help and not force:  # every evaluation asks; the pack rarely changes
            return
        self.help = info
        self.help_button.setVisible(info is not None)
        self.help_button.setToolTip(tr("为什么问这一项？（F1）"))
        self._describe()

    def retranslate(self) -> None:
        self.add_button.setText(tr("添加"))
        self.remove_button.setText(tr("删除所选"))
        self.empty_hint.setText(tr("还没有条目，点击“添加”。"))
        self.table.setHorizontalHeaderLabels([field_labels(self.item_cls, c).get(lang(), c) for c in self.columns])
        fit_titles(self.table)
        if self.help is not None:
            self.set_help(self.help, force=True)
        self.form.retranslate()
        for row in range(self.table.rowCount()):
            self.refresh_row(row)
        self._show_form_findings()
        self._describe()


__all__ = ["SectionForm", "ListEditor", "source_tooltip"]
