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

from ..messages import message
from ..model import Application
from ..regions import BY_ID
from ..rulepack.basics import Bilingual

# A B2 licence: the province's abbreviation, B2-, the year and four digits (甘B2-20260001). Beijing and a few
# others also show the older 京ICP证030173号 form; a 备案 number (京ICP备12345678号) is not a licence.
_B2 = re.compile(r"^(?P<abbr>\w)B2-(?P<number>\d{8})$")
_ICP_CERT = re.compile(r"^(?P<abbr>\w)ICP证(?P<number>\d{6})号$")
_FILING = re.compile(r"ICP备")


@dataclass(frozen=True)
class TrackingProblem:
    code: str  # a message code (messages/tracking.py)
    field: str  # the field path the problem is shown at: tracking.issued, tracking.corrections[1].answered
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return message(self.code, lang, **self.params)


def tracking_problems(app: Application) -> list[TrackingProblem]:
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
            "field": _LABELS[later], "date": later_date.isoformat(),
            "other": _LABELS[earlier], "other_date": earlier_date.isoformat(),
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
                "field": _LABELS["received"], "date": correction.received.isoformat(),
                "other": _LABELS["submitted"], "other_date": tracking.submitted.isoformat(),
            }))
        if correction.answered and correction.received and correction.answered < correction.received:
            problems.append(TrackingProblem("tracking.date_order", f"{path}.answered", {
                "field": _LABELS["answered"], "date": correction.answered.isoformat(),
                "other": _LABELS["received"], "other_date": correction.received.isoformat(),
            }))
        if correction.answered and correction.received is None:
            problems.append(TrackingProblem("tracking.answer_without_notice", f"{path}.received"))
    problems.extend(licence_number_problems(tracking.licence_number, app.scope.province))
    return problems


def licence_number_problems(number: str | None, province: str | None) -> list[TrackingProblem]:
    if not number:
        return []
    path = "tracking.licence_number"
    region = BY_ID.get(province or "")
    expected = f"{region.abbreviations[0]}B2-" if region else None
    example = f"{expected}20260001" if expected else "甘B2-20260001"
    if _FILING.search(number):
        return [TrackingProblem("tracking.licence_is_filing_number", path, {"value": number, "example": example})]
    match = _B2.match(number) or _ICP_CERT.match(number)
    if match is None:
        return [TrackingProblem("tracking.licence_number_format", path, {"value": number, "example": example})]
    if region is not None and match["abbr"] not in region.abbreviations:
        return [TrackingProblem("tracking.licence_number_province", path, {
            "value": number, "abbr": match["abbr"], "province": Bilingual(zh=region.zh, en=region.en),
            "expected": expected,
        })]
    return []


_LABELS = {  # the labels of the model's fields, for sentences that name two of them
    "submitted": Bilingual(zh="提交日期", en="submission date"),
    "inspection": Bilingual(zh="现场核查日期", en="site inspection date"),
    "approved": Bilingual(zh="批准日期", en="approval date"),
    "issued": Bilingual(zh="发证日期", en="issue date"),
    "received": Bilingual(zh="补正通知日期", en="date of the correction notice"),
    "answered": Bilingual(zh="补正提交日期", en="date the corrections were supplied"),
}
