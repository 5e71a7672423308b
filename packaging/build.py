"""Builds the one-folder program with PyInstaller, then runs its self-test.

    .venv/bin/python packaging/build.py            # -> dist/icp-wizard/ (macOS: dist/ICP Wizard.app)

Exits non-zero when PyInstaller is missing, the build fails, or the built program's
`--self-test --gui` fails (run with QT_QPA_PLATFORM=offscreen: no window appears).
The installers (Inno Setup, DMG) are made from this output: see packaging/README.md.
tests/test_bundle.py and benchmarks/bundle.py import this file for the same steps.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "icp-wizard.spec"
NAME = "icp-wizard"


def cannot_build() -> str | None:
    """Why the bundle cannot be built on this machine, or None."""
    if importlib.util.find_spec("PyInstaller") is None:
        return (f"PyInstaller is not installed in {sys.prefix}. Install it with "
                f"`{Path(sys.executable).name} -m pip install -e \".[build]\"` (or `pip install pyinstaller`).")
    if sys.platform.startswith("linux") and not (shutil.which("objdump") and shutil.which("strip")):
        # PyInstaller reads libraries' dependencies with objdump; the spec strips them (-26 MB).
        return "binutils (objdump, strip) is not installed: sudo apt-get install binutils"
    return None


def compile_translations() -> None:
    """The interface's .qm files, which the spec copies with resources/ (they are not kept in git)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "compile"], check=True)


def build(dist: Path = ROOT / "dist", work: Path = ROOT / "build", quiet: bool = False) -> Path:
    """Compiles the translations, runs the spec; returns the bundle folder (dist/icp-wizard, or the .app on macOS)."""
    compile_translations()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if quiet:
        command += ["--log-level", "WARN"]
    subprocess.run(command, cwd=ROOT, check=True)
    app = dist / "ICP Wizard.app"
    return app if sys.platform == "darwin" and app.is_dir() else dist / NAME


def executable(bundle: Path) -> Path:
    """The executable that prints to a console: icp-wizard-cli.exe on Windows (icp-wizard.exe is windowed)."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / NAME
    return bundle / (f"{NAME}-cli.exe" if sys.platform == "win32" else NAME)


def run_self_test(bundle: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`--self-test --gui` of the built program, offscreen (a build server has no display)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(executable(bundle)), "--self-test", "--gui"], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", env=env, timeout=timeout)


def internal_dir(bundle: Path) -> Path:
    """Where the bundle's data sits (sys._MEIPASS of the built program)."""
    return bundle / "Contents" / "Frameworks" if bundle.suffix == ".app" else bundle / "_internal"


def size_and_count(folder: Path) -> tuple[float, int]:
    """(size in MiB, number of files); symlinks (macOS frameworks) are not counted twice."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20, len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-test", action="store_true", help="build only; skip the self-test of the result")
    args = parser.parse_args(argv)
    problem = cannot_build()
    if problem:
        print(f"build.py: {problem}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        bundle = build()
    except subprocess.CalledProcessError as exc:
        print(f"build.py: PyInstaller failed (exit {exc.returncode}); see its output above.", file=sys.stderr)
        return 1
    megabytes, count = size_and_count(bundle)
    print(f"\nbuilt {bundle.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s: "
          f"{megabytes:.1f} MiB, {count} files")
    if args.no_test:
        return 0
    result = run_self_test(bundle)
    print(result.stdout, end="")
    if result.returncode != 0 or "gui self-test passed" not in result.stdout:
        print(result.stderr, end="", file=sys.stderr)
        print(f"build.py: the built program's self-test FAILED (exit {result.returncode})", file=sys.stderr)
        return 1
    print(f"self-test of the built program passed: {executable(bundle).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
