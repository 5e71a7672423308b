"""Which files in a workspace folder are client files."""

from __future__ import annotations

import os
from pathlib import Path

from ..application.documents import APPLICATION_SUFFIXES

# Beside a client file the program keeps `.<name>.lock`, `.<name>.owner`, `<name>.bak` and, during a
# save, `.<name>.<random>.tmp` (storage.py); editors add `.#name`, `~$name` and `name~`. None has an
# application suffix except an editor's `.#name.yaml`, and hidden files are skipped altogether.
_SKIPPED_PREFIXES = (".", "~$")


def is_application_file(name: str) -> bool:
    return name.lower().endswith(APPLICATION_SUFFIXES) and not name.startswith(_SKIPPED_PREFIXES)


def find_application_files(folder: Path) -> list[Path]:
    """Every client file under `folder`, subfolders included, sorted by path. Hidden folders (.git,
    .venv, a synchronisation tool's own) are not entered; symbolic links to folders are not followed,
    so a link loop cannot make the scan endless; an unreadable subfolder is skipped."""
    return [path for _name, path in application_entries(folder)]


def application_entries(folder: Path) -> list[tuple[str, Path]]:
    """find_application_files() with each file's relative_name(), made from the walk's own strings
    (pathlib's relative_to cost more than the walk itself over 10,000 files)."""
    top = os.fspath(folder)
    prefix = os.path.join(top, "")
    found: list[tuple[str, Path]] = []
    for root, folders, files in os.walk(top, followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        below = root[len(prefix):] if root.startswith(prefix) else ""  # "" for the folder itself
        under = below.replace(os.sep, "/") + "/" if below else ""
        found += ((under + name, Path(os.path.join(root, name))) for name in files if is_application_file(name))
    found.sort(key=lambda entry: entry[0])
    return found


def relative_name(path: Path, folder: Path) -> str:
    """The row's path: relative to the folder, with '/' separators on every system."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return path.as_posix()
