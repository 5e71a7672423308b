"""Messages of tracking after filing: what each deadline is and how it was counted, and the checks of
the recorded dates (wizard/core/tracking)."""

from __future__ import annotations

TRACKING: dict[str, tuple[str, str]] = {
    # --- deadlines -----------------------------------------------------------------------------
    "tracking.correction": ("补正材料截止", "Corrections due"),
    "tracking.licence_expected": ("预计最晚取得许可证", "Licence expected by this day"),
    "tracking.licence_expected_window": ("预计取得许可证", "Licence expected"),
    "tracking.licence_overdue_title": ("预计取证日期已过", "Licence date passed"),
    "tracking.licence_overdue": (
        "{text}来源允许的最晚日期 {day} 已过，仍未记录批准或发证：请向受理机关询问进度；已批准或发证的，请补填日期",
        "{text} The latest day the sources allow, {day}, has passed with no approval or licence recorded: ask the "
        "bureau how far it has got, and enter the date if it has been approved or issued",
    ),
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
    "tracking.correction_days_unclear_passed": (
        "自 {received} 收到补正通知起 {days} 个工作日；指南只写“{days}日”，未说明是否为工作日，"
        "按自然日计算则在 {calendar} 已经截止：请立即补交，并向受理机关确认期限",
        "{days} working days from the notice of {received}; the guide says {days} days without saying working "
        "days, and counted in calendar days it ended on {calendar}, already past: answer at once and ask the "
        "bureau which reading it applies",
    ),
    "tracking.correction_overdue_title": ("补正材料已逾期", "Corrections overdue"),
    "tracking.correction_overdue": (
        "自 {received} 收到补正通知起 {days} 个工作日，已经到期：请立即补交，并向受理机关确认申请是否仍在办理",
        "{days} working days from the notice of {received}, already ended: answer at once and ask the bureau "
        "whether the application is still being processed",
    ),
    "tracking.correction_overdue_unclear": (
        "自 {received} 收到补正通知起 {days} 个工作日，已经到期；指南只写“{days}日”，按自然日计算在 {calendar} "
        "就已截止：请立即补交，并向受理机关确认申请是否仍在办理",
        "{days} working days from the notice of {received}, already ended; the guide says {days} days, and counted "
        "in calendar days it ended on {calendar}: answer at once and ask the bureau whether the application is "
        "still being processed",
    ),
    "tracking.correction_stated": ("{received} 的补正通知写明的期限", "the deadline the notice of {received} states"),
    "tracking.correction_stated_overdue": (
        "{received} 的补正通知写明的期限已过，尚未记录补交：请立即补交，并向受理机关确认申请是否仍在办理",
        "the deadline the notice of {received} states has passed and no answer is recorded: answer at once and "
        "ask the bureau whether the application is still being processed",
    ),
    "tracking.correction_stated_differs": (
        "{text}（指南所说的 {days} 日按工作日计算为 {guide}，以通知为准）",
        "{text} (the guide's {days} days, counted in working days, would end on {guide}; the notice's date applies)",
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
    "tracking.renewal_overdue_title": ("续期申请已逾期", "Renewal overdue"),
    "tracking.renewal_overdue": (
        "{text}；这一日期（{day}）已过，许可证尚未到期：请立即提出续期申请，并向通信管理局确认是否仍予受理",
        "{text}; that day ({day}) has passed while the licence still runs: apply at once and ask the bureau "
        "whether it still accepts the renewal",
    ),
    "tracking.expired": ("许可证已过期", "Licence expired"),
    "tracking.expired_detail": (
        "{issued} 发证，有效期 {years} 年，已于 {expiry} 到期：此后不能再凭此许可证经营，请向通信管理局确认如何重新申请",
        "Issued on {issued}, valid for {years} years, it expired on {expiry}: it no longer covers the business; "
        "ask the bureau how to apply again",
    ),
    "tracking.expiry_detail": ("{issued} 发证，有效期 {years} 年", "Issued on {issued}, valid for {years} years"),
    # --- where the procedure stands (tracking/progress.py) ---------------------------------------
    "progress.submitted": ("已于{day}提交", "submitted on {day}"),
    "progress.part_of_submission": ("属于{day}提交的申请", "part of the application submitted on {day}"),
    "progress.notice_due": ("{received}收到补正通知，须在{due}前补交", "notice of {received}: due by {due}"),
    "progress.notice_overdue": ("{received}收到补正通知，已于{due}到期，尚未补交",
                                "notice of {received}: due {due}, overdue and not answered"),
    "progress.notice_open": ("{received}收到补正通知，尚未补交；期限以通知为准",
                             "notice of {received}, not answered yet; the deadline is the one the notice states"),
    "progress.notice_sent": ("{received}发出补正通知，补交之日才算受理",
                             "sent the correction notice of {received}; the application counts as accepted only "
                             "once the corrections are supplied"),
    "progress.accepted_on_corrections": ("{day}补交补正材料，当日即受理", "accepted on {day}, when the corrections were supplied"),
    "progress.corrections_supplied": ("已于{day}补交", "supplied on {day}"),
    "progress.inspected": ("已于{day}现场核查", "inspected on {day}"),
    "progress.accepted_before_inspection": ("已受理（{day}已现场核查）", "accepted (site inspection held on {day})"),
    "progress.approved": ("已于{day}批准", "approved on {day}"),
    "progress.no_notice": ("未记录补正通知", "no correction notice recorded"),
    "progress.passed": ("已过此步", "done"),  # "behind the application" read as if the step were missing
    "progress.after_wait": ("补交后至多{days}个工作日", "within {days} working days once the corrections are in"),
    "progress.licence_waits": (
        "{received}的补正通知尚未补交：申请在补交之日才算受理，此后各步骤的用时才开始计算，"
        "因此补交之前不给出取证日期（{source}）。",
        "The notice of {received} has not been answered: the application counts as accepted only on the day the "
        "corrections are supplied, and the steps' time limits run from then, so no licence date is given before "
        "that ({source}).",
    ),
    "progress.licence_from_corrections": (
        "自{day}补交之日起计算：补交之日即受理之日（{source}）。{basis}",
        "Counted from {day}, when the corrections were supplied: that is the day of acceptance ({source}). {basis}",
    ),
    "progress.licence_after_inspection": (
        "自{day}现场核查之日起计算其后各步骤的最长用时，合计{days}个工作日；这是按核查当天通过估算的，"
        "若核查后要求整改，取证会相应推后。",
        "Counted from the site inspection on {day}: the maxima of the steps after it, {days} working days in all, "
        "taking the inspection as passed that day; if it asked for changes, the licence comes later.",
    ),
    "progress.licence_after_inspection_unknown": (
        "自{day}现场核查之后，指南没有给出{steps}的用时，因此无法给出最晚日期。",
        "After the site inspection on {day}, the guide gives no duration for {steps}, so no latest date can be given.",
    ),
    "progress.licence_after_corrections": (
        "其后各步骤的最长用时合计{days}个工作日。",
        "The maxima of the steps after it add up to {days} working days.",
    ),
    "progress.licence_after_corrections_unknown": (
        "其后的步骤中，指南没有给出{steps}的用时，因此无法给出最晚日期。",
        "Of the steps after it, the guide gives no duration for {steps}, so no latest date can be given.",
    ),
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
        "“{value}”不像经营许可证编号：通常为省份前缀加8位数字，例如 {example}（本程序据公开的许可证编号归纳）。"
        "请对照许可证核对；如许可证上确实如此，可忽略此提示",
        "'{value}' does not look like a licence number: these are usually the province's prefix and 8 digits, "
        "e.g. {example} (the program's reading of published numbers). Check it against the licence; if the "
        "licence reads so, ignore this",
    ),
    "tracking.licence_number_province": (
        "“{value}”以“{found}”开头，但申请省份是{province}，该省的许可证编号以“{expected}”开头；请对照许可证核对",
        "'{value}' starts with '{found}', but the application is in {province}, whose licence numbers start "
        "with '{expected}'; check it against the licence",
    ),
    # --- the F1 help of the tracking questions (tracking/help.py) ------------------------------
    "tracking.help_submitted": (
        "在线提交申请的日期。填写后，计划不再推算“最早可提交日期”，预计取得许可证的时间改从这一天起算。",
        "The day the application was submitted online. Once it is entered, the plan no longer projects an earliest "
        "filing date, and the expected licence date is counted from this day.",
    ),
    "tracking.help_application_number": (
        "在线申请系统给出的申请编号，向通信管理局查询进度时使用；本程序只记录，不检查其格式。",
        "The number the online system gives the application, for asking the bureau about progress; the program "
        "records it and does not check its form.",
    ),
    "tracking.help_corrections": (
        "通信管理局发出的每一份补正通知：收到日期、补交日期和要求补正的内容。未补交的通知按规则包的期限计算截止日期。",
        "Each correction notice from the bureau: when it came, when the corrections were supplied, and what was "
        "asked. An unanswered notice gets a deadline from the rule pack's period.",
    ),
    "tracking.help_received": (
        "收到补正通知的日期。{pack}的补正期限为{days}日（{source}），本程序按工作日计算截止日期，"
        "并同时给出按自然日计算的更早日期。",
        "The day the correction notice came. {pack} allows {days} days ({source}); the program counts them as "
        "working days and also gives the earlier calendar-day date.",
    ),
    "tracking.help_received_no_period": (
        "收到补正通知的日期。{pack}的规则包没有给出补正期限，本程序不推算截止日期；请以通知上写明的期限为准。",
        "The day the correction notice came. The rules for {pack} give no period for corrections, so the program "
        "gives no deadline: go by the date on the notice.",
    ),
    "tracking.help_answered": (
        "补交材料的日期。填写后，这份通知不再列入待办的截止日期。",
        "The day the missing materials were supplied. Once entered, the notice no longer has a deadline.",
    ),
    "tracking.help_due": (
        "补正通知上写明的补交期限（如有）。以通知为准：填写后，截止日期、日历和工作区都按这一天计算；"
        "规则包未给出补正期限的省份，只有填写这一项才有截止日期。",
        "The deadline printed on the correction notice, if it gives one. The notice's date applies: once entered, "
        "the deadline, the calendar and the workspace use it; where the rule pack gives no correction period, "
        "it is the only deadline there is.",
    ),
    "tracking.help_note": ("通知要求补正的内容，供日后查阅。", "What the notice asked for, for later reference."),
    "tracking.help_inspection": (
        "通信管理局到办公场地现场核查的日期（已进行的核查）。",
        "The day the bureau inspected the office (an inspection that has taken place).",
    ),
    "tracking.help_approved": (
        "审批通过的日期。填写后，申请视为已获批准；填写发证日期或许可证编号后，才视为已取得许可证。",
        "The day the application was approved. Once entered, the application counts as approved; it counts as "
        "licensed once the issue date or the licence number is entered.",
    ),
    "tracking.help_licence_number": (
        "许可证上的编号，形如 {prefix}20260001。取得许可证后，须在网站首页底部展示这一编号。",
        "The number on the licence, like {prefix}20260001. Once licensed, it must be shown in the site's home "
        "page footer.",
    ),
    "tracking.help_issued": (
        "许可证上的发证日期。年度报告、续期申请和到期日都从这一天起算（有效期{years}年）。",
        "The issue date on the licence. The annual report, the renewal dates and expiry are counted from it "
        "(valid for {years} years).",
    ),
}
