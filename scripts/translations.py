"""Qt Linguist translations of the interface: collect (.ts) and compile (.qm).

    python scripts/translations.py update    # after changing UI strings: refresh the .ts files
    python scripts/translations.py compile   # what the build does (hatch_build.py, packaging/build.py)
    python scripts/translations.py check     # list untranslated or inconsistent messages; exit 1 if any

UI strings are Chinese in the code (`tr("…")`, `QT_TR_NOOP("…")` in wizard/gui); the .ts files
hold the other languages. The tools are PySide6's own lupdate and lrelease, run through the
current interpreter so that the same command works on Windows, macOS and Linux.
This file imports only the standard library: hatch_build.py loads it in the build environment.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "wizard" / "gui"
FOLDER = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "zh_CN"
TARGETS = {"en": "en"}  # file suffix -> Qt language code
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|\n|<[a-z0-9]+>")


def ts_file(suffix: str, folder: Path = FOLDER) -> Path:
    return folder / f"icp_wizard_{suffix}.ts"


def run_tool(name: str, *args: str) -> str:
    """Run PySide6's `lupdate` or `lrelease`; raise with its output if it fails."""
    command = [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())",
               *args]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace")
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def update(folder: Path = FOLDER, sources: Path = SOURCES) -> list[Path]:
    """Refresh each .ts from the code: new strings appear unfinished, vanished ones are dropped."""
    files = sorted(str(p) for p in sources.rglob("*.py"))
    written = []
    for suffix, language in TARGETS.items():
        target = ts_file(suffix, folder)
        run_tool("lupdate", *files, "-no-obsolete", "-locations", "none", "-source-language", SOURCE_LANGUAGE,
                 "-target-language", language, "-ts", str(target))
        written.append(target)
    return written


def compile_all(folder: Path = FOLDER) -> list[Path]:
    """Each .ts to a .qm beside it (the .qm files are build output, not kept in git)."""
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        run_tool("lrelease", "-silent", str(ts), "-qm", str(qm))
        if not qm.is_file():
            raise RuntimeError(f"lrelease wrote no {qm.name}")
        written.append(qm)
    return written


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    state: str  # "" when finished; "unfinished", "vanished" or "obsolete" otherwise


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = "" if translation is None else translation.get("type", "")
            if translation is None:
                forms = [""]
            elif message.get("numerus") == "yes":  # one text per plural form
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found.append(Message(name, message.findtext("source") or "", tuple(forms), state))
    return found


def problems(ts: Path) -> list[str]:
    """Untranslated messages, and translations whose placeholders, line breaks or tags differ."""
    found = []
    for message in messages(ts):
        where = f"{ts.name}: {message.source[:40]!r}"
        if message.state or not all(text.strip() for text in message.translations):
            found.append(f"{where} is {message.state or 'empty'}")
        elif any(sorted(PLACEHOLDER.findall(message.source)) != sorted(PLACEHOLDER.findall(text))
                 for text in message.translations):
            found.append(f"{where}: placeholders, line breaks or tags differ in the translation")
        elif any(("&" in message.source) != ("&" in text) for text in message.translations):
            found.append(f"{where}: keyboard accelerator (&) only on one side")
    return found


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:]) or ["check"]
    if command[0] == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
        command = ["check"]
    if command[0] == "compile":
        for path in compile_all():
            print(f"compiled {path.relative_to(ROOT)}")
        return 0
    if command[0] == "check":
        found = [p for suffix in TARGETS for p in problems(ts_file(suffix))]
        print("\n".join(found) if found else "every message is translated")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
