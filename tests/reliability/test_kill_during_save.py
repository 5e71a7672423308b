"""kill -9 in the middle of saves, 50 times: the file and its .bak always load, no acknowledged save is lost.

A long-lived helper process imports the program once and forks a child for each
round; the child saves one file in a tight loop with varying content until the
test kills it with SIGKILL after a random 0–300 ms (see harness.kill_during_saves;
benchmarks/robustness.py runs 200 rounds).
"""

from __future__ import annotations

import os

import pytest

from . import harness

pytestmark = [
    pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX"),
    pytest.mark.timeout(120),
]


def test_kill_during_save_50_times(tmp_path):
    tally = harness.kill_during_saves(tmp_path, iterations=50, seed=50)
    assert tally.tried == 50
    assert (tally.damaged, tally.lost) == (0, 0), tally.problems
