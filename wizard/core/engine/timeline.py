"""When the applicant can file, when the licence is likely, and what follows it."""

from __future__ import annotations

import datetime as dt

from ..report import (
    Finding,
    LicenceWindow,
    SourceInfo,
    StepProjection,
    TimeCondition,
    Timeline,
)
from ..rulepack.basics import Bilingual, Severity
from ..rulepack.loader import RulePack
from ..sentences import cite_all
from ..workdays import add_workdays, next_workday
from .checks import Context
from .filing import filing_date
from .obligations import obligation_dates
from .sources import source_info


def build_timeline(ctx: Context, conditions: list[TimeCondition], findings: list[Finding], not_required: bool) -> Timeline:
    steps = process_steps(ctx.pack)
    if not_required:
        return Timeline(
            as_of=ctx.as_of, conditions=[], filing=filing_date(ctx.as_of, []), steps=[],
            licence=licence_window(ctx, [], None)[0],
        )
    blockers = [f for f in findings if f.severity == Severity.blocker]
    filing = filing_date(ctx.as_of, blockers)
    approximate = _approximate_filing(filing.date, filing.unadjusted)
    licence, approx_licence = licence_window(ctx, steps, filing.date)
    issued = licence.earliest or licence.latest
    return Timeline(
        as_of=ctx.as_of,
        conditions=conditions,
        filing=filing,
        steps=steps,
        licence=licence,
        approximate=approximate or approx_licence,
        obligations=obligation_dates(ctx.pack, issued),
    )


def process_steps(pack: RulePack) -> list[StepProjection]:
    """The pack's procedure steps with their cited sources."""
    return [
        StepProjection(
            id=step.id,
            name=step.name,
            within_working_days=step.within_working_days,
            by=step.by,
            note=step.note,
            source=source_info(pack, step.source, pack.header.reviewed),
        )
        for step in pack.process.steps
    ]


def _approximate_filing(date: dt.date | None, unadjusted: dt.date | None) -> bool:
    if date is None:
        return False
    return next_workday(unadjusted or date)[1]


def licence_window(ctx: Context, steps: list[StepProjection], filed: dt.date | None) -> tuple[LicenceWindow, bool]:
    return licence_window_of(ctx.pack, steps, filed)


def licence_window_of(
    pack: RulePack, steps: list[StepProjection], filed: dt.date | None
) -> tuple[LicenceWindow, bool]:
    """The window the sources support: a guide's overall figure where it gives one, else the stated maxima.

    The guides state maxima ("within 5 working days"); none states a minimum for a step, so
    without an overall figure there is no earliest date, and a step without any duration
    leaves no latest date either.
    """
    process = pack.process
    bureau = [s for s in steps if s.by == "bureau"]
    stated = sum(s.within_working_days or 0 for s in bureau)
    unstated = [s.name for s in bureau if s.within_working_days is None]
    unstated_zh = "、".join(n.zh for n in unstated)
    unstated_en = ", ".join(n.en[:1].lower() + n.en[1:] for n in unstated)  # inside a sentence
    sources: list[SourceInfo] = []
    if process.overall_working_days and process.overall_source:
        low, high = process.overall_working_days
        source = source_info(pack, process.overall_source, pack.header.reviewed)
        sources = [source]
        basis_zh = f"依据指南给出的全程用时：约{low}–{high}个工作日（{source.cite('zh')}）。"
        basis_en = f"From the guide's figure for the whole procedure: about {low}–{high} working days ({source.cite('en')})."
    else:
        low, high = None, (stated if not unstated else None)
        for step in bureau:
            if all((step.source.ref, step.source.section) != (s.ref, s.section) for s in sources):
                sources.append(step.source)
        if not bureau:
            basis_zh, basis_en = "规则包没有给出办理步骤的用时。", "The rule pack gives no durations for the procedure."
        elif pack.baseline_only and not unstated:
            basis_zh, basis_en = _baseline_basis(pack, bureau, stated, sources)
        elif unstated:
            basis_zh = (f"指南没有给出{unstated_zh}的用时，因此无法给出最晚日期；其余步骤的上限合计{stated}个工作日。"
                        "指南也没有给出最短用时。")
            basis_en = (f"The guide gives no duration for {unstated_en}, so no latest date can be given; the other "
                        f"steps' maxima add up to {stated} working days. It gives no minimum either.")
        else:
            basis_zh = (f"指南只给出各步骤的最长用时，合计{stated}个工作日；没有给出最短用时或全程用时，"
                        "所以只给出最晚日期，不给最早日期。")
            basis_en = (f"The guide states only each step's maximum, {stated} working days in all, and no minimum or "
                        "overall figure: so there is a latest date and no earliest one.")
    earliest = latest = None
    approximate = False
    if filed is not None and low is not None:
        earliest, approx = add_workdays(filed, low)
        approximate |= approx
    if filed is not None and high is not None:
        latest, approx = add_workdays(filed, high)
        approximate |= approx
    window = LicenceWindow(
        min_working_days=low, max_working_days=high, earliest=earliest, latest=latest,
        stated_steps_working_days=stated, unstated_steps=unstated,
        basis=_bilingual(basis_zh, basis_en), sources=sources,
    )
    return window, approximate


def _baseline_basis(
    pack: RulePack, bureau: list[StepProjection], stated: int, sources: list[SourceInfo]
) -> tuple[str, str]:
    """A region without its own pack: the national steps' maxima, each named and cited, and that the
    region's own processing times are not encoded."""
    steps_zh = "、".join(f"{s.name.zh}{s.within_working_days}个工作日内" for s in bureau)
    steps_en = ", ".join(f"{s.name.en[:1].lower() + s.name.en[1:]} within {s.within_working_days}" for s in bureau)
    region = pack.header.name
    return (
        f"全国通用要求只给出各步骤的最长用时：{steps_zh}（{cite_all(sources, 'zh')}），合计{stated}个工作日；"
        f"没有给出最短用时或全程用时，所以只给出最晚日期，不给最早日期。{region.zh}本地的办理时限尚未编入。",
        f"The national baseline states only each step's maximum: {steps_en} working days "
        f"({cite_all(sources, 'en')}), {stated} working days in all, and no minimum or overall figure: so there "
        f"is a latest date and no earliest one. {region.en}'s own processing times are not encoded.",
    )


def _bilingual(zh: str, en: str) -> Bilingual:
    return Bilingual(zh=zh, en=en)


Span = tuple[dt.date, dt.date]  # (latest start, latest end)


def bureau_steps(steps: list[StepProjection]) -> list[StepProjection]:
    """The steps after filing that the bureau takes; the applicant's own are part of filing."""
    return [step for step in steps if step.by == "bureau"]


def step_spans(steps: list[StepProjection], filed: dt.date | None) -> list[Span | None]:
    """When each bureau step ends at the latest, or None where that cannot be known.

    The guides state maxima ("within 5 working days"), so a step runs from the latest day it
    can start (the earlier steps' maxima added up) to the latest day it can end. Once a step
    has no stated duration, the later ones cannot be placed.
    """
    bureau = bureau_steps(steps)
    spans: list[Span | None] = [None] * len(bureau)
    if filed is None:
        return spans
    offset = 0
    for index, step in enumerate(bureau):
        if step.within_working_days is None:
            break
        start, _ = add_workdays(filed, offset)
        offset += step.within_working_days
        end, _ = add_workdays(filed, offset)
        spans[index] = (start, end)
    return spans
