"""Messages of tracking after filing: what each deadline is and how it was counted, and the checks of
the recorded dates (wizard/core/tracking)."""

from __future__ import annotations

TRACKING: dict[str, tuple[str, str]] = {
    # --- deadlines -----------------------------------------------------------------------------
    "tracking.correction": ("补正材料截止", "Corrections due"),
    "tracking.licence_expected": ("预计最晚取得许可证", "Licence expected by"),
    "tracking.correction_detail": (
        "自 {received} 收到补正通知起 {days} 个工作日",
        "{days} working days from the notice of {received}",
    ),
    "tracking.correction_days_unclear": (
        "自 {received} 收到补正通知起 {days} 个工作日；指南只写“{days}日”，未说明是否为工作日，"
        "按自然日计算则为 {calendar}，按这一较早日期准备最稳妥",
        "{days} working days from the notice of {received}; the guide says {days} days without saying working "
        "days, and counted in calendar days it ends on {calendar}: the safer date to work to",
    ),
    "tracking.approximate": (
        "{text}（该年度的法定节假日安排尚未公布，暂按周一至周五计算）",
        "{text} (that year's public holidays are not yet published: counted Monday to Friday)",
    ),
    "tracking.licence_expected_detail": (
        "自 {submitted} 实际提交之日起计算。{basis}",
        "Counted from the actual submission on {submitted}. {basis}",
    ),
    "tracking.licence_expected_corrected": (
        "自 {submitted} 实际提交之日起计算，补正所用的时间未计入。{basis}",
        "Counted from the actual submission on {submitted}; time spent on corrections is not counted in. {basis}",
    ),
    "tracking.annual_report_window": (
        "{year} 年的报送期：{start} 至 {end}（自 {issued} 发证起每年一次）",
        "The {year} window: {start} to {end} (every year since the licence was issued on {issued})",
    ),
    "tracking.renewal_days": (
        "许可证 {expiry} 到期，须在到期前 {days} 日提出续期申请",
        "The licence expires on {expiry}; apply for renewal {days} days before",
    ),
    "tracking.renewal_months": (
        "许可证 {expiry} 到期，须在到期前 {months} 个月提出续期申请",
        "The licence expires on {expiry}; apply for renewal {months} months before",
    ),
    "tracking.renewal_safest": ("{text}（两个期限中较早的一个，按此准备最稳妥）",
                                       "{text} (the earlier of the two deadlines: the safe one to work to)"),
    "tracking.expiry_detail": ("{issued} 发证，有效期 {years} 年", "Issued on {issued}, valid for {years} years"),
    # --- checks of the recorded dates and number -----------------------------------------------
    "tracking.date_order": (
        "{field} {date} 早于{other} {other_date}，请核对这两个日期",
        "the {field} {date} is before the {other} {other_date}; please check both dates",
    ),
    "tracking.answer_without_notice": (
        "已填写补正提交日期，但没有补正通知日期；请补填收到通知的日期，才能计算截止日期",
        "the corrections have a date supplied but no notice date; enter the day the notice came so that the "
        "deadline can be counted",
    ),
    "tracking.licence_is_filing_number": (
        "“{value}”是ICP备案号，不是经营许可证编号；许可证编号形如 {example}",
        "'{value}' is an ICP filing number, not the licence number; a licence number looks like {example}",
    ),
    "tracking.licence_number_format": (
        "“{value}”不像经营许可证编号：应为省份简称加“B2-”和8位数字，例如 {example}",
        "'{value}' does not look like a licence number: the province's abbreviation, 'B2-' and 8 digits, "
        "e.g. {example}",
    ),
    "tracking.licence_number_province": (
        "“{value}”以“{abbr}”开头，但申请省份是{province}，该省的许可证编号以“{expected}”开头",
        "'{value}' starts with '{abbr}', but the application is in {province}, whose licence numbers start "
        "with '{expected}'",
    ),
}
