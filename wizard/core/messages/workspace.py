"""Messages of the consultancy workspace: the folder scan, `status`, `calendar`, `rules diff` and
`check --against-rules`."""

from __future__ import annotations

WORKSPACE: dict[str, tuple[str, str]] = {
    "workspace.not_a_folder": ("“{path}”不是文件夹", "'{path}' is not a folder"),
    "workspace.crashed": (
        "程序在评估此文件时出错（这是程序的缺陷，不是文件的问题），已写入错误报告：{report}",
        "the program failed while evaluating this file (a bug in the program, not a problem of the file); "
        "a crash report was written: {report}",
    ),
    "workspace.crashed_no_report": (
        "程序在评估此文件时出错（这是程序的缺陷，不是文件的问题）：{error}",
        "the program failed while evaluating this file (a bug in the program, not a problem of the file): {error}",
    ),
    "workspace.no_rules_folder": (
        "“{path}”中没有规则包（*.yaml）",
        "'{path}' holds no rule packs (*.yaml)",
    ),
    "workspace.ics_suffix": (
        "日历文件的扩展名应为 .ics",
        "the calendar file's name should end in .ics",
    ),
    "workspace.against_rules_files": (
        "--against-rules 比较的是整个文件夹，不能与 --province 或 --json 以外的选项一起使用",
        "--against-rules compares a whole folder and cannot be combined with options other than --json",
    ),
}
