"""Messages about one value: what a field accepts (from pydantic's error types), amounts, dates,
provinces, and the identifiers checked in identifiers.py (USCC, resident ID, domain, ICP备案 number)."""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str]] = {
    # --- the shape of a value (wizard/core/application/validation.py maps pydantic's error types here) ---------
    "field.missing": ("缺少必填项", "this field is required"),
    "field.unknown": ("未知字段（可能拼写有误，或来自其他程序）", "unknown field (misspelt, or from another program)"),
    "field.unknown_needs_quotes": (
        "未知字段（可能拼写有误，或来自其他程序）；在 { } 中含有“, ”或“: ”的文字必须加引号",
        "unknown field (misspelt, or from another program); text with ', ' or ': ' inside { } must be put in quotes",
    ),
    "field.not_a_boolean": ("应为 是 或 否（true 或 false）", "expected yes or no (true or false)"),
    "field.not_a_whole_number": ("应为整数", "expected a whole number"),
    "field.not_a_number": ("应为数字", "expected a number"),
    "field.not_text": ("应为文字", "expected text"),
    "field.not_a_list": ("应为列表（每项以“- ”开头）", "expected a list (one '- ' per item)"),
    "field.not_a_mapping": ("应为一组字段（映射，即“名称: 值”）", "expected a group of fields (a mapping of name: value)"),
    "field.not_a_choice": ("“{value}”不是可选的值；可选：{choices}", "'{value}' is not one of the allowed values: {choices}"),
    "field.not_a_date": ("日期格式应为 年-月-日，例如 2024-03-01", "expected a date written as YYYY-MM-DD, e.g. 2024-03-01"),
    "field.date_has_time": ("只填日期，不要带时刻", "a date without a time of day is expected"),
    "field.below_minimum": ("不能小于 {minimum}", "must be at least {minimum}"),
    "field.above_maximum": ("不能大于 {maximum}", "must be at most {maximum}"),
    "field.negative": ("不能为负数", "cannot be negative"),
    "field.too_short": ("太短（至少 {minimum} 个）", "too short (at least {minimum})"),
    "field.too_long": ("太长（最多 {maximum} 个）", "too long (at most {maximum})"),
    "field.bad_identifier": (
        "只能使用小写字母、数字和 _ . -，并以字母或数字开头",
        "only lower-case letters, digits and _ . - are allowed, starting with a letter or digit",
    ),
    "field.bad_format": ("格式不符合要求", "not in the required format"),
    "field.unknown_kind": ("未知的类型“{value}”；可选：{choices}", "unknown kind '{value}'; allowed: {choices}"),
    "field.kind_missing": ("缺少 {name}", "{name} is missing"),
    "field.invalid": ("值无效", "invalid value"),
    # --- dates and provinces (fieldtypes.py) ------------------------------------------------------
    "date.too_early": ("日期 {date} 早于 1949-10-01", "the date {date} is before 1949-10-01"),
    "date.in_future": ("日期 {date} 晚于今天", "the date {date} is in the future"),
    "region.not_text": ("应填写省份名称，例如 上海 或 henan", "expected a province name such as Shanghai or henan"),
    "region.unknown": ("未知的省份或地区“{value}”", "unknown province or region '{value}'"),
    # --- amounts of money (values.py) --------------------------------------------------------------
    "amount.not_a_yes_no": ("应填写金额（元），而不是 是/否", "expected an amount in yuan, not yes/no"),
    "amount.wrong_type": ("应填写金额（元）", "expected an amount in yuan"),
    "amount.unreadable": (
        "“{value}”不是金额（例如写 1000000 或 100万）",
        "'{value}' is not an amount of money (write e.g. 1000000 or 1,000,000)",
    ),
    "amount.negative": ("金额不能为负数", "the amount cannot be negative"),
    "amount.implausible": ("金额大得不合理，请检查位数", "the amount is implausibly large; check the number of zeros"),
    "amount.empty": ("金额为空", "the amount is empty"),
    # --- identifiers (identifiers.py; shown as {reason} in rule messages) --------------------------
    # worded to sit inside a rule's message: "统一社会信用代码“…”无效（{reason}）"
    "uscc.wrong_length": ("长度应为 18 位", "it must have 18 characters"),
    "uscc.bad_characters": (
        "含有不允许的字符：前 8 位应为数字，其后为数字或除 I、O、S、V、Z 以外的大写字母",
        "it has characters that are not allowed: 8 digits first, then digits or capital letters other than I, O, S, V, Z",
    ),
    "uscc.bad_check_character": ("最后一位校验码不对", "the check character (the last one) is wrong"),
    "resident_id.wrong_length": ("长度应为 18 位", "it must have 18 characters"),
    "resident_id.bad_characters": ("前 17 位应为数字", "the first 17 characters must be digits"),
    "resident_id.bad_check_digit": ("最后一位校验码不对", "the check digit (the last one) is wrong"),
    "resident_id.bad_birth_date": ("其中的出生日期不存在", "the date of birth in it does not exist"),
    "resident_id.unknown_region": (
        "前 6 位不是当时有效的行政区划代码", "the first six digits are not a region code in use at the time"
    ),
    "domain.no_suffix": ("域名需要名称和后缀，例如 example.com", "a domain needs a name and a suffix, e.g. example.com"),
    "domain.invalid": ("含有域名中不允许的字符或写法", "it has characters or a form a domain name cannot have"),
    "domain.too_long": ("域名最多 253 个字符", "a domain name is at most 253 characters"),
    "domain.unknown_suffix": ("“{suffix}”不是已知的公共后缀", "'{suffix}' is not a known public suffix"),
    "domain.is_suffix": ("这是一个后缀，不是域名", "this is a suffix, not a domain"),
    "icp_filing.bad_format": (
        "格式应为 {example}（可在后面加 -1 这样的网站序号）",
        "expected the form {example} (optionally followed by a site number such as -1)",
    ),
    "icp_filing.unknown_abbreviation": (
        "“{abbreviation}”不是省份简称", "'{abbreviation}' is not the abbreviation of a province"
    ),
}
