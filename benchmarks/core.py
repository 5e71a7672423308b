"""Core speed, measured in one run (these machines are shared: compare ratios, not seconds).

Prints: evaluation time per province pack (target: median < 1 ms, all packs < 5 ms);
a large application (500 staff, 100 servers, 50 domains, a third of them with problems)
and how evaluation grows with the staff list (target < 20 ms, linear), then one edit of it
re-evaluated with the GUI session's cache against a full evaluation;
`icp-wizard check FILE` whole-process time (target < 120 ms) and its ratio to
`python -c pass`, both from compiled bytecode with the packs' cache in place, medians;
and the time to check 1,000 applicant files in one call (target < 10 s).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stdnum.cn import ric

from wizard.core.application.documents import load_application
from wizard.core.application.model import Application
from wizard.core.engine import EvaluationCache, evaluate
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

EXAMPLES = data_dir("examples")
AS_OF = dt.date(2026, 11, 23)
# What any check costs before the program's own code: pydantic and PyYAML imported, one model validated.
STACK_FLOOR = ("from pydantic import BaseModel, Field, field_validator\nimport yaml\n"
               "class A(BaseModel):\n    x: int = Field(default=0)\nA.model_validate(yaml.safe_load('x: 1'))")
# The same as `check` runs it: without pydantic's plugin loader (wizard/__init__.py) and with the cyclic
# collector paused and skipped at exit (wizard/core/runtime/collector.py); the floor above pays for both.
LIKE_CHECK_FLOOR = "import gc, atexit; gc.disable(); atexit.register(gc.freeze); import wizard\n" + STACK_FLOOR


def _median_ms(function, repeat: int, spread: bool = False):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return (statistics.median(times), min(times), max(times)) if spread else statistics.median(times)


def _process_env(scratch: Path) -> dict[str, str]:
    """As an installed program runs: compiled bytecode (kept in `scratch`), the user's data folder there."""
    env = dict(os.environ, XDG_DATA_HOME=str(scratch / "data"), PYTHONPYCACHEPREFIX=str(scratch / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _process_seconds(commands: list[list[str]], env: dict[str, str], repeat: int = 11) -> list[float]:
    """Median wall time of each command, run in turns (so that the machine's load hits them alike)."""
    for command in commands:  # warm: bytecode compiled, the packs' cache written, files in the page cache
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for command, measured in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
            measured.append(time.perf_counter() - start)
    return [statistics.median(measured) for measured in times]


def _resident_id(index: int) -> str:
    first17 = f"410105{1970 + index % 30}{index % 12 + 1:02}{index % 28 + 1:02}{index % 1000:03}"
    return first17 + ric.calc_check_digit(first17 + "0")


def large_application(base: Application, staff: int = 500, servers: int = 100, domains: int = 50) -> Application:
    """The example grown to a large platform's size; every third person, server and domain falls short somewhere."""
    people = []
    for index in range(staff):
        member = base.staff[index % len(base.staff)]
        changes = {"name": f"员工{index:03}", "id_number": _resident_id(index)}
        if index % 3 == 1:
            changes["social_security_start"] = AS_OF - dt.timedelta(days=30 + index % 200)  # not yet long enough
        elif index % 3 == 2:
            changes.update(social_security_province=None, background=[], id_number=None)  # answers missing
        people.append(member.model_copy(update=changes))
    machines = []
    for index in range(servers):
        changes = {"provider": f"云服务商{index}"}
        if index % 3 == 1:
            changes.update(country="新加坡", province=None, city="Singapore")
        machines.append(base.servers[index % len(base.servers)].model_copy(update=changes))
    names = []
    for index in range(domains):
        changes = {"name": f"shop{index}.com.cn"}
        if index % 3 == 1:
            changes.update(icp_filing_number=None, filing_status=None)
        names.append(base.domains[0].model_copy(update=changes))
    return base.model_copy(update={"staff": people, "servers": machines, "domains": names})


def large(packs: dict) -> None:
    base = load_application(EXAMPLES / "henan.yaml")
    pack = packs["henan"]
    print("a large application against henan, median of 30 runs:")
    for size in (50, 100, 250, 500):
        application = large_application(base, staff=size, servers=size // 5, domains=size // 10)
        evaluate(application, pack, AS_OF)
        median, low, high = _median_ms(lambda a=application: evaluate(a, pack, AS_OF), 30, spread=True)
        print(f"  {size:>3} staff, {size // 5:>3} servers, {size // 10:>2} domains  {median:6.2f} ms"
              f"   ({median / size * 1000:.1f} µs per person; runs {low:.1f}–{high:.1f} ms)")
    application = large_application(base)
    report = evaluate(application, pack, AS_OF)
    print(f"  the 500-staff application: {len(report.findings)} findings, verdict {report.verdict.value} "
          f"(target < 20 ms; per-person time flat = linear)")
    edits(application, pack)


def edits(application: Application, pack) -> None:
    """What the GUI pays per edit: the 500-staff application re-evaluated after one change, with the
    session's EvaluationCache, against a full evaluation of the same application in the same run."""
    cache = EvaluationCache()
    evaluate(application, pack, AS_OF, cache)
    cases = [
        ("a person's social security start", "staff", 1, "social_security_start",
         (dt.date(2020, 1, 1), dt.date(2026, 10, 1))),
        ("a server's province", "servers", 0, "province", ("hong_kong", "henan")),
        ("the company's registered capital", "entity", None, "registered_capital_rmb", (500_000, 5_000_000)),
    ]
    print("one edit re-evaluated with the session's cache (medians of 40 edits; full = no cache, same run):")
    for label, section, index, name, values in cases:
        incremental, full = [], []
        for number in range(40):
            value = values[number % 2]
            if index is None:
                setattr(application, section, getattr(application, section).model_copy(update={name: value}))
            else:
                items = getattr(application, section)
                items[index] = items[index].model_copy(update={name: value})
            start = time.perf_counter()
            evaluate(application, pack, AS_OF, cache)
            incremental.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            evaluate(application, pack, AS_OF)
            full.append((time.perf_counter() - start) * 1000)
        step, whole = statistics.median(incremental), statistics.median(full)
        print(f"  {label:<34} {step:6.2f} ms, full {whole:6.2f} ms ({step / whole:.2f}x); "
              f"rules rechecked {cache.recomputed} of {cache.recomputed + cache.reused}")


def main() -> None:
    packs = load_packs().packs
    total = 0.0
    print("evaluation of the example applicant, median of 300 runs:")
    for province, pack in sorted(packs.items()):
        application = load_application(EXAMPLES / f"{province}.yaml")
        evaluate(application, pack)  # warm caches
        median = _median_ms(lambda a=application, p=pack: evaluate(a, p), 300)
        total += median
        print(f"  {province:<10} {median:6.3f} ms   (target < 1 ms)")
    print(f"  all packs  {total:6.3f} ms   (target < 5 ms)")

    large(packs)

    example = str(EXAMPLES / "henan.yaml")
    scratch = Path(tempfile.mkdtemp(prefix="icp-bench-"))
    try:
        bare, floor, like_check, check = _process_seconds(
            [[sys.executable, "-c", "pass"], [sys.executable, "-c", STACK_FLOOR], [sys.executable, "-c", LIKE_CHECK_FLOOR],
             [sys.executable, "-m", "wizard.core.commandline.cli", "check", example]], _process_env(scratch))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"`icp-wizard check` whole process: {check * 1000:.0f} ms (target < 120 ms) = {check / bare:.1f}x "
          f"`python -c pass` ({bare * 1000:.1f} ms), medians of 11 runs in turns")
    print(f"  for scale: importing pydantic and PyYAML and validating one model takes {floor * 1000:.0f} ms "
          f"({floor / bare:.1f}x); check is {check / floor:.2f}x that")
    print(f"  the same without pydantic's plugin loader and with the collector paused, as check runs: "
          f"{like_check * 1000:.0f} ms ({like_check / bare:.1f}x); check is {check / like_check:.2f}x that")

    with tempfile.TemporaryDirectory() as folder:
        examples = sorted(EXAMPLES.glob("*.yaml"))
        for index in range(1000):
            shutil.copy(examples[index % len(examples)], Path(folder) / f"applicant-{index:04}.yaml")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "wizard.core.commandline.cli", "check", folder, "--json"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )
        elapsed = time.perf_counter() - start
        print(f"checking 1,000 files in one call: {elapsed:.2f} s   (target < 10 s)")


if __name__ == "__main__":
    main()
