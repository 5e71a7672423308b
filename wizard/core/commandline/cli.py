"""The `icp-wizard` subcommands (wizard/launch.py opens the GUI when none is given).

Exit codes of `check`: 0 ready (or no licence needed), 1 not ready, 2 invalid input.
Every command exits 3 on an unexpected error (a bug): it prints one line naming the crash
report it wrote (wizard/core/runtime/crash.py) instead of a traceback.
Neither Qt nor reportlab is imported unless the GUI or an export is asked for.

Every command takes `--lang zh|en` (default zh, as the interface): reports, error lines on
stderr and the self-test speak that language. An error line is `icp-wizard: ` and the
program's own reason from the message catalog (wizard/core/messages); what a library or the
operating system said may follow it as a technical detail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ... import __version__
from ..kit import command as kit_command
from ..messages import LANGS, Reason, Verbatim, message
from ..plan import command as plan_command
from ..runtime import collector, crash
from ..runtime.errors import InputError, os_reason
from ..workspace import command as workspace_command
from .cli_usage import CommandParser, UsageError, lang_options, usage_message

if TYPE_CHECKING:
    from ..rulepack.loader import PackSet

# Module-level imports stay this few: each command imports what it needs when it runs, so that
# `check` does not pay for the exporters, the kit or a subcommand added later.

EXIT_READY, EXIT_NOT_READY, EXIT_INVALID, EXIT_CRASH = 0, 1, 2, 3
DEFAULT_LANG = "zh"


def requested_lang(argv: Sequence[str]) -> str:
    """The --lang given anywhere on the command line; the default when none (or no valid one) is."""
    return next((value for _index, _width, value in lang_options(argv) if value in LANGS), DEFAULT_LANG)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError("cli.not_a_date", {"value": text}, field="--as-of") from None


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                        help=f"language of the output and of error messages (default: {DEFAULT_LANG})")


def _parser(only_check: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; `only_check` (the command line starts with `check`): that subcommand
    alone, as parsing it needs no other (making the other twelve took 1.4 ms of each check)."""
    parser = CommandParser(
        prog="icp-wizard", description="ICP licence readiness wizard (增值电信业务经营许可证申请准备向导)"
    )
    parser.add_argument("--version", action="version", version=f"icp-wizard {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    _add_lang(parser)
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser("check", help="check applicant files against a province's rules")
    check.add_argument("files", nargs="+", type=Path, help="applicant files or folders")
    check.add_argument("--province", help="province pack id (default: the file's scope.province)")
    check.add_argument("--as-of", type=_date, help="evaluate as of this date (default: today)")
    check.add_argument("--json", action="store_true", help="print JSON instead of text")
    check.add_argument("--against-rules", type=Path, metavar="OLD",
                       help="a folder of clients: list those whose outcome differs under the rules folder OLD")
    _add_reveal(check, "print")
    _add_lang(check)
    if only_check:
        return parser

    compare = sub.add_parser("compare", help="evaluate one applicant against every province")
    compare.add_argument("file", type=Path)
    compare.add_argument("--as-of", type=_date)
    compare.add_argument("--json", action="store_true")
    _add_reveal(compare, "print")
    _add_lang(compare)

    _add_lang(sub.add_parser("schema", help="print the JSON Schema of applicant files"))

    rules = sub.add_parser("rules", help="rule-pack tools")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    validate = rules_sub.add_parser("validate", help="validate rule packs; problems as file:line: reason")
    validate.add_argument("paths", nargs="*", type=Path)
    _add_lang(validate)
    _add_lang(rules_sub.add_parser("test", help="run the YAML cases in rules/tests/"))
    workspace_command.add_rules_diff(rules_sub, _add_lang)

    export = sub.add_parser("export", help="write the readiness PDF and materials checklist")
    export.add_argument("file", type=Path)
    export.add_argument("--pdf", type=Path, help="readiness report (PDF)")
    export.add_argument("--checklist", type=Path, help="materials checklist (.xlsx, .pdf or .csv)")
    export.add_argument("--province")
    export.add_argument("--as-of", type=_date)
    _add_lang(export)
    _add_reveal(export, "write")
    kit_command.add_parser(sub, _date)
    plan_command.add_parser(sub, _date, _add_lang)
    workspace_command.add_parsers(sub, _date, _add_lang)
    # Opened by wizard/launch.py as a window; listed here so that --help names it and a wrong call is explained.
    window = sub.add_parser("workspace", help="open the office's window on a folder of clients (desktop only)")
    window.add_argument("folder", type=Path, help="the folder of client files")
    _add_lang(window)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    collecting = collector.pause()  # wizard/core/runtime/collector.py: off for check and compare
    try:
        return _run(list(sys.argv[1:] if argv is None else argv), collecting)
    finally:
        collector.restore(collecting)


def _run(argv: list[str], collecting: bool) -> int:
    lang = requested_lang(argv)
    try:
        args = _parser(only_check=argv[:1] == ["check"]).parse_args(argv)
        collector.for_command(args.command, collecting)
        args.lang = getattr(args, "lang", lang)
        lang = args.lang
        if args.self_test:
            from .selftest import run_self_test

            return run_self_test(lang=lang)
        if args.command is None:
            _error(message("cli.no_command", lang))
            return EXIT_INVALID
        crash.breadcrumb("command", args.command)
        handler = {"check": _check, "compare": _compare, "schema": _schema, "rules": _rules, "export": _export,
                   "kit": _kit, "plan": _plan, "status": workspace_command.run_status,
                   "calendar": workspace_command.run_calendar, "workspace": _workspace_window}
        return handler[args.command](args)
    except UsageError as exc:
        _error(usage_message(exc, argv, lang))
        return EXIT_INVALID
    except InputError as exc:
        _error(exc.describe(lang))
        return EXIT_INVALID
    except BrokenPipeError:
        return 0
    except OSError as exc:  # e.g. an export folder that is not writable
        file = str(exc.filename) if exc.filename else None
        _error(InputError(os_reason(exc), file=file).describe(lang))
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - anything else is a bug: a private report, not a traceback
        return _crashed(exc, args)


def _workspace_window(args: argparse.Namespace) -> int:
    """Reached only when the launcher did not open the window: the call had options besides the folder and --lang."""
    _error(message("cli.workspace_window", args.lang, folder=Verbatim(str(args.folder))))
    return EXIT_INVALID


def _crashed(exc: Exception, args: argparse.Namespace) -> int:
    command = "self-test" if args.self_test else args.command or "none"
    paths = [value for value in vars(args).values() if isinstance(value, Path | list)]  # the files named
    report = crash.write_report(exc, where=f"command line: {command}", personal=paths)
    lang = getattr(args, "lang", DEFAULT_LANG)
    if report.path is None:
        _error(message("crash.no_report", lang, error=type(exc).__name__, problem=Verbatim(str(report.problem))))
    else:
        _error(message("crash.report_written", lang, error=type(exc).__name__, path=Verbatim(str(report.path))))
    return EXIT_CRASH


def _error(text: str) -> None:
    print(f"icp-wizard: {text}", file=sys.stderr)


def _packs(lang: str) -> PackSet:
    """The program's packs, from the cache of validated packs when it is current (rulepack/cache.py)."""
    from ..rulepack.cache import cached_packs

    packs = cached_packs()
    for error in packs.errors:
        _error(message("cli.pack_refused", lang, problem=Verbatim(error.describe(lang))))
    return packs


def _expand(paths: Iterable[Path]) -> list[Path]:
    from ..application.documents import APPLICATION_SUFFIXES

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in APPLICATION_SUFFIXES and p.is_file())
        else:
            files.append(path)
    return files


def _add_reveal(parser: argparse.ArgumentParser, verb: str) -> None:
    parser.add_argument("--reveal-personal", action="store_true",
                        help=f"{verb} ID numbers and people's names in full (masked by default, as in the exports)")


def _pick_pack(packs: PackSet, wanted: str | None, file: str):
    """The region's own pack, or the national baseline for a mainland region without one."""
    from ..rulepack.choice import pick_pack

    return pick_pack(packs, wanted, file)


def _check(args: argparse.Namespace) -> int:
    if args.against_rules is not None:
        return workspace_command.run_against_rules(args)
    packs = _packs(args.lang)
    files = _expand(args.files)
    if not files:
        raise InputError("cli.no_files", file=" ".join(map(str, args.files)))
    worst = EXIT_READY
    results = []
    from ..application.documents import load_application
    from ..engine import evaluate
    from ..export.privacy import Redactor
    from .textreport import render_report

    for number, path in enumerate(files):
        if number == 1:
            collector.for_many_files()
        try:
            application = load_application(path)
            crash.remember(application, path)
            pack = _pick_pack(packs, args.province or application.scope.province, str(path))
        except InputError as exc:
            _error(exc.describe(args.lang))
            results.append({"file": str(path), "error": exc.describe(args.lang), "error_code": exc.code})
            worst = max(worst, EXIT_INVALID)
            continue
        report = evaluate(application, pack, args.as_of)
        if report.verdict.value == "not_ready":
            worst = max(worst, EXIT_NOT_READY)
        # A finding may quote a name or an ID number it checked (a domain held by a person): masked as in
        # the exports, since this output is kept and passed on as often as they are.
        redactor = Redactor(application, args.reveal_personal)
        if args.json:
            dumped = json.dumps({"file": str(path), **report.model_dump(mode="json")}, ensure_ascii=False)
            results.append(json.loads(redactor.clean(dumped)))
        else:
            if len(files) > 1:
                print(f"== {path}")
            print(redactor.clean(render_report(report, args.lang)))
    if args.json:
        print(json.dumps(results if len(files) > 1 else results[0], ensure_ascii=False, indent=2))
    return worst


def _compare(args: argparse.Namespace) -> int:
    from ..application.documents import load_application
    from ..engine import evaluate
    from ..export.privacy import Redactor
    from .textreport import render_comparison

    packs = _packs(args.lang)
    application = load_application(args.file)
    crash.remember(application, args.file)
    reports = [evaluate(application, pack, args.as_of) for _, pack in sorted(packs.packs.items())]
    redactor = Redactor(application, args.reveal_personal)
    if args.json:
        print(redactor.clean(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False, indent=2)))
    else:
        print(redactor.clean(render_comparison(reports, args.lang)))
        print()
        print(_compare_scope_note(packs, args.lang))
    return EXIT_READY


def _compare_scope_note(packs: PackSet, lang: str) -> str:
    """compare covers only the encoded provinces; say so, and where the others are checked."""
    encoded = [p for _, p in sorted(packs.packs.items())]
    if lang == "zh":
        names = "、".join(p.header.name.zh for p in encoded)
        return (f"只比较已编入地方规则的省份（{names}）。其他省份按全国通用要求检查："
                "icp-wizard check 文件 --province 省份。")
    names = ", ".join(p.header.name.en for p in encoded)
    return (f"Only the provinces whose own rules are encoded are compared ({names}). Any other province "
            "is checked against the national baseline with: icp-wizard check FILE --province PROVINCE.")


def _schema(args: argparse.Namespace) -> int:
    from ..application.model import Application

    print(json.dumps(Application.model_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_READY


def _rules(args: argparse.Namespace) -> int:
    if args.rules_command == "diff":
        return workspace_command.run_rules_diff(args)
    if args.rules_command == "test":
        from .casefiles import case_files, run_case_file, summary

        packs = _packs(args.lang)
        results, refused = [], 0
        for path in case_files():
            try:
                file_results = run_case_file(path, packs)
            except InputError as exc:  # this file's cases cannot run; the other files' still do
                print(exc.describe(args.lang))
                refused += 1
                continue
            for result in file_results:
                results.append(result)
                if result.problems:
                    print(result.describe(args.lang))
        print(summary(results, args.lang, refused))
        failed = any(r.problems for r in results) or refused or packs.errors
        return EXIT_NOT_READY if failed else EXIT_READY
    from ..runtime.resources import data_dir

    paths = [p.resolve() for p in args.paths] or sorted(data_dir("rules").glob("*.yaml"))
    national = (data_dir("rules") / "national.yaml").resolve()
    from ..rulepack.loader import load_packs

    to_load = paths if national in paths else [national, *paths]
    packs = load_packs(to_load)
    for error in packs.errors:
        print(error.describe(args.lang))
    loaded = sorted(packs.packs) or Reason("cli.no_province_pack")
    print(message("cli.validate_summary", args.lang, count=len(packs.errors), loaded=loaded), file=sys.stderr)
    return EXIT_NOT_READY if packs.errors else EXIT_READY


def _export(args: argparse.Namespace) -> int:
    from ..application.documents import load_application
    from ..engine import evaluate

    if not (args.pdf or args.checklist):
        raise InputError("cli.nothing_to_export")
    packs = _packs(args.lang)
    application = load_application(args.file)
    crash.remember(application, args.file)
    pack = _pick_pack(packs, args.province or application.scope.province, str(args.file))
    report = evaluate(application, pack, args.as_of)
    from ..export import export_all

    outputs: dict[str, Path] = {}
    if args.pdf:
        outputs["pdf"] = args.pdf
    if args.checklist:
        kind = {".xlsx": "xlsx", ".pdf": "checklist_pdf", ".csv": "csv"}.get(args.checklist.suffix.lower())
        if kind is None:
            raise InputError("cli.checklist_suffix", file=str(args.checklist))
        outputs[kind] = args.checklist
    from ..plan.build import build_plan

    plan = build_plan(application, pack, report) if args.pdf else None
    written = export_all(report, application, lang=args.lang, reveal_personal=args.reveal_personal, plan=plan,
                         **outputs)
    for path in written:
        print(path)
    return EXIT_READY


def _plan(args: argparse.Namespace) -> int:
    return plan_command.run(args, packs=_packs(args.lang), pick_pack=_pick_pack)


def _kit(args: argparse.Namespace) -> int:
    return kit_command.run(args, packs=_packs(args.lang), pick_pack=_pick_pack, expand=_expand)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
