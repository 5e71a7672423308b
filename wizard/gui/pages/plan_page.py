"""The plan page (it replaces the review page): what to do now, what to wait for, what to decide.

A summary (verdict, open items by kind, the earliest filing date and what sets it, the licence
window), a compact timeline, then the groups of steps as cards, the bureau's procedure after
filing and the duties after the licence. Every step opens its field; an act can be marked done,
which is saved in the application (plan.done) and the plan follows.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.core import sentences
from wizard.core.plan.milestones import milestones
from wizard.core.plan.model import Plan, PlanStep
from wizard.core.plan.wording import (
    correction_text,
    critical_text,
    group_heading,
    issued_note,
    nothing_text,
    obligation_when,
    passed_unrecorded,
    process_when,
)
from wizard.core.report import VERDICT_TEXT, Report
from wizard.core.tracking.real import headline

from ..access import accessibility
from ..access.colours import css
from ..language.i18n import joined, labelled, lang, pick, tr, translated
from ..language.texts import FOCUS_FRAME
from ..session import Session
from ..tracking_nav import set_track_button
from .editing import Page, readable_label
from .plan_cards import StepCard, staff_card
from .plan_timeline import PlanTimeline

STATUS_WORDS = {"meets": QT_TR_NOOP("已满足"), "from": QT_TR_NOOP("{date}起满足"), "short": QT_TR_NOOP("不满足"),
                "unknown": QT_TR_NOOP("尚缺回答")}


class PlanPage(Page):
    key = "plan"
    jump = Signal(object)  # a PlanStep (page and field), as the window's jump_to expects
    track = Signal()  # the user has submitted the application: the window opens the tracking page

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.summary = readable_label()  # the verdict and dates are read first, then the steps
        self.summary.setStyleSheet(FOCUS_FRAME)
        self.timeline = PlanTimeline()
        self.timeline.activated.connect(self._open_step)
        self.groups = QWidget()
        self.groups_layout = QVBoxLayout(self.groups)
        self.groups_layout.setContentsMargins(0, 0, 0, 0)
        self.after = QLabel()
        self.after.setWordWrap(True)
        self.after.setTextFormat(Qt.TextFormat.RichText)
        self.track_button = QPushButton()
        self.track_button.clicked.connect(self.track.emit)
        track_row = QHBoxLayout()
        track_row.addWidget(self.track_button)
        track_row.addStretch(1)
        self.body_layout.addWidget(self.summary)
        self.body_layout.addLayout(track_row)
        for widget in (self.timeline, self.groups, self.after):
            self.body_layout.addWidget(widget)
        self.plan: Plan | None = None
        self.cards: dict[str, StepCard] = {}
        self.finish()

    def title(self) -> str:
        return tr("行动计划")

    def apply_report(self, report: Report | None) -> None:
        if self.isVisible():
            self._render()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._render()
        super().showEvent(event)

    # --- rendering --------------------------------------------------------------------
    def _render(self) -> None:
        focused = next((step_id for step_id, card in self.cards.items() if card.hasFocus() or card.isAncestorOf(
            self.focusWidget() or self)), None)
        report = self.session.report
        self.plan = self.session.plan()
        self._clear()
        set_track_button(self.track_button, self.session.application)
        self.track_button.setVisible(report is not None and report.verdict.value != "licence_not_required")
        if report is None or self.plan is None:
            self.summary.setText(html.escape(tr("请先在第一页选择申请省份。")))
            accessibility.name(self.summary, tr("计划概要"), tr("请先在第一页选择申请省份。"))
            self.timeline.show_points([], None)
            self.after.setText("")
            return
        self.summary.setText(self._summary_html(report, self.plan))
        accessibility.name(self.summary, tr("计划概要"), accessibility.plain(self.summary.text()))
        self.timeline.show_points(milestones(self.plan), self.plan.as_of)
        if report.verdict.value == "licence_not_required":
            self.after.setText("")
            return
        self._render_groups(self.plan)
        for index in range(self.groups_layout.count()):  # added to a visible page: shown now, so the layout counts them
            widget = self.groups_layout.itemAt(index).widget()
            if widget is not None:
                widget.show()
        self.after.setText(self._after_html(self.plan))
        if focused in self.cards:
            self.cards[focused].setFocus()

    def _clear(self) -> None:
        while self.groups_layout.count():
            item = self.groups_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.cards = {}

    def _summary_html(self, report: Report, plan: Plan) -> str:
        role = {"ready": "ok", "ready_with_warnings": "warning", "not_ready": "blocker"}.get(report.verdict.value, "info")
        expired = report.timeline.licence.expired
        verdict = pick(headline(self.session.application, VERDICT_TEXT[report.verdict], expired))  # filed: the stage leads
        lines = [f'<h2 style="color:{css(role, self.summary)}">{html.escape(verdict)}</h2>',
                 html.escape(tr("省份：{province}　受理机关：{authority}").format(
                     province=pick(report.province_name), authority=pick(report.authority)))]
        if report.verdict.value != "licence_not_required":
            counts = pick(sentences.open_counts(report))
            lines.append("<b>" + html.escape(labelled(tr("未解决的阻断问题"), counts)) + "</b>")
            lines.append("<b>" + html.escape(pick(sentences.filing_of(plan.filing))) + "</b>")
            lines += [f'<b style="color:{css("blocker", self.summary)}">{html.escape(pick(correction_text(due)))}</b>'
                      for due in plan.corrections]
            critical = critical_text(plan)
            if critical is not None:
                lines.append(html.escape(labelled(tr("关键路径"), pick(critical))))
            lines.append(html.escape(pick(sentences.licence_of(plan.licence))))
        lines.append(html.escape(pick(sentences.basis_counts(report))))
        lines.append("<small>" + html.escape(pick(sentences.answers(report))) + "</small>")
        lines.append("<small>" + html.escape(tr("单击步骤或按回车跳到对应的字段；勾选“已完成”记录已办理的事项。")) + "</small>")
        return "<br>".join(lines)

    def _render_groups(self, plan: Plan) -> None:
        steps = {s.id: s for s in plan.steps}
        number = 0
        for group, members in plan.sections():
            heading = QLabel(f"<h3>{html.escape(pick(group_heading(group, len(members))))}</h3>")
            heading.setTextFormat(Qt.TextFormat.RichText)
            self.groups_layout.addWidget(heading)
            if not members:  # said before the staff card too: its summary is context, not a decision counted
                instead = nothing_text(plan, group)  # a notice unanswered: "(none)" would read as nothing urgent
                self.groups_layout.addWidget(QLabel(pick(instead) if instead else tr("（无）")))
            for step in members:
                number += 1
                card = StepCard(step, number, steps)
                card.open_field.connect(self._open)
                card.done_changed.connect(self._mark_done)
                self.cards[step.id] = card
                self.groups_layout.addWidget(card)
            if group == "decide" and plan.staff is not None:
                self.groups_layout.addWidget(staff_card(pick(plan.staff.summary), self._standings(plan)))

    def _standings(self, plan: Plan) -> list[tuple[str, str]]:
        assert plan.staff is not None
        rows: dict[str, list[str]] = {}
        titles: dict[str, str] = {}
        for standing in plan.staff.standings:
            titles[standing.rule_id] = pick(standing.rule_title)
            word = translated(STATUS_WORDS[standing.status]).format(date=standing.on.isoformat() if standing.on else "—")
            name = standing.name or tr("第{n}位人员").format(n=standing.person + 1)
            rows.setdefault(standing.rule_id, []).append(f"{name} {word}")
        return [(titles[rule], joined(people)) for rule, people in rows.items()]

    def _after_html(self, plan: Plan) -> str:
        lines = ["<h3>" + html.escape(tr("提交之后（{authority}）").format(authority=pick(plan.authority))) + "</h3><ul>"]
        lines += [f"<li>{html.escape(labelled(pick(s.name), pick(process_when(s, plan.as_of))))}</li>" for s in plan.process]
        late = passed_unrecorded(plan)  # a latest day gone with nothing recorded: what to do about it
        lines.append("</ul>" + (html.escape(pick(late)) + "<br>" if late else "")
                     + html.escape(pick(sentences.licence_of(plan.licence))))
        lines.append("<h3>" + html.escape(tr("取得许可证之后")) + "</h3>" + html.escape(pick(issued_note(plan))) + "<ul>")
        for item in plan.obligations:
            name = pick(item.name) + (tr("（最稳妥）") if item.safest else "")
            lines.append(f"<li>{html.escape(labelled(name, pick(obligation_when(item, plan.as_of))))}</li>")
        lines.append("</ul>")
        if plan.approximate:
            lines.append("<small>" + html.escape(tr("部分年份的法定节假日安排尚未公布，相关日期按周一至周五估算。")) + "</small>")
        return "".join(lines)

    # --- actions ---------------------------------------------------------------------
    def _open(self, step: PlanStep) -> None:
        if step.field:
            self.jump.emit(step)

    def _open_step(self, step_id: str) -> None:
        step = self.plan.step(step_id) if self.plan else None
        if step is not None:
            self._open(step)

    def _mark_done(self, step_id: str, done: bool) -> None:
        marks = {key: mark.model_dump(mode="json") for key, mark in self.session.application.plan.done.items()}
        if done:
            marks[step_id] = {"date": self.session.today().isoformat(), **({"note": marks[step_id].get("note")}
                                                                           if step_id in marks else {})}
        else:
            marks.pop(step_id, None)
        problem = self.session.set_value("plan.done", marks)
        if problem is not None:  # cannot happen with a date the program chose; say so rather than lose it
            self.summary.setText(self.summary.text() + "<br>" + html.escape(problem.full(lang())))

    def focus_field(self, path: str) -> bool:
        first = next(iter(self.cards.values()), None)
        (first or self.summary).setFocus()
        return True

    def restyle(self) -> None:
        if self.isVisible():  # the cards and the summary carry the palette's colours; otherwise drawn when shown
            self._render()

    def retranslate(self) -> None:
        super().retranslate()
        if self.isVisible():
            self._render()
