"""Messages about rule packs (rules/*.yaml) and the field paths their rules name."""

from __future__ import annotations

PACKS: dict[str, tuple[str, str]] = {
    # --- loading and merging (rulepack/loader.py) ------------------------------------------------
    "pack.not_a_mapping": ("规则包必须是以“pack:”开头的映射", "a rule pack must be a mapping with a 'pack:' header"),
    "pack.duplicate_id": ("规则包编号“{pack}”也被 {other} 使用", "pack id '{pack}' is also used by {other}"),
    "pack.unknown_source": ("来源“{source}”没有列在 sources: 中", "source '{source}' is not listed under sources:"),
    "pack.unknown_scene": ("未知的产业场景“{scene}”", "unknown scene '{scene}'"),
    "pack.duplicate_rule": ("规则编号“{rule}”用了两次", "rule id '{rule}' is used twice"),
    "pack.replaces_unknown": ("要替换的全国规则“{rule}”不存在", "replaces unknown national rule '{rule}'"),
    "pack.unknown_parameter": ("未知的参数“{parameter}”", "unknown parameter '{parameter}'"),
    "pack.unknown_region": ("未知的地区“{region}”", "unknown region '{region}'"),
    "pack.extends_itself": ("规则包循环继承了自己", "the pack extends itself"),
    "pack.extends_unknown": (  # a pack whose file could not be read has no known id either
        "继承的规则包“{pack}”不存在，或其文件无法读取", "extends pack '{pack}', which is unknown or could not be read"
    ),
    "pack.base_failed": ("继承的规则包“{pack}”未能加载", "extends pack '{pack}', which failed to load"),
    "pack.parameter_not_list": (
        "规则 {rule}：参数“{parameter}”必须是文字列表", "rule {rule}: parameter '{parameter}' must be a list of text"
    ),
    "pack.parameter_not_number": (
        "规则 {rule}：参数“{parameter}”必须是数字", "rule {rule}: parameter '{parameter}' must be a number"
    ),
    # --- the pack's structure (rulepack/schema.py, vocabulary.py) ------------------------------------
    "pack.condition_form": (
        "条件要么是 {field: …, <检验>: …}，要么是 all/any/not 之一",
        "a condition is either {field: …, <test>: …} or one of all/any/not",
    ),
    "pack.condition_one_test": (
        "字段条件只能有 equals、in、contains、is_set 中的一个",
        "a field condition takes exactly one of equals, in, contains, is_set",
    ),
    "pack.field_not_on_page": ("字段“{field}”不在任何向导页面上", "field '{field}' is on no wizard page"),
    "pack.unknown_material_group": (
        "材料“{item}”所属的分组“{group}”不存在", "material '{item}' names unknown group '{group}'"
    ),
    "pack.typical_duration_range": (
        "typical_duration 的 working_days 必须是 [最少, 最多]，且 1 ≤ 最少 ≤ 最多 ≤ 365",
        "typical_duration's working_days must be [min, max] with 1 ≤ min ≤ max ≤ 365",
    ),
    "pack.rule_kind_declared": (
        "规则的 kind 只能是 act 或 structural（wait 和 missing 由回答决定）",
        "a rule's kind is act or structural (wait and missing follow from the answers)",
    ),
    "pack.duration_needs_act": (
        "typical_duration 只适用于 kind: act 的规则", "typical_duration belongs to a rule of kind: act"
    ),
    "pack.follow_up_wait_months": (
        "kind: wait 的后续步骤须给出 months（从完成之日起算的月数），且不能有 typical_duration",
        "a follow-up of kind: wait needs months (counted from the day the act is done) and no typical_duration",
    ),
    "pack.follow_up_act_months": (
        "kind: act 的后续步骤不能有 months（用 typical_duration 给出所需时间）",
        "a follow-up of kind: act has no months (give its duration as typical_duration)",
    ),
    "table.term_twice": ("术语 {terms} 出现了不止一次", "the term {terms} is listed more than once"),
    "table.unknown_term": ("see_also 中的术语 {terms} 不存在", "the term {terms} in see_also does not exist"),
    "pack.unknown_step_rule": ("after 中的规则 {rule} 不存在", "the rule {rule} named in after: does not exist"),
    "pack.unknown_post": ("未知的岗位 {values}", "unknown post {values}"),
    "pack.unknown_background": ("未知的人员背景 {values}", "unknown background {values}"),
    "pack.rests_on_notes": (
        "规则 {rule} 只以本项目自己的笔记（{source}）为依据；请引用法规、官方文件或顾问文章，"
        "或用 inference: 写明这是本程序的推断及其理由",
        "rule {rule} rests only on the project's own notes ({source}); cite a law, an official text or a guide, "
        "or mark it as the program's inference with `inference:` and the reasoning",
    ),
    "pack.overall_working_days_range": (
        "overall_working_days 必须是 [最少, 最多]，且 0 ≤ 最少 ≤ 最多 ≤ 365",
        "overall_working_days must be [min, max] with 0 ≤ min ≤ max ≤ 365",
    ),
    "pack.overall_source_missing": ("overall_working_days 需要 overall_source", "overall_working_days needs overall_source"),
    "pack.window_missing": ("annual_window 需要 window: [MM-DD, MM-DD]", "an annual_window needs window: [MM-DD, MM-DD]"),
    "pack.window_impossible_day": ("window 中的日期“{day}”不存在", "the day '{day}' in window does not exist"),
    "pack.renewal_form": (
        "renewal 必须有 days_before_expiry 和 months_before_expiry 中的恰好一个",
        "a renewal needs exactly one of days_before_expiry, months_before_expiry",
    ),
    "pack.change_filing_days": ("change_filing 需要 days_after_change", "a change_filing needs days_after_change"),
    "pack.province_needs": ("省级规则包需要 {fields}", "a province pack needs {fields}"),
    "pack.check_wrong_field_kind": (
        "检查“{check}”不能读取“{field}”（这是{kind}字段）", "check '{check}' cannot read '{field}' (a {kind} field)"
    ),
    "pack.check_needs_single_field": (
        "检查“{check}”需要单个字段，而不是列表中的每一项（“{field}”）",
        "check '{check}' needs a single field, not every item of a list ('{field}')",
    ),
    "pack.check_needs_list": (
        "检查“{check}”需要列表字段或 list[].field 形式的路径",
        "check '{check}' needs a list field or a list[].field path",
    ),
    "pack.same_text_needs_text": (
        "same_text_as 需要另一个单个文字字段，而不是“{other}”",
        "same_text_as needs another single text field, not '{other}'",
    ),
    # --- kinds of field, as named in pack.check_wrong_field_kind -------------------------------------
    "kind.date": ("日期", "date"),
    "kind.number": ("数字", "number"),
    "kind.text": ("文字", "text"),
    "kind.list": ("列表", "list"),
    "kind.flag": ("是/否", "yes/no"),
    "kind.choice": ("选项", "choice"),
    "kind.section": ("一组字段", "section"),
    # --- field paths (fieldpaths.py) ----------------------------------------------------------------
    "path.malformed": ("字段路径“{path}”格式有误", "malformed field path '{path}'"),
    "path.unknown_field": ("未知字段“{path}”", "unknown field '{path}'"),
    "path.not_a_list": ("“{path}”中的“{name}”不是列表，请去掉 []", "'{name}' in '{path}' is not a list; drop the []"),
    "path.is_a_list": ("“{path}”中的“{name}”是列表，请写成 {name}[]", "'{name}' in '{path}' is a list; write {name}[]"),
    # --- zones, qualifications and the region tables (rules/data/) ------------------------------
    "pack.unknown_district": ("未知的区/市“{district}”", "unknown district '{district}'"),
    "pack.unknown_free_trade_zone": (
        "“{zone}”不是 zones: 中列出的自贸试验区", "'{zone}' is not a free_trade_zone listed under zones:"
    ),
    "pack.unknown_qualification": (
        "规则 {rule}：qualifications_any 中的 {qualifications} 不在 qualifications: 词表中",
        "rule {rule}: qualifications_any names {qualifications}, which the qualifications: vocabulary does not list",
    ),
    "table.prefix_example": (
        "已见到的许可证前缀须有一个证号示例；推断的前缀不写示例",
        "an observed prefix needs one example number; an inferred one has none",
    ),
    "table.not_mainland_region": (
        "“{region}”不是内地省级行政区的编号（见 wizard/core/china/regions.py）",
        "'{region}' is not a mainland provincial-level region id (wizard/core/china/regions.py)",
    ),
    "table.example_prefix": ("示例“{example}”不是以“{prefix}”开头", "the example '{example}' does not start with '{prefix}'"),
    "table.region_twice": ("重复列出的地区：{regions}", "listed more than once: {regions}"),
    "table.region_missing": ("每个内地省级行政区都须列出；缺少：{regions}", "every mainland region needs an entry; missing: {regions}"),
    "table.unknown_region": ("未知的地区编号：{regions}", "unknown region id: {regions}"),
    "table.city_twice": ("城市“{city}”同时列在 {first} 和 {second} 下", "city '{city}' is listed under both {first} and {second}"),
}
