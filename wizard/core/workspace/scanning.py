"""Scanning a workspace folder on every core: the files are shared among worker processes, each of
which loads the packs once (from the pack cache) and evaluates its share."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import TypeVar

from .evaluation import evaluate_file
from .files import find_application_files
from .rows import WorkspaceRow

T = TypeVar("T")
Progress = Callable[[int, int], None]
IN_PROCESS_BELOW = 40  # starting workers costs more than evaluating this many files here
CHUNK = 25  # files per task: small enough for a smooth progress bar, large enough to keep workers busy
# For checks, not users: how workers start whatever _context() and gui_start_method() would choose,
# e.g. "spawn" on Linux to see what Windows and macOS do (tests/test_bundle.py).
START_METHOD_VARIABLE = "ICP_WIZARD_START_METHOD"
FORKSERVER_PRELOAD = ["wizard.core.workspace.preload"]


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # Windows, macOS
        return max(1, os.cpu_count() or 1)


def scan(folder: Path, as_of: dt.date, *, workers: int | None = None, progress: Progress | None = None,
         files: Sequence[Path] | None = None, start_method: str | None = None) -> list[WorkspaceRow]:
    """Every client file under `folder` as rows, in the order of find_application_files() (or of
    `files`, to re-evaluate a few). Uses `workers` processes (default: one per core); `progress(done,
    total)` is called as files are done, in the calling thread. `start_method`: see _context()."""
    folder = Path(folder)
    paths = list(find_application_files(folder) if files is None else files)
    return map_files(_evaluate_chunk, paths, (folder, as_of), workers=workers, progress=progress,
                     start_method=start_method)


def map_files(function: Callable[..., list[T]], paths: Sequence[Path], args: tuple, *,
              workers: int | None = None, progress: Progress | None = None,
              start_method: str | None = None) -> list[T]:
    """`function(chunk, *args)` over the paths in chunks, on `workers` processes; one result per path,
    in the order of `paths`. The function must be a module-level one (it is sent to the workers)."""
    paths = list(paths)
    workers = default_workers() if workers is None else max(1, workers)
    if progress:
        progress(0, len(paths))
    if workers == 1 or len(paths) < IN_PROCESS_BELOW:
        results: list[T] = []
        for path in paths:
            results += function([path], *args)
            if progress:
                progress(len(results), len(paths))
        return results
    chunks = [paths[start:start + CHUNK] for start in range(0, len(paths), CHUNK)]
    context = _context(start_method)
    if context.get_start_method() == "fork":
        _warm_up()  # forked workers start with the packs loaded and the engine imported
    by_chunk: dict[int, list[T]] = {}
    done = 0
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=context) as pool:
        pending: dict[Future, int] = {pool.submit(function, chunk, *args): index for index, chunk in enumerate(chunks)}
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                by_chunk[index] = future.result()
                done += len(by_chunk[index])
                if progress:
                    progress(done, len(paths))
    return [item for index in range(len(chunks)) for item in by_chunk[index]]


def _warm_up() -> None:
    from ..engine import evaluate  # noqa: F401 - imported for the workers
    from ..tracking import deadlines  # noqa: F401
    from .evaluation import program_packs

    program_packs()


def _evaluate_chunk(paths: list[Path], folder: Path, as_of: dt.date) -> list[WorkspaceRow]:
    return [evaluate_file(path, folder, as_of) for path in paths]


def forced_start_method() -> str | None:
    """The start method ICP_WIZARD_START_METHOD names, if this Python has it; any other value is ignored
    (a check's setting must not turn every scan into an error)."""
    import multiprocessing

    wanted = os.environ.get(START_METHOD_VARIABLE, "").strip()
    return wanted if wanted in multiprocessing.get_all_start_methods() else None


def _context(start_method: str | None = None):
    """The way worker processes start. Given (the window passes "forkserver" or "spawn"), that one;
    else the one ICP_WIZARD_START_METHOD names (checks: START_METHOD_VARIABLE).
    Otherwise 'fork' where it is safe: on Linux, from the main thread of a process with no other
    thread and no Qt loaded (a process running Qt has threads Python does not know of, and forking
    it can leave a worker holding a lock no thread will release); workers then start with the packs
    and modules already imported. Elsewhere (Windows, macOS, a thread, a Qt process) 'spawn'."""
    import multiprocessing
    import sys
    import threading

    start_method = start_method or forced_start_method()
    if start_method is not None:
        return multiprocessing.get_context(start_method)
    if (sys.platform.startswith("linux") and threading.active_count() == 1
            and threading.current_thread() is threading.main_thread() and "PySide6.QtCore" not in sys.modules):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def forkserver_available() -> bool:
    """Linux, where the workspace window starts its workers by a fork server (checked by the self-test too)."""
    import multiprocessing
    import sys

    return sys.platform.startswith("linux") and "forkserver" in multiprocessing.get_all_start_methods()


def gui_start_method() -> str:
    """For a process running Qt: 'forkserver' on Linux, a clean server process that forks each worker
    (started once, with the engine imported, and kept for the next scan), else 'spawn'."""
    import multiprocessing

    forced = forced_start_method()
    if forced in (None, "forkserver") and forkserver_available():
        multiprocessing.get_context("forkserver").set_forkserver_preload(FORKSERVER_PRELOAD)
        return "forkserver"
    return forced or "spawn"
