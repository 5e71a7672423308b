"""Once filed, the procedure's dates follow what the tracking section records (tracking/progress.py):
an unanswered notice leaves no licence date, corrections supplied restart the count (the day of
acceptance), a recorded inspection dates the steps after it, and steps behind the application say so."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from wizard.core.application.documents import load_application
from wizard.core.application.records import CorrectionRequest, Tracking
from wizard.core.china.workdays import add_workdays
from wizard.core.engine.evaluate import evaluate
from wizard.core.plan.build import build_plan
from wizard.core.plan.text import render_plan
from wizard.core.rulepack.loader import load_packs
from wizard.core.tracking import next_deadline

ROOT = Path(__file__).resolve().parents[2]
D = dt.date
AS_OF = D(2026, 12, 2)


@pytest.fixture(scope="module")
def packs():
    loaded = load_packs()
    assert not loaded.errors
    return loaded.packs


def _application(province: str, **tracking):
    application = load_application(ROOT / "examples" / f"{province}.yaml")
    application.tracking = Tracking(**tracking)
    return application


def _latest_after(day: dt.date, days: int) -> dt.date:
    return add_workdays(day, days)[0]


def test_corrections_supplied_count_the_later_steps_from_that_day(packs):
    gansu = packs["gansu"]
    application = _application("gansu", submitted=D(2026, 10, 12),
                               corrections=[CorrectionRequest(received=D(2026, 10, 20), answered=D(2026, 11, 2))])
    report = evaluate(application, gansu, AS_OF)
    licence = report.timeline.licence
    # Site inspection 10, final review 15, collection 5 working days, from the day of acceptance.
    assert licence.latest == _latest_after(D(2026, 11, 2), 30)
    assert licence.latest > _latest_after(D(2026, 10, 12), 40)  # later than counting from the submission
    assert "2026-11-02补交之日起计算" in licence.basis.zh and "第三十二条" in licence.basis.zh
    assert licence.basis.zh.endswith("其后各步骤的最长用时合计30个工作日。")
    assert "现场核查" not in licence.basis.zh and "inspection" not in licence.basis.en  # none is recorded
    assert licence.sources[0].title.startswith("中华人民共和国行政许可法")
    plan = build_plan(application, gansu, report)
    steps = {step.id: step for step in plan.process}
    assert steps["initial_review"].passed and steps["corrections"].passed
    assert steps["site_inspection"].end == _latest_after(D(2026, 11, 2), 10)
    text = render_plan(plan, "zh")
    assert "补正材料：已于2026-11-02补交" in text and "材料初审与受理：已过此步" in text
    deadline = next_deadline(application, gansu, AS_OF)
    assert deadline is not None and deadline.kind == "licence_expected" and deadline.date == licence.latest
    assert "补交之日即受理之日" in deadline.detail.zh


def test_a_recorded_inspection_dates_the_steps_after_it(packs):
    gansu = packs["gansu"]
    application = _application("gansu", submitted=D(2026, 10, 12), inspection=D(2026, 11, 16),
                               corrections=[CorrectionRequest(received=D(2026, 10, 20), answered=D(2026, 11, 2))])
    report = evaluate(application, gansu, AS_OF)
    assert report.timeline.licence.latest == _latest_after(D(2026, 11, 16), 20)  # final review 15 + collection 5
    english = render_plan(build_plan(application, gansu, report), "en")
    assert "Site inspection: inspected on 2026-11-16" in english
    # the steps before it are done, said plainly
    assert "Initial review and acceptance: done" in english and "behind the application" not in english
    assert "Corrections: supplied on 2026-11-02" in english
    assert "from the site inspection on 2026-11-16" in english


def test_an_inspection_gives_a_date_where_the_step_itself_has_none(packs):
    """Shanghai's guide gives the inspection no duration but the issue 10 working days: once the
    inspection is recorded, the licence has a latest date counted from it."""
    shanghai = packs["shanghai"]
    application = _application("shanghai", submitted=D(2026, 10, 12), inspection=D(2026, 11, 20))
    licence = evaluate(application, shanghai, AS_OF).timeline.licence
    assert licence.latest == _latest_after(D(2026, 11, 20), 10) and licence.earliest is None


def test_with_an_overall_figure_the_whole_procedure_counts_from_acceptance(packs):
    """Henan's guide gives the whole procedure 40–60 working days and says nothing of corrections (its
    corrections step is the national rule): after corrections the window runs from the day they were
    supplied, and the step list shows them."""
    henan = packs["henan"]
    application = _application("henan", submitted=D(2026, 9, 1),
                               corrections=[CorrectionRequest(received=D(2026, 9, 10), answered=D(2026, 10, 9))])
    report = evaluate(application, henan, AS_OF)
    licence = report.timeline.licence
    assert (licence.earliest, licence.latest) == (_latest_after(D(2026, 10, 9), 40), _latest_after(D(2026, 10, 9), 60))
    assert "2026-10-09补交之日起计算" in licence.basis.zh and "约40–60个工作日" in licence.basis.zh
    text = render_plan(build_plan(application, henan, report), "zh")
    assert "补正材料：已于2026-10-09补交" in text


def test_without_a_corrections_step_the_acceptance_is_the_day_the_corrections_were_supplied(packs):
    """The national baseline (a region without its own pack, here Beijing) has no corrections step: its
    first step is the acceptance, which the corrections complete on the day they are supplied (the law
    the sentence cites), so review and decision run from that day. Counting the acceptance's 5 days
    again contradicted "that is the day of acceptance" beside "Acceptance: … by" a later day."""
    beijing = load_packs().for_region("beijing")
    application = _application("henan", submitted=D(2026, 9, 1),
                               corrections=[CorrectionRequest(received=D(2026, 9, 10), answered=D(2026, 10, 9))])
    report = evaluate(application, beijing, AS_OF)
    licence = report.timeline.licence
    assert licence.latest == _latest_after(D(2026, 10, 9), 60)  # review and decision 60, from acceptance
    assert "2026-10-09补交之日起计算" in licence.basis.zh and "其后各步骤的最长用时合计60个工作日" in licence.basis.zh
    assert licence.basis.en.endswith("Beijing's own processing times are not encoded.")
    en = render_plan(build_plan(application, beijing, report), "en")
    assert "Acceptance: accepted on 2026-10-09, when the corrections were supplied" in en
    # unanswered: the acceptance holds the notice, and the review waits for the corrections
    waiting = _application("henan", submitted=D(2026, 9, 1), corrections=[CorrectionRequest(received=D(2026, 11, 20))])
    en = render_plan(build_plan(waiting, beijing, as_of=AS_OF), "en")
    assert "Acceptance: notice of 2026-11-20, not answered yet; the deadline is the one the notice states" in en
    assert "Review and decision: within 60 working days once the corrections are in" in en
    assert "Acceptance: within 5 working days once the corrections are in" not in en


def test_an_open_notice_without_a_period_in_the_pack_gives_no_dates(packs):
    henan = packs["henan"]
    application = _application("henan", submitted=D(2026, 11, 2),
                               corrections=[CorrectionRequest(received=D(2026, 11, 20))])
    report = evaluate(application, henan, AS_OF)
    assert report.timeline.licence.latest is None and report.timeline.licence.earliest is None
    assert next_deadline(application, henan, AS_OF) is None  # nothing dated is due: the notice states its own
    text = render_plan(build_plan(application, henan, report), "zh")
    assert "结论：补正中" in text and "尚未补交" in text


def test_once_licensed_every_step_is_behind_the_application(packs):
    gansu = packs["gansu"]
    application = _application("gansu", submitted=D(2026, 1, 5), inspection=D(2026, 2, 2), issued=D(2026, 3, 16),
                               licence_number="甘B2-20260001")
    plan = build_plan(application, gansu)
    assert all(step.passed for step in plan.process if step.by == "bureau")
    assert all(step.end is None for step in plan.process)
    text = render_plan(plan, "zh")
    assert "现场核查：已于2026-02-02现场核查" in text and "结论：已取得许可证" in text


def test_the_readiness_pdf_shows_where_the_procedure_stands(packs, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export import export_all

    gansu = packs["gansu"]
    application = _application("gansu", submitted=D(2026, 11, 2),
                               corrections=[CorrectionRequest(received=D(2026, 11, 27))])
    report = evaluate(application, gansu, AS_OF)
    [path] = export_all(report, application, pdf=tmp_path / "r.pdf", plan=build_plan(application, gansu, report),
                        lang="en")
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).split())
    assert "notice of 2026-11-27: due by 2026-12-04" in text
    # the review sent the notice, but the application is not accepted yet: not "done"
    assert ("Initial review and acceptance sent the correction notice of 2026-11-27; the application counts as "
            "accepted only once the corrections are supplied") in text
    assert "within 10 working days once the corrections are in" in text
    assert "placed once the corrections are supplied" in text  # the chart's later steps: no date, and why
    assert "Administrative Licensing Law" in text and "Art. 32(1)(5)" in text  # the law, cited in English
    assert "To decide (0) (none) Staff options" in text  # the staff summary is context, not a counted decision
    assert "Basis" not in text  # no finding, so no row of zero bases


def test_a_step_recording_an_unknown_date_is_refused_with_file_and_line(tmp_path):
    for path in (ROOT / "rules").glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    target = tmp_path / "gansu.yaml"
    text = target.read_text(encoding="utf-8")
    assert "records: site_inspection" in text
    target.write_text(text.replace("records: site_inspection", "records: lunch", 1), encoding="utf-8")
    loaded = load_packs(sorted(tmp_path.glob("*.yaml")))
    assert "gansu" not in loaded.packs and "henan" in loaded.packs
    (error,) = loaded.errors
    line = next(n for n, row in enumerate(target.read_text(encoding="utf-8").splitlines(), 1) if "records: lunch" in row)
    assert error.file == str(target) and error.line == line


def test_a_calendar_day_reading_already_past_is_not_offered_as_the_date_to_work_to(packs):
    """Gansu's guide says "5日": the earlier calendar-day end is the safe date only while it is ahead."""
    gansu = packs["gansu"]
    application = _application("gansu", submitted=D(2026, 11, 2), corrections=[CorrectionRequest(received=D(2026, 11, 27))])
    before = render_plan(build_plan(application, gansu, as_of=D(2026, 12, 1)), "zh")
    assert "按自然日计算则为 2026-12-02，按这一较早日期准备最稳妥" in before
    after = render_plan(build_plan(application, gansu, as_of=D(2026, 12, 3)), "en")
    assert "须在" not in after and "the safer date to work to" not in after
    assert "Correction notice of 2026-11-27: due by 2026-12-04" in after
    assert "counted in calendar days it ended on 2026-12-02, already past: answer at once" in after
    assert next_deadline(application, gansu, D(2026, 12, 3)).detail.zh.endswith("请立即补交，并向受理机关确认期限")


@pytest.mark.parametrize("province", ["gansu", "shanxi"])
def test_a_notice_whose_period_has_ended_is_called_overdue_everywhere_with_what_to_do(packs, province):
    """Past even the working-day reading, and no answer recorded: the plan, the step list and the next
    deadline say it is overdue and what to do, instead of "due by" a day already gone."""
    pack = packs[province]
    application = _application(province, submitted=D(2026, 11, 2), corrections=[CorrectionRequest(received=D(2026, 11, 6))])
    due = add_workdays(D(2026, 11, 6), int(pack.parameters["correction_days"].value))[0]
    plan = build_plan(application, pack, as_of=due + dt.timedelta(days=1))
    zh, en = render_plan(plan, "zh"), render_plan(plan, "en")
    assert f"2026-11-06的补正通知：已于{due.isoformat()}到期，尚未补交" in zh
    assert f"2026-11-06收到补正通知，已于{due.isoformat()}到期，尚未补交" in zh  # the step list
    assert "须在" not in zh and "due by" not in en
    # the due day was still in time: the notice is overdue from the day after, not "since" the due day
    assert f"Correction notice of 2026-11-06: was due on {due.isoformat()}, overdue and not answered" in en
    assert "overdue since" not in en
    assert f"notice of 2026-11-06: due {due.isoformat()}, overdue and not answered" in en
    deadline = next_deadline(application, pack, due + dt.timedelta(days=1))
    assert deadline.date == due and deadline.title.en == "Corrections overdue" and deadline.title.zh == "补正材料已逾期"
    assert "请立即补交，并向受理机关确认申请是否仍在办理" in deadline.detail.zh
    on_the_day = next_deadline(application, pack, due)  # the last day itself is not overdue yet
    assert on_the_day.title.en == "Corrections due"
    assert f"须在{due.isoformat()}前补交" in render_plan(build_plan(application, pack, as_of=due), "zh")


@pytest.mark.parametrize("province", ["gansu", "henan"])
def test_with_a_notice_unanswered_do_now_does_not_say_none(packs, province, tmp_path):
    """A ready applicant with an open notice: "do now: (none)" would read as if nothing were urgent. With
    a period (Gansu) and without one (Henan); once answered, the plain "(none)" again."""
    pypdf = pytest.importorskip("pypdf")
    from wizard.core.export import export_all

    pack = packs[province]
    application = _application(province, submitted=D(2026, 11, 2), corrections=[CorrectionRequest(received=D(2026, 11, 27))])
    report = evaluate(application, pack, AS_OF)
    plan = build_plan(application, pack, report)
    zh, en = render_plan(plan, "zh"), render_plan(plan, "en")
    assert "现在就做（0）\n    （回答中没有要办的事项；但补正通知尚未补交，补交是现在最要紧的事）" in zh
    assert "Do now (0)\n    (nothing from the answers; but a correction notice is still unanswered, and answering it comes " \
           "first)" in en
    [path] = export_all(report, application, pdf=tmp_path / "r.pdf", plan=plan, lang="en")
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).split())
    assert "Do now (0) (nothing from the answers; but a correction notice is still unanswered" in text
    application.tracking.corrections[0].answered = D(2026, 11, 30)
    assert "现在就做（0）\n    （无）" in render_plan(build_plan(application, pack), "zh")


def test_check_names_the_open_notice_and_its_deadline(packs):
    """`check` on a client answering a notice gave the submission and "no licence date" but not the one
    date that matters: when the corrections are due (or that the notice states it)."""
    from wizard.core.commandline.textreport import render_report

    notice = [CorrectionRequest(received=D(2026, 11, 27))]
    gansu = evaluate(_application("gansu", submitted=D(2026, 11, 2), corrections=notice), packs["gansu"], AS_OF)
    assert "    补正材料：2026-11-27收到补正通知，须在2026-12-04前补交\n" in render_report(gansu, "zh")
    assert "    Corrections: notice of 2026-11-27: due by 2026-12-04\n" in render_report(gansu, "en")
    beijing = load_packs().for_region("beijing")
    national = evaluate(_application("henan", submitted=D(2026, 11, 2), corrections=notice), beijing, AS_OF)
    assert "Acceptance: notice of 2026-11-27, not answered yet; the deadline is the one the notice states" in (
        render_report(national, "en"))
    answered = [CorrectionRequest(received=D(2026, 11, 27), answered=D(2026, 12, 1))]
    done = evaluate(_application("gansu", submitted=D(2026, 11, 2), corrections=answered), packs["gansu"], AS_OF)
    assert "补正材料" not in render_report(done, "zh")  # nothing open: the licence sentence says the rest


def test_the_deadline_a_notice_states_is_the_one_worked_to(packs):
    """Henan's guide gives no correction period: only the notice's own date gives the office a deadline,
    in the plan, the step list, the next deadline and past it, overdue. In Gansu it stands over the guide's."""
    henan = packs["henan"]
    application = _application("henan", submitted=D(2026, 11, 2),
                               corrections=[CorrectionRequest(received=D(2026, 11, 20), due=D(2026, 12, 4))])
    deadline = next_deadline(application, henan, D(2026, 11, 23))
    assert (deadline.kind, deadline.date, deadline.title.zh) == ("correction", D(2026, 12, 4), "补正材料截止")
    assert deadline.detail.zh == "2026-11-20 的补正通知写明的期限" and deadline.source is None
    text = render_plan(build_plan(application, henan, as_of=D(2026, 11, 23)), "zh")
    assert "2026-11-20的补正通知：须在2026-12-04前补交" in text
    assert "2026-11-20收到补正通知，须在2026-12-04前补交" in text  # the step list
    late = next_deadline(application, henan, D(2026, 12, 7))
    assert late.title.en == "Corrections overdue" and "answer at once" in late.detail.en
    gansu = packs["gansu"]
    application = _application("gansu", submitted=D(2026, 11, 2),
                               corrections=[CorrectionRequest(received=D(2026, 11, 20), due=D(2026, 12, 1))])
    stated = next_deadline(application, gansu, D(2026, 11, 23))
    assert stated.date == D(2026, 12, 1)  # the guide's 5 working days would end on 2026-11-27
    assert stated.detail.en == ("the deadline the notice of 2026-11-20 states (the guide's 5 days, counted in "
                                "working days, would end on 2026-11-27; the notice's date applies)")


@pytest.mark.parametrize(("lang", "asked", "not_asked"), [("zh", "补正材料：", "补正材料（如需）："),
                                                          ("en", "Corrections: ", "Corrections (if asked): ")])
def test_the_corrections_step_is_if_asked_only_until_a_notice_is_on_record(packs, lang, asked, not_asked):
    """With a notice on record the step read '补正材料（如需）：2026-11-27收到补正通知': the bureau has asked."""
    from wizard.core.commandline.textreport import render_report

    gansu = packs["gansu"]
    inspected = _application("gansu", submitted=D(2026, 10, 12), inspection=D(2026, 11, 2))
    assert f"    - {not_asked}" in render_plan(build_plan(inspected, gansu, as_of=AS_OF), lang)
    for corrections in ([CorrectionRequest(received=D(2026, 11, 27))],
                        [CorrectionRequest(received=D(2026, 10, 20), answered=D(2026, 11, 2))]):
        application = _application("gansu", submitted=D(2026, 10, 12), corrections=corrections)
        plan_text = render_plan(build_plan(application, gansu, as_of=AS_OF), lang)
        assert f"    - {asked}" in plan_text and not_asked not in plan_text
        assert not_asked not in render_report(evaluate(application, gansu, AS_OF), lang)
