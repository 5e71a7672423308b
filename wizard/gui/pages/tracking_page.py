"""The tracking page: what happened after filing (submission, correction notices, inspection, licence).

Shown in the step list once the application is filed, or when the user says it is (Go → 已提交申请, or
the button on the plan and export pages: tracking_nav.py). The real dates recorded here replace the
plan's projections; each unanswered notice shows its deadline beside it, and the deadlines ahead are
listed under the forms with how each was counted and its source.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from wizard.core import sentences
from wizard.core.application.records import CorrectionRequest, Tracking
from wizard.core.report import Report
from wizard.core.tracking import (
    Deadline,
    Stage,
    TrackingProblem,
    correction_deadline,
    deadlines,
    open_corrections,
    stage_of,
    tracking_problems,
)

from ..access import accessibility
from ..access.colours import css, role_colour
from ..language.i18n import labelled, lang, pick, tr
from ..session import Session
from ..widgets.forms import ListEditor
from ..widgets.headers import fit_titles
from .editing import Page, readable_label

DEADLINE_COLUMN = 4  # after received, answered, due, note


class CorrectionsEditor(ListEditor):
    """The correction notices, with the deadline the pack gives beside each one."""

    def __init__(self, session: Session, path: str, parent: QWidget | None = None):
        self.problems: list[TrackingProblem] = []
        super().__init__(session, path, CorrectionRequest, ["received", "answered", "due", "note"], parent)

    def refresh_row(self, row: int) -> None:
        super().refresh_row(row)
        items = self.items()
        if not 0 <= row < len(items):
            return
        cell = self.table.item(row, DEADLINE_COLUMN)
        if cell is None:
            cell = QTableWidgetItem()
            self.table.setItem(row, DEADLINE_COLUMN, cell)
        text, tip, overdue = self._deadline(items[row])
        cell.setText(text)
        cell.setToolTip(tip)
        cell.setForeground(QBrush(role_colour("blocker", self.table, QPalette.ColorRole.Base)) if overdue else QBrush())

    def _deadline(self, item: CorrectionRequest) -> tuple[str, str, bool]:
        """(cell text, tooltip, overdue) for one notice."""
        if item.answered is not None:
            return tr("已于 {date} 补交").format(date=item.answered.isoformat()), "", False
        if item.received is None:
            return tr("请填写通知日期"), "", False
        pack = self.session.pack
        today = self.session.today()
        deadline = correction_deadline(pack, item, today) if pack is not None else None
        if deadline is None:
            return tr("规则包未给出期限：请填写通知写明的期限"), "", False
        tip = pick(deadline.detail) if deadline.detail else ""
        if deadline.source is not None:
            tip += "\n" + labelled(tr("依据"), sentences.cite(deadline.source, lang()))
        if deadline.date < today:
            return tr("{date}（已逾期）").format(date=deadline.date.isoformat()), tip, True
        return deadline.date.isoformat(), tip, False

    def show_problems(self, problems: list[TrackingProblem]) -> None:
        self.problems = [p for p in problems if p.field.startswith(self.path + "[")]
        for row in range(self.table.rowCount()):
            self.refresh_row(row)
        self._show_checks()

    def select(self, row: int) -> None:
        super().select(row)
        self._show_checks()

    def _show_checks(self) -> None:
        for widget in self.form.all_widgets():
            widget.show_checks([p.text(lang()) for p in getattr(self, "problems", []) if p.field == widget.path])

    def retranslate(self) -> None:
        self.table.setColumnCount(len(self.columns) + 1)
        super().retranslate()
        self.table.setHorizontalHeaderItem(DEADLINE_COLUMN, QTableWidgetItem(tr("补正截止")))
        fit_titles(self.table)


class TrackingPage(Page):
    key = "tracking"
    intro = QT_TR_NOOP("提交申请后，在这里记录办理进度。计划、报告和日历随之改用实际日期：预计取得许可证的时间从提交之日起算，"
                       "年度报告、续期和到期从发证之日起算。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.summary = readable_label()  # the stage and next deadline are read first
        self.body_layout.addWidget(self.summary)
        self.submission = self.add_form(Tracking, "tracking", ["submitted", "application_number"],
                                        group=QT_TR_NOOP("提交"))
        self.corrections = CorrectionsEditor(session, f"{self.key}.corrections")
        self.lists.append(self.corrections)
        self._add(self.corrections, QT_TR_NOOP("补正通知"))
        self.outcome = self.add_form(Tracking, "tracking", ["inspection", "approved", "licence_number", "issued"],
                                     group=QT_TR_NOOP("核查与发证"))
        self.upcoming = readable_label()  # read after the last field, with Tab
        self.body_layout.addWidget(self.upcoming)
        self.finish()

    def load(self) -> None:
        super().load()
        self._render()

    def apply_report(self, report: Report | None) -> None:
        super().apply_report(report)
        self._render()

    def retranslate(self) -> None:
        super().retranslate()
        self._render()

    def restyle(self) -> None:
        super().restyle()
        self._render()

    # --- rendering ------------------------------------------------------------------
    def _render(self) -> None:
        if not hasattr(self, "upcoming"):  # retranslate() runs once while the page is being built
            return
        application, pack, today = self.session.application, self.session.pack, self.session.today()
        problems = tracking_problems(application, pack)
        for widget in self.widgets():
            widget.show_checks([p.text(lang()) for p in problems if p.field == widget.path])
        self.corrections.show_problems(problems)
        found = deadlines(application, pack, today) if pack is not None else []
        self.summary.setText(self._summary_html(found, today))
        self.upcoming.setText(self._upcoming_html(found, today, pack is None))
        # read by a screen reader as they are shown (the labels take the focus with Tab)
        accessibility.name(self.summary, tr("申请进度"), accessibility.plain(self.summary.text()))
        accessibility.name(self.upcoming, tr("接下来的期限"),
                           accessibility.plain(self.upcoming.text()) or tr("目前没有已知的期限。"))

    def _summary_html(self, found: list[Deadline], today: dt.date) -> str:
        tracking = self.session.application.tracking
        stage = stage_of(self.session.application)
        if stage == Stage.PREPARING:
            line = tr("尚未记录提交。提交申请后，请填写提交日期和在线申请编号。")
        elif stage in (Stage.APPROVED, Stage.LICENSED):
            number = tracking.licence_number or tr("（未填写编号）")
            expired = next((d for d in found if d.kind == "expired"), None)
            if expired is not None:  # its five years are over: "licence held" would be untrue
                line = tr("许可证已过期：{number}，{end} 到期").format(number=number, end=expired.date.isoformat())
            elif tracking.issued:
                line = tr("已取得许可证：{number}，{issued} 发证").format(number=number, issued=tracking.issued.isoformat())
            else:
                line = tr("已获批准：{number}，发证日期未填写").format(number=number)
        elif stage == Stage.CORRECTING:
            line = tr("补正中：%n 份补正通知尚未补交", "", len(open_corrections(tracking)))
        elif tracking.submitted:
            line = tr("已于 {date} 提交，等待审核").format(date=tracking.submitted.isoformat())
        else:
            line = tr("已提交，请填写提交日期，以便从实际提交之日起推算")
        lines = [f"<b>{html.escape(line)}</b>"]
        if found:
            first = found[0]
            lines.append(html.escape(labelled(tr("下一个期限"), f"{first.date.isoformat()} {pick(first.title)}")))
        elif stage in (Stage.APPROVED, Stage.LICENSED) and not tracking.issued:
            lines.append(html.escape(tr("填写发证日期后，才能计算年度报告、续期和到期日期。")))
        return "<br>".join(lines)

    def _upcoming_html(self, found: list[Deadline], today: dt.date, no_pack: bool) -> str:
        if no_pack:
            return html.escape(tr("请先在第一页选择申请省份：期限取决于该省的规则。"))
        if not found:
            return ""
        lines = ["<h3>" + html.escape(tr("接下来的期限")) + "</h3><ul>"]
        for deadline in found:
            when = deadline.date.isoformat()
            if deadline.start is not None:
                when = tr("{start} 至 {end}").format(start=deadline.start.isoformat(), end=when)
            text = f"<b>{html.escape(when)}</b> {html.escape(pick(deadline.title))}"
            if deadline.date < today:
                overdue = html.escape(tr("（已逾期）"))
                text = f'<span style="color:{css("blocker", self.upcoming)}">{text} {overdue}</span>'
            if deadline.detail is not None:
                text += "<br>" + html.escape(pick(deadline.detail))
            if deadline.source is not None:
                cite = sentences.cite(deadline.source, lang())
                text += "<br><small>" + html.escape(labelled(tr("依据"), cite)) + "</small>"
            lines.append(f"<li>{text}</li>")
        lines.append("</ul>")
        return "".join(lines)

    def open_at_top(self) -> None:
        """Opened from the plan, the export page or Ctrl+T: the stage summary in view and the focus on the first
        field, the submission date. (Focusing the deadlines at the foot of the page scrolled it down past both.)"""
        self._focus_first()
        self.scroll.verticalScrollBar().setValue(0)

    def focus_field(self, path: str) -> bool:
        return super().focus_field(path) or self._focus_first()

    def _focus_first(self) -> bool:
        self.submission.fields["submitted"].focus_widget().setFocus()
        return True

