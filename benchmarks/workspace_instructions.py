"""Machine instructions per client file of a workspace scan, counted by valgrind (cachegrind), so that
a change can be judged on this shared machine, where two runs of the same `status` a minute apart
differ by half (benchmarks/workspace.py times the real command; this explains its figures).

Prints, per file seen for the first time (the memos of a scan start cold for each new file):
  - the program: read, validate and evaluate one file into its row (workspace.evaluate_file);
  - baseline, same run: PyYAML's C loader alone on the same files, the floor of reading them at all;
  - with --against TREE, the same count for another source tree (a worktree of an older commit),
    as a ratio: what a change did, without the noise of wall-clock time.
Each figure is (a run evaluating N files) − (the same run stopping before them), over N.
Needs valgrind (Debian: valgrind); takes about a minute per tree.

    .venv/bin/python benchmarks/workspace_instructions.py [--files 100] [--against /tmp/old-tree]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

# Run inside valgrind: warm up on some files, then (when asked) read every 40th file once.
_CHILD = """
import datetime as dt, sys
from pathlib import Path
folder, count, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
from wizard.core.workspace import evaluate_file, find_application_files
from wizard.core.workspace.evaluation import program_packs
import yaml
files = find_application_files(folder)
program_packs()
for path in files[:100:2]:
    evaluate_file(path, folder, dt.date(2026, 3, 2))
chosen = files[1::max(1, len(files) // count)][:count]
if mode == "program":
    for path in chosen:
        evaluate_file(path, folder, dt.date(2026, 3, 2))
elif mode == "yaml":
    for path in chosen:
        try:
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        except (yaml.YAMLError, ValueError):
            pass
"""


def _instructions(tree: Path, folder: Path, count: int, mode: str, data_home: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(tree), "XDG_DATA_HOME": str(data_home)}
    # run from the temporary folder: `python -c` puts the working folder ahead of PYTHONPATH on sys.path
    result = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", _CHILD, str(folder), str(count), mode],
        capture_output=True, text=True, env=env, check=True, cwd=data_home.parent)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no instruction count:\n{result.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_file(tree: Path, folder: Path, count: int, mode: str, data_home: Path) -> float:
    _instructions(tree, folder, count, "none", data_home)  # compiles whatever changed in the tree
    return (_instructions(tree, folder, count, mode, data_home)
            - _instructions(tree, folder, count, "none", data_home)) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100, help="files evaluated under valgrind")
    parser.add_argument("--against", type=Path, help="another source tree to count the same way")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    from workspace_clients import generate_clients

    with tempfile.TemporaryDirectory(prefix="icp-instructions-") as temporary:
        folder = Path(temporary) / "office"
        generate_clients(folder, 4000)
        data_home = Path(temporary) / "data"
        program = per_file(ROOT, folder, args.files, "program", data_home)
        floor = per_file(ROOT, folder, args.files, "yaml", data_home)
        print(f"instructions per client file, first sight ({args.files} files):")
        print(f"  this tree:                      {program / 1e6:6.2f} M")
        print(f"  baseline, PyYAML's C loader:    {floor / 1e6:6.2f} M → the program takes {program / floor:.1f}x")
        if args.against is not None:
            other = per_file(args.against.resolve(), folder, args.files, "program", data_home)
            print(f"  {str(args.against):<31} {other / 1e6:6.2f} M → this tree takes {program / other:.2f}x of it")


if __name__ == "__main__":
    main()
