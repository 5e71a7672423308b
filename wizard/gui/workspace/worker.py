"""Evaluation off the GUI thread: the whole folder (the core's `scan`, which uses every core) and single files.

The scan reports progress per file; the window shows it in a progress bar and stays responsive.
A file the watcher reports changed is re-evaluated alone, in its own thread, one at a time.
Both are QThread subclasses whose signals reach the window queued (they are emitted in the thread).
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import logging
import queue
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from ..system.kit_runner import failure_reason
from .watcher import stamp_of

log = logging.getLogger(__name__)
_running: set[QThread] = set()  # threads still finishing after their window closed: kept alive until they end


class _Cancelled(Exception):
    """Raised from the progress callback to stop a scan whose window has closed."""


class ScanThread(QThread):
    progress = Signal(int, int)  # files done, files in all
    # list[WorkspaceRow]; {path: stamp} as the files are after the scan; paths changed while it ran
    scanned = Signal(object, object, object)
    failed = Signal(str)  # why the folder could not be scanned at all
    # After the table: clients last seen under other rules (an upgrade, an edited pack) compared with them.
    compared = Signal(object, int)  # {path: ClientChange} of those whose outcome changed; how many were compared

    def __init__(self, folder: Path, as_of: dt.date):
        from wizard.core.workspace.scanning import gui_start_method

        super().__init__()
        self.folder, self.as_of = folder, as_of
        self.cancelled = False
        # never 'fork' from here: this process runs Qt threads (and this is one of them)
        self.start_method = gui_start_method()

    def run(self) -> None:
        from wizard.core.workspace import find_application_files
        from wizard.core.workspace.results import scan_kept

        try:
            # Stamped before and after: a file saved while the scan ran is re-evaluated afterwards.
            before = {path: stamp_of(path) for path in find_application_files(self.folder)}
            # rows kept from the last scan of this folder on this day serve the files unchanged since
            rows, _kept = scan_kept(self.folder, self.as_of, progress=self._progress, start_method=self.start_method)
            after = {path: stamp_of(path) for path in find_application_files(self.folder)}
        except _Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - a folder that cannot be read is said so, not a crash
            self.failed.emit(failure_reason(exc))
            return
        if self.cancelled:
            return
        changed = [str(path) for path in after if before.get(path) != after[path]]
        self.scanned.emit(rows, after, changed)
        try:
            self._compare_rules(rows)
        except _Cancelled:
            return
        except Exception:  # noqa: BLE001 - the table is shown; without the comparison only its notice is missing
            log.warning("the comparison with earlier rules failed", exc_info=True)

    def _compare_rules(self, rows: list) -> None:
        """Clients last seen under other pack versions: what those rules said, against the program's now.
        Then the versions seen now are remembered (in the program's data folder, never in client files)."""
        from wizard.core.workspace import seen
        from wizard.core.workspace.changes import compare_clients

        earlier = seen.seen_with_other_rules(self.folder, rows)
        changes = {}
        for fingerprint in sorted({entry.get("rules") for entry in earlier.values()} - {None}):
            old_rules = seen.kept_rules(fingerprint)
            if old_rules is None:
                continue
            wanted = {path for path, entry in earlier.items() if entry.get("rules") == fingerprint}
            clients, _ = compare_clients(self.folder, old_rules, self.as_of, progress=self._check,
                                         start_method=self.start_method)
            changes.update({client.path: client for client in clients if client.path in wanted})
        seen.record(self.folder, rows)
        if earlier and not self.cancelled:
            self.compared.emit(changes, len(earlier))

    def _check(self, _done: int, _total: int) -> None:
        if self.cancelled:
            raise _Cancelled

    def _progress(self, done: int, total: int) -> None:
        self._check(done, total)
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
        if not _running:
            _wait_at_exit()
        _running.add(thread)


def wait_for_workers(timeout_ms: int = 30_000) -> None:
    """Before the program ends: the threads of closed workspace windows are told to stop and awaited. A
    QThread destroyed while it runs aborts the process, so quitting during a scan would be a crash."""
    for thread in list(_running):
        if isinstance(thread, ScanThread):
            thread.cancelled = True  # it stops at the next file or comparison step
        elif isinstance(thread, FileEvaluator):
            thread.finish()
        thread.wait(timeout_ms)
        _running.discard(thread)


@functools.cache
def _wait_at_exit() -> None:
    """Once: on the application's aboutToQuit, and at interpreter exit for a script that never entered the event loop."""
    application = QCoreApplication.instance()
    if application is not None:
        application.aboutToQuit.connect(wait_for_workers)
    atexit.register(wait_for_workers)
