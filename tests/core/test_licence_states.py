"""What check, plan, the readiness PDF and `status` call a licence, in the output's language: one whose
five years have run out is not "held", a renewal day that has passed is not dropped, and an approval
with no licence recorded is not a licence. Gansu example, issued 2021-06-20 (expires 2026-06-20), or
2021-12-20 (expires 2026-12-20, the law's renewal day 2026-09-21 passed), evaluated on 2026-11-23."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from tracked_examples import gansu_tracked

from wizard.core.commandline.textreport import render_report
from wizard.core.engine.evaluate import evaluate
from wizard.core.plan.build import build_plan
from wizard.core.plan.text import render_plan

ROOT = Path(__file__).resolve().parents[2]
AS_OF = dt.date(2026, 11, 23)
D = dt.date
EXPIRED = "tracking:\n  submitted: 2021-05-01\n  issued: 2021-06-20\n  licence_number: 甘B2-20210002\n"
APPROVED = "tracking:\n  submitted: 2026-10-20\n  approved: 2026-11-18\n"
RENEWAL_MISSED = "tracking:\n  submitted: 2021-09-01\n  issued: 2021-12-20\n  licence_number: 甘B2-20210001\n"


def test_check_and_plan_say_the_licence_expired(gansu):
    application = gansu_tracked(submitted=D(2021, 5, 1), issued=D(2021, 6, 20), licence_number="甘B2-20210002")
    report = evaluate(application, gansu, AS_OF)
    assert report.timeline.licence.expires == D(2026, 6, 20) and report.timeline.licence.expired
    zh, en = render_report(report, "zh"), render_report(report, "en")
    assert "结论：许可证已过期（按目前的回答：可以提交申请）" in zh and "已取得许可证" not in zh
    assert "2021-06-20取得的许可证（编号 甘B2-20210002）已于2026-06-20到期" in zh
    assert "Verdict: Licence expired (the answers as they stand: Ready to apply)" in en
    assert "expired on 2026-06-20 and no longer covers the business" in en and "Licensed" not in en
    plan = build_plan(application, gansu, report)
    assert "Verdict: Licence expired" in render_plan(plan, "en")
    # its duties (show the number on the home page …) are not today's work any more: said above the list
    assert "许可证已于2026-06-20到期，以下义务随之结束，仅供查对" in render_plan(plan, "zh")
    assert "The licence expired on 2026-06-20: the duties below ended with it" in render_plan(plan, "en")
    assert "以下日期从实际发证日期" not in render_plan(plan, "zh")
    # the day it expires is still its last day
    assert not evaluate(application, gansu, D(2026, 6, 20)).timeline.licence.expired


def test_the_readiness_pdf_cover_says_expired(gansu, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export import export_all

    application = gansu_tracked(submitted=D(2021, 5, 1), issued=D(2021, 6, 20), licence_number="甘B2-20210002")
    report = evaluate(application, gansu, AS_OF)
    [path] = export_all(report, application, pdf=tmp_path / "r.pdf", plan=build_plan(application, gansu, report))
    page = pypdf.PdfReader(str(path)).pages[0]
    cover = "".join(page.extract_text().split())
    assert "许可证已过期（按目前的回答：可以提交申请）" in cover and "已于2026-06-20到期" in cover
    # drawn in the not-ready red (#c62828), not the ready green (#2e7d32) of its answers
    colours = page.get_contents().get_data().decode("latin-1")
    assert ".776471 .156863 .156863 rg" in colours and ".180392 .490196 .196078" not in colours


def test_status_puts_an_expired_licence_and_a_missed_renewal_first(tmp_path):
    example = (ROOT / "examples" / "gansu.yaml").read_text(encoding="utf-8")
    (tmp_path / "expired.yaml").write_text(example + EXPIRED, encoding="utf-8")
    (tmp_path / "renewal.yaml").write_text(example + RENEWAL_MISSED, encoding="utf-8")
    (tmp_path / "ready.yaml").write_text(example, encoding="utf-8")
    (tmp_path / "x-approved.yaml").write_text(example + APPROVED, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", "status", str(tmp_path), "--as-of",
                             AS_OF.isoformat(), "--csv", "--lang", "en"], capture_output=True, text=True, timeout=120,
                            env={"XDG_DATA_HOME": str(tmp_path / "data"), "PATH": ""})
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [r["file"] for r in rows] == ["expired.yaml", "renewal.yaml", "ready.yaml", "x-approved.yaml"]
    expired, renewal = rows[0], rows[1]
    assert (expired["next deadline"], expired["stage"], expired["verdict"]) == ("2026-06-20", "licence expired",
                                                                                "Licence expired")
    assert expired["what is due"].startswith("Licence expired (Issued on 2021-06-20, valid for 5 years")
    assert (renewal["next deadline"], renewal["stage"], renewal["verdict"]) == ("2026-09-21", "licensed",
                                                                                "Licence held")
    assert renewal["what is due"].startswith("Renewal overdue (The licence expires on 2026-12-20; apply for renewal")
    assert "that day (2026-09-21) has passed while the licence still runs" in renewal["what is due"]
    approved = rows[3]
    assert (approved["stage"], approved["verdict"]) == ("approved", "Approved, licence not recorded yet")


def test_an_approval_without_a_licence_recorded_is_not_called_licensed(gansu):
    application = gansu_tracked(submitted=D(2026, 10, 20), approved=D(2026, 11, 18))
    report = evaluate(application, gansu, AS_OF)
    zh, en = render_report(report, "zh"), render_report(report, "en")
    assert "结论：已获批准（按目前的回答：可以提交申请）" in zh and "已取得许可证" not in zh
    assert "Verdict: Approved (the answers as they stand: Ready to apply)" in en and "Licensed" not in en
    assert "Verdict: Approved" in render_plan(build_plan(application, gansu, report), "en")


def test_an_approval_names_the_last_bureau_step_instead_of_calling_the_issue_done(gansu):
    """Approved, no issue recorded: the issuing step says 'approved on …', not 'done' next to the sentence that
    no issue date is recorded; once the licence is issued the step is simply done."""
    application = gansu_tracked(submitted=D(2026, 10, 20), approved=D(2026, 11, 18))
    zh = render_plan(build_plan(application, gansu, as_of=AS_OF), "zh")
    en = render_plan(build_plan(application, gansu, as_of=AS_OF), "en")
    last_zh, last_en = (line.strip() for line in (_last_step(zh, "取得许可证之后"), _last_step(en, "After the licence")))
    assert last_zh.endswith("：已于2026-11-18批准") and last_en.endswith(": approved on 2026-11-18"), (last_zh, last_en)
    issued = gansu_tracked(submitted=D(2026, 10, 20), approved=D(2026, 11, 18), issued=D(2026, 11, 20))
    last = _last_step(render_plan(build_plan(issued, gansu, as_of=AS_OF), "en"), "After the licence")
    assert last.strip().endswith(": done")


def _last_step(text: str, next_heading: str) -> str:
    """The last '- step: where it stands' line of the bureau's steps."""
    steps = text.split(next_heading)[0]
    return [line for line in steps.splitlines() if line.strip().startswith("- ")][-1]


def test_dates_already_gone_are_marked_passed_and_a_real_issue_date_is_not_called_projected(gansu, tmp_path):
    """Issued 2021-12-20, read on 2026-11-23: both renewal days are gone (the licence still runs), and the
    PDF's expiry is counted from the real issue date, not "from the projected issue date"."""
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export import export_all

    application = gansu_tracked(submitted=D(2021, 9, 1), issued=D(2021, 12, 20), licence_number="甘B2-20210001")
    report = evaluate(application, gansu, AS_OF)
    plan = build_plan(application, gansu, report)
    en, zh = render_plan(plan, "en"), render_plan(plan, "zh")
    assert "apply by 2026-09-21 (the licence expires 2026-12-20) (date passed)" in en
    assert "续期申请（法规：到期前90日）：2026-09-21前申请（许可证2026-12-20到期）（日期已过）" in zh
    assert "Renewal (law: 90 days before expiry): apply by 2026-09-21" in en  # the name says 90 days: once
    assert "expires 2026-12-20, 5 years after issue\n" in en + "\n"  # still ahead: not marked
    # the first report window (2022) is long gone, and none opens before the licence expires
    assert "every year 1 January to 31 March; no window left before the licence expires" in en
    assert "first 2022-01-01" not in en
    during = render_plan(build_plan(application, gansu, as_of=D(2026, 2, 10)), "zh")
    assert "每年1月1日至3月31日，当前或下一次2026-01-01至2026-03-31" in during
    [path] = export_all(report, application, pdf=tmp_path / "r.pdf", plan=plan, lang="en")
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).split())
    assert "projected issue date" not in text
    assert "2026-12-20 (counted from the issue on 2021-12-20)" in text
    assert "apply by 2026-09-21 (licence expires 2026-12-20) (date passed)" in text


def test_a_filed_client_past_the_latest_licence_day_is_chased_not_dropped(gansu, tmp_path):
    """Submitted 2026-08-03 (Gansu: at most 40 working days, so by 2026-09-28) and nothing since: on
    2026-11-23 check says that day has passed and what to do, and status keeps the client at the top
    instead of dropping its only date."""
    application = gansu_tracked(submitted=D(2026, 8, 3))
    report = evaluate(application, gansu, AS_OF)
    assert report.timeline.licence.latest == D(2026, 9, 28) and report.timeline.licence.latest_passed
    en, zh = render_report(report, "en"), render_report(report, "zh")
    assert "by 2026-09-28 at the latest (no source supports an earlier date); the latest day has passed with no " \
           "licence recorded: ask the bureau how far it has got" in en
    assert "最晚日期已过，仍未记录取得许可证：请向受理机关询问进度" in zh
    example = (ROOT / "examples" / "gansu.yaml").read_text(encoding="utf-8")
    (tmp_path / "late.yaml").write_text(example + "tracking:\n  submitted: 2026-08-03\n", encoding="utf-8")
    (tmp_path / "ready.yaml").write_text(example, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", "status", str(tmp_path), "--as-of",
                             AS_OF.isoformat(), "--csv", "--lang", "en"], capture_output=True, text=True, timeout=120,
                            env={"XDG_DATA_HOME": str(tmp_path / "data"), "PATH": ""})
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [r["file"] for r in rows] == ["late.yaml", "ready.yaml"]
    assert rows[0]["next deadline"] == "2026-09-28" and rows[0]["what is due"].startswith("Licence date passed (")
    assert "The latest day the sources allow, 2026-09-28, has passed with no approval or licence recorded" in (
        rows[0]["what is due"])


def test_the_holiday_caveat_goes_once_the_licence_replaces_the_projected_window():
    """Beijing, filed 2026-10-20: the latest day (65 working days) falls in 2027, whose holidays are not
    published, so the dates are approximate; once approved or issued no projected day is shown, and the
    caveat would be about nothing."""
    from wizard.core.application.documents import load_application
    from wizard.core.application.records import Tracking
    from wizard.core.rulepack.loader import load_packs

    pack = load_packs().for_region("beijing")
    caveat_zh, caveat_en = "（部分年份的法定节假日安排尚未公布", "(approximate: some years' official holiday schedule"
    for tracking, expected in (({"submitted": D(2026, 10, 20)}, True),
                               ({"submitted": D(2026, 10, 20), "approved": D(2026, 11, 18)}, False),
                               ({"submitted": D(2026, 10, 20), "issued": D(2026, 11, 12),
                                 "licence_number": "京B2-20260001"}, False)):
        application = load_application(ROOT / "examples" / "beijing.yaml")
        application.tracking = Tracking(**tracking)
        report = evaluate(application, pack, AS_OF)
        plan = build_plan(application, pack, report)
        assert (caveat_zh in render_report(report, "zh"), caveat_en in render_report(report, "en")) == (expected,) * 2
        assert (caveat_zh in render_plan(plan, "zh")) == expected, tracking
