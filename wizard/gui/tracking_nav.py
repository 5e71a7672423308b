"""When the tracking page is in the step list, and how the user gets there.

The page appears once the application is filed (anything recorded in `tracking`), or as soon as the
user says it has been submitted: Go → 已提交申请 (Ctrl+T), or the button on the plan and export pages.
Nothing is written for them then: the submission date field gets the focus, and the page stays in
the list for this session even if they leave it empty; a saved date keeps it there for good.
"""

from __future__ import annotations

from typing import Any

from wizard.core.runtime.crash import breadcrumb
from wizard.core.tracking.stage import Stage, stage_of

TRACKING = "tracking"


class TrackingNavigation:
    """Mixed into MainWindow (which provides session, pages, page_index, go_to and _evaluated)."""

    tracking_requested = False  # the user said it was submitted; reset when another file is loaded

    def tracking_shown(self: Any) -> bool:
        return self.tracking_requested or stage_of(self.session.application) != Stage.PREPARING

    def open_tracking(self: Any) -> None:
        breadcrumb("action", "open_tracking")
        self.tracking_requested = True
        self._evaluated(self.session.report)  # the step appears in the list
        index = self.page_index[TRACKING]
        self.go_to(index)
        self.pages[index].open_at_top()

    def connect_tracking_button(self: Any, page: Any) -> None:
        """The plan and export pages offer the way in (their `track` signal)."""
        track = getattr(page, "track", None)
        if track is not None:
            track.connect(self.open_tracking)


def tracking_status(application: Any, pack: Any, today: Any) -> str | None:
    """The status bar once filed: the stage and the next deadline, instead of the readiness verdict alone."""
    from wizard.core.tracking import STAGE_TEXT, next_deadline
    from wizard.core.tracking.real import EXPIRED_TEXT

    from .language.i18n import labelled, pick, tr

    stage = stage_of(application)
    if stage == Stage.PREPARING:
        return None
    deadline = next_deadline(application, pack, today) if pack is not None else None
    expired = deadline is not None and deadline.kind == "expired"  # not "licensed" beside the expiry
    text = labelled(tr("申请跟踪"), pick(EXPIRED_TEXT if expired else STAGE_TEXT[stage]))
    if expired:
        text += " · " + labelled(tr("到期日"), deadline.date.isoformat())
    elif deadline is not None:
        text += " · " + labelled(tr("下一个期限"), f"{deadline.date.isoformat()} {pick(deadline.title)}")
    return text


def track_button_text(application: Any) -> str:
    from .language.i18n import tr

    if stage_of(application) == Stage.PREPARING:
        return tr("已提交申请？记录提交日期和进度")
    return tr("查看申请跟踪")


def set_track_button(button: Any, application: Any) -> None:
    """The plan and export pages' way in: its text, and the same for a screen reader with what it opens."""
    from .access import accessibility
    from .language.i18n import tr

    text = track_button_text(application)
    button.setText(text)
    accessibility.name(button, text, tr("转到“申请跟踪”一步：提交日期、在线申请编号、补正通知、现场核查和取证情况。"))
