"""When the applicant can file, when the licence is likely, and what follows it."""

from __future__ import annotations

import datetime as dt

from ..china.workdays import add_workdays, next_workday
from ..messages import message
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
from ..tracking.progress import restart, restarted_by_inspection, waiting, with_progress
from ..tracking.real import issue_date, real_licence, submitted_filing
from ..tracking.stage import is_filed
from .context import Context
from .filing import filing_date
from .obligations import obligation_dates
from .perpack import PerPack
from .sources import source_info


def build_timeline(ctx: Context, conditions: list[TimeCondition], findings: list[Finding], not_required: bool) -> Timeline:
    steps = process_steps(ctx.pack)
    if not_required:
        return Timeline(
            as_of=ctx.as_of, conditions=[], filing=filing_date(ctx.as_of, []), steps=[],
            licence=licence_window(ctx, [], None)[0],
        )
    blockers = [f for f in findings if f.severity == Severity.blocker]
    tracking = ctx.application.tracking
    if is_filed(tracking):  # what happened replaces what was projected (tracking/real.py, progress.py)
        steps = with_progress(steps, ctx.pack, tracking, ctx.as_of)
        filing = submitted_filing(tracking)
        licence, approx_licence = licence_window(ctx, steps, tracking.submitted)
        licence = real_licence(licence, tracking, ctx.pack.licence_validity_years, ctx.as_of)
        approximate = False
        approx_licence = approx_licence and not licence.licensed  # approved or issued: no projected day is shown
    else:
        filing = filing_date(ctx.as_of, blockers)
        approximate = _approximate_filing(filing.date, filing.unadjusted)
        licence, approx_licence = licence_window(ctx, steps, filing.date)
    issued = issue_date(tracking, licence.earliest or licence.latest)
    return Timeline(
        as_of=ctx.as_of,
        conditions=conditions,
        filing=filing,
        steps=steps,
        licence=licence,
        approximate=approximate or approx_licence,
        obligations=obligation_dates(ctx.pack, issued),
    )


_STEPS = PerPack()


def process_steps(pack: RulePack) -> list[StepProjection]:
    """The pack's procedure steps with their cited sources (made once per pack: perpack.py)."""
    return _STEPS.get(pack, None, lambda: _process_steps(pack))


def _process_steps(pack: RulePack) -> list[StepProjection]:
    return [
        StepProjection(
            id=step.id,
            name=step.name,
            within_working_days=step.within_working_days,
            by=step.by,
            note=step.note,
            source=source_info(pack, step.source, pack.header.reviewed),
            records=step.records,
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
    progressed = _progressed_window(pack, steps)
    if progressed is not None:
        return progressed
    process = pack.process
    bureau = [s for s in steps if s.by == "bureau"]
    restarted = restart(steps)
    if restarted is not None:  # corrections supplied, the pack has no corrections step: all over from that day
        filed = restarted[1].counted_from
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
    basis = _bilingual(basis_zh, basis_en)
    if restarted is not None and filed is not None:
        accepted = _acceptance_source(pack)
        basis = _progress_text("progress.licence_from_corrections", day=filed.isoformat(), basis=basis,
                               source=_cites([accepted] if accepted else []))
        sources = ([accepted] if accepted else []) + sources
    window = LicenceWindow(
        min_working_days=low, max_working_days=high, earliest=earliest, latest=latest,
        stated_steps_working_days=stated, unstated_steps=unstated, basis=basis, sources=sources,
    )
    return window, approximate


def _progressed_window(pack: RulePack, steps: list[StepProjection]) -> tuple[LicenceWindow, bool] | None:
    """Once filed and further along than the submission (tracking/progress.py): an unanswered notice
    leaves no date; a later step restarting the count (a recorded inspection, or corrections supplied
    where the pack has a corrections step) is dated from that day with the maxima of the steps after it."""
    bureau = [s for s in steps if s.by == "bureau"]
    waits = waiting(steps)
    if waits is not None:
        accepted = _acceptance_source(pack)
        assert waits.awaits_corrections_of is not None
        received = waits.awaits_corrections_of.isoformat()
        return LicenceWindow(
            min_working_days=None, max_working_days=None, stated_steps_working_days=0,
            basis=_progress_text("progress.licence_waits", received=received, source=_cites([accepted] if accepted else [])),
            sources=[accepted] if accepted else [],
        ), False
    restarted = restart(steps)
    if restarted is None:
        return None
    index, first = restarted
    by_inspection = restarted_by_inspection(steps)
    if not by_inspection and (index == 0 or pack.process.overall_working_days):
        # Corrections supplied are the acceptance: the pack's own basis (its overall figure, where the
        # guide gives one, which the steps after acceptance cannot replace), counted from that day.
        return None
    remaining = bureau[index:]
    day = first.counted_from
    assert day is not None
    stated = sum(s.within_working_days or 0 for s in remaining)
    unstated = [s.name for s in remaining if s.within_working_days is None]
    sources: list[SourceInfo] = []
    for step in remaining:
        if all((step.source.ref, step.source.section) != (s.ref, s.section) for s in sources):
            sources.append(step.source)
    if not by_inspection:
        accepted = _acceptance_source(pack)
        sources = ([accepted] if accepted else []) + sources
    latest, approximate = (None, False) if unstated else add_workdays(day, stated)
    # After an inspection the sentence names it; after corrections, progress.licence_from_corrections
    # says the day, and the steps' sentence must not call it an inspection.
    dated, undated = (("progress.licence_after_inspection", "progress.licence_after_inspection_unknown")
                      if by_inspection else ("progress.licence_after_corrections", "progress.licence_after_corrections_unknown"))
    if unstated:
        names = Bilingual(zh="、".join(n.zh for n in unstated), en=", ".join(n.en[:1].lower() + n.en[1:] for n in unstated))
        basis = _progress_text(undated, day=day.isoformat(), steps=names)
    else:
        basis = _progress_text(dated, day=day.isoformat(), days=stated)
    if not by_inspection:
        basis = _progress_text("progress.licence_from_corrections", day=day.isoformat(), basis=basis,
                               source=_cites(sources[:1]))
    if pack.baseline_only:  # the national steps only: the region's own times are still unknown
        unknown = _local_times_unknown(pack)
        basis = _bilingual(basis.zh + unknown.zh, f"{basis.en} {unknown.en}")
    return LicenceWindow(
        min_working_days=None, max_working_days=None if unstated else stated, latest=latest,
        stated_steps_working_days=stated, unstated_steps=unstated, basis=basis, sources=sources,
    ), approximate


def _acceptance_source(pack: RulePack) -> SourceInfo | None:
    ref = pack.process.accepted_when_corrected
    return source_info(pack, ref, pack.header.reviewed) if ref is not None else None


def _cites(sources: list[SourceInfo]) -> Bilingual:
    return Bilingual(zh=cite_all(sources, "zh"), en=cite_all(sources, "en"))


def _progress_text(code: str, **params: object) -> Bilingual:
    return Bilingual(zh=message(code, "zh", **params), en=message(code, "en", **params))


def _baseline_basis(
    pack: RulePack, bureau: list[StepProjection], stated: int, sources: list[SourceInfo]
) -> tuple[str, str]:
    """A region without its own pack: the national steps' maxima, each named and cited, and that the
    region's own processing times are not encoded."""
    steps_zh = "、".join(f"{s.name.zh}{s.within_working_days}个工作日内" for s in bureau)
    steps_en = ", ".join(f"{s.name.en[:1].lower() + s.name.en[1:]} within {s.within_working_days}" for s in bureau)
    unknown = _local_times_unknown(pack)
    return (
        f"全国通用要求只给出各步骤的最长用时：{steps_zh}（{cite_all(sources, 'zh')}），合计{stated}个工作日；"
        f"没有给出最短用时或全程用时，所以只给出最晚日期，不给最早日期。{unknown.zh}",
        f"The national baseline states only each step's maximum: {steps_en} working days "
        f"({cite_all(sources, 'en')}), {stated} working days in all, and no minimum or overall figure: so there "
        f"is a latest date and no earliest one. {unknown.en}",
    )


def _local_times_unknown(pack: RulePack) -> Bilingual:
    """A region on the national baseline: its own processing times are not encoded."""
    region = pack.header.name
    return _bilingual(f"{region.zh}本地的办理时限尚未编入。", f"{region.en}'s own processing times are not encoded.")


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
    has no stated duration, the later ones cannot be placed, until one is counted afresh from a
    recorded date (tracking/progress.py); steps already behind the application get none, and
    none after a step that waits for the applicant's corrections.
    """
    bureau = bureau_steps(steps)
    spans: list[Span | None] = [None] * len(bureau)
    base, offset = filed, 0
    for index, step in enumerate(bureau):
        if step.counted_from is not None:
            base, offset = step.counted_from, 0
        if step.awaits_corrections_of is not None:
            base = None
        if step.passed or base is None:
            continue
        if step.within_working_days is None:
            base = None
            continue
        start, _ = add_workdays(base, offset)
        offset += step.within_working_days
        end, _ = add_workdays(base, offset)
        spans[index] = (start, end)
    return spans
