"""Evaluation off the GUI thread: the whole folder (the core's `scan`, which uses every core) and single files.

The scan reports progress per file; the window shows it in a progress bar and stays responsive.
A file the watcher reports changed is re-evaluated alone, in its own thread, one at a time.
Both are QThread subclasses whose signals reach the window queued (they are emitted in the thread).
"""

from __future__ import annotations

import datetime as dt
import queue
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ..kit_runner import failure_reason
from .watcher import stamp_of

_running: set[QThread] = set()  # threads still finishing after their window closed: kept alive until they end


class _Cancelled(Exception):
    """Raised from the progress callback to stop a scan whose window has closed."""


class ScanThread(QThread):
    progress = Signal(int, int)  # files done, files in all
    scanned = Signal(object, object)  # list[WorkspaceRow]; {path: stamp} as listed before evaluation
    failed = Signal(str)  # why the folder could not be scanned at all

    def __init__(self, folder: Path, as_of: dt.date):
        super().__init__()
        self.folder, self.as_of = folder, as_of
        self.cancelled = False

    def run(self) -> None:
        from wizard.core.workspace import find_application_files, scan

        try:
            # Stamped before evaluation: a file saved while the scan runs is re-evaluated afterwards.
            stamps = {path: stamp_of(path) for path in find_application_files(self.folder)}
            rows = scan(self.folder, self.as_of, progress=self._progress)
        except _Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - a folder that cannot be read is said so, not a crash
            self.failed.emit(failure_reason(exc))
            return
        if not self.cancelled:
            self.scanned.emit(rows, stamps)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progress.emit(done, total)


class FileEvaluator(QThread):
    """Re-evaluates the files put in its queue, one after another, until `finish`."""

    evaluated = Signal(object)  # WorkspaceRow

    def __init__(self, folder: Path, as_of: dt.date):
        super().__init__()
        self.folder, self.as_of = folder, as_of
        self._queue: queue.Queue[str | None] = queue.Queue()

    def evaluate(self, path: str) -> None:
        self._queue.put(path)

    def finish(self) -> None:
        self._queue.put(None)

    def run(self) -> None:
        from wizard.core.workspace import evaluate_file

        while (path := self._queue.get()) is not None:
            self.evaluated.emit(evaluate_file(Path(path), self.folder, self.as_of))  # never raises for a bad file


def keep_until_finished(thread: QThread) -> None:
    """A thread whose window goes away is kept referenced until it has ended (Qt must not delete it running)."""
    for ended in [t for t in _running if t.isFinished()]:
        _running.discard(ended)
    if thread.isRunning():
        _running.add(thread)
