"""The clipping check (tests/gui/clipping.py) in Chinese at a display scale, in a process of its own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/clipping_at_scale.py --scale 2 [--lang zh]

QT_SCALE_FACTOR has to be set before the QApplication exists, so this cannot run inside the pytest process;
tests/gui/test_pseudo_localisation.py runs it and reads the last line it prints:
{"scale": 2.0, "lang": "zh", "pages": N, "clipped": [{"where", "kind", "class", "text", "need", "have"}, …]}.
Settings, the autosave and the data folder go to a temporary folder; no dialog waits for an answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=2.0)
    parser.add_argument("--lang", default="zh", choices=("zh", "en"))
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="icp-clipping-"))

    import platformdirs
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    platformdirs.user_data_dir = lambda *a, **k: str(scratch / "data")  # type: ignore[assignment]
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(scratch / "config"))
    for kind in ("question", "warning", "information", "critical", "about"):
        setattr(QMessageBox, kind, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    app = QApplication([sys.argv[0]])
    sys.path[:0] = [str(ROOT / "tests" / "gui"), str(ROOT / "scripts")]
    from clipping import clipped, filed_application, walk_wizard
    from workspace_clients import AS_OF, generate_clients

    from wizard.gui.language.i18n import set_language
    from wizard.gui.launcher import create_window
    from wizard.gui.system.desktop import add_bundled_font
    from wizard.gui.workspace import WorkspaceWindow
    from wizard.gui.workspace.worker import wait_for_workers

    add_bundled_font()
    set_language(args.lang)
    seen: Counter = Counter()
    found: list[dict] = []
    gansu = scratch / "filed.yaml"
    gansu.write_text(filed_application((ROOT / "examples" / "gansu.yaml").read_text(encoding="utf-8")), encoding="utf-8")
    for path in (ROOT / "examples" / "demo" / "henan-with-gaps.yaml", gansu):
        window = create_window([str(path)])
        set_language(args.lang)
        window.session.as_of = dt.date(2026, 11, 30)
        window.session.reevaluate()
        window.show()
        found += walk_wizard(window, seen)
        window.session.dirty = False
        window.autosave = None
        window.close()
    generate_clients(scratch / "clients", 8)
    workspace = WorkspaceWindow(scratch / "clients", None, AS_OF)
    workspace.show()
    while workspace.scanning:
        app.processEvents()
    for _ in range(5):  # the columns are fitted just after the scan
        app.processEvents()
    found += [{**item, "where": "workspace"} for item in clipped(workspace, seen)]
    workspace.close()
    wait_for_workers()  # its rules comparison may still run: a QThread must not outlive the process
    print(json.dumps({"scale": app.primaryScreen().devicePixelRatio(), "lang": args.lang, "pages": seen["pages"],
                      "labels": seen["QLabel"], "clipped": found}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
