"""The `icp-wizard` subcommands (wizard/launch.py opens the GUI when none is given).

Exit codes of `check`: 0 ready (or no licence needed), 1 not ready, 2 invalid input.
Every command exits 3 on an unexpected error (a bug): it prints one line naming the crash
report it wrote (wizard/core/crash.py) instead of a traceback.
Neither Qt nor reportlab is imported unless the GUI or an export is asked for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .. import __version__
from . import crash
from .documents import APPLICATION_SUFFIXES, load_application
from .errors import InputError
from .rulepack.loader import PackSet, load_packs
from .textreport import render_comparison, render_report

EXIT_READY, EXIT_NOT_READY, EXIT_INVALID, EXIT_CRASH = 0, 1, 2, 3


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="icp-wizard", description="ICP licence readiness wizard (增值电信业务经营许可证申请准备向导)"
    )
    parser.add_argument("--version", action="version", version=f"icp-wizard {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser("check", help="check applicant files against a province's rules")
    check.add_argument("files", nargs="+", type=Path, help="applicant files or folders")
    check.add_argument("--province", help="province pack id (default: the file's scope.province)")
    check.add_argument("--as-of", type=_date, help="evaluate as of this date (default: today)")
    check.add_argument("--json", action="store_true", help="print JSON instead of text")
    check.add_argument("--lang", choices=("zh", "en"), default="zh")

    compare = sub.add_parser("compare", help="evaluate one applicant against every province")
    compare.add_argument("file", type=Path)
    compare.add_argument("--as-of", type=_date)
    compare.add_argument("--json", action="store_true")
    compare.add_argument("--lang", choices=("zh", "en"), default="zh")

    sub.add_parser("schema", help="print the JSON Schema of applicant files")

    rules = sub.add_parser("rules", help="rule-pack tools")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    validate = rules_sub.add_parser("validate", help="validate rule packs; problems as file:line: reason")
    validate.add_argument("paths", nargs="*", type=Path)
    rules_sub.add_parser("test", help="run the YAML cases in rules/tests/")

    export = sub.add_parser("export", help="write the readiness PDF and materials checklist")
    export.add_argument("file", type=Path)
    export.add_argument("--pdf", type=Path, help="readiness report (PDF)")
    export.add_argument("--checklist", type=Path, help="materials checklist (.xlsx, .pdf or .csv)")
    export.add_argument("--province")
    export.add_argument("--as-of", type=_date)
    export.add_argument("--lang", choices=("zh", "en"), default="zh")
    export.add_argument(
        "--reveal-personal", action="store_true", help="print ID numbers unmasked (masked by default)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.self_test:
            from .selftest import run_self_test

            return run_self_test()
        if args.command is None:
            return _no_command()
        crash.breadcrumb("command", args.command)
        handler = {"check": _check, "compare": _compare, "schema": _schema, "rules": _rules, "export": _export}
        return handler[args.command](args)
    except InputError as exc:
        print(f"icp-wizard: {exc.describe()}", file=sys.stderr)
        return EXIT_INVALID
    except OSError as exc:  # e.g. an export folder that is not writable
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"icp-wizard: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - anything else is a bug: a private report, not a traceback
        return _crashed(exc, args)


def _crashed(exc: Exception, args: argparse.Namespace) -> int:
    command = "self-test" if args.self_test else args.command or "none"
    paths = [value for value in vars(args).values() if isinstance(value, Path | list)]  # the files named
    report = crash.write_report(exc, where=f"command line: {command}", personal=paths)
    if report.path is None:
        print(f"icp-wizard: unexpected error ({type(exc).__name__}); no crash report could be written "
              f"({report.problem}).", file=sys.stderr)
    else:
        print(f"icp-wizard: unexpected error ({type(exc).__name__}); a crash report without personal data "
              f"was written to {report.path} (nothing was sent).", file=sys.stderr)
    return EXIT_CRASH


def _no_command() -> int:
    print("icp-wizard: no command given. Run 'icp-wizard' alone to open the wizard, or see 'icp-wizard --help'.",
          file=sys.stderr)
    return EXIT_INVALID


def _packs() -> PackSet:
    packs = load_packs()
    for error in packs.errors:
        print(f"icp-wizard: rule pack refused: {error.describe()}", file=sys.stderr)
    return packs


def _expand(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in APPLICATION_SUFFIXES and p.is_file())
        else:
            files.append(path)
    return files


def _pick_pack(packs: PackSet, wanted: str | None, file: str):
    if not wanted:
        raise InputError("no province: set scope.province in the file or pass --province", file=file)
    from .regions import find_region

    region = find_region(wanted)
    pack_id = region.id if region else wanted
    if pack_id not in packs.packs:
        known = ", ".join(sorted(packs.packs)) or "none"
        raise InputError(f"no rule pack for province {wanted!r} (available: {known})", file=file)
    return packs.packs[pack_id]


def _check(args: argparse.Namespace) -> int:
    packs = _packs()
    files = _expand(args.files)
    if not files:
        raise InputError("no applicant files (.yaml, .yml, .json) found", file=" ".join(map(str, args.files)))
    worst = EXIT_READY
    results = []
    from .engine import evaluate

    for path in files:
        try:
            application = load_application(path)
            crash.remember(application, path)
            pack = _pick_pack(packs, args.province or application.scope.province, str(path))
        except InputError as exc:
            print(f"icp-wizard: {exc.describe()}", file=sys.stderr)
            results.append({"file": str(path), "error": exc.describe()})
            worst = max(worst, EXIT_INVALID)
            continue
        report = evaluate(application, pack, args.as_of)
        if report.verdict.value == "not_ready":
            worst = max(worst, EXIT_NOT_READY)
        if args.json:
            results.append({"file": str(path), **report.model_dump(mode="json")})
        else:
            if len(files) > 1:
                print(f"== {path}")
            print(render_report(report, args.lang))
    if args.json:
        print(json.dumps(results if len(files) > 1 else results[0], ensure_ascii=False, indent=2))
    return worst


def _compare(args: argparse.Namespace) -> int:
    from .engine import evaluate

    packs = _packs()
    application = load_application(args.file)
    crash.remember(application, args.file)
    reports = [evaluate(application, pack, args.as_of) for _, pack in sorted(packs.packs.items())]
    if args.json:
        print(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False, indent=2))
    else:
        print(render_comparison(reports, args.lang))
    return EXIT_READY


def _schema(args: argparse.Namespace) -> int:
    from .model import Application

    print(json.dumps(Application.model_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_READY


def _rules(args: argparse.Namespace) -> int:
    if args.rules_command == "test":
        from .casefiles import case_files, run_case_file

        packs = _packs()
        failed = total = 0
        for path in case_files():
            for result in run_case_file(path, packs.packs):
                total += 1
                if result.problems:
                    failed += 1
                    print(f"FAIL {Path(result.file).name}: {result.name}")
                    for problem in result.problems:
                        print(f"     {problem}")
        print(f"{total - failed} passed, {failed} failed")
        return EXIT_NOT_READY if failed or packs.errors else EXIT_READY
    from .resources import data_dir

    paths = [p.resolve() for p in args.paths] or sorted(data_dir("rules").glob("*.yaml"))
    national = (data_dir("rules") / "national.yaml").resolve()
    to_load = paths if national in paths else [national, *paths]
    packs = load_packs(to_load)
    for error in packs.errors:
        print(error.describe())
    loaded = ", ".join(sorted(packs.packs)) or "no province pack"
    print(f"{len(packs.errors)} problem(s); loaded: {loaded}", file=sys.stderr)
    return EXIT_NOT_READY if packs.errors else EXIT_READY


def _export(args: argparse.Namespace) -> int:
    from .engine import evaluate

    if not (args.pdf or args.checklist):
        raise InputError("nothing to export: give --pdf and/or --checklist")
    packs = _packs()
    application = load_application(args.file)
    crash.remember(application, args.file)
    pack = _pick_pack(packs, args.province or application.scope.province, str(args.file))
    report = evaluate(application, pack, args.as_of)
    from .export import export_all

    outputs: dict[str, Path] = {}
    if args.pdf:
        outputs["pdf"] = args.pdf
    if args.checklist:
        kind = {".xlsx": "xlsx", ".pdf": "checklist_pdf", ".csv": "csv"}.get(args.checklist.suffix.lower())
        if kind is None:
            raise InputError("the checklist must end in .xlsx, .pdf or .csv", file=str(args.checklist))
        outputs[kind] = args.checklist
    written = export_all(report, application, lang=args.lang, reveal_personal=args.reveal_personal, **outputs)
    for path in written:
        print(path)
    return EXIT_READY


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
