"""Findings a check words itself, where the rule's own message is about another case, and why a question is
asked. The wording takes the finding's values like a rule's message ({title}: the rule's title)."""

from __future__ import annotations

CHECK_TEXTS: dict[str, tuple[str, str]] = {
    # --- credit.has_violations, the question before the list of violations (engine/checks.py) --------
    "check.violations_not_listed": (
        "已回答“有违规记录”，但还没有列出任何一条，无法判断是否满足“{title}”。",
        "You answered that there are violations on record but have listed none yet, so '{title}' cannot be checked.",
    ),
    "check.violations_not_listed_fix": (
        "在“信用与合规”页逐条添加违规记录，写明日期和类型；如果其实没有违规记录，把回答改为“否”。",
        "Add each violation on the Credit and compliance page with its date and kind; if there is in fact "
        "none, change the answer to 'No'.",
    ),
    "check.violations_contradict_no": (
        "已回答“没有违规记录”，但列表中有{count}条违规记录，两者矛盾，无法判断是否满足“{title}”。",
        "You answered that there are no violations on record, yet the list holds {count} violation(s); the two "
        "contradict each other, so '{title}' cannot be checked.",
    ),
    "check.violations_contradict_no_fix": (
        "核实后改正其中之一：确有违规的，把回答改为“是”；列错的，删除这些记录。",
        "Check and correct one of the two: if the violations are real, change the answer to 'Yes'; if they "
        "were entered by mistake, remove them.",
    ),
    # --- a staff count that the people listed reach by time alone (engine/staff_checks.py) -------------
    "check.staff_count_waits": (
        "按已填写的社保起缴日期，{met_on}起符合条件的达到{required}名。",
        "By the social-security start dates entered, {required} will qualify from {met_on}.",
    ),
    "check.staff_count_waits_fix": (
        "不必另外招聘，继续为已列入的人员缴纳社保，{met_on}起再提交；想更早提交，只能改列已经满足条件的人员。",
        "No new hire is needed. Keep paying the listed staff's social security and file on or after {met_on}; "
        "to file sooner, list people who already qualify.",
    ),
    # --- a region without its own rules, once the application is filed (engine/crosschecks.py) ------
    "check.rules_not_encoded_filed": (
        "本程序尚未编入{actual}的地方要求，对这份申请的检查只依据全国通用要求（工信部令第42号等），"
        "本地的条件、材料清单和办理时限都没有检查。",
        "This program does not yet encode the local requirements of {actual}; this application was checked "
        "against the national baseline only (MIIT Order 42 and related rules), not against local conditions, "
        "materials or processing times.",
    ),
    "check.rules_not_encoded_filed_fix": (
        "申请已于{submitted}提交，不再需要提交前的确认。{required}如有本地要求，会在补正通知或审核意见中提出，"
        "届时按通知办理。",
        "The application was filed on {submitted}, so there is nothing left to confirm before filing. The "
        "{required} will state any local requirement in a correction notice or its review; follow that notice.",
    ),
    "check.has_violations_purpose": (
        "先回答有无违规记录，有的再逐条列出（不论年份，由程序按本省的年限判断）。只看列表的话，空列表既可能是"
        "没有违规，也可能是还没有填写。无违规声明只在回答“否”，或列出的违规都已超出本省规则的年限、不属其类型时才起草。",
        "Answer first whether there are any violations on record, then list each one, however old (the program "
        "compares the dates with the province's period). An empty list alone could mean no violations or not "
        "filled in yet. The statement of no violations is drafted only after a 'No', or when every violation listed "
        "lies outside the period or the kinds of the province's rule.",
    ),
}
