"""Checks of the recorded tracking dates and licence number that the model does not refuse by itself.

The model refuses a date in the future or one that is not a date (the file still opens with the rest);
these are the problems only the dates together show: a licence issued before the application was
submitted, an answer before the notice. And a licence number that does not look like the province's
(甘B2-20260001). They are warnings on the tracking page, never a reason to refuse the file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..application.model import Application
from ..china.regions import BY_ID
from ..messages import message
from ..rulepack.basics import Bilingual
from ..rulepack.loader import RulePack

# A provincial licence number: the pack's prefix (甘B2-), the year and a four-digit serial. That is the
# program's reading of published numbers (rules/data/authorities.yaml), so a different form is a warning
# to check the licence, never a refusal. A 备案 number (甘ICP备12345678号) is not a licence number.
_NUMBER = re.compile(r"^(?P<prefix>\w{1,2}B2-)(?P<number>\d{8})$")
_FILING = re.compile(r"ICP备")


SECTION = "tracking"  # the model's section; problems name fields inside it


@dataclass(frozen=True)
class TrackingProblem:
    code: str  # a message code (messages/tracking.py)
    field: str  # the field path the problem is shown at: tracking.issued, tracking.corrections[1].answered
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return message(self.code, lang, **self.params)


def _label(name: str) -> Bilingual:
    zh, en = _LABELS[name]
    return Bilingual(zh=zh, en=en)


def tracking_problems(app: Application, pack: RulePack | None = None) -> list[TrackingProblem]:
    """The problems of the recorded dates and number; `pack` gives the licence prefix (else the region's)."""
    tracking = app.tracking
    problems: list[TrackingProblem] = []
    dates = {
        "submitted": tracking.submitted, "inspection": tracking.inspection,
        "approved": tracking.approved, "issued": tracking.issued,
    }

    def before(later: str, later_date: dt.date | None, earlier: str, earlier_date: dt.date | None) -> bool:
        if later_date is None or earlier_date is None or later_date >= earlier_date:
            return False
        problems.append(TrackingProblem("tracking.date_order", f"tracking.{later}", {
            "field": _label(later), "date": later_date.isoformat(),
            "other": _label(earlier), "other_date": earlier_date.isoformat(),
        }))
        return True

    # Each later step against the nearest earlier one that is recorded: one problem per wrong date.
    order = ["submitted", "inspection", "approved", "issued"]
    for position, name in enumerate(order[1:], start=1):
        earlier = next((e for e in reversed(order[:position]) if dates[e] is not None), None)
        if earlier is not None:
            before(name, dates[name], earlier, dates[earlier])
    for index, correction in enumerate(tracking.corrections):
        path = f"tracking.corrections[{index}]"
        if correction.received and tracking.submitted and correction.received < tracking.submitted:
            problems.append(TrackingProblem("tracking.date_order", f"{path}.received", {
                "field": _label("received"), "date": correction.received.isoformat(),
                "other": _label("submitted"), "other_date": tracking.submitted.isoformat(),
            }))
        if correction.answered and correction.received and correction.answered < correction.received:
            problems.append(TrackingProblem("tracking.date_order", f"{path}.answered", {
                "field": _label("answered"), "date": correction.answered.isoformat(),
                "other": _label("received"), "other_date": correction.received.isoformat(),
            }))
        if correction.due and correction.received and correction.due < correction.received:
            problems.append(TrackingProblem("tracking.date_order", f"{path}.due", {
                "field": _label("due"), "date": correction.due.isoformat(),
                "other": _label("received"), "other_date": correction.received.isoformat(),
            }))
        if correction.answered and correction.received is None:
            problems.append(TrackingProblem("tracking.answer_without_notice", f"{path}.received"))
    problems.extend(licence_number_problems(tracking.licence_number, *_prefix(app, pack)))
    return problems


def _prefix(app: Application, pack: RulePack | None) -> tuple[str | None, Bilingual | None]:
    region = BY_ID.get(app.scope.province or "")
    if pack is not None and pack.header.licence_prefix:
        return pack.header.licence_prefix, pack.header.name
    if region is not None and region.mainland:
        return f"{region.abbreviations[0]}B2-", Bilingual(zh=region.zh, en=region.en)
    return None, None


def licence_number_problems(
    number: str | None, prefix: str | None, province: Bilingual | None = None
) -> list[TrackingProblem]:
    """`prefix` is the province's (甘B2-); None checks only the form."""
    if not number:
        return []
    path = f"{SECTION}.licence_number"
    example = f"{prefix or '甘B2-'}20260001"
    if _FILING.search(number):
        return [TrackingProblem("tracking.licence_is_filing_number", path, {"value": number, "example": example})]
    match = _NUMBER.match(number)
    if match is None:
        return [TrackingProblem("tracking.licence_number_format", path, {"value": number, "example": example})]
    if prefix is not None and match["prefix"] != prefix:
        return [TrackingProblem("tracking.licence_number_province", path, {
            "value": number, "found": match["prefix"], "province": province or prefix, "expected": prefix,
        })]
    return []


_LABELS = {  # (zh, en) labels of the model's fields, for sentences that name two of them
    "submitted": ("提交日期", "submission date"),
    "inspection": ("现场核查日期", "site inspection date"),
    "approved": ("批准日期", "approval date"),
    "issued": ("发证日期", "issue date"),
    "received": ("补正通知日期", "date of the correction notice"),
    "answered": ("补正提交日期", "date the corrections were supplied"),
    "due": ("通知写明的补交期限", "deadline the notice states"),
}
