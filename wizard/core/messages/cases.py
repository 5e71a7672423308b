"""Messages of the YAML case runner (casefiles.py, `icp-wizard rules test`): which case of which case
file failed and what its report showed instead. The case files' own keys (verdict, earliest_filing,
checklist_includes, ...) are quoted as they are written, in both languages."""

from __future__ import annotations

CASES: dict[str, tuple[str, str]] = {
    "case.failed": ("未通过 {file}：{case}", "FAIL {file}: {case}"),
    "case.summary": ("{passed} 个通过，{failed} 个未通过", "{passed} passed, {failed} failed"),
    "case.unknown_pack": (
        "案例文件指定的规则包或地区“{pack}”不存在", "the case file names the pack or region '{pack}', which does not exist"
    ),
    "case.form": (
        "案例文件须是含 pack:、example: 和 cases: 的映射，cases: 是案例的列表，每个案例是一个映射",
        "a case file is a mapping with pack:, example: and cases:, a list of cases, each case a mapping",
    ),
    "case.missing_key": ("缺少“{key}:”", "'{key}:' is missing"),
    "case.unknown_file_keys": (
        "案例文件中有未知的键 {keys}（可用的是 pack、example、as_of、cases）",
        "the case file has unknown keys {keys} (it takes pack, example, as_of and cases)",
    ),
    "case.shape": ("{where} 应是{shape}，实际是{actual}", "{where} should be {shape}, not {actual}"),
    "case.shape_in_case": (
        "案例“{case}”：{where} 应是{shape}，实际是{actual}", "case '{case}': {where} should be {shape}, not {actual}"
    ),
    "case.missing_key_in": ("案例“{case}”：{where} 缺少“{key}:”", "case '{case}': {where} lacks '{key}:'"),
    "case.set_not_mapping": (
        "set: 中的“{path}”无法设置：“{name}”之前的部分在示例中是{actual}，不是映射",
        "set: '{path}' cannot be set: the part before '{name}' is {actual} in the example, not a mapping",
    ),
    "case.set_not_list": (
        "set: 中的“{path}”无法设置：“{name}”在示例中是{actual}，不是列表，请去掉 []",
        "set: '{path}' cannot be set: '{name}' is {actual} in the example, not a list; drop the []",
    ),
    "case.refused_summary": (
        "{passed} 个通过，{failed} 个未通过；无法运行的案例文件：{refused} 个",
        "{passed} passed, {failed} failed; case files that could not be run: {refused}",
    ),
    # --- what a value should be, and what it is (case.shape) -----------------------------------------
    "shape.text": ("文本", "a text"),
    "shape.texts": ("文本的列表", "a list of texts"),
    "shape.date": ("日期（如 2026-11-23）", "a date (such as 2026-11-23)"),
    "shape.date_or_none": ("日期（如 2026-11-23）或 null", "a date (such as 2026-11-23) or null"),
    "shape.whole": ("整数", "a whole number"),
    "shape.whole_or_none": ("整数或 null", "a whole number or null"),
    "shape.flag": ("true 或 false", "true or false"),
    "shape.name": ("名称（文本）", "a name (a text)"),
    "shape.list": ("列表", "a list"),
    "shape.mapping": ("映射（键: 值）", "a mapping (key: value)"),
    "shape.counts": ("规则编号到个数的映射（如 {gansu.entity.legal_person: 1}）",
                     "a mapping of rule ids to counts (such as {gansu.entity.legal_person: 1})"),
    "shape.findings": ("发现的列表，每项是一个映射（如 - {rule: …, field: …}）",
                       "a list of findings, each a mapping (such as - {rule: ..., field: ...})"),
    "shape.dated_items": ("列表，每项是含 id: 的映射", "a list, each item a mapping with id:"),
    "shape.cases": ("案例的列表，每个案例是一个映射", "a list of cases, each case a mapping"),
    "shape.is_null": ("空（null）", "empty (null)"),
    "shape.is_flag": ("逻辑值 {value}", "the value {value}"),
    "shape.is_mapping": ("映射", "a mapping"),
    "shape.is_list": ("列表", "a list"),
    "shape.is_date": ("日期 {value}", "the date {value}"),
    "shape.is_number": ("数字 {value}", "the number {value}"),
    "shape.is_text": ("文本“{value}”", "the text '{value}'"),
    # --- what differed (one line each under the failed case) ----------------------------------------
    "case.verdict": (
        "结论是 {actual}，应为 {expected}（发现：{findings}）", "verdict {actual}, expected {expected} (findings: {findings})"
    ),
    "case.differs": ("{key} 是 {actual}，应为 {expected}", "{key} {actual}, expected {expected}"),
    "case.no_finding_like": ("没有符合 {wanted} 的发现（实际的发现：{seen}）", "no finding like {wanted} (got: {seen})"),
    "case.rule_fired": ("规则 {rule} 不应触发，但触发了", "rule {rule} fired but should not"),
    "case.finding_count": (
        "规则 {rule} 有 {actual} 个发现，应为 {expected} 个", "{actual} findings from {rule}, expected {expected}"
    ),
    "case.filing_lacks": ("filing 的 {key} 中没有规则 {rule}（实际：{has}）", "filing {key} lacks {rule} (has {has})"),
    "case.filing_says": ("filing 的说明中没有“{wanted}”：{text}", "filing explanation lacks '{wanted}': {text}"),
    "case.licence_says": ("licence 的依据中没有“{wanted}”：{text}", "licence basis lacks '{wanted}': {text}"),
    "case.licence_cites": ("licence 的来源中没有“{wanted}”：{cited}", "licence sources lack '{wanted}': {cited}"),
    "case.no_expectations": ("这个案例没有 expect:，什么也没有检查", "the case has no expect: and checks nothing"),
    "case.unknown_case_keys": (
        "案例中有未知的键 {keys}（拼错的键不会被检查）", "the case has unknown keys {keys} (a misspelt key is not checked)"
    ),
    "case.unknown_keys": (
        "{section} 中有未知的键 {keys}（拼错的键不会被检查）", "{section}: unknown keys {keys} (a misspelt key is not checked)"
    ),
    "case.checklist_lacks": ("材料清单中没有 {item}", "checklist lacks {item}"),
    "case.checklist_includes": ("材料清单不应包含 {item}，但包含了", "checklist includes {item} but should not"),
    "case.no_obligation_like": ("没有符合 {wanted} 的持续义务", "no obligation like {wanted}"),
    "case.no_step_like": ("没有符合 {wanted} 的办理步骤", "no process step like {wanted}"),
}
