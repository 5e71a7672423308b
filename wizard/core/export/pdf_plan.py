"""The readiness report's opening: the action plan — steps by group, dates, critical path, licence window.

Called by pdf_report.py; reportlab is imported inside, as there.
"""

from __future__ import annotations

from .. import sentences
from ..application.fieldpaths import field_label
from ..plan.milestones import ahead, milestones
from ..plan.model import Plan, PlanStep
from ..plan.wording import (
    KIND_LABELS,
    after_text,
    correction_text,
    critical_text,
    group_heading,
    nothing_text,
    step_when,
)
from . import texts
from .texts import t

MM = 72 / 25.4
KIND_COLOURS = {"structural": "#6a1b9a", "answer": "#757575", "act": "#d9534f", "wait": "#e69500", "decide": "#1565c0"}


def plan_story(plan: Plan, styles, paragraph) -> list:
    """Flowables for the plan section; `paragraph(text, style, colour)` masks personal data as the report does.

    The filing date is not repeated here: the cover's verdict box just above says it."""
    from reportlab.platypus import Table, TableStyle

    from .pdf_common import FRAME_WIDTH, gap, heading, table_style
    from .timeline_chart import plan_drawing

    s, lang = styles, styles.lang
    story = [heading(t("plan", lang), s.h1, "plan", 0)]
    for due in plan.corrections:
        story.append(paragraph(correction_text(due).get(lang), s.cell_bold))
    critical = critical_text(plan)
    if critical:
        story.append(paragraph(texts.labelled(t("critical_path", lang), critical.get(lang), lang), s.cell))
    story.append(paragraph(sentences.licence_of(plan.licence).get(lang), s.cell))
    points = milestones(plan)
    if ahead(points, plan.as_of):
        story += [gap(2), plan_drawing(points, plan.as_of, s.font, lang, FRAME_WIDTH)]
    steps = {step.id: step for step in plan.steps}
    number = 0
    for group, members in plan.sections():
        story.append(heading(group_heading(group, len(members)).get(lang), s.h2, f"plan-{group}", 1))
        rows = []
        for step in members:
            number += 1
            rows.append(_row(step, number, steps, s, paragraph, lang))
        if not rows:  # said before the staff summary too: it is context, not a decision the heading counts
            instead = nothing_text(plan, group)
            story.append(paragraph(instead.get(lang) if instead else t("plan_nothing", lang), s.small))
        if group == "decide" and plan.staff is not None:
            rows.append(["", paragraph(t("staff_heading", lang), s.cell_bold),
                         paragraph(plan.staff.summary.get(lang), s.cell)])
        if not rows:
            continue
        table = Table(rows, colWidths=[9 * MM, 36 * MM, FRAME_WIDTH - 45 * MM])
        table.setStyle(TableStyle(table_style(header=False)))
        story.append(table)
    return story


def _row(step: PlanStep, number: int, steps: dict[str, PlanStep], s, paragraph, lang: str) -> list:
    badge = KIND_LABELS[step.kind].get(lang)
    if not step.blocking and step.kind.value in ("act", "answer") and step.done is None:
        badge += " · " + t("advice", lang)
    when = [paragraph(badge, s.cell_bold, KIND_COLOURS.get(step.kind.value)), paragraph(step_when(step).get(lang), s.small)]
    if step.critical:
        when.append(paragraph(t("critical", lang), s.small, "#c62828"))
    body = [paragraph(step.title.get(lang), s.cell_bold), paragraph(step.message.get(lang), s.cell)]
    if step.fix is not None and step.done is None:
        body.append(paragraph(texts.labelled(t("fix", lang), step.fix.get(lang), lang), s.cell))
    after = after_text(step, steps)
    if after is not None:
        body.append(paragraph(after.get(lang), s.small))
    if step.done_but_open:
        body.append(paragraph(t("done_but_open", lang), s.note))
    meta = []
    if step.field:
        meta.append(texts.labelled(t("field", lang), field_label(step.field, lang), lang))
    if step.sources:
        meta.append(sentences.step_basis(step.basis, step.sources, step.inference).get(lang))
    if meta:
        body.append(paragraph(" · ".join(meta), s.small))
    return [paragraph(str(number), s.cell), when, body]
