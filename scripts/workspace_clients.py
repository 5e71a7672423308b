"""A folder of generated client files in every stage, for the workspace's tests and benchmarks.

    .venv/bin/python scripts/workspace_clients.py DIR [--count 200] [--as-of 2026-11-23]

Client n is built from one of the example applicants (examples/*.yaml) and varied by n:
  - preparing, ready to file;
  - preparing, waiting: the company registered 6 months before the day, so where the province sets a
    minimum age (Gansu, Shanxi, Henan) that sets a later filing date (Shanghai and Beijing set none);
  - preparing, not ready: the security lead's social-security start left empty (an unanswered item);
  - filed: submitted 10 days before the day;
  - correcting: a correction notice received 0–3 days before the day, not yet answered;
  - licensed: issued nearly 5 years before (the renewal is next) or 1–3 years before (the annual report);
and every 40th file is unreadable (invalid YAML or an impossible date) to show as an error row.
Files are spread over a subfolder per province. `generate_clients` returns what it made.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from wizard.core.application.yamlio import load_path
from wizard.core.china.regions import find_region
from wizard.core.runtime.resources import data_dir

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's: 10,000 files in seconds, not minutes
AS_OF = dt.date(2026, 11, 23)  # the day the examples are written for (a Monday)
PROVINCES = ("gansu", "shanxi", "henan", "shanghai", "beijing")
STAGES = ("ready", "waiting", "not_ready", "filed", "correcting", "licensed")
BROKEN_EVERY = 40


@dataclass(frozen=True)
class GeneratedClient:
    path: str  # relative to the folder
    number: int
    province: str  # example / region id
    variant: str  # one of STAGES, or "broken"
    client: str | None  # the entity name written (None for a broken file)
    data: dict[str, Any] | None  # what was written (None for a broken file)


def _examples() -> dict[str, dict[str, Any]]:
    return {name: load_path(data_dir("examples") / f"{name}.yaml")[0] for name in PROVINCES}


def client_data(base: dict[str, Any], number: int, variant: str, as_of: dt.date) -> dict[str, Any]:
    data = copy.deepcopy(base)
    data["entity"]["name"] = f"{base['entity']['name'][:2]}客户{number:05d}网络科技有限公司"
    for domain in data.get("domains") or []:
        domain["registrant"] = data["entity"]["name"]
    if variant == "waiting":
        data["entity"]["registration_date"] = as_of - dt.timedelta(days=182)
    elif variant == "not_ready":
        data["staff"][0].pop("social_security_start", None)
    elif variant in ("filed", "correcting", "licensed"):
        data["tracking"] = _tracking(number, variant, as_of, find_region(data["scope"]["province"]).abbreviations[0])
    return data


def _tracking(number: int, variant: str, as_of: dt.date, abbreviation: str) -> dict[str, Any]:
    if variant == "filed":
        return {"submitted": as_of - dt.timedelta(days=10), "application_number": f"SQ2026{number:06d}"}
    if variant == "correcting":
        received = as_of - dt.timedelta(days=number % 4)
        return {"submitted": as_of - dt.timedelta(days=30), "application_number": f"SQ2026{number:06d}",
                "corrections": [{"received": received, "note": "补充社保缴纳证明"}]}
    # licensed: one in three so close to expiry (5 years) that the renewal is next; the others issued
    # 1–3 years ago, so that the annual report is next
    if (number // len(STAGES)) % 3 == 0:
        issued = _years_before(as_of, 5) + dt.timedelta(days=100 + number % 20)
    else:
        issued = dt.date(as_of.year - 1 - number % 3, 3, 1) + dt.timedelta(days=(number * 7) % 60)
    return {"submitted": issued - dt.timedelta(days=90), "application_number": f"SQ{issued.year}{number:06d}",
            "approved": issued - dt.timedelta(days=3), "issued": issued,
            "licence_number": f"{abbreviation}B2-{issued.year}{number % 10000:04d}"}


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def variant_of(number: int, stages: tuple[str, ...] = STAGES) -> str:
    if number % BROKEN_EVERY == BROKEN_EVERY - 1:
        return "broken"
    return stages[number % len(stages)]


def generate_clients(folder: Path, count: int, as_of: dt.date = AS_OF,
                     stages: tuple[str, ...] = STAGES) -> list[GeneratedClient]:
    """Write `count` client files under `folder`; returns what each one is."""
    examples = _examples()
    made = []
    for number in range(count):
        province = PROVINCES[(number // len(stages)) % len(PROVINCES)]
        variant = variant_of(number, stages)
        relative = f"{province}/client-{number:05d}.yaml"
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if variant == "broken":
            broken = "entity:\n  name: [unclosed\n" if (number // BROKEN_EVERY) % 2 else "entity:\n  registration_date: 2026-02-30\n"
            target.write_text(broken, encoding="utf-8")
            made.append(GeneratedClient(relative, number, province, variant, None, None))
            continue
        data = client_data(examples[province], number, variant, as_of)
        target.write_text(yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False), encoding="utf-8")
        made.append(GeneratedClient(relative, number, province, variant, data["entity"]["name"], data))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=AS_OF)
    parser.add_argument("--preparing-only", action="store_true", help="no tracking sections (schema 3)")
    args = parser.parse_args()
    stages = STAGES[:3] if args.preparing_only else STAGES
    made = generate_clients(args.folder, args.count, args.as_of, stages)
    print(f"{len(made)} client files in {args.folder}")


if __name__ == "__main__":
    main()
