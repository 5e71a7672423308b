"""Plain-text rendering of reports for the terminal, in Chinese or English."""

from __future__ import annotations

import unicodedata

from .. import sentences
from ..application.fieldpaths import field_label
from ..application.model import PAGE_TITLES
from ..report import VERDICT_TEXT, Report

_WORDS = {
    "zh": {
        "as_of": "评估日期", "verdict": "结论", "fix": "怎么办", "timeline": "时间线", "doubt": "注意",
        "approx": "（部分年份的法定节假日安排尚未公布，相关日期按周一至周五估算）",
        "none": "没有发现问题。", "province": "省份", "blockers": "阻断", "warnings": "警告", "earliest": "最早可提交",
        "not_before": "不早于{day}", "open": "未解决的阻断问题", "after": "取得许可证后",
    },
    "en": {
        "as_of": "as of", "verdict": "Verdict", "fix": "What to do", "timeline": "Timeline", "doubt": "Note",
        "approx": "(approximate: some years' official holiday schedule is not published yet; counted Monday to Friday)",
        "none": "No problems found.", "province": "Province", "blockers": "blockers", "warnings": "warnings",
        "earliest": "earliest filing", "not_before": "not before {day}", "open": "Open blockers", "after": "After the licence",
    },
}


def _colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def render_report(report: Report, lang: str = "zh") -> str:
    from ..tracking.real import report_headline  # tracking imports the engine, which imports this module's users

    w, colon = _WORDS[lang], _colon(lang)
    lines = [
        f"{report.applicant or '—'} · {report.province_name.get(lang)} ({report.licence_prefix}) · "
        f"{w['as_of']} {report.as_of.isoformat()}",
        f"{w['verdict']}{colon}{report_headline(report).get(lang)}",
    ]
    if report.verdict.value != "licence_not_required":
        lines.append(f"{w['open']}{colon}{sentences.open_counts(report).get(lang)}")
    if report.findings:
        lines.append(sentences.basis_counts(report).get(lang))
    if report.answers.asked:
        lines.append(sentences.answers(report).get(lang))
    lines.append("")
    for finding in report.findings:
        page = PAGE_TITLES[finding.page][lang]
        field = field_label(finding.field, lang).split(" / ")[-1]
        where = page if field == page else f"{page} · {field}"  # a page-wide field (staff) is named once
        lines.append(f"[{sentences.badge(finding).get(lang)}] {where}")
        lines.append(f"    {finding.message.get(lang)}")
        fix = finding.fix.get(lang)
        duration = sentences.duration_line(finding)
        if duration:
            fix += ("（" + duration.zh + "）") if lang == "zh" else f" ({duration.en})"
        lines.append(f"    {w['fix']}{colon}{fix}")
        lines.append(f"    {sentences.basis_line(finding).get(lang)}")
        if finding.doubtful:
            lines.append(f"    {w['doubt']}{colon}{finding.doubtful.get(lang)}")
    if not report.findings:
        lines.append(w["none"])
    if report.verdict.value != "licence_not_required":
        lines += ["", f"{w['timeline']}{colon}".rstrip()]
        lines.append(f"    {sentences.filing(report).get(lang)}")
        lines += [f"    {line.get(lang)}" for line in sentences.open_notice_lines(report)]
        lines.append(f"    {sentences.licence(report).get(lang)}")
        if report.timeline.approximate:
            lines.append(f"    {w['approx']}")
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(text: object, width: int, right: bool = False) -> str:
    text = str(text)
    padding = " " * max(0, width - _width(text))
    return padding + text if right else text + padding


_COLUMNS = {
    "zh": ("要办", "等待", "主体不符", "待回答", "警告"),
    "en": ("to do", "waiting", "ruling out", "unanswered", "warnings"),
}


def render_comparison(reports: list[Report], lang: str = "zh") -> str:
    """One line per province: the verdict, open blockers by kind, warnings, the earliest filing date."""
    w = _WORDS[lang]
    columns = _COLUMNS[lang]
    header = " ".join([_cell(w["province"], 12), _cell(w["verdict"], 30), *(_cell(c, 10, True) for c in columns)])
    header += "  " + w["earliest"]
    lines = [header, "-" * (_width(header) + 4)]
    for report in reports:
        c = report.open_counts
        filing = report.timeline.filing
        if filing.date is not None:
            earliest = filing.date.isoformat()
        elif filing.not_before is not None:  # the check's "even then not before": the waits alone end then
            earliest = w["not_before"].format(day=filing.not_before.isoformat())
        else:
            earliest = "—"
        numbers = (c.act, c.wait, c.structural, c.missing, c.warnings)
        lines.append(
            " ".join([_cell(report.province_name.get(lang), 12), _cell(VERDICT_TEXT[report.verdict].get(lang), 30),
                      *(_cell(n, 10, True) for n in numbers)])
            + "  " + earliest
        )
    return "\n".join(lines)
