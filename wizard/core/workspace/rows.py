"""One row of the workspace table: what the office needs to know about one client file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..report import OpenCounts, Verdict
    from ..tracking import Deadline, Stage


@dataclass(frozen=True)
class WorkspaceRow:
    """A client file as evaluated on one day. A file that cannot be read or evaluated is still a
    row: `error` holds the message code, `error_text(lang)` its one-line reason."""

    path: str  # relative to the folder, '/' separators
    client: str | None = None  # the entity's name; None if the file cannot be read
    province: str | None = None  # the region id of the pack that evaluated it (e.g. "gansu", "beijing")
    verdict: Verdict | None = None
    open_counts: OpenCounts | None = None
    earliest_filing: dt.date | None = None
    filing_not_before: dt.date | None = None  # no date yet (an act without a duration): the waits alone end then
    licence_earliest: dt.date | None = None
    licence_latest: dt.date | None = None
    stage: Stage | None = None
    next_deadline: Deadline | None = None
    locked_by: str | None = None  # lock_holder(): None nobody, "" locked by someone unknown
    error: str | None = None  # message code (wizard/core/messages)
    error_params: dict[str, Any] = field(default_factory=dict)
    mtime: float = 0.0
    error_line: int | None = None  # where in the file, when the reader knows
    error_field: str | None = None
    error_detail: str | None = None  # what a library or the OS said, after the program's reason
    packs: tuple[tuple[str, str], ...] = ()  # (pack id, version) the verdict was reached with (seen.py)

    def error_text(self, lang: str = "zh") -> str | None:
        """The program's one-line reason in `lang` ('第 3 行: staff[0].name: …'), without the file name."""
        if self.error is None:
            return None
        from ..messages import Reason
        from ..runtime.errors import InputError

        reason = Reason(self.error, dict(self.error_params), self.error_detail)
        text = InputError(reason, line=self.error_line, field=self.error_field).describe(lang)
        return " ".join(text.split())  # one line, whatever a detail held

    def describe(self, lang: str = "zh") -> str | None:  # the interface's name for the same
        return self.error_text(lang)

    @property
    def shown_stage(self) -> str | None:
        """The stage as the table names it: a licence whose validity ran out is "expired", not "licensed"
        (its next deadline is the expiry, already past: tracking/deadlines.py)."""
        if self.stage is None:
            return None
        if str(self.stage) == "licensed" and self.next_deadline is not None and self.next_deadline.kind == "expired":
            return "expired"
        return str(self.stage)

    @property
    def counts_open_items(self) -> bool:
        """Whether the answers' open items are the office's work: not once the application is approved or the
        licence held. Then the next duty (the annual report, the renewal) is the row's deadline, and a count
        of what today's rules find in the answers would read as work still to do before filing."""
        return self.open_counts is not None and str(self.stage) not in ("approved", "licensed")


def error_row(path: str, error: Any, mtime: float = 0.0, **known: Any) -> WorkspaceRow:
    """The row of a file that could not be evaluated, from its InputError."""
    reason = error.reason
    return WorkspaceRow(path=path, error=reason.code, error_params=dict(reason.params), mtime=mtime,
                        error_line=error.line, error_field=error.field, error_detail=reason.detail, **known)


_NO_DATE = dt.date.max


def action_day(deadline: Deadline, as_of: dt.date | None) -> dt.date:
    """The day a deadline puts a client in the office's queue: a window not open yet (the annual report,
    1 January – 31 March) by its opening day, when the work can start and should be planned, not by
    its last day, which put a report due in spring behind every renewal of the winter; a window
    already open, and any other deadline, by the day it is due."""
    start = getattr(deadline, "start", None)
    if as_of is not None and start is not None and start > as_of:
        return start
    return deadline.date


def sort_by_deadline(rows: Iterable[WorkspaceRow], as_of: dt.date | None = None) -> list[WorkspaceRow]:
    """Soonest deadline first (by action_day() as of `as_of`); then clients without one by their
    earliest filing date; files that could not be read last. Ties by client and path, so the order is
    the same on every run."""

    def key(row: WorkspaceRow) -> tuple:
        if row.error is not None:
            return (2, _NO_DATE, "", row.path)
        if row.next_deadline is not None:
            return (0, action_day(row.next_deadline, as_of), row.client or "", row.path)
        return (1, row.earliest_filing or _NO_DATE, row.client or "", row.path)

    return sorted(rows, key=key)
