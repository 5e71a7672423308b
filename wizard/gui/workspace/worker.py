"""Evaluation off the GUI thread: the whole folder (the core's `scan`, which uses every core) and single files.

The scan reports progress per file; the window shows it in a progress bar and stays responsive.
A file the watcher reports changed is re-evaluated alone, in its own thread, one at a time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..kit_runner import failure_reason
from .watcher import stamp_of

_running: set[QThread] = set()  # threads still finishing after their window closed: kept alive until they end


class _Cancelled(Exception):
    """Raised from the progress callback to stop a scan whose window has closed."""


class ScanWorker(QObject):
    progress = Signal(int, int)  # files done, files in all
    finished = Signal(object, object)  # list[WorkspaceRow]; {path: stamp} of the files as listed before evaluation
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
        finally:
            self.thread().quit()  # the thread ends once the result is on its way
        if not self.cancelled:
            self.finished.emit(rows, stamps)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progress.emit(done, total)


class FileEvaluator(QObject):
    """Lives in its own thread; `evaluate` runs there (queued), one file after another."""

    evaluated = Signal(object)  # WorkspaceRow

    def __init__(self, folder: Path, as_of: dt.date):
        super().__init__()
        self.folder, self.as_of = folder, as_of

    @Slot(str)
    def evaluate(self, path: str) -> None:
        from wizard.core.workspace import evaluate_file

        self.evaluated.emit(evaluate_file(Path(path), self.folder, self.as_of))  # never raises for a bad file


def start(worker: QObject, entry: Any = None) -> QThread:
    """`worker` moved to a new thread that is started (running `entry` first, if given)."""
    thread = QThread()
    worker.moveToThread(thread)
    if entry is not None:
        thread.started.connect(entry)
    thread.finished.connect(worker.deleteLater)
    for ended in [t for t in _running if t.isFinished()]:  # never dropped from inside its own signal
        _running.discard(ended)
    _running.add(thread)
    thread.start()
    return thread


def stop(thread: QThread | None, wait_ms: int = 3000) -> None:
    """Ask the thread to end; it stays referenced (in `_running`) until it has."""
    if thread is not None and thread.isRunning():
        thread.quit()
        thread.wait(wait_ms)
