"""`icp-wizard status` over 1,000 and 10,000 generated client files, against baselines measured in the
same run (the machine is shared, so absolute times move with everyone else's load).

Target (issue 14): 10,000 files in under 10 s on a 2-core machine, using both cores.
Prints, for each folder size:
  - cold: the wall time of the whole command (process start, scan on every core, sorting, JSON
    output) with no rows kept from an earlier run, the CPU time it used (its workers included) and
    so how many cores it kept busy on average; the target is for this run;
  - warm: the same command again over the unchanged folder, with the rows kept by the cold run
    (workspace/results.py: only changed files are evaluated);
  - baseline 1: the same files evaluated one after another in this process, on one core
    (a sample of 300 files timed, scaled up), so the ratio shows what the parallel scan gains;
  - baseline 2: the floor of reading those files at all, PyYAML's C loader alone on each, one core.
The folders are made by scripts/workspace_clients.py (every stage, 1 in 40 files unreadable).

    .venv/bin/python benchmarks/workspace.py [--sizes 1000 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from workspace_clients import AS_OF, generate_clients  # noqa: E402

from wizard.core.workspace import evaluate_file, find_application_files  # noqa: E402
from wizard.core.workspace.evaluation import program_packs  # noqa: E402
from wizard.core.workspace.scanning import default_workers  # noqa: E402

SAMPLE = 300


def _status(folder: Path, data_home: Path, cold: bool = True) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers); `cold`: without the rows kept by a run before."""
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    if cold:
        shutil.rmtree(data_home / "icp-wizard" / "workspace" / "results", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", "status", str(folder), "--as-of", AS_OF.isoformat(),
                    "--json"], check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _per_file_seconds(function, files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        function(path)
    return (time.perf_counter() - start) / len(files)


def _yaml_only(path: Path, loader) -> None:
    try:
        yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (yaml.YAMLError, ValueError):  # the generated broken files
        pass


def _sample(files: list[Path]) -> list[Path]:
    step = max(1, len(files) // SAMPLE)
    return files[::step][:SAMPLE]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of status per size (median shown)")
    args = parser.parse_args()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    program_packs()
    print(f"{default_workers()} cores available to the scan; load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="icp-workspace-bench-") as temporary:
        base = Path(temporary)
        for size in args.sizes:
            folder = base / f"office-{size}"
            generate_clients(folder, size)
            files = find_application_files(folder)
            sample = _sample(files)
            for path in sample[:20]:  # warm: validators built, caches filled
                evaluate_file(path, folder, AS_OF)
            one_core = _per_file_seconds(lambda p, f=folder: evaluate_file(p, f, AS_OF), sample) * len(files)
            floor = _per_file_seconds(lambda p: _yaml_only(p, loader), sample) * len(files)
            repeat = args.repeat if size <= 2000 else 1
            runs = [_status(folder, base / "data") for _ in range(repeat)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            spread = f" (runs {min(r[0] for r in runs):.1f}–{max(r[0] for r in runs):.1f} s)" if len(runs) > 1 else ""
            target = "  target < 10 s: " + ("met" if wall < 10 else "NOT met") if size == 10000 else ""
            print(f"status, {size:,} files, cold: {wall:.1f} s wall{spread}, {cpu:.1f} s CPU "
                  f"({cpu / len(files) * 1000:.2f} ms per file, {cpu / wall:.1f} cores busy on average){target}")
            warm = [_status(folder, base / "data", cold=False) for _ in range(repeat)]
            warm_wall = statistics.median(r[0] for r in warm)
            print(f"    warm (run again, rows kept): {warm_wall:.1f} s wall, "
                  f"{statistics.median(r[1] for r in warm):.1f} s CPU → {warm_wall / wall:.2f}x of cold")
            print(f"    baseline 1, the same files evaluated on one core in-process: {one_core:.1f} s "
                  f"→ status takes {wall / one_core:.2f}x of it")
            print(f"    baseline 2, only YAML-loading them on one core: {floor:.1f} s "
                  f"→ status takes {wall / floor:.1f}x of it")
    print(f"load average {os.getloadavg()[0]:.1f} at the end; {dt.datetime.now():%H:%M}")


if __name__ == "__main__":
    main()
