"""The consultancy commands: `status`, `calendar`, `rules diff` and `check DIR --against-rules OLD`.

    icp-wizard status DIR [--as-of DATE] [--json | --csv] [--lang zh|en]
        every client file under DIR, sorted by the next deadline. Exit 0.
    icp-wizard calendar DIR --ics FILE [--as-of DATE] [--lang zh|en]
        every client's dated deadlines and duties as one iCalendar file. Exit 0.
    icp-wizard rules diff OLD NEW [--lang zh|en]
        thresholds, rules, materials, duties and steps changed between two rules folders, each with
        its source. Exit 0 no change, 1 changes, 2 a folder cannot be read (as diff(1)).
    icp-wizard check DIR --against-rules OLD [--as-of DATE] [--lang zh|en]
        the clients whose verdict, open items or dates differ under OLD and under the program's packs,
        naming the rules that caused it. Exit 0 none, 1 some clients change, 2 invalid input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..messages import Verbatim
from ..runtime.errors import InputError

EXIT_SAME, EXIT_CHANGED = 0, 1


def add_parsers(sub: argparse._SubParsersAction, date_type, add_lang) -> None:
    status = sub.add_parser("status", help="every client in a folder, sorted by the next deadline")
    status.add_argument("folder", type=Path, help="the folder of client files (subfolders included)")
    status.add_argument("--as-of", type=date_type, help="as of this date (default: today)")
    formats = status.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM, for Excel)")
    add_lang(status)
    calendar = sub.add_parser("calendar", help="every client's deadlines as one iCalendar file")
    calendar.add_argument("folder", type=Path, help="the folder of client files (subfolders included)")
    calendar.add_argument("--ics", type=Path, required=True, help="the calendar file to write (.ics)")
    calendar.add_argument("--as-of", type=date_type,
                          help="leave out what fell due before this date, except what still needs acting on: an "
                               "unanswered correction notice, a missed renewal, an expired licence (default: today)")
    add_lang(calendar)


def add_rules_diff(rules_sub: argparse._SubParsersAction, add_lang) -> None:
    diff = rules_sub.add_parser("diff", help="what changed between two rules folders, with sources")
    diff.add_argument("old", type=Path, help="the old rules folder")
    diff.add_argument("new", type=Path, help="the new rules folder")
    add_lang(diff)


def _folder(path: Path) -> Path:
    if not path.is_dir():
        raise InputError("workspace.not_a_folder", {"path": Verbatim(str(path))})
    return path


def _as_of(args: argparse.Namespace) -> dt.date:
    return args.as_of or dt.date.today()


def run_status(args: argparse.Namespace) -> int:
    from . import output, seen, sort_by_deadline
    from .results import scan_kept

    folder, as_of = _folder(args.folder), _as_of(args)
    rows, _kept = scan_kept(folder, as_of)  # only the files changed since the last run are evaluated
    rows = sort_by_deadline(rows, as_of)
    if args.json:
        print(output.render_json(rows, args.lang, as_of))
    elif args.csv:
        sys.stdout.write(output.render_csv(rows, args.lang))
    else:
        print(output.render_text(rows, args.lang, str(folder), as_of))
    _note_other_rules(folder, rows, args.lang)
    seen.record(folder, rows)
    return 0


def _note_other_rules(folder: Path, rows, lang: str) -> None:
    """Clients last seen under other rules (an upgrade, an edited pack): say how to see what changed."""
    from . import seen

    earlier = seen.seen_with_other_rules(folder, rows)
    kept = {entry.get("rules") for entry in earlier.values()}
    folders = [str(path) for path in map(seen.kept_rules, sorted(filter(None, kept))) if path is not None]
    if not folders:
        return
    command = f"icp-wizard check {folder} --against-rules {folders[0]}"
    if lang == "zh":
        text = f"{len(earlier)} 个客户上次查看时用的是另一版本的规则。查看新规则带来的变化：{command}"
    else:
        text = (f"{len(earlier)} client{'s were' if len(earlier) != 1 else ' was'} last seen under other rules. "
                f"To see what the new rules change: {command}")
    print(f"icp-wizard: {text}", file=sys.stderr)


def run_calendar(args: argparse.Namespace) -> int:
    from .calendar import collect, write_calendar

    if args.ics.suffix.lower() != ".ics":
        raise InputError("workspace.ics_suffix", file=str(args.ics))
    folder, as_of = _folder(args.folder), _as_of(args)
    entries = collect(folder, as_of)
    name = f"ICP · {folder.resolve().name}"
    print(write_calendar(entries, args.ics, args.lang, as_of, name))
    return 0


def run_rules_diff(args: argparse.Namespace) -> int:
    from .packdiff import diff_pack_folders

    changes, old_errors, new_errors = diff_pack_folders(_folder(args.old), _folder(args.new))
    for error in (*old_errors, *new_errors):
        print(f"icp-wizard: {error.describe(args.lang)}", file=sys.stderr)
    for change in changes:
        print(change.describe(args.lang))
    if not changes:
        print("两处规则没有差别。" if args.lang == "zh" else "The two rules folders do not differ.")
    if old_errors or new_errors:
        return 2
    return EXIT_CHANGED if changes else EXIT_SAME


def run_against_rules(args: argparse.Namespace) -> int:
    from .changes import compare_clients, load_rules_folder
    from .changes_text import render_changes

    if len(args.files) != 1 or args.province:
        raise InputError("workspace.against_rules_files")
    folder, other = _folder(args.files[0]), _folder(args.against_rules)
    from .packdiff import pack_documents

    pack_documents(other)  # a folder without packs is refused before anything is evaluated
    for error in load_rules_folder(other).errors:
        print(f"icp-wizard: {error.describe(args.lang)}", file=sys.stderr)
    as_of = _as_of(args)
    clients, changes = compare_clients(folder, other, as_of)
    if args.json:
        from .changes_text import changes_json

        print(changes_json(clients, changes, args.lang, as_of))
    else:
        print(render_changes(clients, changes, args.lang, str(other), as_of))
    return EXIT_CHANGED if clients else EXIT_SAME
