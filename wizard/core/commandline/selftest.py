"""`icp-wizard --self-test`: proves an installation works, on a machine with no network.

Loads every rule pack, evaluates each bundled example (each must be ready), writes
a readiness PDF and a checklist to a temporary folder and checks what was written, and
builds the first example's plan and reads its calendar file back.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from ..application.documents import load_application
from ..engine import evaluate
from ..messages import Reason, Verbatim, message
from ..report import VERDICT_TEXT
from ..rulepack.cache import cached_packs
from ..runtime.errors import InputError, os_reason
from ..runtime.resources import data_dir

# The examples are written to be ready on this date; later dates only add time.
EXAMPLES_AS_OF = dt.date(2026, 11, 23)


def run_self_test(print_line=print, lang: str = "zh") -> int:
    def say(code: str, **params) -> None:
        print_line(message(code, lang, **params))

    problems: list[Reason] = []
    packs = cached_packs()  # what the program uses: the build's cache of the packs when it is current
    for error in packs.errors:
        problems.append(Reason("cli.pack_refused", {"problem": Verbatim(error.describe(lang))}))
    say("selftest.packs", packs=sorted(packs.packs) or Reason("word.none"))
    if not packs.packs:
        problems.append(Reason("selftest.no_pack", {"folder": Verbatim(data_dir("rules"))}))
    reports = []
    for province, pack in sorted(packs.packs.items()):
        example = data_dir("examples") / f"{province}.yaml"
        try:
            application = load_application(example)
        except InputError as exc:
            problems.append(Reason("selftest.example_unreadable", {"province": province, "problem": Verbatim(exc.describe(lang))}))
            continue
        report = evaluate(application, pack, EXAMPLES_AS_OF)
        verdict = VERDICT_TEXT[report.verdict]
        say("selftest.verdict", province=province, verdict=verdict)
        if report.verdict.value != "ready":
            problems.append(Reason("selftest.example_not_ready", {"province": province, "verdict": verdict}))
        reports.append((report, application, pack))
    problems += _check_baseline(packs, say, lang)
    problems += _check_library_data(say)
    problems += _check_workers(say)
    if reports:
        report, application, pack = reports[0]
        problems += _check_exports(report, application, say, lang)
        problems += _check_plan(report, application, pack, say)
    for problem in problems:
        say("selftest.problem", problem=Verbatim(problem.full(lang)))
    if problems:
        say("selftest.failed", count=len(problems))
    else:
        say("selftest.passed")
    return 0 if not problems else 1


def _check_baseline(packs, say, lang: str) -> list[Reason]:
    """The other mainland regions are checked against the national baseline: its example must load."""
    baseline = [region.id for region, encoded in packs.regions() if not encoded]
    say("selftest.baseline_regions", count=len(baseline))
    pack = packs.for_region("beijing")
    if pack is None:
        return [Reason("selftest.no_baseline")]
    try:
        report = evaluate(load_application(data_dir("examples") / "beijing.yaml"), pack, EXAMPLES_AS_OF)
    except InputError as exc:
        return [Reason("selftest.example_unreadable", {"province": "beijing", "problem": Verbatim(exc.describe(lang))})]
    verdict = VERDICT_TEXT[report.verdict]
    say("selftest.baseline_verdict", verdict=verdict)
    if report.verdict.value != "ready_with_warnings":  # the only warning: Beijing's own rules are not encoded
        return [Reason("selftest.baseline_not_ready", {"verdict": verdict})]
    return []


def _check_library_data(say) -> list[Reason]:
    """Libraries that read data files beside their code: an installer that lost one fails only on rare input."""
    from ..application.values import parse_rmb
    from ..china.identifiers import domain_problem

    problems = []
    try:  # .com.hk is not one of the common suffixes, so the full public suffix list is read
        if domain_problem("example.com.hk") is not None:
            problems.append(Reason("selftest.suffix_list_rejects"))
    except Exception as exc:  # a missing data file surfaces as any kind of error
        problems.append(Reason("selftest.suffix_list_unreadable", {}, repr(exc)))
    try:  # Chinese numerals go through cn2an and its configuration file
        if parse_rmb("一百万") != 1_000_000:
            problems.append(Reason("selftest.numerals_wrong"))
    except Exception as exc:
        problems.append(Reason("selftest.numerals_unreadable", {}, repr(exc)))
    if not problems:
        say("selftest.library_data")
    return problems


def _check_workers(say) -> list[Reason]:
    """Worker processes start: a scan of a consultancy's folder uses them, and a built program must
    turn each re-run of its executable into a worker, not into another program."""
    from ..workspace.workercheck import check_workers, start_methods_to_check

    folder = data_dir("examples")
    files = [folder / f"{province}.yaml" for province in ("henan", "shanghai")]
    methods = start_methods_to_check()
    problems = [reason for method in methods if (reason := check_workers(method, files, folder, EXAMPLES_AS_OF))]
    if not problems:
        say("selftest.workers", count=len(files), methods=Verbatim(", ".join(methods)))
    return problems


def _check_plan(report, application, pack, say) -> list[Reason]:
    """The action plan and its calendar file (icalendar, and the time-zone data it reads, are in the install)."""
    try:
        import icalendar

        from ..export.ics import plan_calendar
        from ..plan.build import build_plan

        plan = build_plan(application, pack, report)
        events = list(icalendar.Calendar.from_ical(plan_calendar(plan)).walk("VEVENT"))
    except Exception as exc:  # a library or data file missing from the installation
        return [Reason("selftest.plan_failed", {}, repr(exc))]
    if not events:
        return [Reason("selftest.plan_failed")]
    say("selftest.plan", steps=len(plan.steps), events=len(events))
    return []


def _check_exports(report, application, say, lang: str) -> list[Reason]:
    try:
        from ..export import export_all
    except ImportError as exc:
        return [Reason("selftest.exporters_unavailable", {}, str(exc))]
    with tempfile.TemporaryDirectory(prefix="icp-wizard-selftest-") as folder:
        pdf, xlsx = Path(folder) / "report.pdf", Path(folder) / "checklist.xlsx"
        try:
            export_all(report, application, pdf=pdf, xlsx=xlsx, lang=lang)
        except InputError as exc:
            return [Reason("selftest.export_failed", {"problem": Verbatim(exc.describe(lang))})]
        except OSError as exc:
            return [Reason("selftest.export_failed", {"problem": os_reason(exc)})]
        problems = []
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-") or pdf.stat().st_size < 5000:
            problems.append(Reason("selftest.pdf_wrong"))
        if not xlsx.is_file() or not xlsx.read_bytes().startswith(b"PK"):
            problems.append(Reason("selftest.xlsx_wrong"))
        if not problems:
            say("selftest.exports", pdf_kb=pdf.stat().st_size // 1024, xlsx_kb=xlsx.stat().st_size // 1024)
        return problems
