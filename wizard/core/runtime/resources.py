"""Where the program's data folders (rules, examples, fonts) are, however it was installed,
and the user's own data folder (autosave, crash reports)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # wizard/
APP_NAME = "icp-wizard"  # names the user's data folder and the Qt settings
BUNDLED_FONT = "fonts/wqy-microhei.ttf"  # WenQuanYi Micro Hei (Apache-2.0), licence beside it


def data_dir(name: str) -> Path:
    """The folder `name` ('rules', 'examples', 'resources'): source tree, wheel or PyInstaller bundle."""
    override = os.environ.get(f"ICP_WIZARD_{name.upper()}")
    candidates = [Path(override)] if override else []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE.parent / name, _PACKAGE / "_data" / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def user_data_dir() -> Path:
    """%LOCALAPPDATA%\\icp-wizard, ~/Library/Application Support/icp-wizard or ~/.local/share/icp-wizard."""
    import platformdirs  # only when asked: the first window does not need it

    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def bundled_font() -> Path:
    """The CJK TrueType font the program carries: the PDFs' default, and registered with Qt."""
    return data_dir("resources") / BUNDLED_FONT
