"""Start-up imports everything from outside Qt before Qt (wizard/gui/__init__.py says why).

Once PySide6 is loaded it reads the whole source of every module imported after it; a core
module or library first imported by a page, a dialog or the launcher would pay that again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_START = r"""
import os, sys
from wizard.gui import launcher  # as the entry points do
qt_loaded_with = set(sys.modules)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
create = launcher.create_window

def create_and_list(*args, **kwargs):
    window = create(*args, **kwargs)
    window.current_page().forms[0].fields["province"]._emit("henan")  # the first edit, evaluated
    QApplication.processEvents()
    late = sorted({name for name in set(sys.modules) - qt_loaded_with
                   if not name.startswith(("wizard.gui", "PySide6", "shiboken6", "encodings."))})
    print("LATE", late, "WINDOW", window.current_page().key, "METADATA", "importlib.metadata" in sys.modules,
          flush=True)
    os._exit(0)

launcher.create_window = create_and_list
launcher.main([])
"""


def test_start_up_imports_nothing_but_the_gui_after_qt(tmp_path):
    """(A source checkout's first start reads the packs and glossary; an installed program ships their cache.)"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    for _start in ("first: the caches are written", "any later one, or any start of an installed program"):
        result = subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True, timeout=120,
                                cwd=ROOT, env=env)
        assert "WINDOW scope" in result.stdout, result.stdout + result.stderr
    assert "LATE []" in result.stdout, result.stdout  # PyYAML too: the packs and glossary come from the cache
    assert "METADATA False" in result.stdout, result.stdout  # pydantic's plugin loader: wizard/__init__.py


def test_what_start_up_imports_before_qt_is_frozen_out_of_the_collector():
    """wizard/gui/__init__.py: the core it loads lives as long as the program. Left in the collector's
    generations, the first pass after it (during PySide6's import) walked all of it: 12-19 ms of start-up."""
    code = ("import gc, sys; import wizard.gui; "
            "print('FROZEN', gc.get_freeze_count() > 20_000, 'LEFT', len(gc.get_objects()) < 2_000, "
            "'ENABLED', gc.isenabled(), 'QT', 'PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "FROZEN True LEFT True ENABLED True QT False" in result.stdout, result.stdout + result.stderr
