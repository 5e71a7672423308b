"""Failed writes at every step of a save, and two processes on one file (see harness.py)."""

from __future__ import annotations

import errno
import shutil

from wizard.core.messages import Reason

from . import harness
from .conftest import EXAMPLES


def test_every_step_of_a_save_may_fail_without_damage(tmp_path):
    tally, steps = harness.save_fault_matrix(tmp_path)
    assert {"fsync", "replace", "write", "mkstemp", "open"} <= set(steps), steps
    assert tally.tried == len(steps) * len(harness.FAULT_ERRNOS)
    assert (tally.damaged, tally.lost, tally.debris) == (0, 0, 0), tally.problems


def test_two_processes_one_lock_and_the_stale_save_is_refused(tmp_path):
    tally = harness.lock_contention(tmp_path, rounds=5)
    assert tally.tried == 5
    assert (tally.damaged, tally.lost) == (0, 0), tally.problems


def test_gui_save_over_a_file_that_became_unreadable(make_window, dialogs, tmp_path):
    """Reading the file for the conflict check fails (EACCES): one 'Not saved' dialog, nothing lost."""
    client = tmp_path / "client.yaml"
    shutil.copyfile(EXAMPLES / "henan.yaml", client)
    window = make_window([str(client)])
    window.session.set_value("entity.name", "改过的名字有限公司")
    before = client.read_bytes()
    faults = harness._Faults(target=1, code=errno.EACCES)  # the very first step: reading the current file
    with harness.injected(faults):
        assert window.save() is False
    assert [kind for kind, *_ in dialogs.shown] == ["warning"]
    assert Reason("save.no_permission").text("zh") in dialogs.shown[0][2]
    assert client.read_bytes() == before
    assert window.session.dirty and window.session.application.entity.name == "改过的名字有限公司"
    assert window.save() is True  # once the problem is gone the same save works
