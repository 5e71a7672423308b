"""Core speed, measured in one run (these machines are shared: compare ratios, not seconds).

Prints: evaluation time per province pack (target: median < 1 ms, all packs < 5 ms),
`icp-wizard check` whole-process time as a ratio to `python -c pass`, and the time
to check 1,000 applicant files in one call (target < 10 s).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wizard.core.documents import load_application
from wizard.core.engine import evaluate
from wizard.core.resources import data_dir
from wizard.core.rulepack.loader import load_packs

EXAMPLES = data_dir("examples")


def _median_ms(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _process_seconds(command: list[str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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

    example = str(EXAMPLES / "henan.yaml")
    bare = _process_seconds([sys.executable, "-c", "pass"])
    check = _process_seconds([sys.executable, "-m", "wizard.core.cli", "check", example])
    print(f"`icp-wizard check` whole process: {check * 1000:.0f} ms = {check / bare:.1f}x `python -c pass` ({bare * 1000:.0f} ms)")

    with tempfile.TemporaryDirectory() as folder:
        examples = sorted(EXAMPLES.glob("*.yaml"))
        for index in range(1000):
            shutil.copy(examples[index % len(examples)], Path(folder) / f"applicant-{index:04}.yaml")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "wizard.core.cli", "check", folder, "--json"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )
        elapsed = time.perf_counter() - start
        print(f"checking 1,000 files in one call: {elapsed:.2f} s   (target < 10 s)")


if __name__ == "__main__":
    main()
