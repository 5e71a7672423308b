"""Whether worker processes start in this program: the self-test's proof that a scan can use them.

A built program starts a "spawn" or "forkserver" worker by running its own executable again, which
must then become the worker instead of the program (packaging/entry.py calls freeze_support for
that). When it does not, a worker exits at once or never answers; either way this says so within
a time limit instead of hanging like a scan would."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor, wait
from pathlib import Path

from ..messages import Reason
from .evaluation import evaluate_file
from .rows import WorkspaceRow
from .scanning import FORKSERVER_PRELOAD

ANSWER_WITHIN_S = 90  # a worker imports the engine and reads the packs: seconds, even on a slow machine


def start_methods_to_check() -> list[str]:
    """'spawn' (how Windows and macOS start every worker), and on Linux the workspace window's 'forkserver'."""
    if sys.platform.startswith("linux") and "forkserver" in multiprocessing.get_all_start_methods():
        return ["spawn", "forkserver"]
    return ["spawn"]


def check_workers(method: str, paths: list[Path], folder: Path, as_of: dt.date,
                  timeout: float = ANSWER_WITHIN_S) -> Reason | None:
    """Evaluates each file on its own worker started by `method`; None when every worker answered with
    the same row as this process makes, else why not."""
    expected = [evaluate_file(path, folder, as_of) for path in paths]
    context = multiprocessing.get_context(method)
    if method == "forkserver":  # the server imports what the workspace window's does (scanning.gui_start_method)
        context.set_forkserver_preload(FORKSERVER_PRELOAD)
    pool = ProcessPoolExecutor(max_workers=len(paths), mp_context=context)
    answered = False
    try:
        futures = [pool.submit(_evaluate_elsewhere, path, folder, as_of) for path in paths]
        _done, not_done = wait(futures, timeout=timeout)
        if not_done:
            return Reason("selftest.workers_silent", {"method": method, "seconds": int(timeout)})
        answers = [future.result() for future in futures]
        answered = True
    except Exception as exc:  # noqa: BLE001 - a worker that exits at once breaks the pool: any error says why
        return Reason("selftest.workers_failed", {"method": method}, f"{type(exc).__name__}: {exc}")
    finally:
        if not answered:  # or the program would wait for them when it exits
            for child in multiprocessing.active_children():
                child.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
    if any(pid == os.getpid() for pid, _row in answers) or [row for _pid, row in answers] != expected:
        return Reason("selftest.workers_wrong", {"method": method})
    return None


def _evaluate_elsewhere(path: Path, folder: Path, as_of: dt.date) -> tuple[int, WorkspaceRow]:
    return os.getpid(), evaluate_file(path, folder, as_of)

