"""Where an application stands: preparing, filed, answering a correction notice, or licensed."""

from __future__ import annotations

from enum import StrEnum

from ..model import Application, Tracking


class Stage(StrEnum):
    PREPARING = "preparing"  # nothing filed yet: the plan's projections apply
    FILED = "filed"  # submitted, waiting for the bureau
    CORRECTING = "correcting"  # a correction notice is open (received, not yet answered)
    LICENSED = "licensed"  # approved or issued: the obligations run


def stage_of(app: Application) -> Stage:
    tracking = app.tracking
    if tracking.issued or tracking.approved or tracking.licence_number:
        return Stage.LICENSED
    if open_corrections(tracking):
        return Stage.CORRECTING
    if is_filed(tracking):
        return Stage.FILED
    return Stage.PREPARING


def is_filed(tracking: Tracking) -> bool:
    """Any trace of the bureau having the application counts: a date, a number, a notice, an inspection."""
    return bool(
        tracking.submitted or tracking.application_number or tracking.corrections or tracking.inspection
        or tracking.approved or tracking.issued or tracking.licence_number
    )


def open_corrections(tracking: Tracking) -> list[int]:
    """Indexes of the correction notices received and not yet answered."""
    return [i for i, c in enumerate(tracking.corrections) if c.received and not c.answered]
