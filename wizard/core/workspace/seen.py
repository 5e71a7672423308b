"""The pack versions each client was last seen with, kept in the program's own data folder (the one
crash reports use), never in the client files: after an upgrade of the program or an edit of a pack,
the workspace can tell which clients were last looked at under other rules, and compare them with
those rules, which are kept here too (a copy of the rules folder per version, a few hundred KB).

    <data folder>/workspace/seen.json        {"<absolute file path>": {"packs": {"gansu": "<version>"},
                                               "rules": "<rules fingerprint>", "seen": "2026-11-23"}}
    <data folder>/workspace/rules/<fingerprint>/  the rules folder as it was
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .rows import WorkspaceRow

FOLDER = "workspace"
SEEN_FILE = "seen.json"


def _home() -> Path:
    from ..runtime.resources import user_data_dir

    return user_data_dir() / FOLDER


def _keys(folder: Path) -> Callable[[WorkspaceRow], str]:
    """The absolute path of a row's file. The folder is resolved once (resolving each of 10,000 files
    cost seconds); a file that is itself a symbolic link is resolved, as before."""
    base = str(Path(folder).resolve())

    def key(row: WorkspaceRow) -> str:  # str(base / row.path), without building a Path for each row
        path = os.path.join(base, row.path.replace("/", os.sep))
        return str(Path(path).resolve()) if os.path.islink(path) else path

    return key


def load() -> dict[str, dict[str, Any]]:
    """What was seen, by absolute file path; empty when nothing was recorded or the file is damaged."""
    try:
        data = json.loads((_home() / SEEN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def rules_fingerprint() -> str:
    """A digest of the program's rules folder as it is now: names and bytes of every pack and table."""
    from ..rulepack.cache import pack_files
    from ..runtime.resources import data_dir

    folder = data_dir("rules")
    digest = hashlib.sha256()
    for file in pack_files(folder):
        digest.update(file.relative_to(folder).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def keep_rules() -> str:
    """Copy the program's rules folder under its fingerprint, once; returns the fingerprint."""
    from ..rulepack.cache import pack_files
    from ..runtime.resources import data_dir

    fingerprint = rules_fingerprint()
    target = _home() / "rules" / fingerprint
    if not target.is_dir():
        source = data_dir("rules")
        staging = Path(tempfile.mkdtemp(prefix=".rules-", dir=_home()))
        try:
            for file in pack_files(source):
                destination = staging / file.relative_to(source)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(file, destination)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging, target)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if not target.is_dir():
                raise
    return fingerprint


def kept_rules(fingerprint: str) -> Path | None:
    """The rules folder kept under a fingerprint, if it is still there."""
    folder = _home() / "rules" / fingerprint
    return folder if (folder / "national.yaml").is_file() else None


def record(folder: Path, rows: Iterable[WorkspaceRow], today: dt.date | None = None) -> None:
    """Remember the pack versions of every evaluated row. Never fails a command: a data folder that
    cannot be written only means the next upgrade cannot say what changed."""
    try:
        _record(folder, rows, today or dt.date.today())
    except OSError:
        pass


def _record(folder: Path, rows: Iterable[WorkspaceRow], today: dt.date) -> None:
    home = _home()
    home.mkdir(parents=True, exist_ok=True)
    fingerprint = keep_rules()
    seen = load()
    changed = False
    key_of = _keys(folder)
    for row in rows:
        if row.error is not None or not row.packs:
            continue
        entry = {"packs": dict(row.packs), "rules": fingerprint, "seen": today.isoformat()}
        key = key_of(row)
        if seen.get(key, {}).get("packs") != entry["packs"] or seen.get(key, {}).get("seen") != entry["seen"]:
            seen[key] = entry
            changed = True
    if changed:
        from ..runtime.datacache import write
        from .jsontext import entry_a_line

        text = entry_a_line({key: seen[key] for key in sorted(seen)}, sort_keys=True) + "\n"
        write(text.encode("utf-8"), home / SEEN_FILE)


def seen_with_other_rules(folder: Path, rows: Iterable[WorkspaceRow]) -> dict[str, dict[str, Any]]:
    """The rows (by path) last seen with other pack versions than now: {path: what was recorded}.
    A client never seen before is not listed (nothing to compare with)."""
    seen = load()
    different = {}
    key_of = _keys(folder)
    for row in rows:
        if row.error is not None or not row.packs:
            continue
        entry = seen.get(key_of(row))
        if entry and entry.get("packs") != dict(row.packs):
            different[row.path] = entry
    return different
