"""What an evaluation returns: findings, page statuses, verdict, checklist, timeline.

Texts stay bilingual so that the GUI can switch language without re-evaluating;
`text(lang)` picks one.

A finding is one fact about the application that stands between the applicant
and filing (or deserves a warning). It carries:

- `kind`: what clearing it takes — `missing` (the answer is empty, so the program
  cannot tell yet), `wait` (met on `met_on` by itself), `act` (the applicant must do
  something, with `typical_duration` where a source states one), `structural` (the
  applicant as it stands cannot apply);
- `basis`: how strong its basis is — 法规 law, 官方 official, 顾问文章 consultancy
  guide, 本程序推断 the program's own inference — and every source in `sources`
  (one fact reported by several rules is one finding citing all of them).
"""

# No `from __future__ import annotations`: pydantic would evaluate each model field's annotation
# from its text at import (tests/core/test_startup_cost.py).

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, computed_field

from .application.model import MaterialStatus
from .citations import english_section
from .rulepack.basics import BASIS_OF_SOURCE, Basis, Bilingual, FindingKind, Severity, SourceKind


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

KIND_TEXT = {
    FindingKind.missing: Bilingual(zh="待回答", en="unanswered"),
    FindingKind.wait: Bilingual(zh="等待", en="waiting"),
    FindingKind.act: Bilingual(zh="需办理", en="to do"),
    FindingKind.structural: Bilingual(zh="主体不符", en="rules you out"),
}

BASIS_TEXT = {
    Basis.law: Bilingual(zh="法规", en="law"),
    Basis.official: Bilingual(zh="官方", en="official"),
    Basis.consultancy: Bilingual(zh="顾问文章", en="consultancy guide"),
    Basis.inference: Bilingual(zh="本程序推断", en="the program's inference"),
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
    title_en: str | None = None
    section: str
    section_en: str | None = None  # where the Chinese reference is prose; else numerals are turned into English
    kind: SourceKind | None = None  # None: the pack file itself
    file: str | None = None
    checked: dt.date
    unconfirmed: bool = False  # the article or section number is not confirmed against the text

    @property
    def basis(self) -> Basis:
        return BASIS_OF_SOURCE[self.kind]

    def cite(self, lang: str = "zh") -> str:
        if lang != "en":
            return f"{self.title} {self.section}"
        return f"{self.title_en or self.title} {self.section_in_english()}"

    def section_in_english(self) -> str:
        return self.section_en or english_section(self.section)


class ActDuration(Frozen):
    """How long an act typically takes, as a source states it."""

    working_days: tuple[int, int]
    source: SourceInfo


class Finding(Frozen):
    id: str  # stable within a report: "<rule_id>@<field>"
    rule_id: str  # the rule whose message is shown
    rule_ids: list[str]  # every rule that reported this fact, rule_id first
    title: Bilingual
    page: str
    field: str  # concrete path, e.g. servers[1].province
    severity: Severity
    kind: FindingKind
    message: Bilingual
    fix: Bilingual
    sources: list[SourceInfo]  # every source, the shown rule's first
    basis: Basis  # the class of the source that states the rule (the strongest, when rules merge), or inference
    inference: Bilingual | None = None  # the program's reasoning, when basis is inference
    met_on: dt.date | None = None  # wait: the date the condition will be met
    typical_duration: ActDuration | None = None  # act: how long it usually takes, where a source says
    doubtful: Bilingual | None = None

    @property
    def source(self) -> SourceInfo:
        return self.sources[0]

    @property
    def missing(self) -> bool:
        return self.kind == FindingKind.missing


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


class FilingDate(Frozen):
    """The earliest filing date, or what it depends on.

    A date only when every open blocker is a wait or an act with a stated duration;
    never the as-of date while an act or a structural blocker is open.
    """

    date: dt.date | None
    not_before: dt.date | None = None  # without a date: the waiting blockers alone clear on this working day
    set_by: list[str] = []  # ids of the findings whose date or duration sets the date
    depends_on: list[str] = []  # ids of the open findings that leave no date: structural, missing, acts without a duration
    unadjusted: dt.date | None = None  # the date before it was moved to a working day
    adjustment: Bilingual | None = None  # e.g. "2026-12-20 is a Sunday, so the first working day is 2026-12-21"
    explanation: Bilingual
    filed: bool = False  # the application has been submitted (tracking): no earliest date is promised any more
    submitted: dt.date | None = None  # the real submission date, where recorded


class StepProjection(Frozen):
    id: str
    name: Bilingual
    within_working_days: int | None  # the source's stated maximum; None: it states no duration
    by: str = "bureau"  # "applicant": part of filing, not counted in the licence window
    note: Bilingual | None = None
    source: SourceInfo
    records: str | None = None  # the tracking date that shows this step happened (pack: process.steps[].records)
    # Once filed (wizard/core/tracking/progress.py): what the tracking section records of this step,
    # whether the procedure is already past it, the day it is counted from instead of the submission,
    # or, while a correction notice is unanswered, the notice it waits for (no date can be given then).
    recorded: Bilingual | None = None
    passed: bool = False
    counted_from: dt.date | None = None
    awaits_corrections_of: dt.date | None = None


class LicenceWindow(Frozen):
    """How long after filing the licence can be expected, as far as the sources support it."""

    min_working_days: int | None  # only where a source states a minimum (an overall figure's lower end)
    max_working_days: int | None  # the overall figure's upper end, or the stated maxima added up
    earliest: dt.date | None = None  # filing + min_working_days
    latest: dt.date | None = None  # filing + max_working_days
    licensed: bool = False  # approved or issued (tracking): the window is history
    issued: dt.date | None = None  # the real issue date, where recorded
    number: str | None = None  # the licence number, where recorded
    expires: dt.date | None = None  # the real issue date plus the pack's validity
    expired: bool = False  # `expires` is before the day of the evaluation: the licence no longer holds
    latest_passed: bool = False  # filed, no licence recorded, and `latest` is before the day of the evaluation
    stated_steps_working_days: int = 0  # the stated maxima of the bureau's steps, added up
    unstated_steps: list[Bilingual] = []  # the bureau's steps the source gives no duration for
    basis: Bilingual  # in words: where the figures come from
    sources: list[SourceInfo] = []


class ObligationDate(Frozen):
    id: str
    name: Bilingual
    kind: str
    detail: Bilingual | None = None
    start: dt.date | None = None  # window start or deadline; a standing duty: the issue date (from day one)
    end: dt.date | None = None
    source: SourceInfo
    safest: bool = False  # where guide and law differ: the earlier deadline
    days_after_change: int | None = None  # a change filing: due this many days after each change
    until: dt.date | None = None  # a yearly window or standing duty: lasts until the licence expires
    window: tuple[str, str] | None = None  # a yearly window: "MM-DD" to "MM-DD"
    days_before_expiry: int | None = None  # a renewal: this many days before expiry …
    months_before_expiry: int | None = None  # … or this many months
    validity_years: int | None = None  # an expiry: years after issue


class Timeline(Frozen):
    as_of: dt.date
    conditions: list[TimeCondition]
    filing: FilingDate
    steps: list[StepProjection]
    licence: LicenceWindow
    approximate: bool = False  # dates fall in years without a published holiday schedule
    obligations: list[ObligationDate] = []

    @computed_field  # in the JSON too, for scripts that only want the dates
    @property
    def earliest_filing(self) -> dt.date | None:
        return self.filing.date

    @computed_field
    @property
    def licence_from(self) -> dt.date | None:
        return self.licence.earliest

    @computed_field
    @property
    def licence_to(self) -> dt.date | None:
        return self.licence.latest


class OpenCounts(Frozen):
    """Open blockers by kind, instead of a percentage that could contradict the verdict."""

    act: int = 0
    wait: int = 0
    structural: int = 0
    missing: int = 0
    waiting_until: dt.date | None = None  # the latest date a waiting blocker is met
    warnings: int = 0
    notes: int = 0


class AnswerCompleteness(Frozen):
    """How many of the evaluated checks had the answers they read: a measure of the form, not of readiness."""

    answered: int
    asked: int

    @property
    def percent(self) -> int:
        return 100 if not self.asked else round(100 * self.answered / self.asked)


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
    open_counts: OpenCounts
    basis_counts: dict[Basis, int]  # findings by the class of their basis
    answers: AnswerCompleteness
    findings: list[Finding]
    pages: dict[str, PageStatus]
    checklist: list[ChecklistItem]
    timeline: Timeline
    packs: list[PackInfo]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def findings_on(self, page: str) -> list[Finding]:
        return [f for f in self.findings if f.page == page]

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == finding_id), None)
