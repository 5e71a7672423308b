"""What an evaluation returns: findings, page statuses, verdict, checklist, timeline.

Texts stay bilingual so that the GUI can switch language without re-evaluating;
`text(lang)` picks one.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .model import MaterialStatus
from .rulepack.basics import Bilingual, Severity, SourceKind


class Verdict(StrEnum):
    licence_not_required = "licence_not_required"
    ready = "ready"
    ready_with_warnings = "ready_with_warnings"
    not_ready = "not_ready"


VERDICT_TEXT = {
    Verdict.licence_not_required: Bilingual(zh="无需办理ICP许可证", en="No ICP licence needed"),
    Verdict.ready: Bilingual(zh="可以提交申请", en="Ready to apply"),
    Verdict.ready_with_warnings: Bilingual(zh="可以提交，但有需注意的问题", en="Ready, with warnings"),
    Verdict.not_ready: Bilingual(zh="尚不具备申请条件", en="Not ready to apply"),
}


class PageStatus(StrEnum):
    not_started = "not_started"
    complete = "complete"
    warnings = "warnings"
    blockers = "blockers"
    not_applicable = "not_applicable"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class SourceInfo(Frozen):
    ref: str
    title: str
    section: str
    kind: SourceKind | None = None  # None: the pack file itself
    file: str | None = None
    checked: dt.date

    def cite(self) -> str:
        return f"{self.title} {self.section}"


class Finding(Frozen):
    rule_id: str
    title: Bilingual
    page: str
    field: str  # concrete path, e.g. servers[1].province
    severity: Severity
    message: Bilingual
    fix: Bilingual
    source: SourceInfo
    met_on: dt.date | None = None  # time-based: the date the condition will be met
    doubtful: Bilingual | None = None


class ChecklistItem(Frozen):
    id: str
    group_id: str
    group: Bilingual
    name: Bilingual
    detail: Bilingual | None = None
    status: MaterialStatus
    owner: str | None = None
    due: dt.date | None = None
    notes: str | None = None
    source: SourceInfo


class TimeCondition(Frozen):
    rule_id: str
    title: Bilingual
    field: str
    met_on: dt.date | None  # None: cannot be projected from what is entered
    met: bool


class StepProjection(Frozen):
    id: str
    name: Bilingual
    working_days: tuple[int, int] | None  # None: the source gives no duration
    note: Bilingual | None = None
    source: SourceInfo


class ObligationDate(Frozen):
    id: str
    name: Bilingual
    kind: str
    detail: Bilingual | None = None
    start: dt.date | None = None  # window start or deadline
    end: dt.date | None = None
    source: SourceInfo
    safest: bool = False  # where guide and law differ: the earlier deadline


class Timeline(Frozen):
    as_of: dt.date
    conditions: list[TimeCondition]
    earliest_filing: dt.date | None
    steps: list[StepProjection]
    total_working_days: tuple[int, int]
    total_source: SourceInfo | None = None
    licence_from: dt.date | None = None
    licence_to: dt.date | None = None
    approximate: bool = False  # dates fall in years without a published holiday schedule
    obligations: list[ObligationDate] = []


class PackInfo(Frozen):
    id: str
    reviewed: dt.date


class Report(Frozen):
    province: str
    province_name: Bilingual
    authority: Bilingual
    licence_prefix: str
    as_of: dt.date
    applicant: str | None
    verdict: Verdict
    readiness_percent: int
    findings: list[Finding]
    pages: dict[str, PageStatus]
    checklist: list[ChecklistItem]
    timeline: Timeline
    packs: list[PackInfo]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def findings_on(self, page: str) -> list[Finding]:
        return [f for f in self.findings if f.page == page]
