"""`icp-wizard` as a user runs it: in a subprocess, reading what it prints and its exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from wizard.core.commandline.casefiles import set_path
from wizard.core.runtime.resources import data_dir

EXAMPLES = data_dir("examples")
PROVINCES = ("shanghai", "henan", "gansu", "shanxi")
AS_OF = "2026-11-23"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard.core.commandline.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("province", PROVINCES)
def test_each_example_checks_ready(province):
    result = run("check", str(EXAMPLES / f"{province}.yaml"), "--as-of", AS_OF)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "可以提交申请" in result.stdout
    assert "Traceback" not in result.stderr


def test_not_ready_exits_1_and_says_why(tmp_path: Path):
    data = yaml.safe_load((EXAMPLES / "henan.yaml").read_text(encoding="utf-8"))
    set_path(data, "servers[0].province", "香港")
    bad = tmp_path / "hk.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run("check", str(bad), "--as-of", AS_OF, "--lang", "en")
    assert result.returncode == 1
    assert "Not ready to apply" in result.stdout and "Hong Kong" in result.stdout


def test_invalid_input_exits_2_with_one_clear_line(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entity:\n  registered_capital_rmb: -100\n", encoding="utf-8")
    result = run("check", str(bad), "--province", "henan")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert f"{bad}:2: entity.registered_capital_rmb" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_output_has_the_report_fields():
    result = run("check", str(EXAMPLES / "gansu.yaml"), "--as-of", AS_OF, "--json")
    report = json.loads(result.stdout)
    assert report["verdict"] == "ready"
    assert {"findings", "pages", "checklist", "timeline", "open_counts", "basis_counts", "answers"} <= set(report)
    assert "readiness_percent" not in report  # a percentage could contradict the verdict
    timeline = report["timeline"]
    # Gansu's guide states only maxima: a latest licence date, and no earliest one.
    assert timeline["earliest_filing"] == AS_OF and timeline["licence_from"] is None and timeline["licence_to"]
    assert timeline["licence"]["max_working_days"] == 40 and timeline["licence"]["basis"]["zh"]


def test_check_and_compare_mask_the_names_their_findings_quote_unless_asked():
    """The demo's domain is held by its legal representative, whom the finding names: masked as in the
    exports, in text and JSON alike, and shown in full with --reveal-personal."""
    demo = str(EXAMPLES / "demo" / "henan-with-gaps.yaml")
    person = yaml.safe_load(Path(demo).read_text(encoding="utf-8"))["entity"]["legal_representative"]
    masked_name = person[0] + "*" * (len(person) - 1)
    for command, extra in (("check", ()), ("check", ("--json",)), ("compare", ("--json",))):
        masked = run(command, demo, "--as-of", AS_OF, "--lang", "en", *extra).stdout
        assert person not in masked and f"registered to {masked_name}" in masked, (command, extra)
        shown = run(command, demo, "--as-of", AS_OF, "--lang", "en", "--reveal-personal", *extra).stdout
        assert f"registered to {person}" in shown, (command, extra)


def test_a_folder_of_files_in_one_run(tmp_path: Path):
    for province in PROVINCES:
        shutil.copy(EXAMPLES / f"{province}.yaml", tmp_path / f"{province}.yaml")
    (tmp_path / "broken.yaml").write_text("entity: [", encoding="utf-8")
    result = run("check", str(tmp_path), "--as-of", AS_OF, "--json")
    assert result.returncode == 2  # the broken file wins, the others are still reported
    reports = json.loads(result.stdout)
    assert len(reports) == 5
    assert sum(1 for r in reports if r.get("verdict") == "ready") == 4
    assert "broken.yaml" in result.stderr


def test_compare_lists_every_province():
    result = run("compare", str(EXAMPLES / "henan.yaml"), "--as-of", AS_OF, "--lang", "en")
    assert result.returncode == 0
    for name in ("Shanghai", "Henan", "Gansu", "Shanxi"):
        assert name in result.stdout
    # A Henan company elsewhere is ruled out as it stands (registered in another province): no filing date.
    gansu = next(line for line in result.stdout.splitlines() if line.startswith("Gansu"))
    assert gansu.split()[-6:] == ["2", "0", "1", "0", "2", "—"]
    henan = next(line for line in result.stdout.splitlines() if line.startswith("Henan"))
    assert henan.split()[-6:] == ["0", "0", "0", "0", "0", AS_OF]


def test_schema_is_json_schema():
    schema = json.loads(run("schema").stdout)
    assert "entity" in schema["properties"]


def test_check_imports_neither_qt_nor_reportlab():
    """Nor the kit's libraries, python-stdnum (its import alone is 30 ms), idna, the suffix list or filelock."""
    unwanted = ("PySide6", "reportlab", "openpyxl", "docx", "jinja2", "stdnum", "idna", "publicsuffixlist", "filelock")
    code = (
        "import sys; from wizard.core.commandline.cli import main; "
        f"main(['check', r'{EXAMPLES / 'henan.yaml'}', '--as-of', '{AS_OF}']); "
        f"bad = [m for m in sys.modules if m.split('.')[0] in {unwanted!r}]; "
        "print('IMPORTED', bad)"
    )
    result = _fresh_python(code)
    assert "IMPORTED []" in result.stdout, result.stdout + result.stderr


def _fresh_python(code: str) -> subprocess.CompletedProcess:
    """`code` run by a new interpreter: what a command imports and does is not hidden by this process's."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_check_reads_no_package_metadata():
    """pydantic's plugin loader is not imported (wizard/__init__.py): importlib.metadata, email,
    zipfile and csv came with it, ~15 ms of every check. Plugins stay off, as they were."""
    code = (
        "import sys; from wizard.core.commandline.cli import main; "
        f"main(['check', r'{EXAMPLES / 'henan.yaml'}', '--as-of', '{AS_OF}']); "
        "from pydantic.plugin._loader import get_plugins; "
        "print('METADATA', 'importlib.metadata' in sys.modules, 'PLUGINS', list(get_plugins()))"
    )
    result = _fresh_python(code)
    assert "METADATA False PLUGINS []" in result.stdout, result.stdout + result.stderr


def test_the_cli_module_imports_no_command_s_libraries():
    """cli.py's own imports stay few: each command imports what it needs when it runs, so a new one stays lazy."""
    # The packages themselves (importing any of their modules imports them): sys.modules also holds
    # wizard/__init__.py's stand-in for pydantic's plugin loader, which is no import of pydantic.
    code = ("import sys; import wizard.core.commandline.cli; "
            "print('IMPORTED', sorted(set(sys.modules) & "
            "{'pydantic', 'yaml', 'reportlab', 'docx', 'openpyxl', 'jinja2', 'stdnum', 'PySide6'}))")
    result = _fresh_python(code)
    assert "IMPORTED []" in result.stdout, result.stdout + result.stderr


def test_rules_test_command_runs_the_yaml_cases():
    result = run("rules", "test", "--lang", "en")  # the default, Chinese: tests/core/test_casefiles.py
    assert result.returncode == 0, result.stdout
    assert " passed, 0 failed" in result.stdout


def test_check_runs_without_the_cyclic_collector_and_skips_its_last_pass():
    """The collector's passes over the imported models and packs were ~15 ms of a one-file check, and its
    pass at the interpreter's exit ~20 ms: neither runs (wizard/core/runtime/collector.py); it is on again after."""
    code = (
        "import atexit, gc, os, sys; from wizard.core.commandline.cli import main; "
        # registered before main's own: runs after it (last in, first out), as the interpreter's last pass would
        "atexit.register(lambda: os.write(1, f'LEFT {len(gc.get_objects())}\\n'.encode())); "
        "passes = []; gc.callbacks.append(lambda phase, info: phase == 'start' and passes.append(info['generation'])); "
        f"code = main(['check', r'{EXAMPLES / 'henan.yaml'}', '--as-of', '{AS_OF}']); "
        "print('EXIT', code, 'PASSES', len(passes), 'ENABLED', gc.isenabled())"
    )
    result = _fresh_python(code)
    assert "EXIT 0 PASSES 0 ENABLED True" in result.stdout, result.stdout + result.stderr
    left = int(result.stdout.split("LEFT ")[1].split()[0])
    assert left < 100, result.stdout  # all but a few objects frozen out of the last pass


def test_a_check_of_several_files_collects_again_after_the_first(tmp_path):
    """A folder of 10,000 files must not pile up cyclic garbage (an error's traceback is a cycle): from the
    second file on, the collector runs, over what the check makes next, not the frozen imports."""
    for index in range(3):
        (tmp_path / f"client-{index}.yaml").write_text((EXAMPLES / "henan.yaml").read_text(encoding="utf-8"),
                                                       encoding="utf-8")
    code = (
        "import gc; from wizard.core.commandline import cli; seen = []; "
        "import wizard.core.application.documents as documents; original = documents.load_application; "
        "documents.load_application = lambda path: (seen.append(gc.isenabled()), original(path))[1]; "
        f"code = cli.main(['check', r'{tmp_path}', '--as-of', '{AS_OF}']); "
        "print('EXIT', code, 'ENABLED', seen, 'FROZEN', gc.get_freeze_count() > 1000)"
    )
    result = _fresh_python(code)
    assert "EXIT 0 ENABLED [False, True, True] FROZEN True" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(("args", "hint"), [
    (("check", "FILE", "--bogus"), "icp-wizard check --help"),
    (("rules", "validate", "--bogus"), "icp-wizard rules validate --help"),
    (("--bogus",), "icp-wizard --help"),
])
def test_an_unknown_option_points_to_its_own_commands_help(args, hint):
    """argparse reports a subcommand's unknown option from the top parser; the hint must still name the subcommand."""
    args = tuple(str(EXAMPLES / "gansu.yaml") if arg == "FILE" else arg for arg in args)
    result = run(*args, "--lang", "en")
    assert result.returncode == 2
    assert f"see {hint}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_or_folder_where_the_command_belongs_is_named_not_called_an_invalid_choice(tmp_path):
    """`icp-wizard notes.txt` said "invalid choice: 'notes.txt' (choose from 'check', …)"."""
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    text = run("--lang", "en", str(tmp_path / "notes.txt"))
    assert text.returncode == 2 and "Traceback" not in text.stderr
    assert f"{tmp_path / 'notes.txt'} is not an application file: the wizard opens .yaml, .yml or .json" in text.stderr
    folder = run(str(tmp_path), "--lang", "en")
    assert f"is a folder: to see every client in it, use icp-wizard workspace {tmp_path} (a window)" in folder.stderr
    typo = run("chekc", "--lang", "en")  # a mistyped command is still a usage error with its help
    assert "the command line is not right; see icp-wizard --help" in typo.stderr
