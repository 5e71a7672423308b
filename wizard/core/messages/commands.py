"""Messages of the commands: how an error line is put together, the CLI, the operating system's
refusals, saving, exporting, and the self-test."""

from __future__ import annotations

_KEEP = ("您的工作仍在向导中打开，没有丢失；", "Your work is still open in the wizard and nothing was lost; ")
_ELSEWHERE = ("请释放一些空间，或用“另存为”保存到其他位置。", "free some space, or use Save As to save it elsewhere.")


def _save(zh: str, en: str, advice: tuple[str, str]) -> tuple[str, str]:
    return f"未能保存：{zh}。{_KEEP[0]}{advice[0]}", f"could not save: {en}. {_KEEP[1]}{advice[1]}"


COMMANDS: dict[str, tuple[str, str]] = {
    # --- putting a line together ---------------------------------------------------------------
    "detail": ("{text}（技术细节：{detail}）", "{text} (technical detail: {detail})"),
    "where.line": ("第 {line} 行", "line {line}"),
    "more.one": ("（另有 1 处问题）", " (and 1 more problem)"),
    "more.other": ("（另有 {count} 处问题）", " (and {count} more problems)"),
    "word.none": ("无", "none"),
    # --- the command line ----------------------------------------------------------------------
    "cli.no_command": (
        "没有指定命令。单独运行 icp-wizard 可打开向导，或查看 icp-wizard --help",
        "no command given. Run 'icp-wizard' alone to open the wizard, or see 'icp-wizard --help'.",
    ),
    "cli.workspace_window": (
        "工作区在窗口中打开：icp-wizard workspace {folder}（可加 --lang zh 或 --lang en），不带其他选项",
        "the workspace opens as a window: icp-wizard workspace {folder} (with --lang zh or --lang en if you like), "
        "without other options",
    ),
    "cli.not_an_application_file": (
        "{file} 不是申请文件：向导打开 .yaml、.yml 或 .json 文件；命令见 icp-wizard --help",
        "{file} is not an application file: the wizard opens .yaml, .yml or .json files; for the commands see "
        "icp-wizard --help",
    ),
    "cli.folder_not_a_command": (
        "{folder} 是文件夹：查看其中每个客户请用 icp-wizard workspace {folder}（窗口）或 icp-wizard status {folder}",
        "{folder} is a folder: to see every client in it, use icp-wizard workspace {folder} (a window) or "
        "icp-wizard status {folder}",
    ),
    "cli.usage": ("命令行参数有误，请查看 {command} --help", "the command line is not right; see {command} --help"),
    "cli.not_a_date": ("“{value}”不是日期（应为 YYYY-MM-DD）", "'{value}' is not a date (YYYY-MM-DD)"),
    "cli.no_province": (
        "没有省份：请在文件中填写 scope.province，或使用 --province",
        "no province: set scope.province in the file or pass --province",
    ),
    "cli.no_pack": (
        "没有省份“{province}”的规则包（可用：{available}）",
        "no rule pack for province '{province}' (available: {available})",
    ),
    "cli.no_files": ("没有找到申请文件（.yaml、.yml、.json）", "no applicant files (.yaml, .yml, .json) found"),
    "cli.nothing_to_export": (
        "没有要导出的内容：请给出 --pdf 和/或 --checklist", "nothing to export: give --pdf and/or --checklist"
    ),
    "cli.checklist_suffix": (
        "材料清单的文件名必须以 .xlsx、.pdf 或 .csv 结尾", "the checklist must end in .xlsx, .pdf or .csv"
    ),
    "cli.pack_refused": ("规则包已跳过：{problem}", "rule pack refused: {problem}"),
    "cli.validate_summary": ("{count} 个问题；已加载：{loaded}", "{count} problem(s); loaded: {loaded}"),
    "cli.no_province_pack": ("没有省级规则包", "no province pack"),
    # --- what the operating system refused (errors.os_reason) ------------------------------------------
    "os.no_permission": ("没有权限", "permission denied"),
    "os.disk_full": ("磁盘已满", "the disk is full"),
    "os.quota": ("磁盘配额已用完", "the disk quota is used up"),
    "os.read_only": ("该驱动器是只读的", "the drive is read-only"),
    "os.not_found": ("文件或文件夹不存在", "no such file or folder"),
    "os.is_folder": ("这是一个文件夹", "this is a folder"),
    "os.failed": ("操作系统拒绝了这次读写", "the operating system refused to read or write it"),
    # --- saving (storage.py) ---------------------------------------------------------------------
    "save.conflict": (
        "自您打开此文件以来，它已被别人修改。用“另存为”可同时保留两个版本，或再次保存以替换对方的版本。",
        "the file was changed by someone else since you opened it. "
        "Use Save As to keep both versions, or save again to replace theirs.",
    ),
    "save.disk_full": _save("磁盘已满", "the disk is full", _ELSEWHERE),
    "save.quota": _save("磁盘配额已用完", "the disk quota is used up", _ELSEWHERE),
    "save.no_permission": _save(
        "没有权限",
        "permission denied",
        ("请确认您可以写入此文件夹，或使用“另存为”。", "check that you may write to this folder, or use Save As."),
    ),
    "save.read_only": _save(
        "该驱动器是只读的", "the drive is read-only", ("请用“另存为”保存到其他驱动器。", "use Save As to save it on another drive.")
    ),
    "save.folder_gone": _save(
        "文件夹已不存在",
        "the folder no longer exists",
        ("请重新连接该驱动器，或用“另存为”选择其他文件夹。", "reconnect the drive, or use Save As to choose another folder."),
    ),
    "save.failed": _save(
        "操作系统拒绝写入", "the operating system refused the write", ("请用“另存为”保存到其他位置。", "use Save As to save it elsewhere.")
    ),
    # --- exporting ---------------------------------------------------------------------------------
    "export.no_cjk_font": (
        "找不到可用的中文 TrueType 字体：程序自带的字体缺失（请重新安装本程序）。也可以安装一种中文 TrueType 字体（Debian/Ubuntu：sudo apt-get install "
        "fonts-wqy-microhei；Fedora：sudo dnf install wqy-microhei-fonts；Windows 和 macOS 自带），"
        "或把 {variable} 设为一个含 TrueType 轮廓的 .ttf/.ttc 文件的路径（Noto Sans CJK、思源黑体基于 CFF，不能使用）",
        "no Chinese TrueType font found: the font the program carries is missing (reinstall the program). "
        "You can also install a Chinese TrueType font (Debian/Ubuntu: sudo apt-get install "
        "fonts-wqy-microhei; Fedora: sudo dnf install wqy-microhei-fonts; Windows and macOS include one), "
        "or set {variable} to the path of a .ttf/.ttc file with TrueType outlines "
        "(Noto Sans CJK and Source Han Sans are CFF-based and cannot be used)",
    ),
    # --- icp-wizard --self-test (selftest.py) --------------------------------------------------------
    "selftest.packs": ("规则包：{packs}", "rule packs: {packs}"),
    "selftest.verdict": ("{province}：{verdict}", "{province}: {verdict}"),
    "selftest.library_data": ("程序库数据：公共后缀列表、中文数字", "library data: public suffix list, Chinese numerals"),
    "selftest.exports": ("导出：PDF {pdf_kb} KB，材料清单 {xlsx_kb} KB", "exports: PDF {pdf_kb} KB, checklist {xlsx_kb} KB"),
    "selftest.workers": (
        "工作进程：{count} 个文件由另行启动的进程评估（{methods}）",
        "worker processes: {count} files evaluated in processes started by {methods}",
    ),
    "selftest.workers_failed": ("以“{method}”方式启动的工作进程无法工作", "worker processes started by '{method}' do not work"),
    "selftest.workers_silent": (
        "以“{method}”方式启动的工作进程在 {seconds} 秒内没有返回结果",
        "worker processes started by '{method}' gave no result within {seconds} s",
    ),
    "selftest.workers_wrong": (
        "以“{method}”方式启动的工作进程给出的结果与本进程不同",
        "worker processes started by '{method}' gave other results than this process",
    ),
    "selftest.problem": ("问题：{problem}", "PROBLEM: {problem}"),
    "selftest.passed": ("自检通过", "self-test passed"),
    "selftest.failed": ("自检未通过：{count} 个问题", "self-test failed: {count} problem(s)"),
    "selftest.no_pack": ("在 {folder} 中找不到任何省级规则包", "no province rule pack found in {folder}"),
    "selftest.example_unreadable": ("{province} 的示例：{problem}", "example for {province}: {problem}"),
    "selftest.example_not_ready": (
        "{province} 的示例结论为“{verdict}”，应为“可以提交申请”",
        "the example for {province} is '{verdict}', expected 'Ready to apply'",
    ),
    "selftest.suffix_list_rejects": ("公共后缀列表不接受 example.com.hk", "the public suffix list rejects example.com.hk"),
    "selftest.suffix_list_unreadable": ("无法读取公共后缀列表", "the public suffix list cannot be read"),
    "selftest.numerals_wrong": ("“一百万”没有被读作 1000000", "the Chinese numerals for one million are not read as 1000000"),
    "selftest.numerals_unreadable": ("无法读取中文数字", "Chinese numerals cannot be read"),
    "selftest.exporters_unavailable": ("导出功能不可用", "the exporters are unavailable"),
    "selftest.export_failed": ("导出失败：{problem}", "export failed: {problem}"),
    "selftest.plan": ("行动计划：{steps} 个步骤，日历文件 {events} 个事件", "action plan: {steps} step(s), calendar file with {events} event(s)"),
    "selftest.plan_failed": ("无法生成行动计划或日历文件", "the action plan or its calendar file cannot be made"),
    "selftest.pdf_wrong": ("准备情况 PDF 没有正确写入", "the readiness PDF was not written correctly"),
    "selftest.xlsx_wrong": ("材料清单工作簿没有正确写入", "the checklist workbook was not written correctly"),
    # --- icp-wizard --self-test --gui (wizard/launch.py) ----------------------------------------------
    "guitest.shown": (
        "图形界面：主窗口共 {pages} 页，已在“{platform}”平台上显示",
        "gui: main window with {pages} pages shown on the '{platform}' platform",
    ),
    "guitest.cannot_load": ("无法加载图形向导", "the graphical wizard cannot be loaded"),
    "guitest.foreign_qt": ("程序在自身以外的位置查找 Qt 插件：{folder}", "Qt's plugins are looked for outside the program, in {folder}"),
    "guitest.no_english": ("缺少英文界面翻译（icp_wizard_en.qm）", "the English interface translation (icp_wizard_en.qm) is missing"),
    "guitest.passed": ("图形界面自检通过", "gui self-test passed"),
    "guitest.failed": ("图形界面自检未通过", "gui self-test failed"),
    "gui.cannot_start": (
        "图形向导无法启动。请使用 icp-wizard check 文件 这样的子命令，或重新安装本程序",
        "the graphical wizard cannot start. Use a subcommand such as 'icp-wizard check FILE', or reinstall the program",
    ),
    "cli.unknown_region": ("未知的省份或地区“{province}”", "unknown province or region '{province}'"),
    "cli.region_not_mainland": (
        "{region}不在中国内地；许可证由31个内地省、自治区、直辖市的通信管理局颁发",
        "{region} is outside mainland China; the licence is issued by the communications administrations "
        "of the 31 mainland provinces, regions and municipalities",
    ),
    "cli.region_no_rules": (
        "无法为{region}加载任何规则；见上面的规则包错误", "no rules can be loaded for {region}; see the rule-pack errors above"
    ),
    "selftest.baseline_regions": ("其他 {count} 个地区使用全国通用要求", "national baseline for {count} other regions"),
    "selftest.no_baseline": (
        "没有供未单独编写规则的地区使用的全国通用要求（rules/data/authorities.yaml）",
        "no national baseline for regions without their own pack (rules/data/authorities.yaml)",
    ),
    "selftest.baseline_verdict": ("北京（全国通用要求）：{verdict}", "beijing (national baseline): {verdict}"),
    "selftest.baseline_not_ready": (
        "北京示例的结论为“{verdict}”，应为“可以提交，但有需注意的问题”",
        "the example for beijing is '{verdict}', expected 'Ready, with warnings'",
    ),
    "crash.report_written": (
        "意外错误（{error}）；已在 {path} 写入一份不含个人信息的错误报告（没有发送到任何地方）。",
        "unexpected error ({error}); a crash report without personal data was written to {path} (nothing was sent).",
    ),
    "crash.no_report": (
        "意外错误（{error}）；未能写入错误报告（{problem}）。",
        "unexpected error ({error}); no crash report could be written ({problem}).",
    ),
    "guitest.no_chinese_font": (
        "没有能显示中文的字体：程序自带的 {font} 缺失或无法读取",
        "no font can draw Chinese: the bundled {font} is missing or unreadable",
    ),
}
