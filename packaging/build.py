"""Builds the one-folder program with PyInstaller, then runs its self-test.

    python3 packaging/build.py            # -> dist/icp-wizard/ (macOS: dist/ICP Wizard.app)

The spec also writes the program's cache of the validated rule packs into the bundle
(scripts/build_cache.py -> cache/), read at every start (wizard/core/runtime/datacache.py).

PyInstaller runs in build/env, a virtual environment that holds exactly
requirements/requirements-build.txt (installed with --require-hashes; made on first use and
again whenever the lock or the Python changes), so every installer is built from the versions
the lock names, whatever else the caller's environment has. ICP_BUILD_IN_CURRENT_ENV=1 builds
with the running interpreter's packages instead (scripts/check_latest.py does, to try the newest).

Exits non-zero when the build environment cannot be made, the build fails, or the built
program's `--self-test --gui` fails (run with QT_QPA_PLATFORM=offscreen: no window appears).
The installers (Inno Setup, DMG) are made from this output: see packaging/README.md.
tests/test_bundle.py and benchmarks/bundle.py import this file for the same steps.
"""

from __future__ import annotations

import argparse
import hashlib
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
LOCK = ROOT / "requirements" / "requirements-build.txt"
BUILD_ENV = ROOT / "build" / "env"
IN_CURRENT_ENV = "ICP_BUILD_IN_CURRENT_ENV"


def in_current_env() -> bool:
    return os.environ.get(IN_CURRENT_ENV, "") == "1"


def cannot_build() -> str | None:
    """Why the bundle cannot be built on this machine, or None."""
    if in_current_env() and importlib.util.find_spec("PyInstaller") is None:
        return f"{IN_CURRENT_ENV}=1 but PyInstaller is not installed in {sys.prefix}"
    if not in_current_env() and not LOCK.is_file():
        return f"{LOCK.relative_to(ROOT)} is missing: run python3 scripts/lock.py"
    if sys.platform.startswith("linux") and not (shutil.which("objdump") and shutil.which("strip")):
        # PyInstaller reads libraries' dependencies with objdump; the spec strips them (-26 MB).
        return "binutils (objdump, strip) is not installed: sudo apt-get install binutils"
    return None


def _env_python(env: Path) -> Path:
    return env / "Scripts" / "python.exe" if os.name == "nt" else env / "bin" / "python"


def build_python(env: Path = BUILD_ENV, lock: Path = LOCK) -> Path:
    """The interpreter PyInstaller runs in: build/env with exactly the build lock, made if it is not current."""
    if in_current_env():
        return Path(sys.executable)
    python, stamp = _env_python(env), env / "installed-lock.sha256"
    wanted = hashlib.sha256(lock.read_bytes() + sys.version.encode()).hexdigest()
    if python.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == wanted:
        return python
    print(f"build.py: installing {lock.relative_to(ROOT)} into {env.relative_to(ROOT)} …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(env)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--require-hashes", "-r", str(lock)], check=True)
    stamp.write_text(wanted + "\n", encoding="utf-8")
    return python


def compile_translations(python: Path) -> None:
    """The interface's .qm files, which the spec copies with resources/ (they are not kept in git)."""
    subprocess.run([str(python), str(ROOT / "scripts" / "translations.py"), "compile"], check=True)


def build(dist: Path = ROOT / "dist", work: Path = ROOT / "build", quiet: bool = False) -> Path:
    """Compiles the translations, runs the spec; returns the bundle folder (dist/icp-wizard, or the .app on macOS)."""
    python = build_python()
    compile_translations(python)
    command = [str(python), "-m", "PyInstaller", "--noconfirm",
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
    return subprocess.run([str(executable(bundle)), "--self-test", "--gui", "--lang", "en"], capture_output=True, text=True,
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
        step = " ".join(str(part) for part in exc.cmd[1:4])
        print(f"build.py: `{step} …` failed (exit {exc.returncode}); see its output above.", file=sys.stderr)
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
