"""`icp-wizard --self-test`: proves an installation works, on a machine with no network.

Loads every rule pack, evaluates each bundled example (each must be ready), writes
a readiness PDF and a checklist to a temporary folder and checks what was written.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from .documents import load_application
from .engine import evaluate
from .errors import InputError
from .resources import data_dir
from .rulepack.loader import load_packs

# The examples are written to be ready on this date; later dates only add time.
EXAMPLES_AS_OF = dt.date(2026, 11, 23)


def run_self_test(print_line=print) -> int:
    problems: list[str] = []
    packs = load_packs()
    for error in packs.errors:
        problems.append(f"rule pack refused: {error.describe()}")
    print_line(f"rule packs: {', '.join(sorted(packs.packs)) or 'none'}")
    if not packs.packs:
        problems.append(f"no province rule pack found in {data_dir('rules')}")
    reports = []
    for province, pack in sorted(packs.packs.items()):
        example = data_dir("examples") / f"{province}.yaml"
        try:
            application = load_application(example)
        except InputError as exc:
            problems.append(f"example for {province}: {exc.describe()}")
            continue
        report = evaluate(application, pack, EXAMPLES_AS_OF)
        print_line(f"{province}: {report.verdict.value}")
        if report.verdict.value != "ready":
            problems.append(f"example for {province} is {report.verdict.value}, expected ready")
        reports.append((report, application))
    problems += _check_baseline(packs, print_line)
    problems += _check_library_data(print_line)
    if reports:
        problems += _check_exports(*reports[0], print_line)
    for problem in problems:
        print_line(f"PROBLEM: {problem}")
    print_line("self-test passed" if not problems else f"self-test failed: {len(problems)} problem(s)")
    return 0 if not problems else 1


def _check_baseline(packs, print_line) -> list[str]:
    """The other mainland regions are checked against the national baseline: its example must load."""
    baseline = [region.id for region, encoded in packs.regions() if not encoded]
    print_line(f"national baseline for {len(baseline)} other regions")
    pack = packs.for_region("beijing")
    if pack is None:
        return ["no national baseline for regions without their own pack (rules/data/authorities.yaml)"]
    try:
        report = evaluate(load_application(data_dir("examples") / "beijing.yaml"), pack, EXAMPLES_AS_OF)
    except InputError as exc:
        return [f"example for beijing: {exc.describe()}"]
    print_line(f"beijing (national baseline): {report.verdict.value}")
    if report.verdict.value != "ready_with_warnings":  # the only warning: Beijing's own rules are not encoded
        return [f"example for beijing is {report.verdict.value}, expected ready_with_warnings"]
    return []


def _check_library_data(print_line) -> list[str]:
    """Libraries that read data files beside their code: an installer that lost one fails only on rare input."""
    from .identifiers import domain_problem
    from .values import parse_rmb

    problems = []
    try:  # .com.hk is not one of the common suffixes, so the full public suffix list is read
        if domain_problem("example.com.hk") is not None:
            problems.append("the public suffix list rejects example.com.hk")
    except Exception as exc:  # a missing data file surfaces as any kind of error
        problems.append(f"the public suffix list cannot be read: {exc!r}")
    try:  # Chinese numerals go through cn2an and its configuration file
        if parse_rmb("一百万") != 1_000_000:
            problems.append("一百万 is not read as 1000000")
    except Exception as exc:
        problems.append(f"Chinese numerals cannot be read: {exc!r}")
    if not problems:
        print_line("library data: public suffix list, Chinese numerals")
    return problems


def _check_exports(report, application, print_line) -> list[str]:
    try:
        from .export import export_all
    except ImportError as exc:
        return [f"exporters unavailable: {exc}"]
    with tempfile.TemporaryDirectory(prefix="icp-wizard-selftest-") as folder:
        pdf, xlsx = Path(folder) / "report.pdf", Path(folder) / "checklist.xlsx"
        try:
            export_all(report, application, pdf=pdf, xlsx=xlsx, lang="zh")
        except (InputError, OSError) as exc:
            return [f"export failed: {exc}"]
        problems = []
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-") or pdf.stat().st_size < 5000:
            problems.append("the readiness PDF was not written correctly")
        if not xlsx.is_file() or not xlsx.read_bytes().startswith(b"PK"):
            problems.append("the checklist workbook was not written correctly")
        if not problems:
            print_line(f"exports: PDF {pdf.stat().st_size // 1024} KB, checklist {xlsx.stat().st_size // 1024} KB")
        return problems
