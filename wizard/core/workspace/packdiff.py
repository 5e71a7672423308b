"""What changed between two rules folders (two program versions' packs, or a pack and its edited
copy): thresholds, rules, materials, obligations and the bureau's steps, each with its source.

Files are compared as written, pack by pack (matched by pack id): a change to national.yaml is
listed once, under the national pack, not again under every province that inherits it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..messages import Verbatim
from ..report import SourceInfo
from ..rulepack.basics import Bilingual, SourceRef
from ..runtime.errors import InputError, RulePackError

KINDS = ("threshold", "rule", "material", "obligation", "step")
KIND_TEXT = {
    "threshold": Bilingual(zh="门槛", en="threshold"),
    "rule": Bilingual(zh="规则", en="rule"),
    "material": Bilingual(zh="材料", en="material"),
    "obligation": Bilingual(zh="取证后义务", en="obligation"),
    "step": Bilingual(zh="审批步骤", en="bureau step"),
}
CHANGE_TEXT = {
    "added": Bilingual(zh="新增", en="added"),
    "removed": Bilingual(zh="删除", en="removed"),
    "changed": Bilingual(zh="修改", en="changed"),
}
UNIT_TEXT = {  # the units packs give thresholds in (others are shown as written)
    "months": Bilingual(zh="个月", en="months"),
    "years": Bilingual(zh="年", en="years"),
    "days": Bilingual(zh="天", en="days"),
    "working_days": Bilingual(zh="个工作日", en="working days"),
    "hours": Bilingual(zh="小时", en="hours"),
    "persons": Bilingual(zh="人", en="persons"),
    "RMB": Bilingual(zh="元", en="RMB"),
    "copies": Bilingual(zh="份", en="copies"),
}
# What of a rule or material changed, in words (other fields are named as written in the pack).
FIELD_TEXT = {
    "check": Bilingual(zh="检查条件", en="the check"),
    "when": Bilingual(zh="适用条件", en="when it applies"),
    "severity": Bilingual(zh="严重程度", en="severity"),
    "kind": Bilingual(zh="类别", en="kind"),
    "message": Bilingual(zh="说明", en="message"),
    "fix": Bilingual(zh="处理办法", en="what to do"),
    "title": Bilingual(zh="标题", en="title"),
    "source": Bilingual(zh="来源", en="source"),
    "checked": Bilingual(zh="核对日期", en="date checked"),
    "value": Bilingual(zh="数值", en="value"),
}


@dataclass(frozen=True)
class PackChange:
    pack: str
    pack_name: Bilingual
    kind: str  # one of KINDS
    item: str  # parameter name, rule id, material id, obligation id, step id
    title: Bilingual | None
    change: str  # "added" | "removed" | "changed"
    fields: tuple[str, ...] = ()  # what of the item changed
    old_value: Any = None  # a threshold's values
    new_value: Any = None
    unit: str | None = None
    source: SourceInfo | None = None  # the new version's (the old one's when removed)

    def describe(self, lang: str = "zh") -> str:
        """'甘肃省 · 门槛 min_entity_age_months（…）修改：12 → 6 months。来源：… §三1'."""
        colon = "：" if lang == "zh" else ": "
        title = f"（{self.title.get(lang)}）" if lang == "zh" and self.title else (
            f" ({self.title.get(lang)})" if self.title else "")
        head = f"{self.pack_name.get(lang)} · {KIND_TEXT[self.kind].get(lang)} {self.item}{title}"
        text = f"{head}{'' if lang == 'zh' and title else ' '}{CHANGE_TEXT[self.change].get(lang)}"
        if self.kind == "threshold" and self.change == "changed" and "value" in self.fields:
            unit = UNIT_TEXT[self.unit].get(lang) if self.unit in UNIT_TEXT else (self.unit or "")
            unit = f" {unit}" if unit and lang == "en" else unit
            text += f"{colon}{_value(self.old_value)} → {_value(self.new_value)}{unit}"
        elif self.fields:
            names = [FIELD_TEXT[f].get(lang) if f in FIELD_TEXT else f for f in self.fields]
            text += colon + ("、" if lang == "zh" else ", ").join(names)
        if self.source is not None:
            from ..sentences import cite

            text += ("。来源：" if lang == "zh" else ". Source: ") + cite(self.source, lang)
        return text


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class _Document:
    pack: str
    name: Bilingual
    sources: dict[str, Any]
    items: dict[tuple[str, str], tuple[Any, SourceRef | None, dt.date | None]]  # (kind, id) → (model, source, checked)


def pack_documents(folder: Path) -> tuple[dict[str, _Document], list[RulePackError]]:
    """Every pack file of a rules folder as written, by pack id; files that cannot be read are errors."""
    from ..rulepack.loader import parse_pack_file

    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("workspace.not_a_folder", {"path": Verbatim(str(folder))})
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise InputError("workspace.no_rules_folder", {"path": Verbatim(str(folder))})
    documents, errors = {}, []
    for file in files:
        try:
            document = parse_pack_file(file).document
        except RulePackError as exc:
            errors.append(exc)
            continue
        items: dict[tuple[str, str], tuple[Any, SourceRef | None, dt.date | None]] = {}
        for name, parameter in document.parameters.items():
            items[("threshold", name)] = (parameter, parameter.source, parameter.checked)
        for rule in document.rules:
            items[("rule", rule.id)] = (rule, rule.source, rule.checked)
        for material in document.materials.items:
            items[("material", material.id)] = (material, material.source, material.checked)
        for obligation in document.obligations:
            items[("obligation", obligation.id)] = (obligation, obligation.source, obligation.checked)
        for step in document.process.steps:
            items[("step", step.id)] = (step, step.source, document.pack.reviewed)
        documents[document.pack.id] = _Document(document.pack.id, document.pack.name, dict(document.sources), items)
    return documents, errors


def diff_pack_folders(old: Path, new: Path) -> tuple[list[PackChange], list[RulePackError], list[RulePackError]]:
    """(changes, the old folder's unreadable packs, the new folder's), changes in pack and kind order."""
    old_documents, old_errors = pack_documents(old)
    new_documents, new_errors = pack_documents(new)
    national_old, national_new = old_documents.get("national"), new_documents.get("national")
    changes: list[PackChange] = []
    for pack_id in sorted(old_documents.keys() | new_documents.keys(), key=lambda p: (p != "national", p)):
        before, after = old_documents.get(pack_id), new_documents.get(pack_id)
        changes += _diff_documents(before, after, (national_old, national_new))
    changes.sort(key=lambda c: (c.pack != "national", c.pack, KINDS.index(c.kind), c.item))
    return changes, old_errors, new_errors


def _diff_documents(before: _Document | None, after: _Document | None,
                    nationals: tuple[_Document | None, _Document | None]) -> Iterable[PackChange]:
    some = after or before
    assert some is not None
    old_items = before.items if before else {}
    new_items = after.items if after else {}
    for key in sorted(old_items.keys() | new_items.keys(), key=lambda k: (KINDS.index(k[0]), k[1])):
        kind, item = key
        old_entry, new_entry = old_items.get(key), new_items.get(key)
        if old_entry and new_entry:
            old_dump = old_entry[0].model_dump(mode="json")
            new_dump = new_entry[0].model_dump(mode="json")
            fields = tuple(name for name in sorted(old_dump.keys() | new_dump.keys())
                           if old_dump.get(name) != new_dump.get(name))
            if not fields:
                continue
            change = "changed"
        else:
            change, fields = ("removed" if new_entry is None else "added"), ()
        document = after if new_entry else before
        model, ref, checked = (new_entry or old_entry)
        source = _source(document, nationals[1] if new_entry else nationals[0], ref, checked)
        yield PackChange(
            pack=some.pack, pack_name=some.name, kind=kind, item=item, title=_title(model), change=change,
            fields=fields,
            old_value=old_entry[0].value if kind == "threshold" and old_entry else None,
            new_value=new_entry[0].value if kind == "threshold" and new_entry else None,
            unit=getattr(model, "unit", None), source=source,
        )


def _title(model: Any) -> Bilingual | None:
    for name in ("title", "name", "description"):
        value = getattr(model, name, None)
        if isinstance(value, Bilingual):
            return value
    return None


def _source(document: _Document | None, national: _Document | None, ref: SourceRef | None,
            checked: dt.date | None) -> SourceInfo | None:
    if ref is None or document is None:
        return None
    source = document.sources.get(ref.ref) or (national.sources.get(ref.ref) if national else None)
    if source is None:
        return None
    return SourceInfo(ref=ref.ref, title=source.title, title_en=source.title_en, section=ref.section,
                      section_en=ref.section_en, kind=source.kind, file=source.file,
                      checked=checked or dt.date.today(), unconfirmed=ref.unconfirmed)


def parameters_of(rule: Any) -> set[str]:
    """The thresholds (pack parameters) a rule reads: every `{param: name}` in its check and condition."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if set(value) == {"param"} and isinstance(value["param"], str):
                found.add(value["param"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(rule.model_dump(mode="json", include={"check", "when", "when_missing"}))
    return found
