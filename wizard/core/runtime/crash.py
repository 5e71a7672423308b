"""Crash reports: an unexpected exception becomes a local text file that helps and stays private.

The report holds the exception's type, its message scrubbed of every value (wizard.core.runtime.scrub),
the traceback (program and library files, line numbers, code), the versions of the program,
Python and the system, and the last actions as event names ("page entity", "action save").
It never holds a name, an ID number, an address or anything of a file's content, and it is
never sent anywhere: the user decides whether to pass it on. Used by the CLI and by the GUI
(wizard/gui/system/crash_dialog.py), which adds the Qt versions.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ... import __version__

# Every command and the GUI record breadcrumbs, few ever write a report: what only writing one
# needs (platform, traceback, tempfile, hashlib, the scrubber) is imported when it is written.

REPORTS_FOLDER = "crash-reports"
MAX_REPORTS = 20  # older ones are deleted: a loop of errors must not fill the disk
MAX_BREADCRUMBS = 30
MAX_FRAMES = 40  # per exception, the innermost ones
MAX_CHAIN = 5  # "caused by" / "while handling" exceptions followed
_EVENT_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")

_trail: deque[list] = deque(maxlen=MAX_BREADCRUMBS)  # [monotonic time, kind, name, times in a row]
_documents: list[object] = []  # what the user has open: its strings are scrubbed from messages
_written: dict[str, Path | None] = {}  # signature -> report, so that a repeating error is written once
_lock = threading.RLock()


def breadcrumb(kind: str, name: str) -> None:
    """Remember an event for the next report: `kind` and `name` are event names ("page", "entity"),
    never values; anything that is not a short lower-case identifier is recorded as "?".
    The same event again in a row is counted, not repeated (typing on one page is one line)."""
    kind, name, now = _event(kind), _event(name), time.monotonic()
    with _lock:
        if _trail and _trail[-1][1:3] == [kind, name]:
            _trail[-1][0] = now
            _trail[-1][3] += 1
        else:
            _trail.append([now, kind, name, 1])


def _event(text: str) -> str:
    return text if isinstance(text, str) and _EVENT_NAME.fullmatch(text) else "?"


def recent_actions() -> list[tuple[float, str, str, int]]:
    """(monotonic time of the last one, kind, name, times in a row) of the last events, oldest first."""
    with _lock:
        return [tuple(entry) for entry in _trail]


def remember(*documents: object) -> None:
    """The documents in hand (models, paths, or callables returning them, read at report time)."""
    _documents[:] = documents


@dataclass(frozen=True)
class CrashReport:
    text: str
    path: Path | None  # None when no folder could be written to; `problem` says why
    repeated: bool = False  # the same error at the same place was already reported by this process
    problem: str | None = None


def write_report(exc: BaseException, where: str, environment: Mapping[str, str] | None = None,
                 personal: Iterable[object] = (), folder: Path | None = None) -> CrashReport:
    """Writes the report of `exc` (raised in `where`: "main thread", "command line: check") and
    returns it. `environment` adds lines such as the Qt version; `personal` adds values to scrub
    (the command line's file names) to the remembered documents. Never raises."""
    try:
        text = report_text(exc, where, environment, personal)
    except Exception as failure:  # noqa: BLE001 - a bug in the report must not hide the first one
        kind = type(exc)
        text = (f"ICP Wizard crash report\nwhere: {where}\nexception: {kind.__module__}.{kind.__qualname__}\n"
                f"(the rest of the report failed: {type(failure).__name__})\n")
    signature = _signature(exc)
    with _lock:
        if signature in _written:
            return CrashReport(text, _written[signature], repeated=True)
        path, problem = _write(text, folder)
        _written[signature] = path
    return CrashReport(text, path, problem=problem)


def report_text(exc: BaseException, where: str, environment: Mapping[str, str] | None = None,
                personal: Iterable[object] = ()) -> str:
    from .scrub import personal_strings

    personal = personal_strings(*_documents, *personal)
    now = time.monotonic()
    lines = [
        "ICP Wizard crash report",
        "Written on this computer and sent nowhere. Values (names, ID numbers, addresses, paths,",
        "numbers, quoted text, file contents) are replaced by <markers>.",
        "",
        f"time: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"where: {where}",
        *(f"{key}: {value}" for key, value in _environment(environment).items()),
        "",
    ]
    lines += _exception_lines(exc, personal)
    lines += ["", "last actions (oldest first, seconds before the error):"]
    lines += [f"  {now - at:7.1f}  {kind} {name}{f' (×{times})' if times > 1 else ''}"
              for at, kind, name, times in recent_actions()] or ["  (none)"]
    return "\n".join(lines) + "\n"


def _environment(extra: Mapping[str, str] | None) -> dict[str, str]:
    import platform

    frozen = getattr(sys, "frozen", False)
    values = {
        "program": f"icp-wizard {__version__} ({'installed bundle' if frozen else 'from Python packages'})",
        "python": f"{platform.python_implementation()} {platform.python_version()} ({platform.architecture()[0]})",
        "os": platform.platform(),  # system and version only: no computer or user name
        "platform": f"{sys.platform} {platform.machine()}",
    }
    values.update(extra or {})
    return values


def _chain(exc: BaseException) -> list[tuple[str, BaseException]]:
    """The exception and those it came from, outermost last, each with how it relates to the next."""
    chain, seen, current, relation = [], set(), exc, ""
    while current is not None and id(current) not in seen and len(chain) < MAX_CHAIN:
        seen.add(id(current))
        chain.append((relation, current))
        if current.__cause__ is not None:
            relation, current = "which was caused by", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            relation, current = "raised while handling", current.__context__
        else:
            current = None
    return chain


def _exception_lines(exc: BaseException, personal: Iterable[str]) -> list[str]:
    import traceback

    from .scrub import code_location, scrub_message

    lines: list[str] = []
    for relation, current in _chain(exc):
        if relation:
            lines += ["", f"{relation}:"]
        kind = type(current)
        lines.append(f"exception: {kind.__module__}.{kind.__qualname__}")
        message = scrub_message(_message(current), personal)
        lines += [f"message: {line}" for line in message.splitlines()] or ["message: (none)"]
        for note in getattr(current, "__notes__", None) or []:
            lines.append(f"note: {scrub_message(str(note), personal)}")
        lines.append("traceback (most recent call last):")
        frames = traceback.extract_tb(current.__traceback__)
        if len(frames) > MAX_FRAMES:
            lines.append(f"  … {len(frames) - MAX_FRAMES} outer frames left out")
        for frame in frames[-MAX_FRAMES:]:
            where, ours = code_location(frame.filename)
            lines.append(f"  {where}:{frame.lineno} in {frame.name}")
            if ours and frame.line:
                lines.append(f"    {frame.line.strip()}")
    return lines


def _message(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 - a broken __str__ must not lose the report
        return "(the message could not be read)"


def _signature(exc: BaseException) -> str:
    """Type and innermost frames: the same bug at the same place, whatever the values."""
    import hashlib
    import traceback

    from .scrub import code_location

    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = ";".join(f"{code_location(f.filename)[0]}:{f.lineno}" for f in frames)
    return hashlib.sha256(f"{type(exc).__qualname__}|{where}".encode()).hexdigest()[:16]


def reports_folder() -> Path:
    from .resources import user_data_dir

    return user_data_dir() / REPORTS_FOLDER


def _write(text: str, folder: Path | None) -> tuple[Path | None, str | None]:
    """Into the data folder, else the temporary folder; (path, None) or (None, why it failed)."""
    import tempfile

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    problem = None
    for choose in ((lambda: folder) if folder else reports_folder,
                   lambda: Path(tempfile.gettempdir()) / f"icp-wizard-{REPORTS_FOLDER}"):
        try:
            target = choose()
            target.mkdir(parents=True, exist_ok=True)
            path = _free_name(target, f"crash-{stamp}-{os.getpid()}")
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            problem = exc.strerror or type(exc).__name__
            continue
        _prune(target)
        return path, None
    return None, problem


def _free_name(folder: Path, stem: str) -> Path:
    path, number = folder / f"{stem}.txt", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.txt"
    return path


def _prune(folder: Path) -> None:
    reports = sorted(folder.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in reports[MAX_REPORTS:]:
        old.unlink(missing_ok=True)
