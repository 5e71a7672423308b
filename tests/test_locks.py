"""The locks in requirements/ agree with pyproject.toml (no network: the files are read, not resolved).

A dependency added to pyproject.toml without `python3 scripts/lock.py` fails here, naming it.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK_EXTRAS = {"runtime": [], "build": ["build"], "test": ["test"]}  # scripts/lock.py's LOCKS
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


@dataclass(frozen=True)
class Pin:
    name: str
    version: Version
    marker: Marker | None
    hashes: int


def environments() -> dict[str, dict[str, str]]:
    """Marker values of Python 3.11 and 3.12 on each platform the installers are made for."""
    platforms = {
        "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64"},
        "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
        "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix", "platform_machine": "arm64"},
    }
    found = {}
    for python in ("3.11", "3.12"):
        for platform, values in platforms.items():
            found[f"py{python}-{platform}"] = {
                **values, "python_version": python, "python_full_version": f"{python}.0",
                "implementation_name": "cpython", "platform_python_implementation": "CPython",
                "implementation_version": f"{python}.0", "platform_release": "", "platform_version": "", "extra": "",
            }
    return found


ENVIRONMENTS = environments()


def read_lock(name: str) -> list[Pin]:
    pins: list[Pin] = []
    for line in (ROOT / "requirements" / f"requirements-{name}.txt").read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            marker = match["marker"]
            pins.append(Pin(canonicalize_name(match["name"]), Version(match["version"]),
                            Marker(marker) if marker else None, 0))
        elif HASH.search(line) and pins:
            last = pins[-1]
            pins[-1] = Pin(last.name, last.version, last.marker, last.hashes + 1)
    return pins


def applies(marker: Marker | None, environment: dict[str, str]) -> bool:
    return marker is None or marker.evaluate(environment)


def expected(lock: str) -> list[Requirement]:
    """What pyproject.toml asks of this lock: the project, its extras, the build backend's requirements."""
    project = PYPROJECT["project"]
    wanted = [*project["dependencies"], *PYPROJECT["build-system"]["requires"]]
    for extra in LOCK_EXTRAS[lock]:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


@pytest.mark.parametrize("lock", LOCK_EXTRAS)
def test_lock_pins_every_dependency_for_each_python_and_platform(lock: str) -> None:
    pins = read_lock(lock)
    problems = []
    for env_name, environment in ENVIRONMENTS.items():
        for requirement in expected(lock):
            if not applies(requirement.marker, environment):
                continue
            name = canonicalize_name(requirement.name)
            chosen = [p for p in pins if p.name == name and applies(p.marker, environment)]
            if len(chosen) != 1:
                problems.append(f"{env_name}: {requirement} is pinned {len(chosen)} times")
            elif not requirement.specifier.contains(chosen[0].version, prereleases=True):
                problems.append(f"{env_name}: {name}=={chosen[0].version} does not satisfy {requirement}")
    assert not problems, f"requirements-{lock}.txt is stale; run python3 scripts/lock.py:\n" + "\n".join(problems)


@pytest.mark.parametrize("lock", LOCK_EXTRAS)
def test_every_pin_has_hashes_and_one_version_per_environment(lock: str) -> None:
    pins = read_lock(lock)
    assert pins, f"requirements-{lock}.txt pins nothing"
    assert not [p.name for p in pins if p.hashes == 0], "pins without --hash: pip would refuse the whole file"
    for env_name, environment in ENVIRONMENTS.items():
        names = [p.name for p in pins if applies(p.marker, environment)]
        assert len(names) == len(set(names)), f"{env_name}: a package pinned twice in requirements-{lock}.txt"


def test_a_package_has_the_same_version_in_every_lock() -> None:
    versions: dict[tuple[str, str], set[Version]] = {}
    for lock in LOCK_EXTRAS:
        for pin in read_lock(lock):
            for env_name, environment in ENVIRONMENTS.items():
                if applies(pin.marker, environment):
                    versions.setdefault((env_name, pin.name), set()).add(pin.version)
    assert not {key: found for key, found in versions.items() if len(found) > 1}


def test_the_locks_hold_what_hatchling_needs_for_an_editable_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """`pip install --no-deps --no-build-isolation -e .` uses the backend from the lock: all of it must be there."""
    hatchling_build = pytest.importorskip("hatchling.build")
    monkeypatch.chdir(ROOT)
    needed = [Requirement(text) for text in hatchling_build.get_requires_for_build_editable()]
    assert needed, "hatchling names no editable requirements: check scripts/lock.py's EDITABLE_REQUIRES"
    environment = ENVIRONMENTS["py3.11-linux"]
    for lock in LOCK_EXTRAS:
        pins = {p.name: p.version for p in read_lock(lock) if applies(p.marker, environment)}
        for requirement in needed:
            name = canonicalize_name(requirement.name)
            assert name in pins and requirement.specifier.contains(pins[name], prereleases=True), (lock, requirement)


def test_the_running_environment_matches_a_lock_when_ci_says_so() -> None:
    """CI (CI=true, set by .ci/run's runner) installed from the test lock: what it tests is what the lock says."""
    if os.environ.get("CI", "") != "true":
        pytest.skip("only under CI=true: a developer may test other versions (scripts/check_latest.py does)")
    from importlib.metadata import PackageNotFoundError, version

    marker_env = None  # the running interpreter's own values
    wrong = []
    for pin in read_lock("test"):
        if pin.marker is not None and not pin.marker.evaluate(marker_env):
            continue
        try:
            installed = Version(version(pin.name))
        except PackageNotFoundError:
            wrong.append(f"{pin.name} missing (lock: {pin.version})")
            continue
        if installed != pin.version:
            wrong.append(f"{pin.name} {installed} (lock: {pin.version})")
    assert not wrong, "the test environment is not the test lock: " + ", ".join(wrong)
