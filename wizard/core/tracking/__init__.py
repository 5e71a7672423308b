"""After filing: the stage an application is in and the deadlines that follow from its real dates.

No Qt here: the wizard's tracking page, the plan, the reports and the workspace (ws14) all read
these. Dates come from `Application.tracking` (what the applicant recorded); periods come from
the rule pack (`correction_days`, the obligations), each with its source.
"""

from __future__ import annotations

from .checks import TrackingProblem, licence_number_problems, tracking_problems
from .deadlines import Deadline, correction_deadline, deadlines, next_deadline
from .stage import Stage, stage_of

__all__ = [
    "Deadline", "Stage", "TrackingProblem", "correction_deadline", "deadlines", "licence_number_problems",
    "next_deadline", "stage_of", "tracking_problems",
]
