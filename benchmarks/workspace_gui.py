"""The workspace window's benchmark, in one run, on a folder of generated clients (1,000 by default):

1. time to the first full table: the window is created on the folder → every row is in the table
   (its `scanned` signal), against the same run's baseline, the core's own `scan()` of the same
   folder with no window (what `icp-wizard status` costs before printing). Each in a fresh
   subprocess, medians compared (target: ratio ≤ 1.3 — the window adds little beyond the scan);
2. responsiveness while it scans: a 10 ms timer on the GUI thread records how late each tick
   comes; the longest stall and the 99th percentile are printed (target: longest ≤ 100 ms, so
   typing, scrolling and the progress bar never freeze). Filling the table with all rows at the
   end happens on the GUI thread and is part of this figure. Its baseline is the same timer in
   an idle Qt program whose thread runs the same scan: what the machine (and the scan's own
   start of its worker processes) costs any program, window or not.

    .venv/bin/python benchmarks/workspace_gui.py [--count 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WINDOW_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import wizard.core.workspace, wizard.core.rulepack.cache
wizard.core.rulepack.cache.cached_packs()  # as in the program, where the wizard has loaded them already
from wizard.gui.workspace import WorkspaceWindow
folder, as_of = Path(sys.argv[1]), __import__("datetime").date.fromisoformat(sys.argv[2])
stalls, clock = [], QElapsedTimer()
def tick():
    stalls.append(clock.restart() - 10)
ticker = QTimer(interval=10, timerType=__import__("PySide6.QtCore").QtCore.Qt.TimerType.PreciseTimer)
ticker.timeout.connect(tick)
loop = QEventLoop()
begin = time.perf_counter()
window = WorkspaceWindow(folder, None, as_of)
window.show()
clock.start(); ticker.start()
window.scanned.connect(lambda: QTimer.singleShot(0, loop.quit))  # after the table has been drawn once
loop.exec()
elapsed = time.perf_counter() - begin
ticker.stop()
rows = window.model.rowCount()
stalls.sort()
print(json.dumps({"seconds": elapsed, "rows": rows, "max_stall_ms": max(stalls or [0]),
                  "p99_stall_ms": stalls[int(len(stalls) * 0.99)] if stalls else 0}))
sys.stdout.flush()
import os; os._exit(0)
"""

SCAN_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import wizard.core.workspace, wizard.core.rulepack.cache
wizard.core.rulepack.cache.cached_packs()
from wizard.core.workspace import scan
from wizard.core.workspace.scanning import gui_start_method
method = gui_start_method()  # as the window's scan thread: never fork a Qt process
folder, as_of = Path(sys.argv[1]), __import__("datetime").date.fromisoformat(sys.argv[2])
result = {}
class Bare(QThread):  # the core's scan in a thread of an idle Qt program: no window, no table
    def run(self):
        begin = time.perf_counter()
        rows = scan(folder, as_of, progress=lambda done, total: None, start_method=method)
        result.update(seconds=time.perf_counter() - begin, rows=len(rows))
stalls, clock = [], QElapsedTimer()
ticker = QTimer(interval=10, timerType=Qt.TimerType.PreciseTimer)
ticker.timeout.connect(lambda: stalls.append(clock.restart() - 10))
loop = QEventLoop()
thread = Bare()
thread.finished.connect(loop.quit)
clock.start(); ticker.start(); thread.start()
loop.exec()
thread.wait()
stalls.sort()
result.update(max_stall_ms=max(stalls or [0]), p99_stall_ms=stalls[int(len(stalls) * 0.99)] if stalls else 0)
print(json.dumps(result))
sys.stdout.flush()
import os; os._exit(0)
"""


def run_child(code: str, folder: Path, as_of: str, data_home: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_DATA_HOME=data_home, XDG_CONFIG_HOME=data_home)  # the user's own settings stay untouched
    done = subprocess.run([sys.executable, "-c", code, str(folder), as_of], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "scripts"))
    from workspace_clients import AS_OF, generate_clients

    with tempfile.TemporaryDirectory(prefix="icp-workspace-gui-") as scratch:
        folder = Path(scratch) / "clients"
        generate_clients(folder, args.count)
        data_home = str(Path(scratch) / "data")
        run_child(SCAN_CHILD, folder, AS_OF.isoformat(), data_home)  # warm the disk cache and the pack cache
        windows, scans = [], []
        for _ in range(args.runs):  # interleaved, so that a busy moment of the machine hits both
            scans.append(run_child(SCAN_CHILD, folder, AS_OF.isoformat(), data_home))
            # cold: without the rows the window kept from the run before (workspace/results.py)
            shutil.rmtree(Path(data_home) / "icp-wizard" / "workspace" / "results", ignore_errors=True)
            windows.append(run_child(WINDOW_CHILD, folder, AS_OF.isoformat(), data_home))
    assert all(w["rows"] == args.count for w in windows), windows
    window_s = statistics.median(w["seconds"] for w in windows)
    scan_s = statistics.median(s["seconds"] for s in scans)
    ratio = window_s / scan_s
    stall = statistics.median(w["max_stall_ms"] for w in windows)
    bare_stall = statistics.median(s["max_stall_ms"] for s in scans)
    p99 = statistics.median(w["p99_stall_ms"] for w in windows)
    print(f"workspace window, {args.count} files, {args.runs} runs, {os.cpu_count()} cores")
    print(f"  time to the first full table: {window_s:.2f} s (median)")
    print(f"  baseline, the core's scan() alone: {scan_s:.2f} s (median)")
    print(f"  ratio {ratio:.2f} (target ≤ 1.3) {'OK' if ratio <= 1.3 else 'OVER'}")
    print(f"  GUI thread while scanning: longest stall {stall} ms (median of runs; target ≤ 100) "
          f"{'OK' if stall <= 100 else 'OVER'}, p99 {p99} ms")
    print(f"  baseline, an idle Qt event loop beside the same scan: longest stall {bare_stall} ms; "
          f"the window adds {stall - bare_stall} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
