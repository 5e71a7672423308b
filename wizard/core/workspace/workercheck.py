"""Whether worker processes start in this program: the self-test's proof that a scan can use them.

A built program starts a "spawn" or "forkserver" worker by running its own executable again, which
must then become the worker instead of the program (packaging/entry.py calls freeze_support for
that). When it does not, a worker exits at once or never answers; either way this says so within
a time limit instead of hanging like a scan would."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..messages import Reason
from .evaluation import evaluate_file
from .rows import WorkspaceRow
from .scanning import FORKSERVER_PRELOAD, forkserver_available

ANSWER_WITHIN_S = 90  # a worker imports the engine and reads the packs: seconds, even on a slow machine


def start_methods_to_check() -> list[str]:
    """'spawn' (how Windows and macOS start every worker), and on Linux the workspace window's 'forkserver'."""
    return ["spawn", "forkserver"] if forkserver_available() else ["spawn"]


def check_workers(method: str, paths: list[Path], folder: Path, as_of: dt.date,
                  timeout: float | None = None) -> Reason | None:
    """Evaluates each file on its own worker started by `method`; None when every worker answered with
    the same row as this process makes, else why not. Never waits longer than `timeout` seconds."""
    timeout = ANSWER_WITHIN_S if timeout is None else timeout
    expected = [evaluate_file(path, folder, as_of) for path in paths]
    outcome: list[list[tuple[int, WorkspaceRow]] | Reason] = []
    # In a thread of its own: a fork server that never answers blocks even the start of a worker.
    thread = threading.Thread(target=lambda: outcome.append(_on_workers(method, paths, folder, as_of)),
                              name="self-test workers", daemon=True)
    thread.start()
    thread.join(timeout)
    if not outcome:
        for child in multiprocessing.active_children():  # or the program would wait for them when it exits
            child.terminate()
        return Reason("selftest.workers_silent", {"method": method, "seconds": round(timeout)})
    answers = outcome[0]
    if isinstance(answers, Reason):
        return answers
    if any(pid == os.getpid() for pid, _row in answers) or [row for _pid, row in answers] != expected:
        return Reason("selftest.workers_wrong", {"method": method})
    return None


def _on_workers(method: str, paths: list[Path], folder: Path, as_of: dt.date) -> list[tuple[int, WorkspaceRow]] | Reason:
    context = multiprocessing.get_context(method)
    if method == "forkserver":  # the server imports what the workspace window's does (scanning.gui_start_method)
        context.set_forkserver_preload(FORKSERVER_PRELOAD)
    try:
        with ProcessPoolExecutor(max_workers=len(paths), mp_context=context) as pool:
            futures = [pool.submit(_evaluate_elsewhere, path, folder, as_of) for path in paths]
            return [future.result() for future in futures]
    except Exception as exc:  # noqa: BLE001 - a worker that exits at once breaks the pool: any error says why
        return Reason("selftest.workers_failed", {"method": method}, f"{type(exc).__name__}: {exc}")


def _evaluate_elsewhere(path: Path, folder: Path, as_of: dt.date) -> tuple[int, WorkspaceRow]:
    return os.getpid(), evaluate_file(path, folder, as_of)
