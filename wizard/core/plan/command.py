"""`icp-wizard plan FILE [--as-of DATE] [--lang zh|en] [--json] [--ics FILE]`: the action plan.

Prints the plan (what to do now, what to wait for, what to decide, the filing date and what
sets it, the bureau's steps, the licence window and the duties after it). `--ics` also writes
its dates as a calendar file. Names are masked as in the exports unless `--reveal-personal`.
Exit codes as `check`: 0 ready (or no licence needed), 1 not ready, 2 invalid input.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction, date_type, add_lang) -> None:
    plan = sub.add_parser("plan", help="the action plan: what to do, in what order, by when")
    plan.add_argument("file", type=Path, help="an applicant file")
    plan.add_argument("--as-of", type=date_type, help="plan as of this date (default: today)")
    plan.add_argument("--province", help="province pack id (default: the file's scope.province)")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument("--ics", type=Path, help="also write the plan's dates as an iCalendar file")
    plan.add_argument("--reveal-personal", action="store_true",
                      help="print people's names in full (masked by default, as in the exports)")
    add_lang(plan)


def run(args: argparse.Namespace, *, packs, pick_pack) -> int:
    from ..application.documents import load_application
    from ..engine import evaluate
    from ..export.privacy import Redactor
    from ..runtime.crash import remember
    from .build import build_plan
    from .text import render_plan

    application = load_application(args.file)
    remember(application, args.file)
    pack = pick_pack(packs, args.province or application.scope.province, str(args.file))
    report = evaluate(application, pack, args.as_of)
    plan = build_plan(application, pack, report)
    redactor = Redactor(application, args.reveal_personal)
    if args.ics:
        from ..export.ics import write_plan_ics

        write_plan_ics(plan, args.ics, args.lang, redactor)
    if args.json:
        print(redactor.clean(json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=2)))
    else:
        print(render_plan(plan, args.lang, redactor))
    return 1 if report.verdict.value == "not_ready" else 0
