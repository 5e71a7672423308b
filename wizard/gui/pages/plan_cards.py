"""One card per plan step: what, why, what to do, when, its basis; a link to its field; a "done" box for acts.

The whole message and fix are shown, wrapped: nothing is cut off. The card takes the keyboard focus
(Tab); Enter or a click opens the step's field. An act has a check box that records it as done.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from wizard.core import sentences
from wizard.core.application.fieldpaths import field_label
from wizard.core.plan.model import PlanStep, StepKind
from wizard.core.plan.wording import KIND_LABELS, after_text, step_when

from ..access.colours import css
from ..language.i18n import labelled, lang, pick, tr


def _never_squeezed(widget: QWidget) -> None:
    """In the page's scroll area a card keeps the height its wrapped text needs at its width (no cut lines)."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)


def _label(text: str = "", rich: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StepCard(QFrame):
    """A step of the plan; `open_field` asks the window to show its field, `done_changed` records an act done."""

    open_field = Signal(object)  # PlanStep
    done_changed = Signal(str, bool)  # step id, done

    def __init__(self, step: PlanStep, number: int, steps: dict[str, PlanStep], parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.setObjectName("stepcard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        _never_squeezed(self)
        base = QPalette.ColorRole.Base  # a card is drawn on the palette's Base (below)
        colour = css(step.kind.value, self, base)
        border = css("critical", self, base) if step.critical else "palette(mid)"
        self.setStyleSheet(f"QFrame#stepcard {{ border: 1px solid {border}; border-left: 4px solid {colour}; "
                           "border-radius: 3px; background: palette(base); } QFrame#stepcard:focus { border: 2px solid "
                           "palette(highlight); border-left: 4px solid " + colour + "; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        badge = pick(KIND_LABELS[step.kind])
        if not step.blocking and step.kind in (StepKind.act, StepKind.answer) and step.done is None:
            badge += tr(" · 建议")
        critical = (f' <span style="color:{css("critical", self, base)}">' + html.escape(tr("★ 关键路径")) + "</span>"
                    if step.critical else "")
        self.heading = _label(
            f'<b>{number}. <span style="color:{colour}">[{html.escape(badge)}]</span> {html.escape(pick(step.title))}</b>'
            f' — {html.escape(pick(step_when(step)))}{critical}')
        layout.addWidget(self.heading)
        self.message = _label(html.escape(pick(step.message)))
        layout.addWidget(self.message)
        if step.fix is not None and step.done is None:
            self.fix = _label("→ " + html.escape(pick(step.fix)))
            layout.addWidget(self.fix)
        after = after_text(step, steps)
        if after is not None:
            layout.addWidget(_label(f"<small>{html.escape(pick(after))}</small>"))
        if step.done_but_open:
            layout.addWidget(_label(f'<span style="color:{css("warning", self, base)}">' + html.escape(
                tr("已标记完成，但申请中的回答仍显示未满足：请更新回答，检查才会确认。")) + "</span>"))
        if step.sources:
            basis = sentences.step_basis(step.basis, step.sources, step.inference)
            layout.addWidget(_label(f'<small style="color:{css("muted", self, base)}">{html.escape(pick(basis))}</small>'))
        row = QHBoxLayout()
        self.done_box: QCheckBox | None = None
        if step.kind == StepKind.act:
            self.done_box = QCheckBox(tr("已完成") + (f"（{step.done.date.isoformat()}）" if step.done else ""))
            self.done_box.setChecked(step.done is not None)
            self.done_box.setAccessibleName(tr("“{step}”已完成").format(step=pick(step.title)))
            self.done_box.setAccessibleDescription(tr("勾选后记为已完成（空格键）；计划随之更新。"))
            self.done_box.toggled.connect(lambda checked: self.done_changed.emit(self.step.id, checked))
            row.addWidget(self.done_box)
        row.addStretch(1)
        self.go = QPushButton(tr("前往：{field}").format(field=field_label(step.field, lang())) if step.field else "")
        self.go.setFlat(True)
        self.go.setVisible(bool(step.field))
        self.go.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.go.clicked.connect(lambda: self.open_field.emit(self.step))
        self.go.setAccessibleDescription(tr("转到这一步对应的问题。"))
        row.addWidget(self.go)
        layout.addLayout(row)
        self.setAccessibleName(pick(step.title))
        self.setAccessibleDescription(f"{pick(step_when(step))}. {pick(step.message)}"
                                      + (f" {pick(step.fix)}" if step.fix else ""))
        self.setToolTip(tr("回车或单击：前往对应的字段"))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.step.field:
            self.open_field.emit(self.step)
            return
        if event.key() == Qt.Key.Key_Space and self.done_box is not None:
            self.done_box.toggle()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.step.field and not self.heading.hasSelectedText() \
                and not self.message.hasSelectedText():
            self.open_field.emit(self.step)
            return
        super().mouseReleaseEvent(event)


def staff_card(summary: str, standings: list[tuple[str, str]]) -> QFrame:
    """The staff analysis: who meets each staff rule and from when, and the quickest compliant option."""
    frame = QFrame()
    _never_squeezed(frame)
    frame.setObjectName("staffcard")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.addWidget(_label("<b>" + html.escape(tr("人员方案")) + "</b>"))
    layout.addWidget(_label(html.escape(summary)))
    for rule, people in standings:
        layout.addWidget(_label(f"<small>{html.escape(labelled(rule, people))}</small>"))
    return frame
