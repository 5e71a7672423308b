"""Rows of an earlier `status` run, kept in the program's own data folder (never in a client folder),
so that running it again over an office's folder re-evaluates only the files that changed.

    <data folder>/workspace/results/<digest of the folder's path>.pickle
        {"key": <program and rules fingerprint, the day>, "rows": {relative path: (size, mtime_ns, row)}}

A kept row is used only when everything it was made from is unchanged: the program's code, its
rules, the day it counts from (tomorrow's run is a cold one) and the file itself, by size and
modification time to the nanosecond, as make and git do. A file modified in the last two seconds
before its row was made is not kept (its next edit could land in the same timestamp). Who has a
file open is never kept: it is looked up on every run. A damaged or foreign cache file is ignored
and rewritten. Written by this program, into its own folder: see datacache.py on trusting a pickle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import pickle
import time
from functools import lru_cache
from pathlib import Path

from .rows import WorkspaceRow

FOLDER = ("workspace", "results")
_MAGIC = "icp-wizard workspace rows 1"
_RECENT_SECONDS = 2.0
Stat = tuple[int, int]  # (size, mtime_ns)


@lru_cache(maxsize=1)
def program_fingerprint() -> str:
    """What a row depends on besides its file: the program's core code and its rules folder."""
    from ... import __version__
    from ..rulepack.cache import code_fingerprint
    from .seen import rules_fingerprint

    core = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(f"{_MAGIC}\0{__version__}\0{code_fingerprint()}\0{rules_fingerprint()}\0".encode())
    for file in sorted(core.rglob("*.py")):  # a bundle has none: its version and recorded fingerprint stand
        digest.update(file.relative_to(core).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def _file_for(folder: Path) -> Path:
    from ..runtime.resources import user_data_dir

    name = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:24]
    return user_data_dir().joinpath(*FOLDER, f"{name}.pickle")


def stat_of(path: Path) -> Stat | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


class KeptRows:
    """The rows kept for one folder as of one day; `get` gives one back only for an unchanged file."""

    def __init__(self, folder: Path, as_of: dt.date):
        self.folder, self.key = Path(folder), f"{program_fingerprint()}@{as_of.isoformat()}"
        self.rows: dict[str, tuple[int, int, WorkspaceRow]] = {}
        try:
            with open(_file_for(folder), "rb") as handle:
                data = pickle.load(handle)
            if isinstance(data, dict) and data.get("key") == self.key and isinstance(data.get("rows"), dict):
                self.rows = data["rows"]
        except Exception:  # noqa: BLE001 - missing, damaged or of another program: the same as none
            self.rows = {}

    def get(self, name: str, stat: Stat | None) -> WorkspaceRow | None:
        kept = self.rows.get(name)
        if kept is None or stat is None or (kept[0], kept[1]) != stat:
            return None
        return kept[2]

    def save(self, rows: list[WorkspaceRow], stats: dict[str, Stat | None]) -> None:
        """Keep the rows of this run (never fails the command: an unwritable data folder only means a cold run)."""
        now_ns = time.time_ns()
        kept = {}
        for row in rows:
            stat = stats.get(row.path)
            if stat is None or row.error in ("workspace.crashed", "workspace.crashed_no_report"):
                continue  # a bug is reported afresh each run, not served from a cache
            if now_ns - stat[1] < _RECENT_SECONDS * 1e9:
                continue
            kept[row.path] = (stat[0], stat[1], row if row.locked_by is None else dataclasses.replace(row, locked_by=None))
        from ..runtime.datacache import write

        try:
            write(pickle.dumps({"key": self.key, "rows": kept}, protocol=pickle.HIGHEST_PROTOCOL), _file_for(self.folder))
        except OSError:
            pass


def scan_kept(folder: Path, as_of: dt.date, **options) -> tuple[list[WorkspaceRow], int]:
    """scan() of the folder, re-evaluating only the files changed since the rows kept from the last run;
    (the rows in the order of find_application_files(), how many were kept rows)."""
    from .evaluation import _lock_holder
    from .files import application_entries
    from .scanning import scan

    folder = Path(folder)
    entries = application_entries(folder)
    names, paths = [name for name, _ in entries], [path for _, path in entries]
    stats = {name: stat_of(path) for name, path in zip(names, paths, strict=True)}  # before any is read
    kept = KeptRows(folder, as_of)
    rows: dict[str, WorkspaceRow] = {}
    changed = []
    for name, path in zip(names, paths, strict=True):
        row = kept.get(name, stats[name])
        if row is None:
            changed.append(path)
        else:
            rows[name] = dataclasses.replace(row, locked_by=_lock_holder(path))
    for row in scan(folder, as_of, files=changed, **options):
        rows[row.path] = row
    ordered = [rows[name] for name in names]
    kept.save(ordered, stats)
    return ordered, len(paths) - len(changed)
