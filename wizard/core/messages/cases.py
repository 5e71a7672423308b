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
