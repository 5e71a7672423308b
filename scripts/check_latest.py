"""Installs the newest versions pyproject.toml allows into a scratch venv and runs the tests there.

    python3 scripts/check_latest.py                    # all tests, with this Python
    python3 scripts/check_latest.py --python python3.12 -- tests/core -x

An upstream release that breaks the program (PyYAML 6.0.4 did) is then found on purpose, by
a developer, before a user's fresh install finds it; the fix lands with a refreshed lock
(`python3 scripts/lock.py --upgrade-package NAME`). Not part of .ci/run: CI tests the lock.

Prints which installed versions differ from requirements/requirements-test.txt, then pytest's
output; exits with pytest's exit code. The bundle test builds with these versions too
(ICP_BUILD_IN_CURRENT_ENV=1). The scratch venv is deleted afterwards unless --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_LOCK = ROOT / "requirements" / "requirements-test.txt"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_versions() -> dict[str, set[str]]:
    """Name → the versions the test lock pins (two where Python 3.11 and 3.12 differ)."""
    found: dict[str, set[str]] = {}
    for name, version in PIN.findall(TEST_LOCK.read_text(encoding="utf-8")):
        found.setdefault(canonical(name), set()).add(version)
    return found


def installed_versions(python: Path) -> dict[str, str]:
    listing = subprocess.run([str(python), "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
                             capture_output=True, text=True, check=True).stdout
    return {canonical(p["name"]): p["version"] for p in json.loads(listing)}


def differences(installed: dict[str, str], locked: dict[str, set[str]]) -> list[str]:
    lines = []
    for name, version in sorted(installed.items()):
        if name in ("pip", "icp-wizard"):
            continue
        pins = locked.get(name)
        if pins is None:
            lines.append(f"  {name} {version} (not in the lock)")
        elif version not in pins:
            lines.append(f"  {name} {' / '.join(sorted(pins))} → {version}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="the interpreter to make the venv with")
    parser.add_argument("--keep", action="store_true", help="keep the scratch venv and print where it is")
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="icp-latest-"))
    venv = scratch / "venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    try:
        subprocess.run([args.python, "-m", "venv", str(venv)], check=True)
        # Eager: every dependency, not only the direct ones, at the newest version allowed.
        # The build backend is resolved afresh too (build isolation), as a user's pip would.
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade",
                        "--upgrade-strategy", "eager", "-e", f"{ROOT}[test]"], check=True)
        changed = differences(installed_versions(python), locked_versions())
        print("newest allowed versions that differ from the test lock:" if changed else
              "the newest allowed versions are the locked ones")
        print("\n".join(changed), flush=True)
        env = {k: v for k, v in os.environ.items() if k != "CI"}  # not CI: this is not the lock
        env.update(QT_QPA_PLATFORM="offscreen", ICP_BUILD_IN_CURRENT_ENV="1")
        done = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *args.pytest_args],
                              cwd=ROOT, env=env)
        print(f"check_latest.py: pytest exited {done.returncode} with the newest versions"
              + ("" if done.returncode else " (all passed)"))
        return done.returncode
    finally:
        if args.keep:
            print(f"check_latest.py: the scratch venv is {venv}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
