"""`icp-wizard kit FILE… --out DIR`: the materials kit from the command line.

One file: DIR is the kit's folder. Several files (or a folder of them): one kit per
applicant in DIR/<file name>/. Only argparse is imported here; the kit's libraries load
when the command runs, so `check` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction, date_type) -> None:
    kit = sub.add_parser("kit", help="draft the materials kit (DOCX documents, index, manifest)")
    kit.add_argument("files", nargs="+", type=Path, help="applicant files or folders")
    kit.add_argument("--out", type=Path, required=True,
                     help="the kit's folder (with several applicants: one sub-folder each)")
    kit.add_argument("--zip", action="store_true", help="also write DIR.zip")
    kit.add_argument("--reveal-personal", action="store_true",
                     help="print names and ID numbers in full (masked by default; masked kits cannot be submitted)")
    kit.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the summary (documents are Chinese)")
    kit.add_argument("--as-of", type=date_type, help="evaluate as of this date (default: today)")
    kit.add_argument("--province", help="province pack id (default: the file's scope.province)")


def run(args: argparse.Namespace, *, packs, pick_pack, expand) -> int:
    from ..application.documents import load_application
    from ..engine import evaluate
    from ..messages import Verbatim, message
    from ..runtime.errors import InputError
    from .packet import build_kit
    from .summary import render_summary
    from .templates import load_templates

    files = expand(args.files)
    if not files:
        raise InputError("cli.no_files", file=" ".join(map(str, args.files)))
    templates = load_templates(known_sources={name for pack in packs.packs.values() for name in pack.sources})
    for error in templates.errors:
        print("icp-wizard: " + message("kit.template_refused", args.lang, reason=Verbatim(error.describe(args.lang))),
              file=sys.stderr)
    worst = 0
    for path in files:
        try:
            application = load_application(path)
            pack = pick_pack(packs, args.province or application.scope.province, str(path))
            report = evaluate(application, pack, args.as_of)
            target = args.out if len(files) == 1 else args.out / path.stem
            result = build_kit(application, pack, report, target, templates=templates, make_zip=args.zip,
                               reveal_personal=args.reveal_personal)
        except InputError as exc:
            print(f"icp-wizard: {exc.describe(args.lang)}", file=sys.stderr)
            worst = 2
            continue
        result.errors = [e for e in result.errors if e not in templates.errors]  # already reported above
        if len(files) > 1:
            print(f"== {path}")
        print(render_summary(result, args.lang))
    return worst
