"""What the applicant records as the application goes on, beside the answers: the plan's steps done, and
after filing the bureau's real dates (submission, correction notices, inspection, approval, licence).

The answers (wizard/core/application/model.py) are what the rules check; these records are what the plan and the
tracking (wizard/core/tracking) count from. Both are sections of the one applicant document.
"""

# No `from __future__ import annotations`: pydantic would evaluate each model field's annotation
# from its text at import (tests/core/test_startup_cost.py).

from typing import Annotated

from pydantic import Field, field_validator

from .fieldtypes import Date, Section, Text, label, past_date

__all__ = ["CorrectionRequest", "DoneMark", "PlanRecord", "Tracking"]


class DoneMark(Section):
    """A step of the plan the applicant has marked done (wizard/core/plan): when, and a note."""

    date: Annotated[Date, Field(**label("完成日期", "Done on"))] = None
    note: Annotated[Text, Field(**label("备注", "Note"))] = None

    _check_date = field_validator("date")(past_date)


class PlanRecord(Section):
    """What the applicant has recorded against the plan: acts done, by step id."""

    done: Annotated[dict[str, DoneMark], Field(**label("已完成的步骤", "Steps done"))] = {}


class CorrectionRequest(Section):
    """One correction notice (补正通知) from the bureau, and when the applicant answered it."""

    received: Annotated[Date, Field(**label("补正通知日期", "Notice received"))] = None
    answered: Annotated[Date, Field(**label("补正提交日期", "Corrections supplied"))] = None
    # The notice's own deadline, where it states one: it stands over the period a guide gives, and is the
    # only date where the guide gives none. May lie ahead, unlike the other tracked dates.
    due: Annotated[Date, Field(**label("通知写明的补交期限", "Due date the notice states"))] = None
    note: Annotated[Text, Field(**label("补正内容", "What was asked"))] = None

    _check_dates = field_validator("received", "answered")(past_date)


class Tracking(Section):
    """What happened after filing: the real dates that replace the plan's projections (wizard/core/tracking).

    Dates are refused in the future; their order (inspection after submission …) is checked by
    wizard/core/tracking/checks.py so that a file with one wrong date still opens."""

    submitted: Annotated[Date, Field(**label("提交日期", "Submitted on"))] = None
    application_number: Annotated[Text, Field(**label("在线申请编号", "Online application number"))] = None
    corrections: Annotated[list[CorrectionRequest], Field(**label("补正通知", "Correction requests"))] = []
    inspection: Annotated[Date, Field(**label("现场核查日期", "Site inspection on"))] = None
    approved: Annotated[Date, Field(**label("批准日期", "Approved on"))] = None
    licence_number: Annotated[Text, Field(**label("许可证编号", "Licence number"))] = None
    issued: Annotated[Date, Field(**label("发证日期", "Licence issued on"))] = None

    _check_dates = field_validator("submitted", "inspection", "approved", "issued")(past_date)
