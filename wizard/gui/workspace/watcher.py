"""Watching the workspace folder tree: which application files were added, changed or removed.

QFileSystemWatcher reports directories (files added, removed, renamed — the program's own saves
replace the file by renaming, and a lock or its owner note appearing beside a file is such a
change too) and, up to `FILE_WATCH_LIMIT`, the files themselves (edits made in place). Events
come in bursts (a save writes a temporary file, a backup and the file), so they are gathered for
`SETTLE_MS` and then each application file under the touched folders is compared with what was
last seen: its size, time and inode, and the lock files beside it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

FILE_WATCH_LIMIT = 4000  # beyond this only folders are watched (inotify's per-user limit is shared)
SETTLE_MS = 250


def stamp_of(path: Path) -> tuple:
    """What changes when the file or its lock does."""
    stamps: list[Any] = []
    for candidate in (path, path.with_name(f".{path.name}.lock"), path.with_name(f".{path.name}.owner")):
        try:
            info = candidate.stat()
        except OSError:
            stamps.append(None)
            continue
        stamps.append((info.st_mtime_ns, info.st_size, info.st_ino))
    return tuple(stamps)


class FolderWatcher(QObject):
    changed = Signal(list)  # absolute paths of application files added or changed (or locked, unlocked)
    removed = Signal(list)  # absolute paths of application files that are gone

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = folder
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._touched)
        self.watcher.fileChanged.connect(self._file_touched)
        self._stamps: dict[Path, tuple] = {}
        self._watched: set[Path] = set()
        self._dirty: set[Path] = set()
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.flush)
        self.paused = False  # while a full scan runs: changes are kept and reported after it

    def watch_folders(self) -> None:
        """Before a scan: changes from now on are kept (`paused`) until `adopt` tells what the scan saw."""
        self.paused = True
        self._dirty.clear()
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self._watched = set()
        self._watch_folders(self.folder)

    def adopt(self, stamps: dict[Path, tuple]) -> None:
        """The files the table now shows, as they were when the scan listed them; changes since are reported."""
        self._stamps = dict(stamps)
        watched = [path for path in list(stamps)[:FILE_WATCH_LIMIT] if path not in self._watched]
        self._watched.update(watched)
        if watched:
            self.watcher.addPaths([str(path) for path in watched])  # one call: a thousand files in a few ms
        self.resume()

    def _watch_file(self, path: Path) -> None:
        if path not in self._watched and len(self._watched) < FILE_WATCH_LIMIT:
            self._watched.add(path)
            self.watcher.addPath(str(path))

    def _watch_folders(self, top: Path) -> None:
        folders = [str(top)]
        for root, dirs, _names in os.walk(top):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            folders += [os.path.join(root, d) for d in dirs]
        known = set(self.watcher.directories())
        new = [f for f in folders if f not in known]
        if new:
            self.watcher.addPaths(new)

    def _touched(self, folder: str) -> None:
        self._dirty.add(Path(folder))
        self._timer.start()

    def _file_touched(self, path: str) -> None:
        self._watched.discard(Path(path))  # a file replaced or removed is no longer watched: added again later
        self._dirty.add(Path(path).parent)
        self._timer.start()

    def flush(self) -> None:
        """Compare the touched folders with what was last seen; report the differences."""
        if self.paused or not self._dirty:
            return
        from wizard.core.workspace import find_application_files

        dirty, self._dirty = self._dirty, set()
        changed, removed = [], []
        for folder in sorted(dirty):
            present: set[Path] = set()
            if folder.is_dir():
                self._watch_folders(folder)  # a new subfolder is watched from now on
                present = {folder / p if not p.is_absolute() else p for p in find_application_files(folder)}
            for path in [p for p in self._stamps if _under(p, folder) and p not in present]:
                del self._stamps[path]
                removed.append(path)
            for path in sorted(present):
                stamp = stamp_of(path)
                if self._stamps.get(path) != stamp:
                    self._stamps[path] = stamp
                    changed.append(path)
                self._watch_file(path)  # again after a save that replaced the file by a rename
        if removed:
            self.removed.emit([str(p) for p in removed])
        if changed:
            self.changed.emit([str(p) for p in changed])

    def resume(self) -> None:
        self.paused = False
        if self._dirty:
            self._timer.start()


def _under(path: Path, folder: Path) -> bool:
    return path.is_relative_to(folder)
