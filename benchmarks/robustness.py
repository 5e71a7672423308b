"""Robustness, measured in one run: malformed inputs, failed writes, kill -9 during saves, lock contention.

Prints how many bad inputs were tried (the whole corpus of tests/bad_inputs, through
`icp-wizard check`'s code and load_application), how many faults were injected, and
how many files were damaged or answers lost. Those last two must be 0: the script
exits 1 otherwise (and 1 if an input is answered differently from tests/bad_inputs/expected.yaml).

    python benchmarks/robustness.py [--kills 200] [--lock-rounds 20]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability import harness  # noqa: E402
from wizard.core.application.documents import load_application  # noqa: E402
from wizard.core.commandline.cli import main as cli_main  # noqa: E402
from wizard.core.runtime.errors import InputError  # noqa: E402


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bad_inputs_make", ROOT / "tests" / "bad_inputs" / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bad_inputs(folder: Path) -> tuple[harness.Tally, int, list[str]]:
    """Every corpus case: the CLI's answer (exit code, one stderr line) and the file unchanged afterwards."""
    make = _corpus_module()
    tally, wrong, skipped = harness.Tally(), 0, []
    for name, spec in sorted(make.load_manifest().items()):
        try:
            path = make.materialise(name, folder)
        except make.Unavailable:
            skipped.append(name)
            continue
        before = make.snapshot(path)
        tally.tried += 1
        out, err = io.StringIO(), io.StringIO()
        error = None
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli_main(["check", str(path), "--province", "henan", "--as-of", "2026-11-23"])
            load_application(path)
        except InputError as exc:
            error = exc
        except Exception as exc:  # noqa: BLE001 - anything else is a crash to count
            wrong += 1
            tally.problems.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
            continue
        lines = err.getvalue().splitlines()
        if spec["expect"] == "loads":
            right = error is None and code in (0, 1) and not lines
        else:  # the reason the manifest names, as the program's own sentence (zh, the CLI's default)
            shown = InputError(spec["cli_code"], file=str(path)) if "cli_code" in spec else error
            right = (error is not None and error.code == spec["code"] and code == 2
                     and lines == [f"icp-wizard: {shown.describe('zh')}"])
        if not right:
            wrong += 1
            tally.problems.append(f"{name}: exit {code}, stderr {err.getvalue()[:200]!r}")
        if make.snapshot(path) != before:
            tally.fail("damaged", f"{name}: checking changed the file")
    return tally, wrong, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--lock-rounds", type=int, default=20)
    args = parser.parse_args(argv)
    posix = os.name == "posix" and hasattr(os, "fork")
    results: dict[str, harness.Tally] = {}
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="icp-robustness-") as scratch:
        folder = Path(scratch)
        start = time.perf_counter()
        corpus, wrong_answers, skipped = bad_inputs(folder / "corpus")
        results["bad inputs"], timings["bad inputs"] = corpus, time.perf_counter() - start

        start = time.perf_counter()
        faults, steps = harness.save_fault_matrix(folder / "faults")
        results["failed writes"], timings["failed writes"] = faults, time.perf_counter() - start

        if posix:
            start = time.perf_counter()
            results["kill -9 during save"] = harness.kill_during_saves(folder / "kills", args.kills, seed=200)
            timings["kill -9 during save"] = time.perf_counter() - start
            start = time.perf_counter()
            results["lock contention"] = harness.lock_contention(folder / "locks", args.lock_rounds)
            timings["lock contention"] = time.perf_counter() - start

    print("robustness, measured in this run")
    print(f"  bad inputs tried:            {corpus.tried:5d}  (corpus of tests/bad_inputs; "
          f"{len(skipped)} not buildable here: {', '.join(skipped) or '-'})")
    print(f"    answered other than expected.yaml says: {wrong_answers}")
    injected = sum(tally.tried for name, tally in results.items() if name != "bad inputs")
    print(f"  faults injected:             {injected:5d}")
    print(f"    failed writes (ENOSPC/EACCES/EIO at each of {len(steps)} steps of a save): {faults.tried}")
    if posix:
        kills, locks = results["kill -9 during save"], results["lock contention"]
        print(f"    kill -9 in the middle of saves:  {kills.tried}  ({kills.debris} leftover .tmp files, harmless)")
        print(f"    lock contention rounds (2 processes): {locks.tried}")
    else:
        print("    kill -9 and lock contention: skipped (POSIX only)")
    damaged = sum(t.damaged for t in results.values())
    lost = sum(t.lost for t in results.values())
    print(f"  files damaged:               {damaged:5d}  (must be 0)")
    print(f"  answers lost:                {lost:5d}  (must be 0)")
    print("  time: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items()))
    problems = [p for t in results.values() for p in t.problems]
    for problem in problems[:20]:
        print(f"  PROBLEM {problem}")
    return 1 if damaged or lost or wrong_answers else 0


if __name__ == "__main__":
    sys.exit(main())
