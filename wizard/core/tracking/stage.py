"""Where an application stands: preparing, filed, answering a correction notice, approved, or licensed."""

from __future__ import annotations

from enum import StrEnum

from ..application.model import Application
from ..application.records import Tracking


class Stage(StrEnum):
    PREPARING = "preparing"  # nothing filed yet: the plan's projections apply
    FILED = "filed"  # submitted, waiting for the bureau
    CORRECTING = "correcting"  # a correction notice is open (received, not yet answered)
    APPROVED = "approved"  # approved, no licence recorded yet (no issue date, no number): the procedure is behind it
    LICENSED = "licensed"  # issued (a date or a number recorded): the obligations run


STAGE_TEXT: dict[Stage, dict[str, str]] = {  # a word for tables and lists (the workspace, the CLI)
    Stage.PREPARING: {"zh": "准备中", "en": "preparing"},
    Stage.FILED: {"zh": "已提交", "en": "filed"},
    Stage.CORRECTING: {"zh": "补正中", "en": "correcting"},
    Stage.APPROVED: {"zh": "已获批准", "en": "approved"},
    Stage.LICENSED: {"zh": "已取得许可证", "en": "licensed"},
}


def stage_of(app: Application) -> Stage:
    tracking = app.tracking
    if tracking.issued or tracking.licence_number:
        return Stage.LICENSED
    if tracking.approved:  # "licensed" would claim a licence the file does not record
        return Stage.APPROVED
    if open_corrections(tracking):
        return Stage.CORRECTING
    if is_filed(tracking):
        return Stage.FILED
    return Stage.PREPARING


def is_licensed(tracking: Tracking) -> bool:
    """Approved or issued: the bureau's procedure is behind the application (no licence window any more)."""
    return bool(tracking.issued or tracking.approved or tracking.licence_number)


def is_filed(tracking: Tracking) -> bool:
    """Any trace of the bureau having the application counts: a date, a number, a notice, an inspection."""
    return bool(
        tracking.submitted or tracking.application_number or tracking.corrections or tracking.inspection
        or tracking.approved or tracking.issued or tracking.licence_number
    )


def open_corrections(tracking: Tracking) -> list[int]:
    """Indexes of the correction notices received and not yet answered."""
    return [i for i, c in enumerate(tracking.corrections) if c.received and not c.answered]
