"""Rows kept between `status` runs (workspace/results.py): a second run over an unchanged folder uses
them, an edited, added or removed file is evaluated afresh, another day or a damaged cache is a cold
run, who has a file open is looked up every time, and nothing is written into the client folder."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

import pytest

from wizard.core.application.storage import DocumentLock
from wizard.core.workspace import results as results_module
from wizard.core.workspace import scan
from wizard.core.workspace.results import scan_kept

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from workspace_clients import AS_OF, generate_clients  # noqa: E402


@pytest.fixture
def office(tmp_path, monkeypatch):
    from wizard.core.runtime import resources

    home = tmp_path / "data"
    home.mkdir()
    monkeypatch.setattr(resources, "user_data_dir", lambda: home)
    folder = tmp_path / "office"
    made = generate_clients(folder, 30)
    old = time.time() - 60  # written a minute ago: fresh files are not kept (their next edit may share the stamp)
    for client in made:
        os.utime(folder / client.path, (old, old))
    return folder, made, home


def test_a_second_run_uses_the_kept_rows_and_gives_the_same_table(office):
    folder, made, home = office
    first, kept = scan_kept(folder, AS_OF, workers=1)
    assert kept == 0 and first == scan(folder, AS_OF, workers=1)
    second, kept = scan_kept(folder, AS_OF, workers=1)
    assert kept == len(made) and second == first
    assert sorted(p.name for p in folder.rglob("*") if p.is_file()) == sorted(Path(c.path).name for c in made)
    assert list((home / "workspace" / "results").glob("*.pickle"))


def test_an_edited_added_or_removed_file_is_evaluated_afresh(office):
    folder, made, _ = office
    scan_kept(folder, AS_OF, workers=1)
    edited = next(c for c in made[1:] if c.client)
    path = folder / edited.path
    path.write_text(path.read_text(encoding="utf-8").replace(edited.client, "改过名字的公司"), encoding="utf-8")
    later = time.time() - 30
    os.utime(path, (later, later))
    (folder / made[0].path).unlink()
    rows, kept = scan_kept(folder, AS_OF, workers=1)
    assert kept == len(made) - 2  # neither the edited one nor the removed one
    by_path = {row.path: row for row in rows}
    assert by_path[edited.path].client == "改过名字的公司" and made[0].path not in by_path
    assert rows == scan(folder, AS_OF, workers=1)


def test_another_day_or_a_damaged_cache_is_a_cold_run(office):
    folder, made, home = office
    scan_kept(folder, AS_OF, workers=1)
    tomorrow = AS_OF + dt.timedelta(days=1)
    rows, kept = scan_kept(folder, tomorrow, workers=1)
    assert kept == 0 and rows == scan(folder, tomorrow, workers=1)
    for cache in (home / "workspace" / "results").glob("*.pickle"):
        cache.write_bytes(b"not a pickle")
    assert scan_kept(folder, tomorrow, workers=1)[1] == 0


def test_a_file_written_just_now_is_not_kept_and_a_changed_program_is_a_cold_run(office, monkeypatch):
    folder, made, _ = office
    os.utime(folder / made[1].path)  # now
    scan_kept(folder, AS_OF, workers=1)
    assert scan_kept(folder, AS_OF, workers=1)[1] == len(made) - 1
    monkeypatch.setattr(results_module, "program_fingerprint", lambda: "another program")
    assert scan_kept(folder, AS_OF, workers=1)[1] == 0


def test_who_has_a_file_open_is_looked_up_on_every_run(office):
    folder, made, _ = office
    target = next(c for c in made if c.client)
    scan_kept(folder, AS_OF, workers=1)
    lock = DocumentLock(folder / target.path)
    assert lock.acquire()
    try:
        rows, kept = scan_kept(folder, AS_OF, workers=1)
    finally:
        lock.release()
    assert kept == len(made)
    assert next(r for r in rows if r.path == target.path).locked_by
    assert all(r.locked_by is None for r in rows if r.path != target.path)
