"""Pages driven by the pack: industry and materials (the plan: plan_page.py; export: export_page.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.core.application import model as m
from wizard.core.messages import Reason
from wizard.core.report import Report

from ..access import accessibility
from ..access.colours import css, role_colour
from ..language.finding_text import source_tooltip
from ..language.i18n import lang, pick, tr
from ..language.labels import enum_label
from ..session import Session
from ..widgets.field_kinds import Choice
from ..widgets.headers import fit_titles
from .editing import Page


class IndustryPage(Page):
    key = "industry"
    intro = QT_TR_NOOP("选择企业所在的区/市和对应的产业场景；若该场景要求对接平台，请选择平台并签订合作协议。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.district_form = self.add_form(m.Entity, "entity", ["district"], choices={"district": self._districts})
        self.industry_form = self.add_form(m.Industry, "industry", None,
                                           choices={"scene": self._scenes, "docking_platform": self._platforms})
        self.finish()

    def _district(self) -> Any:
        pack, wanted = self.session.pack, self.session.application.entity.district
        if pack is None:
            return None
        return next((d for d in pack.districts if wanted in (d.id, d.name.zh, d.name.en)), None)

    def _scene(self) -> Any:
        pack, wanted = self.session.pack, self.session.application.industry.scene
        if pack is None:
            return None
        return next((s for s in pack.scenes.values() if wanted in (s.id, s.name.zh, s.name.en)), None)

    def _districts(self) -> list[Choice]:
        pack = self.session.pack
        return [Choice(d.name.zh, pick(d.name), (d.id, d.name.en)) for d in (pack.districts if pack else ())]

    def _scenes(self) -> list[Choice]:
        pack = self.session.pack
        if pack is None:
            return []
        district = self._district()
        ids = district.scenes if district is not None and district.scenes else list(pack.scenes)
        return [Choice(s, pick(pack.scenes[s].name), (pack.scenes[s].name.zh, pack.scenes[s].name.en))
                for s in ids if s in pack.scenes]

    def _platforms(self) -> list[Choice]:
        scene = self._scene()
        if scene is None:
            return []
        return [Choice(p.id, pick(p.name) + (tr("（必须对接）") if p.required else ""),
                       (p.name.zh, p.name.en)) for p in scene.platforms]

    def apply_report(self, report: Report | None) -> None:
        application = self.session.application
        self.district_form.fields["district"].set_value(application.entity.district)
        self.industry_form.fields["scene"].set_value(application.industry.scene)
        self.industry_form.fields["docking_platform"].set_value(application.industry.docking_platform)
        super().apply_report(report)


class MaterialsPage(Page):
    key = "materials"
    intro = QT_TR_NOOP("本省需要提交的材料清单。逐项准备，并把状态改为“已备齐”。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().setVisible(False)
        # Owner, due date and notes are typed into the cells; group and item are read-only.
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setStretchLastSection(True)  # the notes take what is left
        # every cell shown whole: a long item name or note wraps and its row grows (another language, a larger font)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemChanged.connect(self._cell_edited)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.installEventFilter(self)
        self.problem = QLabel()  # why a typed owner/due/notes value was refused
        self.problem.setVisible(False)
        self.refused: Reason | None = None  # shown in the interface language, again after a switch
        self.table.setMinimumHeight(320)
        self.body_layout.addWidget(self.table)
        self.body_layout.addWidget(self.problem)
        self.ids: list[str] = []
        self.combos: dict[str, QComboBox] = {}
        self.finish()

    def apply_report(self, report: Report | None) -> None:
        checklist = report.checklist if report else []
        ids = [item.id for item in checklist]
        if ids != self.ids:
            self._rebuild(checklist)
        self.table.blockSignals(True)
        for row, item in enumerate(checklist):
            combo = self.combos[item.id]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(item.status.value)))
            combo.blockSignals(False)
            for column, value in zip(self._TRACKED, (item.owner, item.due, item.notes), strict=True):
                cell = self.table.item(row, column)
                if cell is not None and not self.table.isPersistentEditorOpen(cell):
                    cell.setText(value.isoformat() if hasattr(value, "isoformat") else (value or ""))
            role = {"ready": "ok", "not_applicable": "muted"}.get(item.status.value, "warning")
            self.table.item(row, 1).setForeground(QBrush(role_colour(role, self.table, QPalette.ColorRole.Base)))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()  # a note typed, another language: the wrapped texts' rows
        super().apply_report(report)

    _TRACKED = {3: "owner", 4: "due", 5: "notes"}  # column → MaterialRecord field

    def _rebuild(self, checklist: list[Any]) -> None:
        self.ids = [item.id for item in checklist]
        self.combos = {}
        for row in range(self.table.rowCount()):
            old = self.table.cellWidget(row, 2)
            if old is not None:
                self.table.removeCellWidget(row, 2)
                old.hide()
                old.deleteLater()
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(len(checklist))
        for row, item in enumerate(checklist):
            group = QTableWidgetItem(pick(item.group))
            name = QTableWidgetItem(pick(item.name))
            for cell in (group, name):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for column in self._TRACKED:
                self.table.setItem(row, column, QTableWidgetItem(""))
            name.setToolTip((pick(item.detail) + "\n\n" if item.detail else "") + source_tooltip(item))
            self.table.setItem(row, 0, group)
            self.table.setItem(row, 1, name)
            combo = QComboBox()
            for status in m.MaterialStatus:
                combo.addItem(enum_label(status), status.value)
            combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard opens it from the table: eventFilter
            combo.activated.connect(lambda _i, item_id=item.id, c=combo: self._set(item_id, c.currentData()))
            accessibility.name(combo, tr("状态：{item}").format(item=pick(item.name)), tr("空格键或回车打开状态列表。"))
            accessibility.name(combo.view(), combo.accessibleName(), combo.accessibleDescription())
            self.combos[item.id] = combo
            holder = QWidget()  # keeps the list its own height when a wrapped item makes the row taller
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(row, 2, holder)
        self.table.blockSignals(False)
        for column, widest in ((0, 200), (1, 340)):  # longer group and item names wrap
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        metrics = self.table.fontMetrics()
        for column, sample in ((3, "行政部门"), (4, "2026-12-31")):  # owner, due: their title or a typical entry
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), metrics.horizontalAdvance(sample) + 16))
        if self.combos:  # the status column as wide as its widest choice
            self.table.setColumnWidth(2, max(self.table.columnWidth(2), *(c.sizeHint().width() for c in self.combos.values())))

    _OPEN_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_F4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Space, Enter or F2 on a status cell opens its list, as on any other editable cell."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() in self._OPEN_KEYS
                and self.table.currentColumn() == 2 and 0 <= self.table.currentRow() < len(self.ids)):
            self.combos[self.ids[self.table.currentRow()]].showPopup()
            return True
        return super().eventFilter(watched, event)

    def _set(self, item_id: str, status: str, field: str = "status") -> Reason | None:
        items = {key: record.model_dump() for key, record in self.session.application.materials.items.items()}
        items.setdefault(item_id, {})[field] = status
        return self.session.set_value("materials.items", items)

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        field = self._TRACKED.get(cell.column())
        if field is None or cell.row() >= len(self.ids):
            return
        problem = self._set(self.ids[cell.row()], cell.text().strip() or None, field)
        self.refused = problem
        self._show_problem()
        if problem:  # e.g. a due date that is not a date: show the stored value again
            self.apply_report(self.session.report)

    def _show_problem(self) -> None:
        self.problem.setText(self.refused.full(lang()) if self.refused else "")
        self.problem.setStyleSheet(f"color: {css('blocker', self)};")
        self.problem.setVisible(self.refused is not None)

    def restyle(self) -> None:
        super().restyle()
        self._show_problem()
        self.apply_report(self.session.report)

    def focus_field(self, path: str) -> bool:
        if self.ids:
            self.table.setFocus()
            self.table.setCurrentCell(0, 2)
        return super().focus_field(path) or bool(self.ids)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([
            tr("类别"), tr("材料"), tr("状态"),
            tr("负责人"), tr("截止日期"), tr("备注"),
        ])
        fit_titles(self.table)
        accessibility.name(self.table, tr("材料清单"), tr(
            "方向键在单元格之间移动；在“状态”列按空格键或回车选择状态；负责人、截止日期和备注可直接输入。"))
        self._show_problem()
        if self.session.report is not None:
            self._rebuild(self.session.report.checklist)
            self.apply_report(self.session.report)
