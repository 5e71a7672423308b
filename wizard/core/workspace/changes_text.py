"""`check DIR --against-rules OLD` as text or JSON, in one language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ..report import VERDICT_TEXT, Verdict
from ..rulepack.basics import Bilingual
from .changes import Cause, ClientChange, Difference
from .output import province_name
from .packdiff import PackChange

EFFECT_TEXT = {
    "fires": Bilingual(zh="现在报出问题", en="now reports a problem"),
    "clears": Bilingual(zh="不再报出问题", en="no longer reports a problem"),
    "changes": Bilingual(zh="所报的问题有变化", en="reports differently"),
}
WHAT_TEXT = {
    "verdict": Bilingual(zh="结论", en="verdict"),
    "open": Bilingual(zh="未解决", en="open items"),
    "filing": Bilingual(zh="最早可提交", en="earliest filing"),
    "licence": Bilingual(zh="预计取得许可证", en="licence expected"),
    "deadline": Bilingual(zh="下一期限", en="next deadline"),
    "readable": Bilingual(zh="能否评估", en="can it be evaluated"),
}
_OPEN = {"zh": {"act": "要办", "wait": "等待", "structural": "主体不符", "missing": "待回答", "warnings": "警告"},
         "en": {"act": "to do", "wait": "waiting", "structural": "ruling out", "missing": "unanswered",
                "warnings": "warnings"}}


def _value(what: str, value: Any, lang: str) -> str:
    none = "无" if lang == "zh" else "none"
    if what in ("verdict", "readable"):
        if value in Verdict.__members__.values() or value in {v.value for v in Verdict}:
            return VERDICT_TEXT[Verdict(value)].get(lang)
        return ("无法评估（" + str(value) + "）") if lang == "zh" else f"cannot be evaluated ({value})"
    if what == "open":
        words = _OPEN[lang]
        parts = [f"{words[key]} {count}" if lang == "zh" else f"{count} {words[key]}"
                 for key, count in value.items() if count]
        return ("，" if lang == "zh" else ", ").join(parts) or none
    if what == "licence":
        earliest, latest = value
        if earliest and latest:
            return f"{earliest.isoformat()} – {latest.isoformat()}"
        return f"≤ {latest.isoformat()}" if latest else none
    if what == "deadline":
        if value is None:
            return none
        return f"{value.date.isoformat()} {value.title.get(lang)}"
    return value.isoformat() if isinstance(value, dt.date) else (none if value is None else str(value))


def difference_text(difference: Difference, lang: str) -> str:
    colon = "：" if lang == "zh" else ": "
    old, new = _value(difference.what, difference.old, lang), _value(difference.what, difference.new, lang)
    return f"{WHAT_TEXT[difference.what].get(lang)}{colon}{old} → {new}"


def cause_text(cause: Cause, lang: str) -> str:
    title = ""
    if cause.title is not None:
        title = f"（{cause.title.get(lang)}）" if lang == "zh" else f" ({cause.title.get(lang)})"
    rule = "规则" if lang == "zh" else "rule"
    space = "" if lang == "zh" and title else " "
    text = f"{rule} {cause.rule}{title}{space}{EFFECT_TEXT[cause.effect].get(lang)}"
    if cause.pack_changes:
        text += ("，因为：" if lang == "zh" else ", because: ") + ("；" if lang == "zh" else "; ").join(
            change.describe(lang) for change in cause.pack_changes)
    return text


def render_changes(clients: Sequence[ClientChange], changes: Sequence[PackChange], lang: str, other: str,
                   as_of: dt.date) -> str:
    colon = "：" if lang == "zh" else ": "
    if lang == "zh":
        lines = [f"以“{other}”的规则与本程序的规则比较（评估日期 {as_of.isoformat()}）："
                 f"{len(clients)} 个客户的结果不同。", "（箭头左边是旧规则下的结果，右边是本程序规则下的结果。）"]
    else:
        lines = [f"The rules in '{other}' compared with the program's (as of {as_of.isoformat()}): "
                 f"{len(clients)} client{'s' if len(clients) != 1 else ''} with a different outcome.",
                 "(Left of each arrow: under the old rules; right: under the program's rules.)"]
    for client in clients:
        name = client.client or "—"
        place = province_name(client.province, lang)
        lines += ["", f"{name}（{client.path}，{place}）" if lang == "zh" else f"{name} ({client.path}, {place})"]
        lines += [f"    {difference_text(d, lang)}" for d in client.differences]
        for cause in client.causes:
            lines.append(f"    {'原因' if lang == 'zh' else 'Cause'}{colon}{cause_text(cause, lang)}")
        for change in client.other_changes:
            lines.append(f"    {'有关的规则变化' if lang == 'zh' else 'Related rule change'}{colon}{change.describe(lang)}")
    lines += ["", (f"规则的变化（共 {len(changes)} 项）：" if lang == "zh"
                   else f"What changed in the rules ({len(changes)}):")]
    lines += [f"  {change.describe(lang)}" for change in changes] or ["  —"]
    return "\n".join(lines)


def changes_json(clients: Sequence[ClientChange], changes: Sequence[PackChange], lang: str, as_of: dt.date) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if hasattr(value, "kind") and isinstance(getattr(value, "date", None), dt.date):  # a Deadline
            return {"date": value.date.isoformat(), "kind": value.kind, "title": value.title.get(lang)}
        return getattr(value, "value", value)

    return json.dumps({
        "as_of": as_of.isoformat(),
        "clients": [{
            "file": client.path, "client": client.client, "province": client.province,
            "changes": [{"what": d.what, "old": plain(d.old), "new": plain(d.new), "text": difference_text(d, lang)}
                        for d in client.differences],
            "causes": [{"rule": c.rule, "effect": c.effect, "text": cause_text(c, lang),
                        "rule_changes": [p.describe(lang) for p in c.pack_changes]} for c in client.causes],
        } for client in clients],
        "rule_changes": [{"pack": c.pack, "kind": c.kind, "item": c.item, "change": c.change,
                          "text": c.describe(lang)} for c in changes],
    }, ensure_ascii=False, indent=2)
