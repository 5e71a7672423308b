"""A machine with no Chinese font, simulated for a child process.

Two places could find a system font: fontconfig (Qt on Linux uses nothing else) and the
program's own search of the usual font files (wizard/core/export/fonts.py). fontconfig is
pointed at a configuration that lists only a Latin font folder, as on a bare Linux install;
the program's search is switched off with ICP_WIZARD_NO_SYSTEM_FONTS. `check_hidden` proves
the simulation holds: fontconfig then knows no font with Chinese.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

LATIN_ONLY = [Path("/usr/share/fonts/truetype/dejavu")]  # Debian's fonts-dejavu-core, where it exists

CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
{dirs}  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def environment(scratch: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """`base` (default: this process's environment) as a child on a machine without CJK fonts sees it."""
    scratch.mkdir(parents=True, exist_ok=True)
    dirs = "".join(f"  <dir>{folder}</dir>\n" for folder in LATIN_ONLY if folder.is_dir())
    config = scratch / "fonts.conf"
    config.write_text(CONFIG.format(dirs=dirs, cache=scratch / "fontconfig-cache"), encoding="utf-8")
    env = dict(os.environ if base is None else base)
    env.pop("ICP_WIZARD_FONT", None)
    env.update(FONTCONFIG_FILE=str(config), FONTCONFIG_PATH=str(scratch), ICP_WIZARD_NO_SYSTEM_FONTS="1",
               # the child's settings and autosave stay in the scratch folder too
               XDG_DATA_HOME=str(scratch / "data"), XDG_CONFIG_HOME=str(scratch / "config"))
    return env


def check_hidden(env: dict[str, str]) -> None:
    """Fails (AssertionError) if fontconfig still lists a font with Chinese under `env`."""
    if shutil.which("fc-list") is None:
        return  # no fontconfig tools: nothing to ask (Windows, macOS)
    found = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, env=env, check=True)
    assert not found.stdout.strip(), f"the simulation leaks Chinese fonts: {found.stdout}"
