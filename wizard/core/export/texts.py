"""Fixed wording of the exports in both languages, and small formatting helpers.

Kept free of reportlab and openpyxl so the CSV writer and tests can use it cheaply.
"""

from __future__ import annotations

import datetime as dt

from ..application.model import MaterialStatus, Post, StaffBackground
from ..labels import PAGE_STATUS_LABELS, SEVERITY_LABELS, enum_text
from ..report import PageStatus, SourceInfo
from ..rulepack.basics import Severity

LANGS = ("zh", "en")

_TEXT: dict[str, tuple[str, str]] = {
    "report_title": ("ICP许可证申请准备情况报告", "ICP licence readiness report"),
    "checklist_title": ("ICP许可证申请材料清单", "ICP licence application checklist"),
    "checklist_sheet": ("ICP许可证申请材料清单", "ICP licence checklist"),  # a sheet name: at most 31 characters
    "applicant": ("申请主体", "Applicant"),
    "unnamed": ("（尚未填写企业名称）", "(company name not entered yet)"),
    "province": ("申请省份", "Province"),
    "authority": ("受理机关", "Authority"),
    "as_of": ("评估日期", "Assessed on"),
    "verdict": ("结论", "Verdict"),
    "open_items": ("未解决的阻断问题", "Open blockers"),
    "basis_counts": ("依据", "Basis"),
    "answers": ("回答完整度", "Answers"),
    "summary": ("各页面状态一览", "Status of each wizard page"),
    "page": ("页面", "Page"),
    "status": ("状态", "Status"),
    "blockers": ("阻断", "Blockers"),
    "warnings": ("警告", "Warnings"),
    "infos": ("提示", "Notes"),
    "findings": ("问题详情", "Findings in detail"),
    "no_findings": ("本页没有发现问题。", "Nothing found on this page."),
    "no_findings_at_all": ("未发现任何问题。", "No findings."),
    "fix": ("如何处理", "How to fix"),
    "field": ("字段", "Field"),
    "source": ("依据", "Source"),
    "checked": ("核对于", "checked"),
    "doubtful": ("存疑说明", "Treat with care"),
    "met_on": ("满足日期", "Met from"),
    "kind": ("类型", "Kind"),
    "staff": ("人员（身份证号已遮盖）", "Staff (ID numbers masked)"),
    "staff_revealed": ("人员", "Staff"),
    "legal_rep": ("法定代表人", "Legal representative"),
    "name": ("姓名", "Name"),
    "posts_background": ("岗位与背景", "Posts and background"),
    "no_background": ("未填写背景", "no background given"),
    "ss_months": ("社保月数", "Social security (months)"),
    "ss_province": ("社保省份", "Social security province"),
    "id_number": ("身份证号", "ID number"),
    "no_staff": ("尚未填写人员。", "No staff entered yet."),
    "timeline": ("时间预估", "Timeline"),
    "timeline_note": (
        "按工作日（法定节假日调休）推算，仅供计划参考；实际时限以受理机关为准。",
        "Projected in working days (official holidays observed); for planning only — the authority's actual timing governs.",
    ),
    "approximate": (
        "注意：部分日期所在年份的法定节假日安排尚未公布，这些日期按周一至周五估算，为近似值。",
        "Approximate: some dates fall in years whose official holiday schedule is not yet published; "
        "they are counted Monday to Friday.",
    ),
    "not_projectable": (
        "尚无法推算提交日期：有条件需要先补充信息才能判断何时满足。",
        "The filing date cannot be projected yet: some conditions need more information first.",
    ),
    "today": ("评估日", "Assessed"),
    "earliest_filing": ("最早可提交", "Earliest filing"),
    "licence_range": ("预计取得许可证", "Licence expected"),
    "already_met": ("已满足", "met"),
    "unknown_date": ("无法推算", "cannot be projected"),
    "condition": ("条件", "Condition"),
    "date": ("日期", "Date"),
    "step": ("办理步骤", "Step"),
    "working_days": ("工作日", "Working days"),
    "wd_range": ("{a}–{b} 个工作日", "{a}–{b} working days"),
    "within": ("至多 {n} 个工作日", "within {n} working days"),
    "no_duration": ("时长未说明", "duration not stated"),
    "by_applicant": ("属于提交本身，不计入", "part of filing, not counted"),
    "not_placed": ("日期取决于提交日期和前面未说明用时的步骤", "dates depend on the filing date and the steps before"),
    "after_corrections": ("补交补正材料之后才能排定", "placed once the corrections are supplied"),
    "latest_by": ("最晚 {day}", "by {day} at the latest"),
    "passed_by": ("按实际提交日期最晚 {day}，已过", "by {day} at the latest from the real submission: passed"),
    "by_date": ("最晚 {day}", "by {day}"),
    "licence_basis": ("取证时间的依据", "Basis of the licence window"),
    "total": ("合计", "Total"),
    "obligations": ("取得许可证后的义务", "Obligations after the licence"),
    "obligation": ("事项", "Obligation"),
    "when": ("时间", "When"),
    "detail": ("说明", "Detail"),
    "safest": ("最稳妥：按此日期准备", "Safest: plan for this date"),
    "apply_by": ("{start} 前提出申请（许可证到期 {end}）", "apply by {start} (licence expires {end})"),
    "every_year": ("{start} – {end}，此后每年同期", "{start} – {end}, then every year"),
    "expires_on": ("{end}（按预计取证日期推算）", "{end} (from the projected issue date)"),
    "expires_on_issued": ("{end}（自 {issued} 发证起算）", "{end} (counted from the issue on {issued})"),
    "date_passed": ("{text}（日期已过）", "{text} (date passed)"),
    "after_issue": ("取得许可证后确定", "set once the licence is issued"),
    "standing": ("持续", "ongoing"),
    "plan": ("行动计划", "Action plan"),
    "critical_path": ("关键路径", "Critical path"),
    "critical": ("关键路径上", "on the critical path"),
    "advice": ("建议", "advice"),
    "staff_heading": ("人员方案", "Staff options"),
    "plan_nothing": ("（无）", "(none)"),
    "done_but_open": (
        "已标记完成，但申请中的回答仍显示未满足：请更新回答，检查才会确认。",
        "Marked done, but the answers still show the gap: update them so the check can confirm it.",
    ),
    "disclaimer": ("说明与免责声明", "Notes and disclaimer"),
    "disclaimer_text": (
        "本报告由 ICP Wizard 根据您填写的信息和下列规则包自动生成，仅供准备申请时参考，不构成法律意见，"
        "也不代表通信管理局的审查结论。每个问题都标明依据的类别：法规、官方、顾问文章（咨询机构的文章，不是官方文件）"
        "或本程序推断（程序自己的推理）；后两类请向受理机关核实。",
        "This report was generated by ICP Wizard from the information you entered and the rule packs below. "
        "It is a preparation aid, not legal advice, and not the decision of the communications administration. "
        "Every finding names the class of its basis: law, official, consultancy guide (an article by a consultancy, "
        "not an official text) or the program's inference (its own reasoning); confirm the last two with the authority.",
    ),
    "packs": ("规则包", "Rule packs"),
    "reviewed": ("最后核对", "last reviewed"),
    "footer": ("第 {n} 页 / 共 {m} 页", "Page {n} of {m}"),
    "group": ("分组", "Group"),
    "item": ("材料", "Item"),
    "owner": ("负责人", "Owner"),
    "due": ("截止日期", "Due date"),
    "notes": ("备注", "Notes"),
    "notes_line": ("备注：", "Notes:"),
    "no_checklist": ("无需准备许可证申请材料。", "No licence application materials are needed."),
    "subject": ("增值电信业务经营许可证（ICP）申请准备", "Preparing an ICP (value-added telecom) licence application"),
}

VERDICT_COLOURS = {
    "licence_not_required": "#2e7d32",
    "ready": "#2e7d32",
    "ready_with_warnings": "#e69500",
    "not_ready": "#c62828",
}

PAGE_STATUS_COLOURS = {
    PageStatus.blockers: "#d9534f",
    PageStatus.warnings: "#f0ad4e",
    PageStatus.complete: "#5cb85c",
    PageStatus.not_started: "#bdbdbd",
}

SEVERITY_COLOURS = {Severity.blocker: "#d9534f", Severity.warning: "#f0ad4e", Severity.info: "#5b9bd5"}

def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


def t(key: str, lang: str, **values: object) -> str:
    text = _pick(_TEXT[key], lang)
    return text.format(**values) if values else text


def page_status(status: PageStatus, lang: str) -> str:
    return _pick(PAGE_STATUS_LABELS[status.value], lang)


def severity(value: Severity, lang: str) -> str:
    return _pick(SEVERITY_LABELS[value.value], lang)


def material_status(value: MaterialStatus, lang: str) -> str:
    return enum_text(value).get(lang)


def post(value: Post | StaffBackground, lang: str) -> str:
    return enum_text(value).get(lang)


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def cite(source: SourceInfo, lang: str) -> str:
    """'Title §x (checked 2026-11-23) [consultancy guide]': the class of the basis is always named."""
    from ..report import BASIS_TEXT
    from ..sentences import cite as cite_source

    checked = paren(f"{t('checked', lang)} {source.checked.isoformat()}", lang)
    mark = BASIS_TEXT[source.basis].get(lang)
    return f"{cite_source(source, lang)}{checked}" + (f"〔{mark}〕" if lang == "zh" else f" [{mark}]")


def paren(text: str, lang: str) -> str:
    """Full-width brackets in Chinese text, ASCII ones in English."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def labelled(label: str, value: str, lang: str) -> str:
    """'标签：值' in Chinese, 'Label: value' in English."""
    return f"{label}：{value}" if lang == "zh" else f"{label}: {value}"


def fixed_timestamp(as_of: dt.date) -> dt.datetime:
    """A timestamp that depends only on the report, so exports are reproducible."""
    return dt.datetime(as_of.year, as_of.month, as_of.day, 0, 0, 0)
