"""The built program (PyInstaller one-folder bundle): size, file count and start-up cost.

Prints the bundle's size (target < 150 MiB) and file count, and the whole-process time of
`--version` and `--self-test` run from the bundle as a ratio to the same command run from
source (`python -m wizard.launch`), medians of several runs in the same session (target ≤ 1.2).

    .venv/bin/python benchmarks/bundle.py [--runs 7] [--build]

Uses dist/icp-wizard (macOS: dist/ICP Wizard.app); builds it first if missing or with --build.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("icp_packaging_build", ROOT / "packaging" / "build.py")
packaging_build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(packaging_build)


def median_seconds(command: list[str], runs: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=True)  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true", help="rebuild the bundle first")
    args = parser.parse_args()
    app = ROOT / "dist" / "ICP Wizard.app"
    bundle = app if sys.platform == "darwin" else ROOT / "dist" / "icp-wizard"
    if args.build or not packaging_build.executable(bundle).is_file():
        if problem := packaging_build.cannot_build():
            print(problem, file=sys.stderr)
            return 2
        bundle = packaging_build.build(quiet=True)
    size, count = packaging_build.size_and_count(bundle)
    print(f"bundle: {bundle.relative_to(ROOT)}")
    print(f"size: {size:.1f} MiB ({size * 2**20 / 1e6:.1f} MB), {count} files (target < 150 MiB) "
          f"{'OK' if size < 150 else 'OVER'}")
    fonts, font_files = packaging_build.size_and_count(packaging_build.internal_dir(bundle) / "resources" / "fonts")
    print(f"of which the bundled CJK font and its licence: {fonts:.1f} MiB, {font_files} files")
    built, source = str(packaging_build.executable(bundle)), [sys.executable, "-m", "wizard.launch"]
    for arguments in (["--version"], ["--self-test"]):
        frozen = median_seconds([built, *arguments], args.runs)
        from_source = median_seconds([*source, *arguments], args.runs)
        ratio = frozen / from_source
        print(f"{' '.join(arguments)}: bundle {frozen * 1000:.0f} ms, source {from_source * 1000:.0f} ms, "
              f"ratio {ratio:.2f} (target ≤ 1.2) {'OK' if ratio <= 1.2 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
