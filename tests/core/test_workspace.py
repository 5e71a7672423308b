"""The workspace core: which files are clients, a row per file whatever is wrong with it, the scan on
several processes giving the same rows as one, the deadline order, and the pack versions seen."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

import pytest

from wizard.core.application.storage import DocumentLock
from wizard.core.report import Verdict
from wizard.core.runtime.resources import data_dir
from wizard.core.tracking import Stage
from wizard.core.workspace import WorkspaceRow, evaluate_file, find_application_files, scan, sort_by_deadline

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from workspace_clients import AS_OF, generate_clients  # noqa: E402

EXAMPLES = data_dir("examples")


def test_only_client_files_are_found_in_subfolders(tmp_path):
    (tmp_path / "甘肃" / "兰州").mkdir(parents=True)
    shutil.copy(EXAMPLES / "gansu.yaml", tmp_path / "甘肃" / "兰州" / "client.yaml")
    shutil.copy(EXAMPLES / "henan.yaml", tmp_path / "henan.JSON.yaml")
    for name in (".client.yaml.lock", ".client.yaml.owner", "client.yaml.bak", ".client.yaml.x1y2.tmp",
                 ".#client.yaml", "~$client.yaml", "client.yaml~", "notes.txt"):
        (tmp_path / "甘肃" / "兰州" / name).write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.yaml").write_text("x: 1", encoding="utf-8")
    if hasattr(os, "symlink"):
        os.symlink(tmp_path, tmp_path / "甘肃" / "loop")  # a link back up must not make the walk endless
    found = [p.relative_to(tmp_path).as_posix() for p in find_application_files(tmp_path)]
    assert found == ["henan.JSON.yaml", "甘肃/兰州/client.yaml"]


def test_a_ready_example_is_a_full_row(tmp_path):
    shutil.copy(EXAMPLES / "gansu.yaml", tmp_path / "a.yaml")
    row = evaluate_file(tmp_path / "a.yaml", tmp_path, AS_OF)
    assert (row.path, row.client, row.province, row.verdict) == ("a.yaml", "甘肃陇原优选网络科技有限公司", "gansu",
                                                                 Verdict.ready)
    assert row.stage == Stage.PREPARING and row.error is None and row.error_text("zh") is None
    assert row.earliest_filing == AS_OF and row.licence_latest is not None
    assert row.mtime == pytest.approx((tmp_path / "a.yaml").stat().st_mtime)
    assert row.packs and row.packs[0][0] == "gansu"


def test_a_client_without_a_filing_date_shows_the_day_it_cannot_be_before(tmp_path):
    """The demo needs a domain transfer (no stated duration), so no date; its waits end on 2027-03-01, which the
    office's table left blank though check says 'even then not before 2027-03-01'."""
    import csv
    import io
    import json

    from wizard.core.workspace.output import render_csv, render_json

    shutil.copy(EXAMPLES / "demo" / "henan-with-gaps.yaml", tmp_path / "demo.yaml")
    row = evaluate_file(tmp_path / "demo.yaml", tmp_path, dt.date(2026, 12, 4))
    assert row.earliest_filing is None and row.filing_not_before == dt.date(2027, 3, 1)
    for lang, expected in (("zh", "不早于 2027-03-01"), ("en", "not before 2027-03-01")):
        (cells,) = csv.DictReader(io.StringIO(render_csv([row], lang).lstrip("\ufeff")))
        assert expected in cells.values(), cells
    (client,) = json.loads(render_json([row], "en", dt.date(2026, 12, 4)))["clients"]
    assert (client["earliest_filing"], client["filing_not_before"]) == (None, "2027-03-01")


@pytest.mark.parametrize(("text", "code", "zh_reason"), [
    ("entity:\n  name: [unclosed\n", "yaml.ends_early", "第 3 行"),
    ("entity:\n  registration_date: 2026-02-30\n", "yaml.impossible_date", "2026-02-30"),
    ("\x00\x01binary", "file.binary", None),
    ("scope:\n  province: 火星\n", "region.unknown", "火星"),
])
def test_a_bad_file_is_a_row_with_its_one_line_reason(tmp_path, text, code, zh_reason):
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    row = evaluate_file(tmp_path / "bad.yaml", tmp_path, AS_OF)
    assert row.error == code and row.verdict is None
    for lang in ("zh", "en"):
        line = row.error_text(lang)
        assert line and "\n" not in line and str(tmp_path) not in line  # the row has the path already
    if zh_reason:
        assert zh_reason in row.error_text("zh")


def test_a_province_without_rules_still_names_the_client(tmp_path):
    data = (EXAMPLES / "gansu.yaml").read_text(encoding="utf-8").replace("province: 甘肃", "province: 香港", 1)
    (tmp_path / "hk.yaml").write_text(data, encoding="utf-8")
    row = evaluate_file(tmp_path / "hk.yaml", tmp_path, AS_OF)
    assert row.error == "cli.region_not_mainland" and row.client == "甘肃陇原优选网络科技有限公司"


def test_an_unreadable_file_is_a_row(tmp_path):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a file the user cannot read")
    target = tmp_path / "locked-away.yaml"
    shutil.copy(EXAMPLES / "gansu.yaml", target)
    target.chmod(0)
    try:
        row = evaluate_file(target, tmp_path, AS_OF)
    finally:
        target.chmod(0o644)
    assert row.error == "file.no_permission"


def test_a_bug_on_one_file_is_a_row_and_a_crash_report(tmp_path, monkeypatch):
    shutil.copy(EXAMPLES / "gansu.yaml", tmp_path / "a.yaml")
    import wizard.core.engine as engine
    from wizard.core.runtime import crash

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(engine, "evaluate", broken)
    monkeypatch.setattr(crash, "reports_folder", lambda: tmp_path / "reports")
    row = evaluate_file(tmp_path / "a.yaml", tmp_path, AS_OF)
    assert row.error == "workspace.crashed"
    assert "错误报告" in row.error_text("zh") and list((tmp_path / "reports").glob("crash-*.txt"))


def test_a_locked_file_shows_who_holds_it(tmp_path):
    shutil.copy(EXAMPLES / "gansu.yaml", tmp_path / "a.yaml")
    assert evaluate_file(tmp_path / "a.yaml", tmp_path, AS_OF).locked_by is None
    lock = DocumentLock(tmp_path / "a.yaml")
    assert lock.acquire()
    try:
        holder = evaluate_file(tmp_path / "a.yaml", tmp_path, AS_OF).locked_by
    finally:
        lock.release()
    assert holder is not None and holder != ""  # "user@host" from the owner sidecar
    assert evaluate_file(tmp_path / "a.yaml", tmp_path, AS_OF).locked_by is None


@pytest.fixture(scope="module")
def clients(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    return folder, generate_clients(folder, 120)


def test_two_workers_give_the_same_rows_as_one(clients):
    folder, made = clients
    calls = []
    parallel = scan(folder, AS_OF, workers=2, progress=lambda done, total: calls.append((done, total)))
    single = scan(folder, AS_OF, workers=1)
    assert [r.path for r in parallel] == sorted(c.path for c in made)
    assert parallel == single
    assert calls[0] == (0, 120) and calls[-1] == (120, 120)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_every_stage_and_the_broken_files_are_rows(clients):
    folder, made = clients
    rows = {row.path: row for row in scan(folder, AS_OF)}
    expected_stage = {"ready": Stage.PREPARING, "waiting": Stage.PREPARING, "not_ready": Stage.PREPARING,
                      "filed": Stage.FILED, "correcting": Stage.CORRECTING, "licensed": Stage.LICENSED}
    for client in made:
        row = rows[client.path]
        if client.variant == "broken":
            assert row.error is not None and row.client is None
        else:
            assert row.error is None, row.error_text("en")
            assert row.client == client.client and row.stage == expected_stage[client.variant]
    # Gansu, Shanxi and Henan set a minimum company age; Shanghai and the national baseline do not
    waiting = [rows[c.path] for c in made if c.variant == "waiting" and c.province in ("gansu", "shanxi", "henan")]
    assert len(waiting) >= 10
    assert all(r.verdict == Verdict.not_ready and r.open_counts.wait and r.earliest_filing > AS_OF for r in waiting)
    filed = [rows[c.path] for c in made if c.variant in ("filed", "licensed")]
    assert all(r.earliest_filing is None for r in filed)  # no projection from today once it is filed


def _row(path, deadline=None, filing=None, error=None, client="x"):
    return WorkspaceRow(path=path, client=client, next_deadline=deadline, earliest_filing=filing, error=error)


def test_sorting_puts_the_soonest_deadline_first_and_unreadable_files_last():
    from wizard.core.rulepack.basics import Bilingual
    from wizard.core.tracking import Deadline

    def due(day):
        return Deadline(date=dt.date(2026, 12, day), kind="correction", title=Bilingual(zh="补正", en="c"),
                        detail=None, source=None)

    rows = [_row("e.yaml", error="file.binary", client=None), _row("p.yaml", filing=dt.date(2026, 12, 1)),
            _row("b.yaml", due(9)), _row("a.yaml", due(2)), _row("n.yaml")]
    assert [r.path for r in sort_by_deadline(rows)] == ["a.yaml", "b.yaml", "p.yaml", "n.yaml", "e.yaml"]


def test_pack_versions_seen_are_kept_in_the_data_folder_not_the_client_files(tmp_path, monkeypatch):
    from wizard.core.runtime import resources
    from wizard.core.workspace import seen

    home = tmp_path / "data"
    home.mkdir()
    monkeypatch.setattr(resources, "user_data_dir", lambda: home)
    folder = tmp_path / "office"
    folder.mkdir()
    shutil.copy(EXAMPLES / "gansu.yaml", folder / "a.yaml")
    before = (folder / "a.yaml").read_bytes()
    rows = scan(folder, AS_OF)
    assert seen.seen_with_other_rules(folder, rows) == {}  # never seen: nothing to compare with
    seen.record(folder, rows, today=AS_OF)
    assert (folder / "a.yaml").read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["a.yaml"]
    entry = seen.load()[str((folder / "a.yaml").resolve())]
    assert entry["packs"] == dict(rows[0].packs) and entry["seen"] == AS_OF.isoformat()
    kept = seen.kept_rules(entry["rules"])
    assert kept is not None and (kept / "gansu.yaml").read_bytes() == (data_dir("rules") / "gansu.yaml").read_bytes()
    assert seen.seen_with_other_rules(folder, rows) == {}
    upgraded = [WorkspaceRow(**{**row.__dict__, "packs": (("gansu", "2027-01-01+000000000000"),)}) for row in rows]
    assert list(seen.seen_with_other_rules(folder, upgraded)) == ["a.yaml"]


def _licensed(tmp_path, issued: dt.date) -> Path:
    import yaml

    data = yaml.safe_load((EXAMPLES / "gansu.yaml").read_text(encoding="utf-8"))
    data["tracking"] = {"submitted": issued - dt.timedelta(days=90), "application_number": "SQ2022000001",
                        "approved": issued - dt.timedelta(days=3), "issued": issued,
                        "licence_number": f"甘B2-{issued.year}0001"}
    path = tmp_path / "licensed.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_report_window_not_open_yet_comes_before_a_renewal_inside_it(tmp_path):
    # Issued 2022-05-16: expiry 2027-05-16, renewal 90 days before it, 2027-02-15, which falls inside
    # the 2027 report window (1 January – 31 March). The office must start on the report first.
    path = _licensed(tmp_path, dt.date(2022, 5, 16))
    row = evaluate_file(path, tmp_path, AS_OF)
    assert row.next_deadline.kind == "annual_report"
    assert (row.next_deadline.start, row.next_deadline.date) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    # Once the window is open, what is due first is due first: the renewal on 15 February
    assert evaluate_file(path, tmp_path, dt.date(2027, 1, 10)).next_deadline.kind == "renewal"


def test_a_window_sorts_by_its_opening_until_it_opens_then_by_its_last_day():
    from wizard.core.rulepack.basics import Bilingual
    from wizard.core.tracking import Deadline

    def due(kind, date, start=None):
        return Deadline(date=date, start=start, kind=kind, title=Bilingual(zh="事项", en="item"), detail=None,
                        source=None)

    report = _row("report.yaml", due("annual_report", dt.date(2027, 3, 31), dt.date(2027, 1, 1)))
    renewal = _row("renewal.yaml", due("renewal", dt.date(2027, 2, 15)))
    correction = _row("correction.yaml", due("correction", dt.date(2027, 1, 5)))
    rows = [renewal, correction, report]
    assert [r.path for r in sort_by_deadline(rows, dt.date(2026, 11, 23))] == [
        "report.yaml", "correction.yaml", "renewal.yaml"]
    assert [r.path for r in sort_by_deadline(rows, dt.date(2027, 1, 2))] == [
        "correction.yaml", "renewal.yaml", "report.yaml"]


def test_comparing_with_other_rules_reads_each_file_once(clients, monkeypatch, tmp_path):
    from wizard.core.application import documents
    from wizard.core.workspace.changes import compare_clients

    folder, made = clients
    old = tmp_path / "old-rules"
    shutil.copytree(data_dir("rules"), old)
    pack = old / "gansu.yaml"
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text.replace("  min_entity_age_months:\n    value: 12\n", "  min_entity_age_months:\n    value: 6\n"),
                    encoding="utf-8")
    read: list[str] = []
    real = documents.load_application

    def counted(path):
        read.append(str(path))
        return real(path)

    monkeypatch.setattr(documents, "load_application", counted)
    changed, _ = compare_clients(folder, old, AS_OF, workers=1)  # in this process, so the reads are counted
    assert sorted(read) == sorted(str(folder / c.path) for c in made)  # every file, once
    assert sorted(c.path for c in changed) == sorted(
        c.path for c in made if c.province == "gansu" and c.variant == "waiting")


def test_workers_are_never_forked_from_a_thread_or_a_qt_process(clients, monkeypatch):
    import threading

    from wizard.core.workspace import scanning

    chosen = []
    thread = threading.Thread(target=lambda: chosen.append(scanning._context().get_start_method()))
    thread.start()
    thread.join()
    assert chosen == ["spawn"]  # a thread: forking would copy locks other threads hold
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", sys.modules.get("PySide6.QtCore") or object())
    assert scanning._context().get_start_method() != "fork"  # Qt runs threads Python does not know of
    folder, _made = clients
    expected = scan(folder, AS_OF, workers=1)
    method = scanning.gui_start_method()
    assert method in ("forkserver", "spawn")
    assert scan(folder, AS_OF, workers=2, start_method=method) == expected
