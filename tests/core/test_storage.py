"""Atomic saves with a backup, conflict detection, and the lock between processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wizard.core.application.documents import load_application
from wizard.core.application.storage import (
    ConflictError,
    DocumentLock,
    SaveError,
    backup_path,
    digest_of,
    save_application,
)
from wizard.core.runtime.resources import data_dir


@pytest.fixture
def application():
    return load_application(data_dir("examples") / "gansu.yaml")


def test_save_keeps_the_previous_version_as_backup(application, tmp_path: Path):
    path = tmp_path / "client.yaml"
    first = save_application(application, path)
    assert first == digest_of(path) and not backup_path(path).exists()
    application.entity.name = "第二版有限公司"
    second = save_application(application, path, expected_digest=first)
    assert load_application(path).entity.name == "第二版有限公司"
    assert digest_of(backup_path(path)) == first  # the first version, whole
    assert second == digest_of(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.yaml", "client.yaml.bak"]  # no debris


def test_a_file_changed_by_someone_else_is_not_overwritten(application, tmp_path: Path):
    path = tmp_path / "client.yaml"
    opened = save_application(application, path)
    path.write_text(path.read_text(encoding="utf-8").replace("甘肃", "甘肃 "), encoding="utf-8")  # a colleague's save
    theirs = path.read_bytes()
    with pytest.raises(ConflictError):
        save_application(application, path, expected_digest=opened)
    assert path.read_bytes() == theirs
    save_application(application, path, force=True)
    assert backup_path(path).read_bytes() == theirs


def test_saving_a_new_file_over_an_existing_one_needs_its_digest(application, tmp_path: Path):
    path = tmp_path / "client.yaml"
    path.write_text("entity: {name: 别人的文件}\n", encoding="utf-8")
    with pytest.raises(ConflictError):
        save_application(application, path)  # expected None: we think there is no file
    save_application(application, path, expected_digest=digest_of(path))


def test_a_failed_save_says_why_and_changes_nothing(application, tmp_path: Path):
    missing_folder = tmp_path / "gone" / "client.yaml"
    with pytest.raises(SaveError) as caught:
        save_application(application, missing_folder)
    assert caught.value.code == "save.folder_gone"
    assert "另存为" in caught.value.describe("zh") and "Save As" in caught.value.describe("en")
    assert not (tmp_path / "gone").exists()


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from wizard.core.application.storage import DocumentLock
    lock = DocumentLock(sys.argv[1])
    print("held" if lock.acquire() else "busy", flush=True)
    time.sleep(float(sys.argv[2]))
    """
)


def test_only_one_process_holds_the_lock_and_a_dead_one_holds_nothing(tmp_path: Path):
    path = tmp_path / "client.yaml"
    path.write_text("{}\n", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        mine = DocumentLock(path)
        assert not mine.acquire()
        holder.kill()  # a crash: the operating system releases the lock
        holder.wait(timeout=10)
        assert mine.acquire()
        mine.release()
    finally:
        holder.kill()


def test_stale_temporaries_from_killed_saves_are_cleared(application, tmp_path: Path):
    import os
    import time

    path = tmp_path / "client.yaml"
    old = tmp_path / ".client.yaml.abc123.tmp"
    fresh = tmp_path / ".client.yaml.def456.tmp"  # perhaps another instance saving right now
    for leftover in (old, fresh):
        leftover.write_text("half a file", encoding="utf-8")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    save_application(application, path)
    assert not old.exists() and fresh.exists()


def test_lock_holder_names_who_has_the_file_open_and_nobody_after_a_crash(tmp_path: Path):
    import getpass
    import socket

    from wizard.core.application.storage import lock_holder, read_lock_owner

    path = tmp_path / "client.yaml"
    path.write_text("{}\n", encoding="utf-8")
    assert lock_holder(path) is None
    assert not (tmp_path / ".client.yaml.lock").exists()  # asking created no lock file
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert lock_holder(path) == f"{getpass.getuser()}@{socket.gethostname()}"
        owner = read_lock_owner(path)
        assert owner is not None and owner.since is not None
        mine = DocumentLock(path)
        assert not mine.acquire()  # the probe let go of the lock at once
        (tmp_path / ".client.yaml.owner").write_text("not json", encoding="utf-8")
        assert lock_holder(path) == ""  # locked, holder unknown
        holder.kill()  # a crash leaves the sidecar behind; the operating system released the lock
        holder.wait(timeout=10)
        assert (tmp_path / ".client.yaml.owner").exists()
        assert lock_holder(path) is None
        assert mine.acquire()
        assert lock_holder(path) is not None  # this process's own lock counts too
        mine.release()
        assert not (tmp_path / ".client.yaml.owner").exists() and lock_holder(path) is None
    finally:
        holder.kill()
