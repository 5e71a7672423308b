"""`status`, `calendar`, `rules diff` and `check --against-rules` as an office runs them, over a folder of
200 generated clients in every stage (scripts/workspace_clients.py). Dates are worked out by hand
from the generated dates: 2026-11-23 is a Monday, the Gansu pack gives 5 days for corrections and
the Shanxi pack 3, counted in working days; a licence runs 5 years and its renewal is due 90 days
before expiry; the annual report is due 1 January – 31 March."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from wizard.core.runtime.resources import data_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from workspace_clients import AS_OF, generate_clients  # noqa: E402

DAY = AS_OF.isoformat()


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    made = generate_clients(folder, 200)
    data_home = tmp_path_factory.mktemp("data-home")
    return folder, {client.path: client for client in made}, data_home


def run(office, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(office[2])}  # the data folder `seen` writes to
    return subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", *args], capture_output=True, text=True,
                          timeout=300, env=env)


@pytest.fixture(scope="module")
def status(office):
    result = run(office, "status", str(office[0]), "--as-of", DAY, "--json", "--lang", "en")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["clients"]


def _due(clients, path):
    return next(c for c in clients if c["file"] == path)["next_deadline"]


def test_status_lists_every_client_in_deadline_order(office, status):
    folder, made, _ = office
    assert sorted(c["file"] for c in status) == sorted(made)
    # by the day each puts the client in the queue: a report window not open yet by its opening day
    dated = [(d["start"] if d["start"] and d["start"] > DAY else d["date"]) for c in status
             if (d := c["next_deadline"])]
    assert dated == sorted(dated) and len(dated) >= 70
    # A notice in a province whose pack gives no correction period has no date the program can know,
    # and no licence date follows until it is answered: nothing dated is promised for those clients.
    correcting = [c for c in status if c["stage"] == "correcting" and c["province"] in ("henan", "shanghai")]
    assert correcting and all(c["next_deadline"] is None for c in correcting)
    first_undated = next(i for i, c in enumerate(status) if not c["next_deadline"])
    assert all(not c["next_deadline"] for c in status[first_undated:])  # then the clients without one
    assert all(c["error"] for c in status[-5:]) and not any(c["error"] for c in status[:-5])  # unreadable last
    assert status[0]["next_deadline"]["kind"] == "correction"


def test_a_correction_deadline_is_counted_in_working_days(status):
    # client 34 (Gansu): notice received Saturday 2026-11-21; 5 working days: 23, 24, 25, 26, 27 November
    due = _due(status, "gansu/client-00034.yaml")
    assert (due["kind"], due["date"]) == ("correction", "2026-11-27")
    assert "2026-11-21" in due["detail"] and "5" in due["detail"]
    # client 4 (Gansu): received Monday 2026-11-23: 24, 25, 26, 27, 30 November (the weekend is skipped)
    assert _due(status, "gansu/client-00004.yaml")["date"] == "2026-11-30"
    # client 10 (Shanxi, 3 days): received Saturday 2026-11-21: 23, 24, 25 November
    assert _due(status, "shanxi/client-00010.yaml")["date"] == "2026-11-25"
    assert status[0]["file"].startswith("shanxi/") and status[0]["next_deadline"]["date"] == "2026-11-25"


def test_an_annual_report_window_and_a_renewal_date(office, status):
    made = office[1]
    # client 11 (Shanxi) was issued in 2024: the 2027 report window is next
    due = _due(status, "shanxi/client-00011.yaml")
    assert (due["kind"], due["start"], due["date"]) == ("annual_report", "2027-01-01", "2027-03-31")
    # client 5 (Gansu) was issued nearly 5 years ago: renewal 90 days before expiry comes first
    issued = made["gansu/client-00005.yaml"].data["tracking"]["issued"]
    expiry = issued.replace(year=issued.year + 5)
    due = _due(status, "gansu/client-00005.yaml")
    assert (due["kind"], due["date"]) == ("renewal", (expiry - dt.timedelta(days=90)).isoformat())
    assert due["source"]  # the period's source is named


def test_status_text_and_csv_speak_one_language(office):
    folder = str(office[0])
    zh = run(office, "status", folder, "--as-of", DAY)
    assert zh.returncode == 0, zh.stderr
    lines = zh.stdout.splitlines()
    assert lines[0].startswith(f"工作区 {folder} · 评估日期 {DAY} · 共 200 个文件，其中 5 个无法读取")
    assert "下一期限" in lines[2] and "补正材料截止" in lines[4] and "太原客户00010网络科技有限公司" in lines[4]
    assert "Corrections" not in zh.stdout and "Ready to apply" not in zh.stdout
    assert "无法读取的原因：" in zh.stdout and "2026-02-30" in zh.stdout
    # a licensed client's verdict says what is true of it, in the output's language
    licensed = [c.client for c in office[1].values() if c.variant == "licensed"]
    for name in licensed:
        line = next(line for line in lines if name in line)
        assert "已取得许可证" in line and "可以提交申请" not in line
    en = run(office, "status", folder, "--as-of", DAY, "--csv", "--lang", "en")
    table = list(csv.reader(io.StringIO(en.stdout.lstrip("\ufeff"))))
    assert table[0][:3] == ["next deadline", "what is due", "client"]
    assert table[1][0] == "2026-11-25" and table[1][1].startswith("Corrections due")
    assert not any("补正" in cell for row in table for cell in row[:2])  # deadlines in English only
    verdicts = {row[2]: row[5] for row in table[1:]}
    assert {verdicts[name] for name in licensed} == {"Licence held"}


def test_the_calendar_parses_back_with_the_expected_events(office, status, tmp_path):
    target = tmp_path / "office.ics"
    result = run(office, "calendar", str(office[0]), "--ics", str(target), "--as-of", DAY)
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    summaries = {str(e["summary"]): e for e in events}
    correction = summaries["甘肃客户00034网络科技有限公司：补正材料截止"]
    assert correction.decoded("dtstart") == dt.date(2026, 11, 27)
    assert "gansu/client-00034.yaml" in str(correction["description"])
    report = summaries["太原客户00011网络科技有限公司：年度报告"]
    assert (report.decoded("dtstart"), report.decoded("dtend")) == (dt.date(2027, 1, 1), dt.date(2027, 4, 1))
    # every client with a dated deadline is in the calendar, and nothing else is
    with_deadline = {c["client"] for c in status if c["next_deadline"]}
    assert {str(e["summary"]).split("：")[0] for e in events} == with_deadline
    text = target.read_text(encoding="utf-8")
    for client in office[1].values():  # no ID number of any legal representative or staff member
        if client.data:
            numbers = [client.data["entity"]["legal_representative_id"]]
            numbers += [p.get("id_number") for p in client.data["staff"] if p.get("id_number")]
            assert not any(number in text for number in numbers)
    again = tmp_path / "again.ics"
    run(office, "calendar", str(office[0]), "--ics", str(again), "--as-of", DAY)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids) and again.read_bytes() == target.read_bytes()  # re-import updates


def test_a_threshold_changed_in_a_copy_names_the_right_clients(office, tmp_path):
    old = tmp_path / "old-rules"
    shutil.copytree(data_dir("rules"), old)
    pack = old / "gansu.yaml"
    text = pack.read_text(encoding="utf-8")
    assert "  min_entity_age_months:\n    value: 12\n" in text
    pack.write_text(text.replace("  min_entity_age_months:\n    value: 12\n", "  min_entity_age_months:\n    value: 6\n"),
                    encoding="utf-8")
    diff = run(office, "rules", "diff", str(old), str(data_dir("rules")), "--lang", "en")
    assert diff.returncode == 1, diff.stderr
    assert diff.stdout.splitlines() == [
        "Gansu · threshold min_entity_age_months (Minimum time since the company was registered in Gansu) changed: "
        "6 → 12 months. Source: Gansu online trading platforms and the ICP licence: conditions, materials, procedure "
        "(2025 edition; Datong Tiancheng, consultancy article) §3.1"]
    result = run(office, "check", str(office[0]), "--against-rules", str(old), "--as-of", DAY, "--json")
    assert result.returncode == 1, result.stderr
    changed = json.loads(result.stdout)["clients"]
    # exactly the Gansu clients preparing with a company registered 6 months ago: under 6 months they could
    # file in two days, under 12 they wait until May
    expected = sorted(c.path for c in office[1].values() if c.province == "gansu" and c.variant == "waiting")
    assert sorted(c["file"] for c in changed) == expected and expected
    first = changed[0]
    assert [c["rule"] for c in first["causes"]] == ["gansu.entity.age"]
    assert "min_entity_age_months" in first["causes"][0]["text"] and "6 → 12个月" in first["causes"][0]["text"]
    assert {c["what"] for c in first["changes"]} >= {"filing"}
    same = run(office, "check", str(office[0]), "--against-rules", str(data_dir("rules")), "--as-of", DAY)
    assert same.returncode == 0 and "0 个客户的结果不同" in same.stdout


def test_unchanged_rules_folders_and_bad_folders(office, tmp_path):
    same = run(office, "rules", "diff", str(data_dir("rules")), str(data_dir("rules")))
    assert same.returncode == 0 and same.stdout.strip() == "两处规则没有差别。"
    missing = run(office, "rules", "diff", str(tmp_path / "nowhere"), str(data_dir("rules")), "--lang", "en")
    assert missing.returncode == 2 and "is not a folder" in missing.stderr and "Traceback" not in missing.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = run(office, "status", str(empty / "x"))
    assert nothing.returncode == 2 and "不是文件夹" in nothing.stderr
    wrong = run(office, "calendar", str(office[0]), "--ics", str(tmp_path / "x.txt"))
    assert wrong.returncode == 2 and ".ics" in wrong.stderr


def test_status_json_has_one_client_a_line_and_an_empty_folder_none(office, tmp_path):
    result = run(office, "status", str(office[0]), "--as-of", DAY, "--json")
    lines = result.stdout.splitlines()
    client_lines = [line for line in lines if line.startswith('    {"file": ')]
    assert len(client_lines) == 200  # an office diffing two runs sees one line per changed client
    assert all(json.loads(line.rstrip(",")).keys() >= {"file", "next_deadline"} for line in client_lines)
    empty = tmp_path / "no-clients"
    empty.mkdir()
    none = run(office, "status", str(empty), "--as-of", DAY, "--json")
    assert none.returncode == 0 and json.loads(none.stdout) == {"as_of": DAY, "clients": []}
    seen = (office[2] / "icp-wizard" / "workspace" / "seen.json").read_text(encoding="utf-8").splitlines()
    assert len(seen) == len(json.loads("\n".join(seen))) + 2  # braces, then one client a line


def test_a_notice_that_states_its_deadline_is_listed_by_it_where_the_pack_gives_none(tmp_path):
    """Henan's guide gives no correction period: recorded from the notice, the date puts the client first."""
    import yaml

    from wizard.core.commandline.casefiles import set_path

    folder = tmp_path / "clients"
    folder.mkdir()
    for name, due in (("stated.yaml", dt.date(2026, 11, 27)), ("silent.yaml", None)):
        data = yaml.safe_load((data_dir("examples") / "henan.yaml").read_text(encoding="utf-8"))
        set_path(data, "tracking.submitted", dt.date(2026, 11, 2))
        set_path(data, "tracking.corrections", [{"received": dt.date(2026, 11, 20), **({"due": due} if due else {})}])
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run((folder, {}, tmp_path / "data"), "status", str(folder), "--as-of", DAY, "--json", "--lang", "en")
    clients = json.loads(result.stdout)["clients"]
    assert [c["file"] for c in clients] == ["stated.yaml", "silent.yaml"]
    assert clients[0]["next_deadline"]["date"] == "2026-11-27"
    assert clients[0]["next_deadline"]["title"] == "Corrections due"
    assert clients[1]["next_deadline"] is None  # nothing invented where neither the notice nor the guide says


def test_a_licensed_clients_row_counts_no_open_items_but_gives_its_next_duty(tmp_path):
    """Today's rules may find a gap in a licensed client's answers (here its filing status): that is no work
    before a filing any more. The row leaves the count out and shows the duty that comes next."""
    import yaml

    from wizard.core.commandline.casefiles import set_path

    folder = tmp_path / "clients"
    made = {client.variant: client for client in generate_clients(folder, 6)}
    for variant in ("ready", "licensed"):  # the same gap in a client still preparing and in a licensed one
        data = made[variant].data
        set_path(data, "domains[0].filing_status", "pending")
        (folder / made[variant].path).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    office = (folder, {}, tmp_path / "data")
    preparing, licensed = made["ready"].client, made["licensed"].client
    zh = run(office, "status", str(folder), "--as-of", DAY).stdout.splitlines()
    assert "未解决" in zh[2]
    assert "要办 1" in next(line for line in zh if preparing in line)
    line = next(line for line in zh if licensed in line)
    assert "续期申请" in line and "要办" not in line and "已取得许可证" in line
    en = run(office, "status", str(folder), "--as-of", DAY, "--csv", "--lang", "en").stdout.lstrip("\ufeff")
    rows = {row[2]: dict(zip(next(csv.reader(io.StringIO(en))), row, strict=True))
            for row in list(csv.reader(io.StringIO(en)))[1:]}
    assert rows[preparing]["open items"] == "1 to do"
    assert rows[licensed]["open items"] == "" and rows[licensed]["what is due"].startswith("Renewal")
