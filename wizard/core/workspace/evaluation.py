"""Evaluating one client file for the workspace table; never raises for a bad file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..runtime.errors import InputError
from .files import relative_name
from .rows import WorkspaceRow, action_day, error_row

if TYPE_CHECKING:
    from ..rulepack.loader import PackSet, RulePack

_program_packs: PackSet | None = None  # loaded once per process (a scan's worker evaluates thousands of files)
_versions: dict[int, str] = {}


def program_packs() -> PackSet:
    """The program's packs, from the pack cache (rulepack/cache.py), once per process."""
    global _program_packs
    if _program_packs is None:
        from ..rulepack.cache import cached_packs

        _program_packs = cached_packs()
    return _program_packs


def pack_version(pack: RulePack) -> str:
    """'2026-11-23+1a2b3c4d5e6f': the latest review date of the files merged into the pack, and a digest of
    what it checks, so that an edit without a new review date is still a new version."""
    key = id(pack)
    if key not in _versions:
        content = [
            {name: parameter.model_dump(mode="json") for name, parameter in sorted(pack.parameters.items())},
            [rule.model_dump(mode="json") for rule in pack.rules],
            [item.model_dump(mode="json") for item in pack.materials],
            [item.model_dump(mode="json") for item in pack.obligations],
            pack.process.model_dump(mode="json"),
        ]
        digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        reviewed = max(date for _, date in pack.reviewed)
        _versions[key] = f"{reviewed.isoformat()}+{digest[:12]}"
    return _versions[key]


def evaluate_file(path: Path, folder: Path, as_of: dt.date, *, packs: PackSet | None = None) -> WorkspaceRow:
    """The row of one client file as of a day, with the program's packs (or `packs`). An unreadable
    or invalid file, or one whose province has no rules, is a row with its coded error."""
    path, folder = Path(path), Path(folder)
    name = relative_name(path, folder)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = 0.0
    locked_by = _lock_holder(path)
    try:
        return _evaluated_row(path, name, as_of, packs or program_packs(), mtime, locked_by)
    except InputError as exc:
        return error_row(name, exc, mtime, locked_by=locked_by)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the scan of thousands
        return _crashed_row(exc, path, name, mtime, locked_by)


def _evaluated_row(path: Path, name: str, as_of: dt.date, packs: PackSet, mtime: float,
                   locked_by: str | None) -> WorkspaceRow:
    from ..application.documents import load_application
    from ..engine import evaluate
    from ..rulepack.choice import pick_pack

    application = load_application(path)
    try:
        pack = pick_pack(packs, application.scope.province, name)
    except InputError as exc:  # the row still names the client
        return error_row(name, exc, mtime, locked_by=locked_by, client=application.entity.name)
    report = evaluate(application, pack, as_of)
    from ..tracking import Stage, deadlines, stage_of

    stage = stage_of(application)
    dated = deadlines(application, pack, as_of)
    # the one the office acts on first: a report window not open yet counts from its opening (rows.py)
    deadline = min(dated, key=lambda d: (action_day(d, as_of), dated.index(d))) if dated else None
    timeline = report.timeline
    not_before = None
    if stage == Stage.PREPARING:
        filing, earliest, latest = timeline.filing.date, timeline.licence.earliest, timeline.licence.latest
        not_before = timeline.filing.not_before if filing is None else None
    else:  # filed: the projection from today means nothing; the licence is expected from the real submission
        filing = None
        expected = next((d for d in dated if d.kind == "licence_expected"), None) if stage not in (Stage.APPROVED, Stage.LICENSED) else None
        earliest, latest = (expected.start, expected.date) if expected is not None else (None, None)
    return WorkspaceRow(
        path=name,
        client=report.applicant,
        province=pack.header.region or pack.id,
        verdict=report.verdict,
        open_counts=report.open_counts,
        earliest_filing=filing,
        filing_not_before=not_before,
        licence_earliest=earliest,
        licence_latest=latest,
        stage=stage,
        next_deadline=deadline,
        locked_by=locked_by,
        mtime=mtime,
        packs=((pack.id, pack_version(pack)),),
    )


def _lock_holder(path: Path) -> str | None:
    from ..application.storage import lock_holder

    try:
        return lock_holder(path)
    except OSError:  # a lock file that cannot be probed: the table still shows the client
        return None


def _crashed_row(exc: Exception, path: Path, name: str, mtime: float, locked_by: str | None) -> WorkspaceRow:
    from ..runtime import crash

    report = crash.write_report(exc, where="workspace scan", personal=[path])
    if report.path is None:
        params = {"error": type(exc).__name__}
        code = "workspace.crashed_no_report"
    else:
        from ..messages import Verbatim

        params = {"report": Verbatim(str(report.path))}
        code = "workspace.crashed"
    return WorkspaceRow(path=name, error=code, error_params=params, mtime=mtime, locked_by=locked_by)
