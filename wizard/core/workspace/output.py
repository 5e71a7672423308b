"""The workspace table as text, JSON or CSV, in one language."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from ..commandline.textreport import _cell, _width
from ..report import VERDICT_TEXT
from ..rulepack.basics import Bilingual
from ..tracking.real import EXPIRED_TEXT as EXPIRED_STAGE_TEXT
from ..tracking.stage import STAGE_TEXT as TRACKING_STAGE_TEXT
from .jsontext import entry_a_line
from .rows import WorkspaceRow

# The tracking stages' words (as check's headline uses them), and "expired" for WorkspaceRow.shown_stage.
STAGE_TEXT = {str(stage): Bilingual(**text) for stage, text in TRACKING_STAGE_TEXT.items()} | {
    "expired": Bilingual(**EXPIRED_STAGE_TEXT)}
HEADINGS = {  # (key, zh, en): the columns of every output, in order
    "deadline": ("下一期限", "next deadline"),
    "due": ("期限事项", "what is due"),
    "client": ("客户", "client"),
    "province": ("省份", "province"),
    "stage": ("阶段", "stage"),
    "verdict": ("结论", "verdict"),
    "open": ("未解决", "open items"),
    "filing": ("最早可提交", "earliest filing"),
    "licence": ("预计取得许可证", "licence expected"),
    "locked": ("正在编辑", "open by"),
    "file": ("文件", "file"),
    "error": ("无法读取的原因", "why it cannot be read"),
}
_OPEN_WORDS = {
    "zh": (("act", "要办"), ("wait", "等待"), ("structural", "主体不符"), ("missing", "待回答")),
    "en": (("act", "to do"), ("wait", "waiting"), ("structural", "ruling out"), ("missing", "unanswered")),
}
_LOCKED_UNKNOWN = Bilingual(zh="（他人）", en="(someone)")
LICENSED_TEXT = Bilingual(zh="已取得许可证", en="Licence held")
EXPIRED_TEXT = Bilingual(zh="许可证已过期", en="Licence expired")
APPROVED_TEXT = Bilingual(zh="已获批准，尚未记录发证", en="Approved, licence not recorded yet")


def heading(key: str, lang: str) -> str:
    zh, en = HEADINGS[key]
    return zh if lang == "zh" else en


def province_name(region_id: str | None, lang: str) -> str:
    from ..china.regions import BY_ID

    region = BY_ID.get(region_id or "")
    if region is None:
        return region_id or ""
    return region.zh if lang == "zh" else region.en


def open_text(row: WorkspaceRow, lang: str) -> str:
    """'要办 2，等待 1' / '2 to do, 1 waiting'; '' when nothing is open, or once approved or licensed."""
    counts = row.open_counts
    if counts is None or not row.counts_open_items:
        return ""
    if lang == "zh":
        parts = [f"{word} {getattr(counts, key)}" for key, word in _OPEN_WORDS[lang] if getattr(counts, key)]
        return "，".join(parts)
    return ", ".join(f"{getattr(counts, key)} {word}" for key, word in _OPEN_WORDS[lang] if getattr(counts, key))


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def licence_text(row: WorkspaceRow) -> str:
    if row.licence_earliest and row.licence_latest:
        return f"{row.licence_earliest.isoformat()} – {row.licence_latest.isoformat()}"
    if row.licence_latest:
        return f"≤ {row.licence_latest.isoformat()}"
    return ""


def record(row: WorkspaceRow, lang: str, with_detail: bool = True) -> dict[str, str]:
    """The row's cells as text, by column key (the terminal table leaves out how a deadline was counted)."""
    deadline = row.next_deadline
    due = ""
    if deadline is not None:
        due = deadline.title.get(lang)
        if deadline.detail is not None and with_detail:
            due += f"（{deadline.detail.get(lang)}）" if lang == "zh" else f" ({deadline.detail.get(lang)})"
    locked = "" if row.locked_by is None else (row.locked_by or _LOCKED_UNKNOWN.get(lang))
    return {
        "deadline": _deadline_dates(deadline),
        "due": due,
        "client": row.client or "",
        "province": province_name(row.province, lang),
        "stage": STAGE_TEXT[row.shown_stage].get(lang) if row.shown_stage is not None else "",
        "verdict": verdict_text(row, lang),
        "open": open_text(row, lang),
        "filing": filing_text(row, lang),
        "licence": licence_text(row),
        "locked": locked,
        "file": row.path,
        "error": row.error_text(lang) or "",
    }


NOT_BEFORE_TEXT = Bilingual(zh="不早于 {day}", en="not before {day}")


def filing_text(row: WorkspaceRow, lang: str) -> str:
    """The earliest filing date; without one, the day the waits alone end (check: "even then not before")."""
    if row.earliest_filing is None and row.filing_not_before is not None:
        return NOT_BEFORE_TEXT.get(lang).format(day=row.filing_not_before.isoformat())
    return _date(row.earliest_filing)


def verdict_text(row: WorkspaceRow, lang: str) -> str:
    """The verdict; for a licensed client, which is not applying ("ready to apply" would read as news),
    that it holds the licence, or that it has expired (the JSON keeps the verdict)."""
    if row.verdict is None:
        return ""
    if str(row.stage) == "approved":
        return APPROVED_TEXT.get(lang)
    if str(row.stage) == "licensed":
        return (EXPIRED_TEXT if row.shown_stage == "expired" else LICENSED_TEXT).get(lang)
    return VERDICT_TEXT[row.verdict].get(lang)


def _deadline_dates(deadline: Any) -> str:
    if deadline is None:
        return ""
    start = getattr(deadline, "start", None)
    if start is not None and start != deadline.date:
        return f"{start.isoformat()} – {deadline.date.isoformat()}"
    return deadline.date.isoformat()


def render_text(rows: Sequence[WorkspaceRow], lang: str, folder: str, as_of: dt.date) -> str:
    """A header line, then one aligned line per client (the columns that are empty for every row are
    left out), then the files that could not be read with their reasons."""
    readable = [row for row in rows if row.error is None or row.client]
    unreadable = [row for row in rows if row.error is not None and not row.client]
    keys = ("deadline", "due", "client", "province", "stage", "verdict", "open", "filing", "licence", "locked", "file")
    records = [record(row, lang, with_detail=False) for row in readable]
    shown = [key for key in keys if key in ("client", "file") or any(r[key] for r in records)]
    widths = {key: min(60, max([_width(heading(key, lang))] + [_width(r[key]) for r in records])) for key in shown}
    if lang == "zh":
        title = f"工作区 {folder} · 评估日期 {as_of.isoformat()} · 共 {len(rows)} 个文件"
        if unreadable:
            title += f"，其中 {len(unreadable)} 个无法读取"
    else:
        title = f"Workspace {folder} · as of {as_of.isoformat()} · {len(rows)} file{'s' if len(rows) != 1 else ''}"
        if unreadable:
            title += f", {len(unreadable)} of them unreadable"
    lines = [title, ""]
    header = "  ".join(_cell(heading(key, lang), widths[key]) for key in shown).rstrip()
    lines += [header, "-" * _width(header)]
    for row, cells in zip(readable, records, strict=True):
        line = "  ".join(_cell(_cut(cells[key], widths[key]), widths[key]) for key in shown).rstrip()
        lines.append(line)
        if row.error is not None:  # read, but not evaluated (e.g. a province without rules)
            lines.append("    " + cells["error"])
    if unreadable:
        lines += ["", heading("error", lang) + ("：" if lang == "zh" else ":")]
        lines += [f"  {row.path}: {row.error_text(lang)}" for row in unreadable]
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out = ""
    for char in text:
        if _width(out + char) > width - 1:
            break
        out += char
    return out + "…"


def render_json(rows: Sequence[WorkspaceRow], lang: str, as_of: dt.date) -> str:
    items = []
    for row in rows:
        deadline = row.next_deadline
        items.append({
            "file": row.path,
            "client": row.client,
            "province": row.province,
            "stage": str(row.stage) if row.stage is not None else None,
            "verdict": row.verdict.value if row.verdict is not None else None,
            "open": {key: getattr(row.open_counts, key) for key, _ in _OPEN_WORDS["en"]} | {
                "warnings": row.open_counts.warnings} if row.open_counts is not None else None,
            "earliest_filing": _date(row.earliest_filing) or None,
            "filing_not_before": _date(row.filing_not_before) or None,
            "licence_earliest": _date(row.licence_earliest) or None,
            "licence_latest": _date(row.licence_latest) or None,
            "next_deadline": None if deadline is None else {
                "date": deadline.date.isoformat(),
                "start": _date(getattr(deadline, "start", None)) or None,
                "kind": deadline.kind,
                "title": deadline.title.get(lang),
                "detail": deadline.detail.get(lang) if deadline.detail is not None else None,
                "source": deadline.source.cite(lang) if getattr(deadline, "source", None) is not None else None,
            },
            "locked_by": row.locked_by,
            "error": None if row.error is None else {"code": row.error, "text": row.error_text(lang)},
        })
    return entry_a_line({"as_of": as_of.isoformat(), "clients": items}, spread="clients")


def render_csv(rows: Sequence[WorkspaceRow], lang: str) -> str:
    """UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly."""
    keys = ("deadline", "due", "client", "province", "stage", "verdict", "open", "filing", "licence", "locked",
            "file", "error")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([heading(key, lang) for key in keys])
    for row in rows:
        cells = record(row, lang)
        writer.writerow([cells[key] for key in keys])
    return "\ufeff" + buffer.getvalue()
