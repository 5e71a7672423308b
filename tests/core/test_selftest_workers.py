"""The self-test's proof that worker processes start (wizard/core/workspace/workercheck.py): it passes
here, and a worker that exits at once or never answers makes it fail with the reason, within its time
limit. The built program's own run of it is in tests/test_bundle.py."""

from __future__ import annotations

import multiprocessing
import sys
import time
from pathlib import Path

import pytest

from wizard.core.commandline.selftest import EXAMPLES_AS_OF, run_self_test
from wizard.core.messages import Reason, Verbatim, message
from wizard.core.runtime.resources import data_dir
from wizard.core.workspace import scanning, workercheck

EXAMPLES = data_dir("examples")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in for a broken worker is a shell script")


def test_the_self_test_evaluates_examples_on_workers_started_as_a_built_program_starts_them():
    lines: list[str] = []
    assert run_self_test(lines.append, "en") == 0, "\n".join(lines)
    methods = workercheck.start_methods_to_check()
    assert "spawn" in methods and ("forkserver" in methods) == sys.platform.startswith("linux")
    assert message("selftest.workers", "en", count=2, methods=Verbatim(", ".join(methods))) in lines


@pytest.fixture
def worker_executable(tmp_path: Path):
    """Makes "spawn" start workers with a script (as a built program that re-runs its CLI would); the
    resource tracker, which spawn starts with the same executable, still gets the real Python."""
    before = multiprocessing.spawn.get_executable()

    def use(worker_does: str) -> None:
        script = tmp_path / "broken-worker"
        script.write_text(f'#!/bin/sh\ncase "$*" in *resource_tracker*) exec "{sys.executable}" "$@";; esac\n'
                          f"{worker_does}\n", encoding="utf-8")
        script.chmod(0o755)
        multiprocessing.set_executable(str(script))

    yield use
    multiprocessing.set_executable(before)


def _self_test_with_spawn_only(monkeypatch) -> list[str]:
    # Only spawn: the fork server is started once per process and later tests would meet the broken one.
    monkeypatch.setattr(workercheck, "start_methods_to_check", lambda: ["spawn"])
    lines: list[str] = []
    assert run_self_test(lines.append, "en") == 1
    assert lines[-1] == message("selftest.failed", "en", count=1)
    return lines


@posix_only
def test_workers_that_exit_at_once_fail_the_self_test_with_the_reason(worker_executable, monkeypatch):
    worker_executable("exit 2")  # what the built program's CLI did with a worker's arguments
    lines = _self_test_with_spawn_only(monkeypatch)
    failed = Reason("selftest.workers_failed", {"method": "spawn"}).text("en")
    problem = [line for line in lines if failed in line]
    assert problem and problem[0].startswith(message("selftest.problem", "en", problem=Verbatim(failed)))
    assert len(problem[0]) > len(message("selftest.problem", "en", problem=Verbatim(failed)))  # with what broke
    assert not any(line.startswith("worker processes:") for line in lines)


@posix_only
def test_workers_that_never_answer_fail_the_self_test_within_its_time_limit(worker_executable, monkeypatch):
    worker_executable("exec sleep 60")
    monkeypatch.setattr(workercheck, "ANSWER_WITHIN_S", 3)
    earlier = set(multiprocessing.active_children())
    started = time.monotonic()
    lines = _self_test_with_spawn_only(monkeypatch)
    assert time.monotonic() - started < 30  # the time limit, not the workers' 60 s
    silent = Reason("selftest.workers_silent", {"method": "spawn", "seconds": 3})
    assert message("selftest.problem", "en", problem=Verbatim(silent.full("en"))) in lines
    ended_by = time.monotonic() + 10  # terminated, then reaped: not left for their 60 s
    while set(multiprocessing.active_children()) - earlier and time.monotonic() < ended_by:
        time.sleep(0.1)
    assert not set(multiprocessing.active_children()) - earlier


def test_the_start_method_can_be_forced_for_checks(monkeypatch):
    """ICP_WIZARD_START_METHOD (what tests/test_bundle.py uses on the built program) and the same rows."""
    files = [EXAMPLES / "henan.yaml", EXAMPLES / "shanghai.yaml"]
    monkeypatch.setenv(scanning.START_METHOD_VARIABLE, "spawn")
    assert scanning._context().get_start_method() == "spawn"
    assert scanning.gui_start_method() == "spawn"
    assert workercheck.check_workers("spawn", files, EXAMPLES, EXAMPLES_AS_OF) is None


def test_an_unknown_forced_start_method_is_ignored_not_an_error(monkeypatch):
    monkeypatch.setenv(scanning.START_METHOD_VARIABLE, "telepathy")
    assert scanning.forced_start_method() is None
    assert scanning._context().get_start_method() in ("fork", "spawn")  # the usual choice
    assert scanning.gui_start_method() in ("forkserver", "spawn")
