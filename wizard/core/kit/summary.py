"""What the kit did, for the CLI and the Export page: in the user's language.

The documents stay Chinese; placeholders are quoted as they stand in them.
"""

from __future__ import annotations

from ..export.texts import check_lang
from .packet import MANIFEST, KitResult

TEXTS = {
    "folder": ("材料包：{path}", "Materials kit: {path}"),
    "zip": ("压缩包：{path}", "Zip archive: {path}"),
    "drafted": ("已起草 {n} 份文件（草稿，须审核、签字、盖章）：", "{n} documents drafted (drafts: review, sign and seal them):"),
    "gaps_in": ("待补充 {n} 处", "{n} placeholders"),
    "gap_in": ("待补充 1 处", "1 placeholder"),
    "complete": ("无待补充", "no placeholders"),
    "elsewhere": ("需另行提供的材料（{n} 项）：", "Materials to obtain elsewhere ({n}):"),
    "placeholders": ("待补充内容（共 {n} 处，文件中以黄色底纹标出）：", "Placeholders left ({n}, highlighted in yellow in the files):"),
    "none_left": ("没有待补充内容。", "No placeholders left."),
    "masked": ("注意：姓名和身份证号已部分隐去，本材料包不能直接用于提交；需要时请用 --reveal-personal"
               "（或在导出页勾选显示完整信息）重新生成。",
               "Note: names and ID numbers are partly masked, so this kit cannot be submitted as it is; "
               "make it again with --reveal-personal (or the box on the Export page) when needed."),
    "errors": ("以下模板未能使用：", "Templates that could not be used:"),
    "manifest": ("完整性校验：{name}（可用 sha256sum -c 核对）", "Integrity: {name} (check with sha256sum -c)"),
    "index": ("目录：{files}", "Index: {files}"),
}


def _t(key: str, lang: str, **values: object) -> str:
    zh, en = TEXTS[key]
    return (zh if lang == "zh" else en).format(**values)


def render_summary(result: KitResult, lang: str = "zh") -> str:
    check_lang(lang)
    lines = [_t("folder", lang, path=result.folder)]
    if result.zip_path:
        lines.append(_t("zip", lang, path=result.zip_path))
    index_files = [f for f in result.files if f.startswith("00-")]
    lines.append(_t("index", lang, files=("、" if lang == "zh" else ", ").join(index_files)))
    lines += ["", _t("drafted", lang, n=len(result.documents))]
    for document in result.documents:
        count = len(document.placeholders)
        state = _t("gap_in" if count == 1 else "gaps_in", lang, n=count) if count else _t("complete", lang)
        lines.append(f"  {document.file}  ({state})")
    elsewhere = [e for e in result.index if not e.drafted]
    if elsewhere:
        lines += ["", _t("elsewhere", lang, n=len(elsewhere))]
        lines += [f"  {e.number} {e.name if lang == 'zh' else e.name_en or e.name}" for e in elsewhere]
    placeholders = result.placeholders
    lines.append("")
    if placeholders:
        lines.append(_t("placeholders", lang, n=len(placeholders)))
        lines += [f"  {file}: {text}" for file, text in placeholders]
    else:
        lines.append(_t("none_left", lang))
    if result.masked:
        lines += ["", _t("masked", lang)]
    if result.errors:
        lines += ["", _t("errors", lang)]
        lines += [f"  {error.describe(lang)}" for error in result.errors]
    lines += ["", _t("manifest", lang, name=MANIFEST)]
    return "\n".join(lines)
