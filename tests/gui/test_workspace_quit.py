"""Quitting while a closed workspace window's scan still runs ends the process cleanly: a QThread destroyed
while it runs aborts the process (SIGABRT), which the user would meet as a crash on exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys, tempfile
    from pathlib import Path
    sys.path.insert(0, {scripts!r})
    from PySide6.QtWidgets import QApplication
    from workspace_clients import AS_OF, generate_clients
    from wizard.gui.workspace import WorkspaceWindow
    from wizard.gui.workspace.worker import _running

    app = QApplication([])
    folder = Path(tempfile.mkdtemp()) / "clients"
    generate_clients(folder, 300)
    window = WorkspaceWindow(folder, None, AS_OF)
    window.show()
    while not window.scanning:
        app.processEvents()
    thread = window.scan_thread
    window.close()  # mid-scan: the thread is kept until it ends
    print("still running" if thread.isRunning() and thread in _running else "already done", flush=True)
""")


def test_the_program_ends_cleanly_while_a_closed_workspace_still_scans(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(scripts=str(ROOT / "scripts"))], env=environment,
                            capture_output=True, text=True, timeout=300)
    assert "still running" in result.stdout, (result.stdout, result.stderr[-2000:])  # the case under test happened
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Destroyed while thread" not in result.stderr
