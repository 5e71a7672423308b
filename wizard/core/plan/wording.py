"""The plan's sentences in both languages, worded once for the CLI, the PDF, the calendar and the GUI."""

from __future__ import annotations

import calendar
import datetime as dt

from ..engine.obligations import window_open_or_next
from ..report import VERDICT_TEXT, ObligationDate
from ..rulepack.basics import Bilingual
from ..tracking.progress import recorded_progress
from ..tracking.real import stage_from, stage_headline
from .model import Consequence, CorrectionDue, Plan, PlanStep, ProcessStepPlan, StepKind

_STILL_MET = Bilingual(zh="，各项人员要求仍然满足", en=", with every staff requirement still met")


def day_text(day: dt.date | None, is_date: bool) -> Bilingual:
    """'2027-03-01', or 'not before 2027-03-01' for a lower bound, or 'no date'."""
    if day is None:
        return Bilingual(zh="无法给出日期", en="no date")
    if is_date:
        return Bilingual(zh=day.isoformat(), en=day.isoformat())
    return Bilingual(zh=f"不早于{day.isoformat()}", en=f"not before {day.isoformat()}")


def consequence_text(consequence: Consequence, staff: bool = True) -> Bilingual:
    """'提交日期从 2027-03-01 提前到 2027-02-10（早19天），各项人员要求仍然满足', or why it is no way out."""
    c = consequence
    tail = _STILL_MET if staff else Bilingual(zh="。", en=".")
    tail_zh, tail_en = (tail.zh, tail.en) if staff else ("", "")
    if not c.compliant:
        reason = c.why_not or Bilingual(zh="另一项要求将不再满足", en="another requirement would no longer be met")
        return Bilingual(zh=f"不可行，这样重新检查的结果是：{reason.zh}",
                         en=f"not an option; checked again that way: “{reason.en}”")
    before, after = day_text(c.filing_before, c.before_is_date), day_text(c.filing_after, c.after_is_date)
    if c.gain_days and c.gain_days > 0:
        return Bilingual(
            zh=f"提交日期从{before.zh}提前到{after.zh}（早{c.gain_days}天）{tail_zh}",
            en=f"the filing date moves from {before.en} to {after.en} ({c.gain_days} days sooner){tail_en}",
        )
    if c.after_is_date and not c.before_is_date:
        return Bilingual(zh=f"提交日期可以确定为{after.zh}{tail_zh}", en=f"the filing date becomes {after.en}{tail_en}")
    return Bilingual(zh="满足要求，但不会提前提交日期", en="compliant, but the filing date does not move")


KIND_LABELS = {
    StepKind.act: Bilingual(zh="需办理", en="to do"),
    StepKind.answer: Bilingual(zh="待回答", en="to answer"),
    StepKind.wait: Bilingual(zh="等待", en="waiting"),
    StepKind.structural: Bilingual(zh="主体不符", en="rules you out"),
    StepKind.decide: Bilingual(zh="需要决定", en="to decide"),
}
GROUP_TITLES = {
    "structural": Bilingual(zh="先要解决：按现状不能申请", en="First: as it stands you cannot apply"),
    "now": Bilingual(zh="现在就做", en="Do now"),
    "waiting": Bilingual(zh="等待", en="Waiting"),
    "decide": Bilingual(zh="需要决定", en="To decide"),
    "done": Bilingual(zh="已完成", en="Done"),
}


NOTHING_BUT_CORRECTIONS = Bilingual(
    zh="（回答中没有要办的事项；但补正通知尚未补交，补交是现在最要紧的事）",
    en="(nothing from the answers; but a correction notice is still unanswered, and answering it comes first)")


def awaiting_corrections(plan: Plan) -> bool:
    """An unanswered correction notice holds the procedure (tracking/progress.py marks the step that waits)."""
    return any(step.awaits_corrections_of is not None for step in plan.process)


def nothing_text(plan: Plan, group: str) -> Bilingual | None:
    """What an empty group says instead of "(none)" where that would mislead: with a notice unanswered,
    "do now: none" reads as if nothing were urgent. None: the plain "(none)"."""
    return NOTHING_BUT_CORRECTIONS if group == "now" and awaiting_corrections(plan) else None


def group_heading(group: str, count: int) -> Bilingual:
    """'现在就做（4）' / 'Do now (4)'."""
    title = GROUP_TITLES[group]
    return Bilingual(zh=f"{title.zh}（{count}）", en=f"{title.en} ({count})")


def step_when(step: PlanStep) -> Bilingual:
    """When a step is done or met, as far as the sources say: '2027-03-01起满足', '通常需要5–7个工作日' …"""
    if step.done is not None:
        return Bilingual(zh=f"已于{step.done.date.isoformat()}完成", en=f"done on {step.done.date.isoformat()}")
    if step.kind == StepKind.wait and step.end:
        return Bilingual(zh=f"{step.end.isoformat()}起满足", en=f"met from {step.end.isoformat()}")
    if step.kind == StepKind.wait and step.months is not None:
        # `start` is set when the act before it has a usual duration: counted from the day that would end
        done_zh, done_en = ((f"如于{step.start.isoformat()}完成", f"if that were done on {step.start.isoformat()}")
                            if step.start else ("如今天完成", "if that were done today"))
        if_now = (Bilingual(zh=f"；{done_zh}，{step.if_now.isoformat()}起满足", en=f"; {done_en}, from "
                            f"{step.if_now.isoformat()}") if step.if_now else Bilingual(zh="", en=""))
        return Bilingual(zh=f"前一步完成后{step.months}个月{if_now.zh}",
                         en=f"{step.months} month{'s' if step.months != 1 else ''} after the step before it{if_now.en}")
    if step.kind == StepKind.act and step.duration is not None:
        low, high = step.duration.working_days
        by = (Bilingual(zh=f"，最晚{step.end.isoformat()}", en=f", by {step.end.isoformat()}") if step.end
              else Bilingual(zh="", en=""))
        return Bilingual(zh=f"通常需要{low}–{high}个工作日{by.zh}", en=f"usually {low}–{high} working days{by.en}")
    if step.kind == StepKind.act:
        return Bilingual(zh="来源未说明所需时间", en="no source states how long it takes")
    if step.kind == StepKind.answer:
        return Bilingual(zh="回答后才能判断", en="known once answered")
    if step.kind == StepKind.structural:
        return Bilingual(zh="须先改变申请主体", en="the applicant must change first")
    return Bilingual(zh="由您决定", en="your choice")


def after_text(step: PlanStep, steps: dict[str, PlanStep]) -> Bilingual | None:
    """'在“域名持有者为本企业”之后：域名持有者与企业名称不一致会导致备案不通过…' for each step it needs first."""
    parts_zh, parts_en = [], []
    for link in step.after:
        before = steps.get(link.step)
        if before is None:
            continue
        inferred = Bilingual(zh="（本程序推断）", en=" (the program's inference)") if link.inference else Bilingual(zh="", en="")
        parts_zh.append(f"在“{before.title.zh}”之后{inferred.zh}")
        parts_en.append(f"after “{before.title.en}”{inferred.en}")
    if not parts_zh:
        return None
    return Bilingual(zh="；".join(parts_zh), en="; ".join(parts_en))


def critical_text(plan: Plan) -> Bilingual | None:
    """'每名人员社保满六个月（2027-03-01）→ 提交' — the chain that sets the filing date or its lower bound."""
    if not plan.critical_path:
        return None
    groups: list[list[PlanStep]] = []  # steps ending the same day that do not wait for each other run side by side
    for step in (s for s in (plan.step(i) for i in plan.critical_path) if s):
        if groups and _day(groups[-1][0]) == _day(step) and not any(_linked(step, other) for other in groups[-1]):
            groups[-1].append(step)
        else:
            groups.append([step])
    zh = " → ".join("、".join(s.title.zh for s in group) + f"（{_day(group[0])}）" for group in groups)
    en = " → ".join(" and ".join(s.title.en for s in group) + f" ({_day(group[0])})" for group in groups)
    return Bilingual(zh=f"{zh} → 提交", en=f"{en} → filing")


def _linked(step: PlanStep, other: PlanStep) -> bool:
    return any(link.step == other.id for link in step.after) or any(link.step == step.id for link in other.after)


def _day(step: PlanStep) -> str:
    day = step.end or step.floor
    return day.isoformat() if day else "—"


def obligation_when(item: ObligationDate, as_of: dt.date | None = None) -> Bilingual:
    """When an obligation falls: dated from the projected (or real) issue date where there is one. With
    `as_of`, a renewal day or an expiry already gone says so (an old licence's plan is read today)."""
    if as_of is not None and item.kind == "annual_window" and item.end and item.end < as_of:
        # the first window is long gone: the one open now, or next
        current = window_open_or_next(item, item.start.year, as_of, item.until) if item.window and item.start else None
        window = _window(item)
        if current is None:
            return Bilingual(zh=f"{window.zh}；许可证到期前不再有报送期", en=f"{window.en}; no window left before the licence expires")
        start, end = current
        return Bilingual(zh=f"{window.zh}，当前或下一次{start.isoformat()}至{end.isoformat()}",
                         en=f"{window.en}, open now or next {start.isoformat()} to {end.isoformat()}")
    when = _obligation_when(item)
    if as_of is not None and item.kind in ("renewal", "expiry") and item.start and item.start < as_of:
        return Bilingual(zh=f"{when.zh}（日期已过）", en=f"{when.en} (date passed)")
    return when


def _obligation_when(item: ObligationDate) -> Bilingual:
    if item.kind == "annual_window":
        window = _window(item)
        if item.start and item.end:
            return Bilingual(zh=f"{window.zh}，首次{item.start.isoformat()}至{item.end.isoformat()}",
                             en=f"{window.en}, first {item.start.isoformat()} to {item.end.isoformat()}")
        return Bilingual(zh=f"{window.zh}，取得许可证的次年起", en=f"{window.en}, from the year after the licence")
    if item.kind == "renewal":
        ahead = (Bilingual(zh=f"到期前{item.days_before_expiry}日", en=f"{item.days_before_expiry} days before expiry")
                 if item.days_before_expiry else
                 Bilingual(zh=f"到期前{item.months_before_expiry}个月", en=f"{item.months_before_expiry} months before expiry"))
        if item.start and item.end:  # the name already says how long before ("到期前90日"): the dates alone
            return Bilingual(zh=f"{item.start.isoformat()}前申请（许可证{item.end.isoformat()}到期）",
                             en=f"apply by {item.start.isoformat()} (the licence expires {item.end.isoformat()})")
        return Bilingual(zh=f"{ahead.zh}申请", en=f"apply {ahead.en}")
    if item.kind == "expiry":
        years = item.validity_years or 5
        if item.end:
            return Bilingual(zh=f"{item.end.isoformat()}到期（取得许可证后{years}年）",
                             en=f"expires {item.end.isoformat()}, {years} years after issue")
        return Bilingual(zh=f"取得许可证后{years}年到期", en=f"expires {years} years after issue")
    if item.kind == "change_filing":
        days = item.days_after_change
        return Bilingual(zh=f"每次变更后{days}日内", en=f"within {days} days of each change")
    if item.start:
        return Bilingual(zh=f"自{item.start.isoformat()}（取得许可证之日）起", en=f"from {item.start.isoformat()}, the issue day")
    return Bilingual(zh="自取得许可证之日起", en="from the day the licence is issued")


def _window(item: ObligationDate) -> Bilingual:
    if not item.window:
        return Bilingual(zh="每年", en="every year")
    (m1, d1), (m2, d2) = ((int(w[:2]), int(w[3:])) for w in item.window)
    return Bilingual(zh=f"每年{m1}月{d1}日至{m2}月{d2}日",
                     en=f"every year {d1} {calendar.month_name[m1]} to {d2} {calendar.month_name[m2]}")


def process_when(step: ProcessStepPlan, as_of: dt.date | None = None) -> Bilingual:
    """A step of the procedure: what happened where the tracking section records it, else its limit and
    the latest day the sources allow (none while it waits for the applicant's corrections). With `as_of`,
    a latest day already gone says so: the bureau is late, or a date is not entered yet."""
    progress = recorded_progress(step)
    if progress is not None:
        return progress
    if step.by == "applicant":
        return Bilingual(zh="属于提交本身", en="part of filing")
    if step.within_working_days is None:
        return Bilingual(zh="指南未给出用时", en="no duration stated")
    limit = Bilingual(zh=f"至多{step.within_working_days}个工作日", en=f"within {step.within_working_days} working days")
    if step.end and as_of is not None and step.end < as_of:
        day = step.end.isoformat()
        return Bilingual(zh=f"{limit.zh}，最晚{day}（日期已过）", en=f"{limit.en}, by {day} (date passed)")
    if step.end:
        return Bilingual(zh=f"{limit.zh}，最晚{step.end.isoformat()}", en=f"{limit.en}, by {step.end.isoformat()}")
    return limit


# The tracking page has no date for acceptance or review: only what it does record is asked for.
PASSED_UNRECORDED = Bilingual(
    zh="标为“日期已过”的步骤，最晚日期已经过去：其间收到补正通知、已现场核查或已获批准的，请在申请跟踪中补填；"
       "都没有的，请向受理机关询问进度。",
    en="Steps marked “date passed” are past their latest day: if a correction notice, a site inspection or the "
       "approval has come meanwhile, enter it on the tracking page; if none has, ask the bureau how far it has got.")


def passed_unrecorded(plan: Plan) -> Bilingual | None:
    """The one note under the steps when any latest day has gone with nothing recorded (process_when)."""
    if not plan.filing.filed:
        return None
    late = any(s.end and s.end < plan.as_of and recorded_progress(s) is None for s in plan.process if s.by == "bureau")
    return PASSED_UNRECORDED if late else None


def correction_text(due: CorrectionDue) -> Bilingual:
    """'2026-11-27的补正通知：须在2026-12-04前补交（…）' — an open notice and its deadline, or that it is overdue."""
    received, day = due.received.isoformat(), due.due.isoformat()
    detail = due.detail or Bilingual(zh="", en="")
    # `day` is the last day to answer: overdue from the day after it, so not "overdue since" that day
    when = (Bilingual(zh=f"已于{day}到期，尚未补交", en=f"was due on {day}, overdue and not answered") if due.overdue
            else Bilingual(zh=f"须在{day}前补交", en=f"due by {day}"))
    return Bilingual(
        zh=f"{received}的补正通知：{when.zh}" + (f"（{detail.zh}）" if detail.zh else "") + "。",
        en=f"Correction notice of {received}: {when.en}" + (f" ({detail.en})" if detail.en else "") + ".",
    )


def issued_note(plan: Plan) -> Bilingual:
    """What the duties' dates are counted from: the projected issue date, until the real one is known."""
    if plan.licence.issued is not None:
        day = plan.licence.issued.isoformat()
        if plan.licence.expired and plan.licence.expires is not None:  # its duties went with it: not today's work
            end = plan.licence.expires.isoformat()
            return Bilingual(zh=f"许可证已于{end}到期，以下义务随之结束，仅供查对；取得新的许可证后从新的发证日期起算。",
                             en=f"The licence expired on {end}: the duties below ended with it and are listed for "
                                "reference only; a new licence counts them from its own issue date.")
        return Bilingual(zh=f"以下日期从实际发证日期{day}起算。", en=f"Dates counted from the real issue date {day}.")
    if plan.issued_from is None:
        return Bilingual(zh="取证日期确定后才能给出具体日期。", en="Dates follow once the issue date is known.")
    day, which = _projected_issue(plan)
    return Bilingual(zh=f"以下日期按预计取证日期{day}（{which.zh}）推算；取得许可证后以实际发证日期为准。",
                     en=f"Dates counted from the projected issue date {day} ({which.en}); once the licence is "
                        "issued, its real date applies.")


def _projected_issue(plan: Plan) -> tuple[str, Bilingual]:
    """The projected issue day the duties are dated from, and which day of the window it is."""
    assert plan.issued_from is not None
    which = (Bilingual(zh="预计取证区间的第一天", en="the first day of the licence window") if plan.licence.earliest
             else Bilingual(zh="来源允许的最晚取证日", en="the latest issue day the sources allow"))
    return plan.issued_from.isoformat(), which


def projected_note(plan: Plan) -> Bilingual | None:
    """For one duty's date on its own (a calendar event): that it is counted from a projected issue day."""
    if plan.licence.issued is not None or plan.issued_from is None:
        return None
    day, which = _projected_issue(plan)
    return Bilingual(zh=f"此日期按预计取证日期{day}（{which.zh}）推算，取得许可证后以实际发证日期为准。",
                     en=f"Dated from the projected issue date {day} ({which.en}); once the licence is issued, "
                        "its real date applies.")


def plan_headline(plan: Plan) -> Bilingual:
    """The verdict, led by the stage once filed (a "ready to apply" beside a filed application would contradict it)."""
    stage = stage_from(plan.filing.filed, plan.licence, awaiting_corrections(plan))
    return stage_headline(stage, VERDICT_TEXT[plan.verdict], plan.licence.expired)
