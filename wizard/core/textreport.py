"""Plain-text rendering of reports for the terminal, in Chinese or English."""

from __future__ import annotations

import unicodedata

from .fieldpaths import field_label
from .model import PAGE_TITLES
from .report import VERDICT_TEXT, Report
from .rulepack.basics import Severity

_SEVERITY = {
    Severity.blocker: {"zh": "阻断", "en": "BLOCKER"},
    Severity.warning: {"zh": "警告", "en": "WARNING"},
    Severity.info: {"zh": "提示", "en": "INFO"},
}
_WORDS = {
    "zh": {
        "as_of": "评估日期", "verdict": "结论", "readiness": "准备度", "fix": "修改建议", "source": "依据",
        "checked": "核对于", "met_on": "预计满足日期", "timeline": "时间线", "earliest": "最早可提交",
        "licence": "预计取得许可证", "approx": "（含尚未公布节假日安排的年份，日期为估算）",
        "unknown": "无法推算（请先补充缺少的信息）", "doubt": "注意", "none": "没有发现问题。",
        "after_blockers": "（须先解决上述阻断问题）",
        "province": "省份", "blockers": "阻断", "warnings": "警告", "guide": "顾问文章",
    },
    "en": {
        "as_of": "as of", "verdict": "Verdict", "readiness": "readiness", "fix": "Fix", "source": "Source",
        "checked": "checked", "met_on": "will be met on", "timeline": "Timeline", "earliest": "earliest filing",
        "licence": "licence expected", "approx": "(approximate: holiday schedule not yet published for some years)",
        "unknown": "cannot be projected yet (add the missing information first)", "doubt": "Note",
        "none": "No problems found.", "province": "Province", "blockers": "blockers", "warnings": "warnings",
        "after_blockers": "(once the blockers above are fixed)",
        "guide": "consultancy guide",
    },
}


def render_report(report: Report, lang: str = "zh") -> str:
    w = _WORDS[lang]
    lines = [
        f"{report.applicant or '—'} · {report.province_name.get(lang)} ({report.licence_prefix}) · "
        f"{w['as_of']} {report.as_of.isoformat()}",
        f"{w['verdict']}: {VERDICT_TEXT[report.verdict].get(lang)} · {w['readiness']} {report.readiness_percent}%",
        "",
    ]
    for finding in report.findings:
        page = PAGE_TITLES[finding.page][lang]
        field = field_label(finding.field, lang).split(" / ")[-1]
        lines.append(f"[{_SEVERITY[finding.severity][lang]}] {page} · {field}")
        lines.append(f"    {finding.message.get(lang)}")
        if finding.met_on:
            lines.append(f"    {w['met_on']}: {finding.met_on.isoformat()}")
        lines.append(f"    {w['fix']}: {finding.fix.get(lang)}")
        source = finding.source
        guide = f" [{w['guide']}]" if source.kind == "consultancy_guide" else ""
        lines.append(f"    {w['source']}: {source.cite()}{guide} ({w['checked']} {source.checked.isoformat()})")
        if finding.doubtful:
            lines.append(f"    {w['doubt']}: {finding.doubtful.get(lang)}")
    if not report.findings:
        lines.append(w["none"])
    timeline = report.timeline
    if report.verdict.value != "licence_not_required":
        lines.append("")
        if timeline.earliest_filing:
            lines.append(
                f"{w['timeline']}: {w['earliest']} {timeline.earliest_filing.isoformat()}; "
                f"{w['licence']} {timeline.licence_from.isoformat()} – {timeline.licence_to.isoformat()}"
                + (f" {w['after_blockers']}" if report.count(Severity.blocker) else "")
                + (f" {w['approx']}" if timeline.approximate else "")
            )
        else:
            lines.append(f"{w['timeline']}: {w['unknown']}")
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(text: object, width: int, right: bool = False) -> str:
    text = str(text)
    padding = " " * max(0, width - _width(text))
    return padding + text if right else text + padding


def render_comparison(reports: list[Report], lang: str = "zh") -> str:
    w = _WORDS[lang]
    widths = (12, 30, 8, 8)
    header = " ".join(
        [_cell(w["province"], 12), _cell(w["verdict"], 30), _cell(w["blockers"], 8, True), _cell(w["warnings"], 8, True)]
    ) + "  " + w["earliest"]
    lines = [header, "-" * (sum(widths) + 16)]
    for report in reports:
        earliest = report.timeline.earliest_filing.isoformat() if report.timeline.earliest_filing else "—"
        lines.append(
            " ".join(
                [
                    _cell(report.province_name.get(lang), 12),
                    _cell(VERDICT_TEXT[report.verdict].get(lang), 30),
                    _cell(report.count(Severity.blocker), 8, True),
                    _cell(report.count(Severity.warning), 8, True),
                ]
            )
            + "  " + earliest
        )
    return "\n".join(lines)
