"""Every case of the malformed-input corpus (tests/bad_inputs), through the CLI and the GUI.

Bad input must be answered with one plain line (file, field or line, reason) and
exit code 2, never a traceback or a hang; good-but-unusual input must load and
evaluate; and nothing may change the file it was given. Reasons are checked by their
code and by the program's own sentence for it, never by a library's wording.
"""

from __future__ import annotations

import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from wizard.core.messages import CATALOG, Reason

from .conftest import AS_OF, EXAMPLES, ROOT, load_corpus_module, run_cli

make = load_corpus_module()
MANIFEST = make.load_manifest()
CASES = sorted(MANIFEST)
TIME_LIMIT_S = 20


def test_the_corpus_is_big_enough_and_complete():
    assert len(CASES) >= 40
    committed = {p.name for p in make.HERE.iterdir() if p.suffix in (".yaml", ".json") and p.name != "expected.yaml"}
    generated = set(make.GENERATORS)
    assert committed | generated == set(CASES), "every file has an expected outcome, and every outcome a file"
    for name, spec in MANIFEST.items():
        assert spec["expect"] in ("error", "loads"), name
        assert bool(spec.get("generated")) == (name in generated), name
        if spec["expect"] == "error":
            assert spec.get("code") in CATALOG, f"{name}: an error case names the code of its reason"
            assert spec.get("cli_code", spec["code"]) in CATALOG, name


def _build(name: str, folder: Path):
    try:
        return make.materialise(name, folder)
    except make.Unavailable as exc:
        pytest.skip(str(exc))


def expected_reason(name: str, path: Path, cli: bool = False) -> Reason:
    """The reason the manifest expects, with the parameters the core found (e.g. the quoted value)."""
    from wizard.core.application.documents import load_application
    from wizard.core.runtime.errors import InputError

    spec = MANIFEST[name]
    if cli and "cli_code" in spec:
        return Reason(spec["cli_code"])
    with pytest.raises(InputError) as caught:
        load_application(path)
    assert caught.value.code == spec["code"], caught.value
    return caught.value.reason


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory):
    """Every case checked by `icp-wizard check` in its own process; a few run side by side."""
    folder = tmp_path_factory.mktemp("corpus_cli")
    built = {}
    for name in CASES:
        try:
            path = make.materialise(name, folder)
        except make.Unavailable:
            continue
        built[name] = (path, make.snapshot(path))

    def check(name):
        path, _ = built[name]
        start = time.monotonic()
        try:
            result = run_cli("check", str(path), "--province", "henan", "--as-of", AS_OF, timeout=TIME_LIMIT_S)
        except Exception as exc:  # noqa: BLE001 - subprocess.TimeoutExpired above all: a hang is a failure
            return exc, time.monotonic() - start
        return result, time.monotonic() - start

    with ThreadPoolExecutor(max_workers=max(2, min(4, (os.cpu_count() or 2)))) as pool:
        outcomes = dict(zip(built, pool.map(check, built), strict=True))
    return {name: (*built[name], *outcomes[name]) for name in built}


@pytest.mark.parametrize("name", CASES)
def test_cli_answers_in_one_line_and_changes_nothing(name, cli_results):
    if name not in cli_results:
        pytest.skip("this case cannot be built on this system")
    path, before, result, seconds = cli_results[name]
    assert not isinstance(result, Exception), f"{name}: {result!r}"
    assert seconds < TIME_LIMIT_S
    spec = MANIFEST[name]
    assert "Traceback" not in result.stderr + result.stdout
    if spec["expect"] == "loads":
        assert result.returncode in (0, 1), result.stderr
        assert result.stderr == ""
        assert result.stdout.strip(), "an accepted file gets a report"
    else:
        assert result.returncode == 2, result.stdout[-500:] + result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        line = lines[0]
        assert line.startswith("icp-wizard: ")
        assert str(path) in line, "the line names the file"
        assert line.endswith(": " + expected_reason(name, path, cli=True).full("zh")), "the program's reason, in zh"
        if spec.get("field"):
            assert f": {spec['field']}: " in line
        if spec.get("line") and "cli_code" not in spec:
            assert f"{path}:{spec['line']}: " in line
        assert len(line) < 1000, "the reason stays readable"
    assert make.snapshot(path) == before, "checking a file never changes it"


def _value(application, dotted: str):
    from wizard.core.application.fieldpaths import get_value

    return get_value(application, dotted)


@pytest.mark.parametrize("name", CASES)
def test_core_reports_field_and_line(name, tmp_path):
    """load_application raises InputError with the manifest's field and line; accepted ones evaluate everywhere."""
    from wizard.core.application.documents import load_application
    from wizard.core.engine import evaluate
    from wizard.core.rulepack.loader import load_packs
    from wizard.core.runtime.errors import InputError

    path = _build(name, tmp_path)
    before = make.snapshot(path)
    spec = MANIFEST[name]
    if spec["expect"] == "error":
        with pytest.raises(InputError) as caught:
            load_application(path)
        error = caught.value
        assert error.file == str(path)
        assert error.code == spec["code"]
        if spec.get("field"):
            assert error.field == spec["field"]
        if spec.get("line"):
            assert error.line == spec["line"]
    else:
        application = load_application(path)
        for dotted, expected in (spec.get("values") or {}).items():
            actual = _value(application, dotted)
            assert str(actual) == str(expected), dotted
        for pack in load_packs().packs.values():
            report = evaluate(application, pack)
            assert report.verdict is not None
    assert make.snapshot(path) == before


@pytest.mark.parametrize("name", CASES)
def test_gui_warns_once_and_keeps_the_open_document(name, make_window, dialogs, tmp_path):
    current = tmp_path / "current.yaml"
    shutil.copyfile(EXAMPLES / "henan.yaml", current)
    window = make_window([str(current)])
    kept = window.session.application.model_dump()
    dialogs.shown.clear()
    path = _build(name, tmp_path / "case")
    before = make.snapshot(path)
    spec = MANIFEST[name]
    opened = window.open_path(str(path))
    if spec["expect"] == "loads":
        assert opened is True
        assert dialogs.shown == []
        assert window.session.path == str(path)
    else:
        assert opened is False
        assert [kind for kind, _title, _text in dialogs.shown] == ["warning"]
        text = dialogs.shown[0][2]
        assert expected_reason(name, path).full("zh") in text
        if spec.get("field"):
            assert spec["field"] in text
        assert window.session.path == str(current), "the open document stays open"
        assert window.session.application.model_dump() == kept
        assert not window.session.dirty
    assert make.snapshot(path) == before


def test_a_broken_rule_pack_among_good_ones(tmp_path):
    """Corrupting one pack leaves the others usable; the CLI names the broken file and line."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    shanghai = rules / "shanghai.yaml"
    lines = shanghai.read_text(encoding="utf-8").splitlines(keepends=True)
    broken_line = len(lines) // 2
    lines.insert(broken_line - 1, "  broken: {unclosed: [\n")
    shanghai.write_text("".join(lines), encoding="utf-8")
    gansu = rules / "gansu.yaml"
    gansu.write_text(gansu.read_text(encoding="utf-8").replace("reviewed:", "reviewed: not-a-date #", 1), encoding="utf-8")

    result = run_cli("check", str(EXAMPLES / "henan.yaml"), "--as-of", AS_OF, env={"ICP_WIZARD_RULES": str(rules)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    refused = [line for line in result.stderr.splitlines() if line.startswith("icp-wizard: 规则包已跳过：")]
    assert len(refused) == 2 and len(result.stderr.splitlines()) == 2, result.stderr
    assert any(f"{shanghai}:" in line for line in refused)
    assert any(f"{gansu}:" in line for line in refused)
    import re

    line_numbers = [int(m[1]) for m in (re.search(r"shanghai\.yaml:(\d+):", line) for line in refused) if m]
    assert line_numbers and abs(line_numbers[0] - broken_line) <= 2
    assert all(re.search(r"\.yaml:\d+: ", line) for line in refused), "file:line for each refused pack"

    other = run_cli("check", str(EXAMPLES / "shanxi.yaml"), "--as-of", AS_OF, env={"ICP_WIZARD_RULES": str(rules)})
    assert other.returncode == 0, other.stderr
    wanted = run_cli("check", str(EXAMPLES / "shanghai.yaml"), "--as-of", AS_OF, "--lang", "en",
                     env={"ICP_WIZARD_RULES": str(rules)})
    available = "henan, shanxi"  # gansu is broken too
    assert wanted.returncode == 2
    assert Reason("cli.no_pack", {"province": "shanghai", "available": available}).text("en") in wanted.stderr
