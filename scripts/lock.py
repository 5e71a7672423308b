"""Refreshes the dependency locks in requirements/ from pyproject.toml.

    python3 scripts/lock.py                          # add what pyproject.toml gained; other pins stay
    python3 scripts/lock.py --upgrade                # every pin to the newest version pyproject.toml allows
    python3 scripts/lock.py --upgrade-package reportlab

Three locks, each pinning exact versions with the hashes of every file on the package index:

- requirements-runtime.txt: the program (`pip install -e .`'s dependencies);
- requirements-build.txt: that and PyInstaller, for packaging/build.py;
- requirements-test.txt: that and the test tools, for the README's test command and .ci/run.

Each is a complete environment for `pip install --no-deps --no-build-isolation -e .`, so each
also pins the build backend's requirements ([build-system] in pyproject.toml, plus `editables`,
which hatchling asks for when it builds an editable install). The runtime and build locks are
resolved within the test lock, so a package has one version in all three.

The locks are universal (`uv pip compile --universal`): one file for Python 3.11 and 3.12 on
Linux, Windows and macOS, with markers where the platforms differ. After writing them, this
script checks that every pinned package has a wheel for each of TARGETS below, so no user's
install has to compile anything. It needs the package index, not a warm cache: uv runs with
`--no-cache` and without any uv configuration of this machine.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "requirements"
UV_VERSION = "0.13.9"  # the lock format follows uv's; a newer uv is a deliberate change here
UV_HOME = ROOT / "build" / "lock-tools"  # uv is installed here, outside the project's own venv
EDITABLE_REQUIRES = ["editables~=0.3"]  # hatchling.build.get_requires_for_build_editable()

# (what the lock is for, extras of the project it adds)
LOCKS = {
    "test": ("the tests: README's second command and .ci/run", ["test"]),
    "build": ("the installer build: packaging/build.py", ["build"]),
    "runtime": ("running from source: README's first command", []),
}
PYTHONS = ("3.11", "3.12")
TARGETS = {  # uv's names for the platforms the wheels must exist for
    "Linux x86-64 (glibc 2.34+)": "x86_64-manylinux_2_34",
    "Windows x64": "x86_64-pc-windows-msvc",
    "macOS 14 Apple silicon": "aarch64-apple-darwin",
    "macOS 14 Intel": "x86_64-apple-darwin",
}


def lock_path(name: str) -> Path:
    return FOLDER / f"requirements-{name}.txt"


def uv() -> Path:
    """uv at UV_VERSION, installed with pip into build/lock-tools on first use."""
    scripts = UV_HOME / ("Scripts" if os.name == "nt" else "bin")
    binary = scripts / ("uv.exe" if os.name == "nt" else "uv")
    if binary.is_file():
        found = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.split()
        if found[1:2] == [UV_VERSION]:
            return binary
    print(f"installing uv {UV_VERSION} into {UV_HOME.relative_to(ROOT)} …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(UV_HOME)], check=True)
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"uv=={UV_VERSION}"], check=True)
    return binary


def uv_compile(*arguments: str) -> list[str]:
    """`uv pip compile` that never downloads a Python: the running one serves for every --python-version."""
    return [str(uv()), "pip", "compile", "--quiet", "--no-config", "--no-python-downloads", "--no-managed-python",
            "--python", sys.executable, *arguments]


def uv_environment() -> dict[str, str]:
    """This machine's environment without uv settings that could point it at another index or cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UV_")}
    env["MACOSX_DEPLOYMENT_TARGET"] = "14.0"  # the oldest macOS the installers support
    return env


def minimum_python(project: dict) -> str:
    match = re.search(r">=\s*(\d+\.\d+)", project["requires-python"])
    if not match:
        raise SystemExit(f"lock.py: cannot read a lower bound from requires-python = {project['requires-python']!r}")
    return match.group(1)


def compile_lock(name: str, inputs: dict[str, Path], options: list[str], constraint: Path | None) -> None:
    purpose, extras = LOCKS[name]
    output = lock_path(name)
    command = uv_compile("--no-cache", "--universal", "--generate-hashes", *options,
                         "--custom-compile-command", "python3 scripts/lock.py",
                         "-o", str(output), "pyproject.toml", *[str(p) for p in inputs.values()])
    for extra in extras:
        command += ["--extra", extra]
    if constraint:
        command += ["-c", constraint.relative_to(ROOT).as_posix()]  # shown as "# via -c …" in the lock
    subprocess.run(command, cwd=ROOT, check=True, env=uv_environment())
    text = output.read_text(encoding="utf-8")
    for label, path in inputs.items():  # the temporary input files, named for what they stand for
        text = text.replace(f"-r {path}", label)
    lines = text.splitlines(keepends=True)
    cut = next(i for i, line in enumerate(lines) if not line.startswith("#"))  # after uv's header
    note = (f"# For {purpose}.\n"
            f"# Install: pip install --require-hashes -r requirements/{output.name}\n"
            "#     then: pip install --no-deps --no-build-isolation -e .\n")
    output.write_text("".join(lines[:cut]) + note + "".join(lines[cut:]), encoding="utf-8")


def check_wheels(name: str) -> list[str]:
    """Problems: a (Python, platform) for which some pinned package has no wheel."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for python in PYTHONS:
            for label, platform in TARGETS.items():
                done = subprocess.run(
                    uv_compile("--no-deps", "--only-binary", ":all:", "--python-version", python,
                               "--python-platform", platform, "--no-header", "-o", str(Path(scratch) / "out.txt"),
                               str(lock_path(name))),
                    cwd=ROOT, capture_output=True, text=True, env=uv_environment())
                if done.returncode != 0:
                    problems.append(f"{lock_path(name).name}: Python {python}, {label}:\n{done.stderr.strip()}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="move every pin to the newest allowed version")
    parser.add_argument("--upgrade-package", action="append", default=[], metavar="NAME",
                        help="move only this package (repeatable)")
    args = parser.parse_args(argv)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    options = ["--python-version", minimum_python(pyproject["project"])]
    if args.upgrade:
        options.append("--upgrade")
    for package in args.upgrade_package:
        options += ["--upgrade-package", package]
    FOLDER.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        build_system = Path(scratch) / "build-system.in"
        build_system.write_text("\n".join(pyproject["build-system"]["requires"]) + "\n", encoding="utf-8")
        editable = Path(scratch) / "editable.in"
        editable.write_text("\n".join(EDITABLE_REQUIRES) + "\n", encoding="utf-8")
        inputs = {"pyproject.toml [build-system]": build_system, "hatchling (editable install)": editable}
        compile_lock("test", inputs, options, constraint=None)
        # Within the test lock: the same versions everywhere, and no upgrade the test lock did not see.
        for name in ("build", "runtime"):
            compile_lock(name, inputs, options, constraint=lock_path("test"))
    problems = [problem for name in LOCKS for problem in check_wheels(name)]
    for problem in problems:
        print(f"lock.py: no wheel: {problem}", file=sys.stderr)
    if problems:
        return 1
    pythons, platforms = " and ".join(PYTHONS), ", ".join(TARGETS)
    print(f"wrote {', '.join(lock_path(n).relative_to(ROOT).as_posix() for n in LOCKS)}; "
          f"wheels for every package on Python {pythons}: {platforms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
