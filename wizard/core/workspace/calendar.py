"""Every client's dated deadlines and duties as one iCalendar file (RFC 5545), for the office's
shared calendar (Outlook, WeCom, DingTalk: import the file, or subscribe to it where it is shared).

One all-day event per deadline (tracking/deadlines.py): a correction's due day, the licence
expected from the real submission, the annual-report window (start to end), each renewal date,
expiry. Each event names the client and what is due, says how the date was counted and where the
period comes from; it carries no ID number, no person's name and no correction note. UIDs depend
on the file and the deadline's identity (not on its date), so importing a newer file updates the
events instead of doubling them. Identical input gives identical bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..rulepack.basics import Bilingual
from .files import find_application_files, relative_name
from .scanning import Progress, map_files

PRODUCT = "-//ICP Wizard//Consultancy workspace//ZH"
CATEGORY = {
    "correction": Bilingual(zh="补正", en="Corrections"),
    "licence_expected": Bilingual(zh="等待发证", en="Licence expected"),
    "annual_report": Bilingual(zh="年度报告", en="Annual report"),
    "renewal": Bilingual(zh="许可证续期", en="Renewal"),
    "expiry": Bilingual(zh="许可证到期", en="Expiry"),
    "expired": Bilingual(zh="许可证到期", en="Expiry"),
}


@dataclass(frozen=True)
class ClientDeadlines:
    path: str
    client: str
    deadlines: tuple  # of tracking.Deadline, soonest first


def collect(folder: Path, as_of: dt.date, *, workers: int | None = None,
            progress: Progress | None = None) -> list[ClientDeadlines]:
    """The deadlines of every readable client under `folder` (files that cannot be read have none)."""
    folder = Path(folder)
    found = map_files(_deadlines_chunk, find_application_files(folder), (folder, as_of), workers=workers,
                      progress=progress)
    return [entry for entry in found if entry is not None]


def _deadlines_chunk(paths: list[Path], folder: Path, as_of: dt.date) -> list[ClientDeadlines | None]:
    return [_deadlines_of(path, folder, as_of) for path in paths]


def _deadlines_of(path: Path, folder: Path, as_of: dt.date) -> ClientDeadlines | None:
    from ..application.documents import load_application
    from ..rulepack.choice import pick_pack
    from ..runtime.errors import InputError
    from ..tracking import deadlines
    from .evaluation import program_packs

    try:
        application = load_application(path)
        pack = pick_pack(program_packs(), application.scope.province, str(path))
    except InputError:
        return None  # `status` lists it with its reason; a calendar has nothing to say about it
    found = tuple(deadlines(application, pack, as_of))
    if not found:
        return None
    name = application.entity.name or relative_name(path, folder)
    return ClientDeadlines(relative_name(path, folder), name, found)


def _identity(deadline) -> str:
    """What a deadline is, whatever its date: a correction by its notice, a window by its year."""
    if deadline.kind == "annual_report" and deadline.start is not None:
        return f"annual_report|{deadline.start.year}"
    if deadline.kind == "correction":
        return f"correction|{deadline.detail.en if deadline.detail else ''}"  # names the notice's date
    return f"{deadline.kind}|{deadline.title.en}"


def uid(path: str, deadline) -> str:
    seed = f"{path}|{_identity(deadline)}".encode()
    return f"{hashlib.sha256(seed).hexdigest()[:24]}@icp-wizard"


def workspace_calendar(entries: list[ClientDeadlines], lang: str, as_of: dt.date, name: str) -> bytes:
    from icalendar import Calendar, Event

    from ..sentences import cite

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = dt.datetime(as_of.year, as_of.month, as_of.day, tzinfo=dt.UTC)
    colon = "：" if lang == "zh" else ": "
    for entry in sorted(entries, key=lambda e: e.path):
        for deadline in entry.deadlines:
            event = Event()
            event.add("uid", uid(entry.path, deadline))
            event.add("dtstamp", stamp)
            event.add("dtstart", deadline.start or deadline.date)
            event.add("dtend", deadline.date + dt.timedelta(days=1))  # all-day: the end is exclusive
            event.add("summary", f"{entry.client}{colon}{deadline.title.get(lang)}")
            lines = []
            if deadline.detail is not None:
                lines.append(deadline.detail.get(lang))
            if deadline.source is not None:
                lines.append(("依据：" if lang == "zh" else "Source: ") + cite(deadline.source, lang))
            lines.append(("文件：" if lang == "zh" else "File: ") + entry.path)
            event.add("description", "\n".join(lines))
            category = CATEGORY.get(deadline.kind)
            if category is not None:
                event.add("categories", [category.get(lang)])
            event.add("transp", "TRANSPARENT")  # a deadline, not a meeting
            calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(entries: list[ClientDeadlines], path: Path, lang: str, as_of: dt.date, name: str) -> Path:
    """Through a temporary file beside `path`: a failed write leaves the previous calendar whole."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(workspace_calendar(entries, lang, as_of, name))
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path
