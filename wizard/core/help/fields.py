"""Why a question is asked: the rules of the chosen province that read it, with their sources, and the
glossary terms that explain it. Generated from the pack, so a new rule shows up here with no code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..application.fieldpaths import field_label, generic
from ..engine.sources import source_info
from ..messages import message
from ..report import SourceInfo
from ..rulepack.basics import Bilingual, Severity
from ..rulepack.loader import RulePack
from ..sentences import cite_all
from .glossary import Glossary, Term
from .reads import reads

# Questions asked before the answers they open, and why (a list is read only after its yes/no).
_ASKED_FIRST = {"credit.has_violations": "check.has_violations_purpose"}


@dataclass(frozen=True)
class RuleUse:
    rule_id: str
    title: Bilingual
    severity: Severity | None  # None: a scoping rule (does the applicant need a licence at all?)
    how: Literal["checks", "applies_when"]
    sources: list[SourceInfo]
    doubtful: bool = False


@dataclass(frozen=True)
class FieldHelp:
    path: str  # generic: staff[].social_security_start
    label: Bilingual
    pack_name: Bilingual
    uses: list[RuleUse] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    purpose: Bilingual | None = None  # a question no rule reads but the program uses (the tracking dates)

    @property
    def rule_ids(self) -> list[str]:
        return [use.rule_id for use in self.uses]

    def why(self) -> Bilingual:
        """One sentence: how many rules of the province read the answer, or that none does."""
        name = self.pack_name
        if self.purpose is not None and not self.uses:
            return self.purpose
        if not self.uses:
            return Bilingual(zh=f"{name.zh}的规则没有直接检查这一项；填写它是为了起草申请材料，使申报信息完整。",
                             en=f"No rule of {name.en} checks this answer itself; it goes into the drafted materials "
                                "and completes the application.")
        checks = sum(1 for use in self.uses if use.how == "checks")
        decides = len(self.uses) - checks
        zh = [f"{name.zh}有{checks}条规则检查这一项"] if checks else []
        en = [f"{checks} rule{'s' if checks != 1 else ''} of {name.en} check{'s' if checks == 1 else ''} this answer"] \
            if checks else []
        if decides:
            zh.append(f"{decides}条规则据此判断是否适用")
            en.append(f"{decides} decide{'s' if decides == 1 else ''} by it whether they apply")
        zh_text, en_text = "，".join(zh) + "：", ("; ".join(en) + ":")[:1].upper() + ("; ".join(en) + ":")[1:]
        if self.purpose is not None:  # why the program asks it at all, then the rules that read it
            return Bilingual(zh=self.purpose.zh + zh_text, en=f"{self.purpose.en} {en_text}")
        return Bilingual(zh=zh_text, en=en_text)

    def plain(self, lang: str) -> str:
        """The help as plain text (the accessible description): why, each rule with its source, the terms."""
        lines = [self.why().get(lang)]
        for use in self.uses:
            lines.append(f"- {use.title.get(lang)} ({use.rule_id}): {cite_all(use.sources, lang)}")
        if self.terms:
            label = "术语：" if lang == "zh" else "Terms: "
            lines.append(label + ("、" if lang == "zh" else ", ").join(t.term.get(lang) for t in self.terms))
        return "\n".join(lines)


def field_help(pack: RulePack, path: str, glossary: Glossary | None = None) -> FieldHelp:
    """The help for one question; `path` may be concrete (staff[1].name) or generic."""
    wanted = generic(path)
    uses = []
    for rule in (*pack.scoping, *pack.rules):
        how = reads(rule).get(wanted)
        if how is None:
            continue
        refs = [rule.source, *getattr(rule, "also_sources", [])]
        uses.append(RuleUse(
            rule_id=rule.id, title=rule.title, severity=getattr(rule, "severity", None), how=how,
            sources=[source_info(pack, ref, rule.checked) for ref in refs], doubtful=getattr(rule, "doubtful", None) is not None,
        ))
    label = Bilingual(zh=field_label(wanted, "zh"), en=field_label(wanted, "en"))
    terms = glossary.for_field(wanted) if glossary is not None else []
    purpose = None
    if wanted.startswith("tracking"):
        from ..tracking.help import tracking_purpose

        purpose = tracking_purpose(pack, wanted)
    elif wanted in _ASKED_FIRST:
        code = _ASKED_FIRST[wanted]
        purpose = Bilingual(zh=message(code, "zh"), en=message(code, "en"))
    return FieldHelp(path=wanted, label=label, pack_name=pack.header.name, uses=uses, terms=terms, purpose=purpose)
