"""One widget per model field, chosen from the field's type (field_kinds.py); findings drawn around it.

`FieldWidget` is the binder: it knows its field path, shows a model value, emits
the raw edited value, and shows the findings and input errors for that path.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from enum import Enum
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.core.china.regions import BY_ID, REGIONS
from wizard.core.messages import Reason

from ..access.accessibility import describe_field
from ..access.colours import background_of, css, follow_palette
from ..access.colours import colour as colour_on
from ..language.finding_text import finding_html, source_tooltip
from ..language.i18n import labelled, lang, shown, tr
from ..language.labels import enum_label
from .field_kinds import Choice, field_kind, field_labels

_FULL_DATE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\s*$")


def region_name(region_id: str | None) -> str:
    region = BY_ID.get(region_id or "")
    if region is None:
        return region_id or ""
    return region.zh if lang() == "zh" else shown(region.en)


def _frame_sheet(where: QWidget) -> str:
    """The field frame's border for each state, in the finding colours readable on `where`'s palette."""
    return _frame_sheet_on(background_of(where).rgba())


@functools.lru_cache(maxsize=8)
def _frame_sheet_on(background: int) -> str:  # made once per palette, not on every edit
    behind = QColor.fromRgba(background)
    rules = ["QFrame#fieldframe { border: 2px solid transparent; border-radius: 3px; }"]
    rules += [f'QFrame#fieldframe[severity="{state}"] {{ border-color: {colour_on(state, behind).name()}; }}'
              for state in ("blocker", "warning")]
    return " ".join(rules)


class FieldWidget(QWidget):
    """Editor + message line for one field; `path` may change (list rows)."""

    edited = Signal(str, object)  # path, raw value

    def __init__(self, model_cls: type[BaseModel], name: str, path: str, parent: QWidget | None = None,
                 choices: Callable[[], list[Choice]] | None = None):
        super().__init__(parent)
        self.model_cls, self.name, self.path = model_cls, name, path
        self.kind, self.element = field_kind(model_cls, name)
        self.choices = choices
        if choices is not None:
            self.kind = "choice"
        self.labels = field_labels(model_cls, name)
        self.findings: list[Any] = []
        self.check_notes: list[str] = []  # warnings of the program's own checks that are not findings (tracking dates)
        self.help: Any = None  # core FieldHelp for the chosen province: why the question is asked (help.py)
        self.error: Reason | None = None  # rendered in the interface language each time it is shown
        self._state = ""
        self._loading = False
        self.label = QLabel()
        self.frame = QFrame()
        self.frame.setObjectName("fieldframe")
        frame_layout = QHBoxLayout(self.frame)
        frame_layout.setContentsMargins(2, 2, 2, 2)
        self.editor = self._make_editor()
        frame_layout.addWidget(self.editor, 1)
        from ..access.help import help_button, show_help

        self.help_button = help_button()
        self.help_button.clicked.connect(lambda: show_help(self, self.help))
        self.help_button.setVisible(False)
        frame_layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.frame)
        layout.addWidget(self.message)
        self.label.setBuddy(self.focus_widget())
        self._paint("")
        self.retranslate()

    # --- construction ---------------------------------------------------------
    def _make_editor(self) -> QWidget:
        kind = self.kind
        if kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda checked: self._emit(bool(checked)))
            return box
        if kind in ("tribool", "enum", "choice"):
            combo = QComboBox()
            combo.activated.connect(lambda _i: self._emit(combo.currentData()))
            self._fill_combo(combo)
            return combo
        if kind == "region":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self._fill_combo(combo)
            combo.activated.connect(lambda _i: self._emit(combo.currentText()))
            combo.lineEdit().textEdited.connect(self._emit)
            return combo
        if kind == "enum_list":
            from .choice_grid import ChoiceGrid

            grid = ChoiceGrid()
            self.checks: dict[str, QCheckBox] = {}
            for member in self.element:
                check = QCheckBox()
                check.toggled.connect(lambda _c: self._emit(self._checked_values()))
                self.checks[member.value] = check
                grid.add(check)
            return grid
        edit = QLineEdit()
        if kind == "date":
            edit.setPlaceholderText("YYYY-MM-DD")
            edit.textEdited.connect(lambda text: self._emit(text) if not text.strip() or _FULL_DATE.match(text) else None)
            edit.editingFinished.connect(lambda: self._emit(edit.text()) if edit.isModified() else None)
        else:
            edit.textEdited.connect(self._emit)
        return edit

    def _fill_combo(self, combo: QComboBox) -> None:
        current = combo.currentData() if self.kind != "region" else combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        if self.kind == "tribool":
            for text, data in (("—", None), (tr("是"), True), (tr("否"), False)):
                combo.addItem(text, data)
        elif self.kind == "enum":
            combo.addItem("—", None)
            for member in self.element:
                combo.addItem(enum_label(member), member.value)
        elif self.kind == "choice":
            combo.addItem("—", None)
            for choice in self.choices():
                combo.addItem(choice.label, choice.data)
        else:
            combo.addItem("", None)
            for region in REGIONS:
                combo.addItem(region.zh if lang() == "zh" else region.en, region.id)
        if self.kind == "region":
            combo.setEditText(current or "")
        else:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _choice_index(self, value: Any) -> int:
        if value in (None, ""):
            return 0
        for position, choice in enumerate(self.choices(), start=1):
            if value == choice.data or value in choice.aliases:
                return position
        self.editor.addItem(str(value), value)  # a value the pack does not list: still shown
        return self.editor.count() - 1

    def focus_widget(self) -> QWidget:
        if self.kind == "enum_list":
            return next(iter(self.checks.values()))
        return self.editor

    def editors(self) -> list[QWidget]:
        """The widgets that take the focus (an editable combo's line edit too): what a screen reader names."""
        if self.kind == "enum_list":
            return list(self.checks.values())
        line = self.editor.lineEdit() if isinstance(self.editor, QComboBox) else None
        return [self.editor] if line is None else [self.editor, line]

    def _checked_values(self) -> list[str]:
        return [value for value, check in self.checks.items() if check.isChecked()]

    # --- values -------------------------------------------------------------------
    def _emit(self, raw: Any) -> None:
        if self._loading:
            return
        if self.kind == "date" and isinstance(raw, str):
            raw = raw.strip() or None
        elif self.kind == "number" and isinstance(raw, str):
            raw = raw.strip().replace("，", ",") or None
        elif self.kind == "str_list" and isinstance(raw, str):
            raw = [part.strip() for part in re.split(r"[,，、;；]", raw) if part.strip()]
        self.edited.emit(self.path, raw)

    def set_value(self, value: Any) -> None:
        """Show a model value (no signal); clears any input error."""
        self._loading = True
        try:
            kind, editor = self.kind, self.editor
            if kind == "bool":
                editor.setChecked(bool(value))
            elif kind in ("tribool", "enum"):
                data = value.value if isinstance(value, Enum) else value
                editor.setCurrentIndex(max(0, editor.findData(data)))
            elif kind == "choice":
                self._fill_combo(editor)
                editor.setCurrentIndex(self._choice_index(value))
            elif kind == "region":
                editor.setEditText(region_name(value))
            elif kind == "enum_list":
                chosen = {v.value if isinstance(v, Enum) else v for v in value or []}
                for member_value, check in self.checks.items():
                    check.setChecked(member_value in chosen)
            elif kind == "str_list":
                editor.setText("，".join(value or []) if lang() == "zh" else ", ".join(value or []))
            elif kind == "date":
                editor.setText(value.isoformat() if value else "")
            elif kind == "number":
                editor.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))
            else:
                editor.setText("" if value is None else str(value))
        finally:
            self._loading = False
        self.show_error(None)

    def set_help(self, info: Any, force: bool = False) -> None:
        """Why the question is asked, for the chosen province: the "?" button and the accessible description."""
        if info is self.help and not force:  # every evaluation asks; the pack rarely changes
            return
        self.help = info
        self.help_button.setVisible(info is not None)
        self.help_button.setToolTip(tr("为什么问这一项？（F1）"))
        self.help_button.setAccessibleName(tr("说明：{field}").format(field=self.labels.get(lang(), self.name)))
        describe_field(self)  # the help follows the findings in the description

    # --- findings and errors --------------------------------------------------------
    def show_error(self, reason: Reason | None) -> None:
        if reason == self.error:
            return
        before = (self.findings, self.error)
        self.error = reason
        self._render()
        describe_field(self, before)  # announced when it is new at the field being edited

    def show_findings(self, findings: list[Any]) -> None:
        if findings == self.findings:
            return
        before = (self.findings, self.error)
        self.findings = findings
        self._render()
        describe_field(self, before)

    def show_checks(self, texts: list[str]) -> None:
        """Warnings that are no rule's finding (two tracking dates out of order): shown, never blocking."""
        if texts == self.check_notes:
            return
        self.check_notes = texts
        self._render()

    def _render(self) -> None:
        lines = []
        if self.error:
            heading, kept = html.escape(tr("输入无效")), html.escape(tr("（已保留之前的有效值）"))
            problem = labelled(f"<b>{heading}</b>", html.escape(self.error.full(lang())))
            lines.append(f'<span style="color:{css("error", self.message)}">{problem} {kept}</span>')
        lines += [finding_html(f, self.message) for f in self.findings]
        warning = css("warning", self.message)
        lines += [f'<span style="color:{warning}">{html.escape(text)}</span>' for text in self.check_notes]
        self.message.setText("<br>".join(lines))
        self.message.setVisible(bool(lines))
        self.message.setToolTip("\n\n".join(source_tooltip(f) for f in self.findings))
        severities = {str(f.severity) for f in self.findings}
        warned = "warning" in severities or bool(self.check_notes)
        state = "blocker" if self.error or "blocker" in severities else "warning" if warned else ""
        self._paint(state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if hasattr(self, "message"):
            follow_palette(self, event, self._repaint)
        super().changeEvent(event)

    def _repaint(self) -> None:
        self._state = None  # the frame too
        self._render()

    def _paint(self, state: str) -> None:
        sheet = _frame_sheet(self)
        if state == self._state and self.frame.styleSheet() == sheet:
            return
        self._state = state
        # One sheet for every state, chosen by a property: setting a new sheet re-polished the frame's
        # children on every edit that added or cleared a finding (over a millisecond on a large page).
        # The sheet changes only with the palette.
        if self.frame.styleSheet() != sheet:
            self.frame.setStyleSheet(sheet)
        self.frame.setProperty("severity", state)
        self.frame.style().unpolish(self.frame)
        self.frame.style().polish(self.frame)
        self.setProperty("severity", state)

    def retranslate(self) -> None:
        self.label.setText(self.labels.get(lang(), self.name))
        if self.kind == "bool":
            self.editor.setText(self.labels.get(lang(), self.name))
            self.label.setText("")
        elif self.kind in ("tribool", "enum", "region", "choice"):
            self._fill_combo(self.editor)
        elif self.kind == "enum_list":
            for value, check in self.checks.items():
                check.setText(enum_label(value))
        if self.kind == "str_list":
            self.editor.setPlaceholderText(tr("多项用逗号分隔"))
        if self.kind == "number" and self.name == "registered_capital_rmb":
            self.editor.setPlaceholderText(tr("例如 100万 或 1000000"))
        if self.help is not None:
            self.set_help(self.help, force=True)
        self._render()
        describe_field(self)
