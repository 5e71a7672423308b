"""Messages about reading a file: the file itself, its encoding, YAML and JSON, the document's shape."""

from __future__ import annotations

READING: dict[str, tuple[str, str]] = {
    # --- the file ----------------------------------------------------------------------------
    "file.not_found": ("找不到文件", "file not found"),
    "file.is_folder": ("这是一个文件夹，不是文件", "this is a folder, not a file"),
    "file.no_permission": ("没有读取此文件的权限", "no permission to read this file"),
    "file.symlink_loop": (
        "符号链接互相指向，形成循环，无法打开",
        "the symbolic links point at each other in a loop; the file cannot be opened",
    ),
    "file.unreadable": ("无法读取此文件", "the file cannot be read"),
    "file.too_large": (
        "文件大小为 {size_mb} MB，申请文件最大为 {limit_mb} MB",
        "the file is {size_mb} MB; application files are at most {limit_mb} MB",
    ),
    "file.utf16": (
        "文件以 UTF-16（“Unicode”）编码保存，请另存为 UTF-8",
        'the file is saved as UTF-16 ("Unicode"); save it as UTF-8',
    ),
    "file.binary": ("这是二进制文件，不是 YAML 或 JSON 文档", "this is a binary file, not a YAML or JSON document"),
    "file.not_utf8": (
        "文件不是有效的 UTF-8 文本（请另存为 UTF-8，而不是 GBK）",
        "the file is not valid UTF-8 text (save it as UTF-8, not GBK)",
    ),
    # --- YAML ----------------------------------------------------------------------------------
    "yaml.syntax": ("不是有效的 YAML：此处格式有误", "not valid YAML: the text is malformed here"),
    "yaml.tab_indent": (
        "不是有效的 YAML：缩进用了 Tab 键，请改用空格",
        "not valid YAML: the indentation uses tabs; use spaces",
    ),
    "yaml.ends_early": (
        "不是有效的 YAML：列表、映射或引号中的文字还没有结束，文件就结束了（文件可能不完整）",
        "not valid YAML: the file ends before a list, mapping or quoted text is closed (it may be cut off)",
    ),
    "yaml.several_documents": (
        "一个文件只能包含一个 YAML 文档，这里开始了另一个文档（“---”）",
        "a file holds one YAML document, and another one starts here (---)",
    ),
    "yaml.control_character": (
        "文本中含有不允许的控制字符 {character}",
        "the text contains a control character that is not allowed ({character})",
    ),
    "yaml.unsupported_tag": ("不支持 YAML 标签 {tag}", "the YAML tag {tag} is not supported"),
    "yaml.key_not_text": ("键必须是普通文本", "a key must be plain text"),
    "yaml.merge_key": ("不支持“<<”合并键", "'<<' merge keys are not supported"),
    "yaml.duplicate_key": ("键“{key}”出现了两次", "the key '{key}' appears twice"),
    "yaml.impossible_date": ("不存在的日期“{value}”", "impossible date '{value}'"),
    "yaml.unreadable_value": ("无法读取的值“{value}”（{tag}）", "unreadable value '{value}' ({tag})"),
    # --- JSON ----------------------------------------------------------------------------------
    "json.syntax": ("不是有效的 JSON：此处格式有误", "not valid JSON: the text is malformed here"),
    # --- the document as a whole -------------------------------------------------------------------
    "document.nested_too_deeply": ("文档嵌套层数过深", "the document is nested too deeply"),
    "document.too_large": (
        "文档过大，或使用了过多的别名（& 与 *）",
        "the document is too large or uses too many aliases (& and *)",
    ),
    "document.not_a_mapping": (
        "文档必须由各个部分（scope、entity……）组成，即一个映射",
        "the document must be a mapping of sections (scope, entity, …)",
    ),
    # --- schema_version ------------------------------------------------------------------------------
    "schema.not_a_whole_number": ("schema_version 必须是整数", "schema_version must be a whole number"),
    "schema.too_old": ("schema_version 必须是 1 或更大", "schema_version must be 1 or higher"),
    "schema.newer_version": (
        "此文件由更新版本的程序写入（格式版本 {version}）；本版本只能读取 {supported} 及以前的版本，请更新程序后再打开",
        "this file was written by a newer version of the program (schema {version}); this version reads "
        "schema {supported} and older. Update the program to open it.",
    ),
    "schema.not_migrated": (
        "迁移后的 schema_version 应为 {supported}，而不是 {version}",
        "schema_version must be {supported} once migrated, not {version}",
    ),
}
