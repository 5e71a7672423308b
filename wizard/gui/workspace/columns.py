"""The workspace table's columns: what each cell says, its tooltip, and the key it sorts by.

A row is a core `WorkspaceRow` (wizard/core/workspace). Sort keys are real values (dates as dates,
counts as numbers); rows without a value sort after those with one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from wizard.core.china.regions import BY_ID
from wizard.core.report import KIND_TEXT, VERDICT_TEXT, FindingKind
from wizard.core.rulepack.basics import Bilingual
from wizard.core.sentences import open_counts as open_counts_sentence
from wizard.core.workspace.output import verdict_text as stage_verdict_text
from wizard.core.workspace.rows import action_day

from ..language.i18n import joined, labelled, lang, pick, tr, translated

STAGE_TEXT = {"preparing": QT_TR_NOOP("准备中"), "filed": QT_TR_NOOP("已提交"),
              "correcting": QT_TR_NOOP("补正中"), "approved": QT_TR_NOOP("已获批准"), "licensed": QT_TR_NOOP("已获证"),
              "expired": QT_TR_NOOP("许可证已过期")}  # WorkspaceRow.shown_stage: a licence whose validity ran out
STAGE_ORDER = ("preparing", "filed", "correcting", "approved", "licensed", "expired")
KINDS = (("act", FindingKind.act), ("wait", FindingKind.wait),
         ("structural", FindingKind.structural), ("missing", FindingKind.missing))
# Counted ("1 ruling you out"), a kind reads as a participle; a finding's own label says "rules you out".
COUNTED_KIND_TEXT = {**KIND_TEXT, FindingKind.structural: Bilingual(zh=KIND_TEXT[FindingKind.structural].zh,
                                                                    en="ruling you out")}
LAST = (1,)  # rows without a value: after every (0, value), in either direction (model.py)


def _value(key: Any) -> tuple:
    return LAST if key is None else (0, key)


def stage_text(stage: Any) -> str:
    return translated(STAGE_TEXT.get(str(stage), "")) if stage is not None else ""


def province_text(code: str | None) -> str:
    region = BY_ID.get(code or "")
    if region is None:
        return code or ""
    return region.zh if lang() == "zh" else region.en


def client_text(row: Any) -> str:
    return row.client or row.path.rsplit("/", 1)[-1]


def verdict_text(row: Any) -> str:
    if row.error:
        return tr("无法读取：{reason}").format(reason=row.error_text(lang()) or row.error)
    if row.verdict is None:
        return ""
    if str(row.stage) in ("approved", "licensed"):  # not applying: what it holds, as the CLI says it
        return stage_verdict_text(row, lang())
    return pick(VERDICT_TEXT[row.verdict])


def open_items_text(row: Any) -> str:
    counts = row.open_counts
    if counts is None or not row.counts_open_items:  # approved or licensed: the deadline column has the next duty
        return ""
    parts = [tr("{kind} {count}", "open items of one kind").format(kind=pick(COUNTED_KIND_TEXT[kind]), count=getattr(counts, name))
             for name, kind in KINDS if getattr(counts, name)]
    if not parts:
        return tr("无")
    return joined(parts)


def open_items_key(row: Any) -> Any:
    counts = row.open_counts
    if counts is None or not row.counts_open_items:
        return None
    return (sum(getattr(counts, name) for name, _kind in KINDS), counts.structural, counts.act, counts.missing)


def _window(start: dt.date | None, end: dt.date | None) -> str:
    """'a – b'; '≤ b' when only the latest day is known (as `icp-wizard status` writes it)."""
    if start and end and start != end:
        return f"{start.isoformat()} – {end.isoformat()}"
    if end and not start:
        return f"≤ {end.isoformat()}"
    return (start or end).isoformat() if (start or end) else ""


def timing_date(row: Any) -> dt.date | None:
    """What the row's timing column shows: the earliest filing date (or the day it cannot be before) before filing,
    the licence window after."""
    if str(row.stage) in ("filed", "correcting"):
        return row.licence_earliest or row.licence_latest
    return row.earliest_filing or row.filing_not_before or row.licence_earliest or row.licence_latest


def timing_text(row: Any) -> str:
    if str(row.stage) in ("approved", "licensed") or row.error:
        return ""
    if str(row.stage) not in ("filed", "correcting") and row.earliest_filing is None and row.filing_not_before:
        return tr("不早于 {date} 可提交").format(date=row.filing_not_before.isoformat())  # an act has no duration
    if str(row.stage) in ("filed", "correcting") or row.earliest_filing is None:
        window = _window(row.licence_earliest, row.licence_latest)
        return tr("预计获证 {window}").format(window=window) if window else ""
    return tr("可提交 {date}").format(date=row.earliest_filing.isoformat())


def days_text(date: dt.date, as_of: dt.date) -> str:
    days = (date - as_of).days
    if days == 0:
        return tr("今天")
    if days < 0:
        return tr("已逾期 %n 天", "", -days)
    return tr("还剩 %n 天", "", days)


def deadline_text(row: Any, as_of: dt.date) -> str:
    deadline = row.next_deadline
    if deadline is None:
        return ""
    start = getattr(deadline, "start", None)
    when = f"{start.isoformat()} – {deadline.date.isoformat()}" if start and start > as_of else deadline.date.isoformat()
    return f"{when}（{days_text(deadline.date, as_of)}）" if lang() == "zh" else \
        f"{when} ({days_text(deadline.date, as_of)})"


def deadline_tip(row: Any) -> str:
    deadline = row.next_deadline
    if deadline is None:
        return ""
    detail = pick(deadline.detail) if deadline.detail else ""
    return "\n".join(t for t in (pick(deadline.title), detail) if t)


def holder_text(row: Any, model: Any = None) -> str:
    if row.locked_by is None:
        return ""
    if model is not None and model.is_own(row.path):
        return tr("已锁定：在本程序的向导窗口中打开")
    if not row.locked_by:
        return tr("已锁定（不知是谁）")
    return tr("已锁定：{holder}").format(holder=row.locked_by)


def rules_change_text(change: Any) -> str:
    from wizard.core.workspace.changes_text import difference_text

    return tr("；", "between items").join(difference_text(d, lang()) for d in change.differences)


def rules_change_tip(change: Any) -> str:
    from wizard.core.workspace.changes_text import cause_text, difference_text

    lines = [tr("上次查看后，新规则改变了：")] + [difference_text(d, lang()) for d in change.differences]
    lines += [labelled(tr("原因"), cause_text(cause, lang())) for cause in change.causes]
    lines += [labelled(tr("有关的规则变化"), item.describe(lang())) for item in change.other_changes]
    return "\n".join(lines)


@dataclass(frozen=True)
class Column:
    """`text`, `sort_key` and `tip` take the row and the model (for the day and the rule changes)."""

    key: str
    title: str  # QT_TR_NOOP literal
    text: Callable[[Any, Any], str]
    sort_key: Callable[[Any, Any], Any]
    tip: Callable[[Any, Any], str] | None = None


def _change(row: Any, model: Any) -> Any:
    return model.changed_by_rules.get(row.path)


COLUMNS: tuple[Column, ...] = (
    Column("client", QT_TR_NOOP("客户"), lambda r, _m: client_text(r), lambda r, _m: client_text(r).casefold(),
           lambda r, _m: r.path),
    Column("province", QT_TR_NOOP("省份"), lambda r, _m: province_text(r.province),
           lambda r, _m: province_text(r.province) or None),
    Column("verdict", QT_TR_NOOP("结论"), lambda r, _m: verdict_text(r),
           lambda r, _m: (1, r.error) if r.error else (0, str(r.verdict)) if verdict_text(r) else None,
           lambda r, _m: verdict_text(r)),
    Column("open", QT_TR_NOOP("未解决"), lambda r, _m: open_items_text(r), lambda r, _m: open_items_key(r),
           lambda r, _m: pick(open_counts_sentence(r.open_counts)) if r.counts_open_items else ""),
    Column("timing", QT_TR_NOOP("可提交 / 预计获证"), lambda r, _m: timing_text(r),
           lambda r, _m: None if not timing_text(r) else timing_date(r)),
    Column("stage", QT_TR_NOOP("阶段"), lambda r, _m: stage_text(r.shown_stage),
           lambda r, _m: STAGE_ORDER.index(r.shown_stage) if r.shown_stage in STAGE_ORDER else None),
    Column("deadline", QT_TR_NOOP("下一截止日"), lambda r, m: deadline_text(r, m.as_of),
           lambda r, m: action_day(r.next_deadline, m.as_of) if r.next_deadline else None,
           lambda r, _m: deadline_tip(r)),
    Column("due", QT_TR_NOOP("截止事项"), lambda r, _m: pick(r.next_deadline.title) if r.next_deadline else "",
           lambda r, _m: pick(r.next_deadline.title) if r.next_deadline else None, lambda r, _m: deadline_tip(r)),
    Column("holder", QT_TR_NOOP("谁在编辑"), lambda r, m: holder_text(r, m),
           lambda r, _m: r.locked_by if r.locked_by is not None else None),
    Column("rules", QT_TR_NOOP("规则更新"),
           lambda r, m: rules_change_text(_change(r, m)) if _change(r, m) else "",
           lambda r, m: rules_change_text(_change(r, m)) if _change(r, m) else None,
           lambda r, m: rules_change_tip(_change(r, m)) if _change(r, m) else ""),
    Column("path", QT_TR_NOOP("文件"), lambda r, _m: r.path, lambda r, _m: r.path.casefold()),
)
COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}


def sort_value(column: Column, row: Any, model: Any) -> tuple:
    return _value(column.sort_key(row, model))
