"""The plan as terminal text (`icp-wizard plan`), in one language, names masked unless asked."""

from __future__ import annotations

from .. import sentences
from ..application.fieldpaths import field_label
from ..export.privacy import Redactor
from ..report import Verdict
from .model import Plan, PlanStep
from .wording import (
    KIND_LABELS,
    after_text,
    correction_text,
    critical_text,
    group_heading,
    issued_note,
    nothing_text,
    obligation_when,
    passed_unrecorded,
    plan_headline,
    process_when,
    step_when,
)

_WORDS = {
    "zh": {"as_of": "评估日期", "verdict": "结论", "critical": "关键路径", "fix": "怎么办", "field": "字段",
           "nothing": "（无）", "staff": "人员", "after_filing": "提交之后", "after_licence": "取得许可证之后",
           "approx": "（部分年份的法定节假日安排尚未公布，相关日期按周一至周五估算）", "key": "关键",
           "stale": "文件中记录的已完成步骤已不在计划中：", "not_needed": "无需办理ICP许可证，没有要执行的计划。",
           "still_open": "已标记完成，但申请中的回答仍显示未满足：请更新回答，检查才会确认。", "advice": "建议"},
    "en": {"as_of": "as of", "verdict": "Verdict", "critical": "Critical path", "fix": "What to do", "field": "Field",
           "nothing": "(none)", "staff": "Staff", "after_filing": "After filing", "after_licence": "After the licence",
           "approx": "(approximate: some years' official holiday schedule is not published yet; counted Monday to Friday)",
           "key": "critical", "stale": "Steps marked done in the file that are no longer in the plan: ",
           "not_needed": "No ICP licence is needed: there is no plan to follow.",
           "still_open": "Marked done, but the answers still show the gap: update them so the check can confirm it.",
           "advice": "advice"},
}


def render_plan(plan: Plan, lang: str = "zh", redactor: Redactor | None = None) -> str:
    w, colon = _WORDS[lang], "：" if lang == "zh" else ": "
    lines = [
        f"{plan.applicant or '—'} · {plan.province_name.get(lang)} ({plan.licence_prefix}) · "
        f"{w['as_of']} {plan.as_of.isoformat()}",
        f"{w['verdict']}{colon}{plan_headline(plan).get(lang)}",
    ]
    if plan.verdict == Verdict.licence_not_required:
        lines.append(w["not_needed"])
        return _clean("\n".join(lines), redactor)
    lines.append(sentences.filing_of(plan.filing).get(lang))
    lines += [correction_text(due).get(lang) for due in plan.corrections]
    critical = critical_text(plan)
    if critical:
        lines.append(f"{w['critical']}{colon}{critical.get(lang)}")
    steps = {s.id: s for s in plan.steps}
    number = 0
    for group, members in plan.sections():
        lines += ["", group_heading(group, len(members)).get(lang)]
        if not members:
            instead = nothing_text(plan, group)
            lines.append(f"    {instead.get(lang) if instead else w['nothing']}")
        for step in members:
            number += 1
            lines += _step_lines(step, number, steps, lang, w)
        if group == "decide" and plan.staff is not None:
            lines.append(f"    {w['staff']}{colon}{plan.staff.summary.get(lang)}")
    lines += ["", f"{w['after_filing']}（{plan.authority.get(lang)}）：" if lang == "zh"
              else f"{w['after_filing']} ({plan.authority.get(lang)}):"]
    for step in plan.process:
        lines.append(f"    - {step.name.get(lang)}{colon}{process_when(step, plan.as_of).get(lang)}")
    late = passed_unrecorded(plan)
    if late is not None:
        lines.append(f"    {late.get(lang)}")
    lines.append(f"    {sentences.licence_of(plan.licence).get(lang)}")
    lines += ["", f"{w['after_licence']}{colon.rstrip()}", f"    {issued_note(plan).get(lang)}"]
    for item in plan.obligations:
        safest = ("（最稳妥）" if lang == "zh" else " (safest)") if item.safest else ""
        lines.append(f"    - {item.name.get(lang)}{safest}{colon}{obligation_when(item, plan.as_of).get(lang)}")
    if plan.approximate:
        lines += ["", w["approx"]]
    if plan.stale_marks:
        lines += ["", w["stale"] + ", ".join(plan.stale_marks)]
    return _clean("\n".join(lines), redactor)


def _step_lines(step: PlanStep, number: int, steps: dict[str, PlanStep], lang: str, w: dict[str, str]) -> list[str]:
    colon = "：" if lang == "zh" else ": "
    badge = KIND_LABELS[step.kind].get(lang)
    if not step.blocking and step.kind.value in ("act", "answer") and step.done is None:
        badge += " · " + w["advice"]
    critical = f" ★{w['key']}" if step.critical else ""
    field = f" · {field_label(step.field, lang)}" if step.field else ""
    lines = [f"{number:>3}. [{badge}] {step.title.get(lang)} — {step_when(step).get(lang)}{critical}{field}"]
    lines.append(f"     {step.message.get(lang)}")
    if step.fix is not None and step.done is None:
        lines.append(f"     {w['fix']}{colon}{step.fix.get(lang)}")
    after = after_text(step, steps)
    if after is not None:
        lines.append(f"     {after.get(lang)}")
    if step.done_but_open:
        lines.append(f"     {w['still_open']}")
    if step.sources:
        lines.append(f"     {sentences.step_basis(step.basis, step.sources, step.inference).get(lang)}")
    return lines


def _clean(text: str, redactor: Redactor | None) -> str:
    return redactor.clean(text) if redactor is not None else text
