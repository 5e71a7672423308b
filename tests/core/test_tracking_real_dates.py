"""Once filed, the plan and the reports use the real dates: no earliest-filing promise after submission,
the licence window from the real submission, the obligations from the real issue date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from tracked_examples import gansu_tracked

from wizard.core.application.documents import load_application
from wizard.core.application.records import CorrectionRequest, Tracking
from wizard.core.engine.evaluate import evaluate
from wizard.core.plan.build import build_plan
from wizard.core.plan.milestones import ahead, milestones
from wizard.core.plan.text import render_plan
from wizard.core.rulepack.loader import load_packs

ROOT = Path(__file__).resolve().parents[2]
AS_OF = dt.date(2026, 11, 30)
D = dt.date


def test_before_filing_the_plan_promises_an_earliest_filing_date(gansu):
    report = evaluate(gansu_tracked(), gansu, AS_OF)
    assert report.timeline.earliest_filing == AS_OF and not report.timeline.filing.filed
    assert "最早可提交日期" in render_plan(build_plan(gansu_tracked(), gansu, report), "zh")


def test_submitted_no_earliest_date_and_an_open_notice_leaves_no_licence_date(gansu):
    application = gansu_tracked(submitted=D(2026, 11, 2),
                               corrections=[CorrectionRequest(received=D(2026, 11, 27))])
    report = evaluate(application, gansu, AS_OF)
    timeline = report.timeline
    assert timeline.earliest_filing is None and timeline.filing.filed and timeline.filing.submitted == D(2026, 11, 2)
    # The notice is unanswered: the application is accepted only once it is, so no licence date yet.
    assert timeline.licence_to is None and "尚未补交" in timeline.licence.basis.zh
    plan = build_plan(application, gansu, report)
    text = render_plan(plan, "zh")
    assert "最早可提交日期" not in text and "申请已于2026-11-02提交。" in text
    assert "2026-11-27的补正通知：须在2026-12-04前补交" in text
    assert plan.critical_path == []
    # The steps say where the application stands: the review is behind it, the notice is open, the
    # later steps wait for the answer and carry no date.
    by_id = {step.id: step for step in plan.process}
    assert by_id["initial_review"].passed and by_id["initial_review"].end is None
    assert "2026-11-27收到补正通知，须在2026-12-04前补交" in text
    # 初审与受理: the review is done, the acceptance is not (it comes with the corrections)
    assert "材料初审与受理：2026-11-27发出补正通知，补交之日才算受理" in text and "材料初审与受理：已过此步" not in text
    assert by_id["site_inspection"].end is None and "补交后至多10个工作日" in text
    assert "最晚2026-11-09" not in text  # the initial review's projected end, now history
    english = render_plan(plan, "en")
    assert "The application was submitted on 2026-11-02." in english and "Earliest filing" not in english
    assert "Correction notice of 2026-11-27: due by 2026-12-04" in english
    points = {m.key: m for m in milestones(plan)}
    assert points["filing"].start == D(2026, 11, 2) and "submitted" in points["filing"].title.en
    correction = next(m for m in points.values() if m.kind == "correction")
    assert correction.start == D(2026, 12, 4)
    assert not any(m.kind == "step" for m in points.values())  # the steps led to a filing date: gone
    # The timeline drawn from today leaves the submission (behind it) out.
    assert "filing" not in {m.key for m in ahead(milestones(plan), AS_OF)}


def test_licensed_obligations_from_the_real_issue_date_in_plan_and_calendar(gansu, tmp_path):
    application = gansu_tracked(submitted=D(2026, 1, 5), issued=D(2026, 3, 16), licence_number="甘B2-20260001")
    report = evaluate(application, gansu, AS_OF)
    assert report.timeline.licence.licensed and report.timeline.licence.issued == D(2026, 3, 16)
    plan = build_plan(application, gansu, report)
    by_id = {o.id: o for o in plan.obligations}
    assert by_id["licence_expiry"].end == D(2031, 3, 16)
    assert by_id["renewal_guide"].start == D(2030, 9, 16)
    assert by_id["annual_report"].start == D(2027, 1, 1)
    text = render_plan(plan, "zh")
    assert "以下日期从实际发证日期2026-03-16起算。" in text and "预计取证日期" not in text
    assert "已于2026-03-16取得许可证（编号 甘B2-20260001）。" in text
    assert "预计取得许可证" not in text
    # The guide says 年审; the program's own words say 年度报告 and quote the guide's name only as its own
    detail = by_id["annual_report"].detail.zh
    assert "年度报告（每年1月1日至3月31日）" in text and "《ICP许可证年审报告》" in detail
    assert "年审" not in (text + detail).replace("《ICP许可证年审报告》", "")
    from icalendar import Calendar

    from wizard.core.export.ics import write_plan_ics

    path = write_plan_ics(plan, tmp_path / "plan.ics", "en")
    events = {str(e.get("summary")): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert events["Licence issued"].decoded("dtstart") == D(2026, 3, 16)
    annual = events["Annual report (1 January to 31 March)"]  # the national term, not the guide's 年审
    assert annual.decoded("dtstart") == D(2027, 1, 1)
    assert annual.get("rrule")["UNTIL"][0] == D(2031, 3, 16)
    assert events["Licence expires (valid for 5 years)"].decoded("dtstart") == D(2031, 3, 16)


def test_approved_without_an_issue_date_gives_no_projected_duties(gansu):
    application = gansu_tracked(submitted=D(2026, 9, 1), approved=D(2026, 11, 20))
    plan = build_plan(application, gansu)
    assert plan.issued_from is None and all(o.start is None for o in plan.obligations if o.kind == "renewal")
    assert "发证日期尚未记录" in render_plan(plan, "zh")


def test_the_readiness_pdf_says_licensed_and_counts_from_the_issue_date(gansu, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export import export_all

    application = gansu_tracked(submitted=D(2026, 1, 5), issued=D(2026, 3, 16), licence_number="甘B2-20260001")
    report = evaluate(application, gansu, AS_OF)
    plan = build_plan(application, gansu, report)
    [path] = export_all(report, application, pdf=tmp_path / "r.pdf", plan=plan, lang="en")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    text = " ".join(text.split())
    assert "Licence issued on 2026-03-16" in text
    assert "real issue date 2026-03-16" in text
    assert "Earliest filing" not in text


def test_the_plan_command_prints_the_real_dates(tmp_path):
    client = tmp_path / "client.yaml"
    client.write_text((ROOT / "examples" / "gansu.yaml").read_text(encoding="utf-8")
                      + "tracking:\n  submitted: 2026-11-02\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", "plan", str(client), "--as-of", "2026-11-30",
                             "--lang", "en"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "The application was submitted on 2026-11-02." in result.stdout
    assert "Earliest filing" not in result.stdout


def test_the_readiness_pdf_cover_leads_with_the_stage_once_filed(gansu, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export import export_all

    application = gansu_tracked(submitted=D(2026, 1, 5), issued=D(2026, 3, 16), licence_number="甘B2-20260001")
    report = evaluate(application, gansu, AS_OF)
    [path] = export_all(report, application, pdf=tmp_path / "r.pdf", plan=build_plan(application, gansu, report))
    cover = "".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())
    assert "已取得许可证（按目前的回答：可以提交申请）" in cover
    assert "申请已于2026-01-05提交。已于2026-03-16取得许可证（编号甘B2-20260001）。" in cover


def test_a_latest_day_gone_says_so_and_what_to_do(gansu):
    """Submitted 2026-10-20, nothing else recorded, read on 2026-11-23: the review, corrections and
    inspection steps' latest days (10-27, 11-03, 11-17) are gone; the plan says so and what to do,
    instead of listing them as if still ahead."""
    application = gansu_tracked(submitted=D(2026, 10, 20))
    plan = build_plan(application, gansu, as_of=D(2026, 11, 23))
    en, zh = render_plan(plan, "en"), render_plan(plan, "zh")
    assert "Site inspection: within 10 working days, by 2026-11-17 (date passed)" in en
    assert "Final review: within 15 working days, by 2026-12-08\n" in en  # still ahead: unmarked
    # the tracking page records notices, the inspection and the approval, not the day a step ended
    assert ("if a correction notice, a site inspection or the approval has come meanwhile, enter it on the tracking "
            "page; if none has, ask the bureau how far it has got") in en and "enter their dates" not in en
    assert "其间收到补正通知、已现场核查或已获批准的，请在申请跟踪中补填" in zh
    assert "现场核查：至多10个工作日，最晚2026-11-17（日期已过）" in zh and "请向受理机关询问进度" in zh
    recorded = gansu_tracked(submitted=D(2026, 10, 20), inspection=D(2026, 11, 16))
    assert "(date passed)" not in render_plan(build_plan(recorded, gansu, as_of=D(2026, 11, 23)), "en")


def test_of_several_own_steps_none_is_said_to_be_submitted_that_day():
    """Henan lists the domain's ICP filing, the online form and the paper copies as the applicant's steps:
    "ICP filing of the domain: submitted on" the application's day was untrue (it came long before)."""
    henan = load_packs().packs["henan"]
    application = load_application(ROOT / "examples" / "henan.yaml")
    application.tracking = Tracking(submitted=D(2026, 10, 20))
    en = render_plan(build_plan(application, henan, as_of=D(2026, 11, 23)), "en")
    assert "ICP filing of the domain: part of the application submitted on 2026-10-20" in en
    assert ": submitted on 2026-10-20" not in en
