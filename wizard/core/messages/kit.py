"""Messages of the materials kit: its document templates (resources/templates/) and the packet folder."""

from __future__ import annotations

_VALUES = ("（可用的值见 resources/templates/README.md）", " (see the list in resources/templates/README.md)")

KIT: dict[str, tuple[str, str]] = {
    # --- templates (kit/templates.py) ----------------------------------------------------------
    "template.no_front_matter": (
        "模板须以“---”开头，写明前言（id、title、province …），再以“---”结束",
        "a template starts with '---', its front matter (id, title, province …), and '---'",
    ),
    "template.front_matter_open": ("前言没有以一行“---”结束", "the front matter is not closed by a line '---'"),
    "template.front_matter_not_mapping": (
        "前言必须是映射（id: …、title: …）", "the front matter must be a mapping (id: …, title: …)"
    ),
    "template.bad_character": (
        "无效字符 U+{codepoint}（控制字符或私用区字符）", "invalid character U+{codepoint} (control or private use)"
    ),
    "template.include": ("模板不能引入或导入其他文件", "a template cannot include or import other files"),
    "template.internal": (
        "“{name}”指向 Python 内部对象，模板中不允许使用" + _VALUES[0],
        "'{name}' reaches into Python internals; not allowed in a template" + _VALUES[1],
    ),
    "template.unknown_value": ("未知的值“{name}”" + _VALUES[0], "unknown value '{name}'" + _VALUES[1]),
    "template.syntax": ("模板语法错误", "template syntax error"),
    "template.unknown_source": (
        "来源“{source}”不是任何规则包中的来源", "source '{source}' is not a source of any rule pack"
    ),
    "template.duplicate_id": ("模板编号“{id}”也被 {other} 使用", "template id '{id}' is also used by {other}"),
    "template.unknown_province": (
        "未知的省份编号“{province}”（请用 henan 这样的编号，或写 all）",
        "unknown province id '{province}' (use ids such as henan, or 'all')",
    ),
    "template.no_province": ("请至少写一个省份，或写 all", "name at least one province, or write 'all'"),
    # --- the packet (kit/packet.py, kit/command.py) ----------------------------------------------
    "kit.target_not_folder": ("该路径已存在，且不是文件夹", "this path exists and is not a folder"),
    "kit.target_not_empty": (
        "该文件夹不是空的，也不是以前生成的申请材料包；请选择新的或空的文件夹",
        "the folder is not empty and holds no earlier materials kit; choose a new or empty folder",
    ),
    "kit.template_refused": ("模板未被采用：{reason}", "template refused: {reason}"),
}
