"""Which files in a workspace folder are client files."""

from __future__ import annotations

import os
from pathlib import Path

from ..documents import APPLICATION_SUFFIXES

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
    found: list[Path] = []
    for root, folders, files in os.walk(folder, followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += (Path(root) / name for name in files if is_application_file(name))
    return sorted(found, key=lambda path: relative_name(path, folder))


def relative_name(path: Path, folder: Path) -> str:
    """The row's path: relative to the folder, with '/' separators on every system."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return path.as_posix()
