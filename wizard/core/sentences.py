"""The report's key sentences in both languages, worded once for the CLI, the PDF and the GUI.

Each function returns a `Bilingual`, so every output picks one language and
says the same thing in it.
"""

from __future__ import annotations

from .report import BASIS_TEXT, KIND_TEXT, FilingDate, Finding, LicenceWindow, Report, SourceInfo
from .rulepack.basics import Basis, Bilingual, FindingKind, Severity

_UNCONFIRMED = Bilingual(zh="（条文编号未核实）", en=" (article number not confirmed)")


def open_counts(report: Report) -> Bilingual:
    """'2 to do now, 1 waiting until 2027-03-01, 0 ruling you out, 0 unanswered; also 1 warning', or 'none'."""
    c = report.open_counts
    if not (c.act or c.wait or c.structural or c.missing):
        zh, en = "没有", "none"
        if c.warnings:
            zh += f"（另有警告 {c.warnings} 项）"
            en += f" (but {c.warnings} warning{'s' if c.warnings != 1 else ''})"
        return Bilingual(zh=zh, en=en)
    until_zh = f"（至{c.waiting_until.isoformat()}）" if c.waiting_until else ""
    until_en = f" until {c.waiting_until.isoformat()}" if c.waiting_until else ""
    zh = f"现在要办 {c.act} 项，等待 {c.wait} 项{until_zh}，主体不符 {c.structural} 项，待回答 {c.missing} 项"
    en = f"{c.act} to do now, {c.wait} waiting{until_en}, {c.structural} ruling you out, {c.missing} unanswered"
    extra_zh, extra_en = [], []
    if c.warnings:
        extra_zh.append(f"警告 {c.warnings} 项")
        extra_en.append(f"{c.warnings} warning{'s' if c.warnings != 1 else ''}")
    if c.notes:
        extra_zh.append(f"提示 {c.notes} 项")
        extra_en.append(f"{c.notes} note{'s' if c.notes != 1 else ''}")
    if extra_zh:
        zh += "；另有" + "、".join(extra_zh)
        en += "; also " + " and ".join(extra_en)
    return Bilingual(zh=zh, en=en)


def basis_counts(report: Report) -> Bilingual:
    counts = report.basis_counts
    zh = "，".join(f"{BASIS_TEXT[b].zh} {counts.get(b, 0)} 项" for b in Basis)
    en = ", ".join(f"{BASIS_TEXT[b].en} {counts.get(b, 0)}" for b in Basis)
    return Bilingual(zh=f"问题的依据：{zh}", en=f"Basis of the findings: {en}")


def answers(report: Report) -> Bilingual:
    a = report.answers
    return Bilingual(
        zh=f"回答完整度（仅指表单，不代表准备程度）：{a.asked} 项检查中 {a.answered} 项已有所需的回答（{a.percent}%）",
        en=f"Answers complete (the form only, not readiness): {a.answered} of {a.asked} checks have the answers "
           f"they need ({a.percent}%)",
    )


def badge(finding: Finding) -> Bilingual:
    """'阻断 · 等待' / 'BLOCKER · waiting'."""
    severity = {Severity.blocker: ("阻断", "Blocker"), Severity.warning: ("警告", "Warning"),
                Severity.info: ("提示", "Note")}[finding.severity]
    if finding.severity == Severity.info:
        return Bilingual(zh=severity[0], en=severity[1])
    kind = KIND_TEXT[finding.kind]
    return Bilingual(zh=f"{severity[0]} · {kind.zh}", en=f"{severity[1]} · {kind.en}")


def cite(source: SourceInfo, lang: str) -> str:
    """'Title §x', in the output's language where the source has an English title, marked if unconfirmed."""
    return source.cite(lang) + (_UNCONFIRMED.get(lang) if source.unconfirmed else "")


def cite_all(sources: list[SourceInfo], lang: str) -> str:
    """Every source once, its sections joined: 'Guide §二(三)3、§四3；Order 42 第六条(一)'."""
    grouped: dict[str, list[SourceInfo]] = {}
    for source in sources:
        grouped.setdefault(source.ref, []).append(source)
    parts = []
    for group in grouped.values():
        first = group[0]
        title = first.title_en if lang == "en" and first.title_en else first.title
        sections = ("、" if lang == "zh" else ", ").join(
            (s.section if lang == "zh" else s.section_in_english()) + (_UNCONFIRMED.get(lang) if s.unconfirmed else "")
            for s in group)
        parts.append(f"{title} {sections}")
    return ("；" if lang == "zh" else "; ").join(parts)


def step_basis(basis: Basis | None, sources: list[SourceInfo], inference: bool) -> Bilingual:
    """A plan step's basis: '依据〔顾问文章〕：…', marked where the step is the program's reading of its sources."""
    label = BASIS_TEXT[Basis.inference if inference or basis is None else basis]
    zh, en = cite_all(sources, "zh"), cite_all(sources, "en")
    if inference:
        return Bilingual(zh=f"依据〔{label.zh}〕：本程序根据以下来源推断（{zh}）",
                         en=f"Basis [{label.en}]: the program's reading of {en}")
    return Bilingual(zh=f"依据〔{label.zh}〕：{zh}", en=f"Basis [{label.en}]: {en}")


def basis_line(finding: Finding) -> Bilingual:
    """'依据〔顾问文章〕：…；…' with every source; the reasoning first where the basis is the program's own."""
    label = BASIS_TEXT[finding.basis]
    zh_sources, en_sources = cite_all(finding.sources, "zh"), cite_all(finding.sources, "en")
    if finding.basis == Basis.inference and finding.inference:
        return Bilingual(
            zh=f"依据〔{label.zh}〕：{finding.inference.zh}（参照：{zh_sources}）",
            en=f"Basis [{label.en}]: {finding.inference.en} (see: {en_sources})",
        )
    return Bilingual(zh=f"依据〔{label.zh}〕：{zh_sources}", en=f"Basis [{label.en}]: {en_sources}")


def duration_line(finding: Finding) -> Bilingual | None:
    duration = finding.typical_duration
    if duration is None:
        return None
    low, high = duration.working_days
    return Bilingual(
        zh=f"通常需要 {low}–{high} 个工作日（{cite(duration.source, 'zh')}）",
        en=f"usually takes {low}–{high} working days ({cite(duration.source, 'en')})",
    )


def filing(report: Report) -> Bilingual:
    """The earliest filing date with the condition that sets it, or what it depends on."""
    return filing_of(report.timeline.filing)


def filing_of(plan: FilingDate) -> Bilingual:
    """The same for a FilingDate of the report's timeline or of the plan."""
    if plan.filed:  # submitted: what happened, never an earliest date
        return plan.explanation
    if plan.date is None:
        return Bilingual(zh=f"最早可提交日期：{plan.explanation.zh}", en=f"Earliest filing: {plan.explanation.en}")
    day = plan.date.isoformat()
    zh, en = f"最早可提交日期：{day}。{plan.explanation.zh}", f"Earliest filing: {day}. {plan.explanation.en}"
    if plan.adjustment:
        zh, en = zh + plan.adjustment.zh, en + " " + plan.adjustment.en
    return Bilingual(zh=zh, en=en)


def licence(report: Report) -> Bilingual:
    """The licence window in dates where the sources support them, and always its basis."""
    return licence_of(report.timeline.licence)


def licence_of(window: LicenceWindow) -> Bilingual:
    """The same for any window (the report's, or the plan's once acts are marked done)."""
    if window.licensed:
        return _licensed(window)
    if window.earliest and window.latest:
        when_zh = f"{window.earliest.isoformat()} 至 {window.latest.isoformat()}"
        when_en = f"between {window.earliest.isoformat()} and {window.latest.isoformat()}"
    elif window.latest:
        when_zh, when_en = f"最晚 {window.latest.isoformat()}（没有依据给出更早的日期）", (
            f"by {window.latest.isoformat()} at the latest (no source supports an earlier date)")
    elif window.min_working_days is not None or window.max_working_days is not None:
        low, high = window.min_working_days, window.max_working_days
        span_zh = f"约 {low}–{high}" if low is not None else f"至多 {high}"  # a maximum is not "about"
        span_en = f"about {low}–{high}" if low is not None else f"at most {high}"
        when_zh = f"提交后{span_zh} 个工作日（提交日期确定后才能换算成日期）"
        when_en = f"{span_en} working days after filing (dates once the filing date is known)"
    else:
        when_zh, when_en = "无法给出日期", "no date can be given"
    if window.latest_passed and window.latest is not None:
        when_zh += "；最晚日期已过，仍未记录取得许可证：请向受理机关询问进度，已批准或发证的请补填日期"
        when_en += ("; the latest day has passed with no licence recorded: ask the bureau how far it has got, and "
                    "enter the approval or issue date if there is one")
    return Bilingual(
        zh=f"预计取得许可证：{when_zh}。{window.basis.zh}",
        en=f"Licence expected: {when_en}. {window.basis.en}",
    )


def _licensed(window: LicenceWindow) -> Bilingual:
    number_zh = f"（编号 {window.number}）" if window.number else ""
    number_en = f" (number {window.number})" if window.number else ""
    if window.issued:
        day = window.issued.isoformat()
        if window.expired and window.expires is not None:
            end = window.expires.isoformat()
            return Bilingual(zh=f"{day}取得的许可证{number_zh}已于{end}到期，不能再凭它经营；请向通信管理局确认如何重新申请。",
                             en=f"The licence issued on {day}{number_en} expired on {end} and no longer covers the "
                                "business; ask the bureau how to apply again.")
        return Bilingual(zh=f"已于{day}取得许可证{number_zh}。", en=f"Licence issued on {day}{number_en}.")
    return Bilingual(zh=f"已获批准{number_zh}，发证日期尚未记录。",
                     en=f"Approved{number_en}; the issue date is not recorded yet.")


def kind_text(kind: FindingKind) -> Bilingual:
    return KIND_TEXT[kind]


def open_notice_lines(report: Report) -> list[Bilingual]:
    """While a correction notice is unanswered, the step that records it (its deadline, or that the notice
    states it; the pack's corrections step, else the first of the bureau's): the one date that matters
    then, which the licence sentence alone leaves out."""
    from .tracking.progress import waiting  # here: tracking imports the engine, which imports this module

    steps = report.timeline.steps
    bureau = [step for step in steps if step.by == "bureau"]
    if waiting(steps) is None or not bureau:
        return []
    holder = next((step for step in bureau if step.records == "corrections"), bureau[0])
    if holder.recorded is None:
        return []
    return [Bilingual(zh=f"{holder.name.zh}：{holder.recorded.zh}", en=f"{holder.name.en}: {holder.recorded.en}")]
