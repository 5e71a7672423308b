"""The installed program, not the source tree: builds the PyInstaller bundle once (about half a
minute to two minutes, plus installing the build lock into build/env the first time) and runs
the built executable, as an installer would deliver it.

Skipped, with the reason, when packaging/build.py cannot build here (no binutils, no lock).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import no_cjk_fonts
import pytest

from wizard.core.messages import Verbatim, message
from wizard.core.workspace import scanning, workercheck

ROOT = Path(__file__).resolve().parent.parent
# packaging/ is not a package, and the name `build` would clash with PyPA's build tool.
_SPEC = importlib.util.spec_from_file_location("icp_packaging_build", ROOT / "packaging" / "build.py")
packaging_build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(packaging_build)

pytestmark = [
    pytest.mark.skipif(packaging_build.cannot_build() is not None, reason=str(packaging_build.cannot_build())),
    pytest.mark.timeout(900),  # the build dominates; a cold PyInstaller cache on CI is slower
]
BUNDLE_LIMIT_MIB = 150  # the size target; a forgotten exclusion shows up here first


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory):
    # A private dist/ and build/: the test neither uses nor clobbers a maintainer's dist/.
    root = tmp_path_factory.mktemp("bundle")
    try:
        yield packaging_build.build(dist=root / "dist", work=root / "build", quiet=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)  # ~140 MB; pytest would keep three of them


def run(bundle: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ if env is None else env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(packaging_build.executable(bundle)), *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", env=env, timeout=300, cwd=ROOT)


def test_built_program_passes_its_self_test(bundle: Path) -> None:
    result = run(bundle, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == message("selftest.passed", "zh")
    assert message("selftest.library_data", "zh") in result.stdout  # the self-test speaks zh by default
    # Its workers start as Windows' and macOS' do (spawn), and as the workspace window's on Linux (forkserver).
    methods = Verbatim(", ".join(workercheck.start_methods_to_check()))
    assert message("selftest.workers", "zh", count=2, methods=methods) in result.stdout.splitlines()


def test_built_program_creates_the_main_window(bundle: Path) -> None:
    result = run(bundle, "--self-test", "--gui")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == message("guitest.passed", "zh")


def test_built_program_works_on_a_machine_without_chinese_fonts(bundle: Path, tmp_path: Path) -> None:
    """Its own font draws the wizard's Chinese and fills the PDFs, with fontconfig and the system search blind."""
    env = no_cjk_fonts.environment(tmp_path / "no-cjk")
    no_cjk_fonts.check_hidden(env)
    result = run(bundle, "--self-test", "--gui", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "导出：PDF" in result.stdout and result.stdout.splitlines()[-1] == message("guitest.passed", "zh")


def test_the_same_executable_runs_the_cli(bundle: Path) -> None:
    result = run(bundle, "check", "examples/demo/henan-with-gaps.yaml", "--as-of", "2026-11-23", "--lang", "en")
    assert result.returncode == 1, result.stdout + result.stderr  # 1: not ready
    assert "2026-11-23" in result.stdout
    assert run(bundle, "--version").stdout.strip().startswith("icp-wizard ")


@pytest.mark.parametrize("method", workercheck.start_methods_to_check())
def test_status_of_a_folder_on_workers_gives_the_rows_of_the_source_tree(bundle: Path, tmp_path: Path, method: str) -> None:
    """Each worker runs the built executable again (spawn everywhere on Windows and macOS; forkserver in
    the workspace window on Linux): it must become a worker, not run the CLI once more."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from workspace_clients import AS_OF, generate_clients

    folder = tmp_path / "clients"
    generate_clients(folder, scanning.IN_PROCESS_BELOW + scanning.CHUNK)  # enough for two workers
    command = ["status", str(folder), "--as-of", AS_OF.isoformat(), "--json", "--lang", "en"]
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "built"), **{scanning.START_METHOD_VARIABLE: method})
    built = run(bundle, *command, env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    source = subprocess.run([sys.executable, "-m", "wizard.core.commandline.cli", *command], capture_output=True, text=True,
                            encoding="utf-8", env=dict(os.environ, XDG_DATA_HOME=str(tmp_path / "source")), timeout=300)
    assert source.returncode == 0, source.stdout + source.stderr
    rows = json.loads(built.stdout)["clients"]
    assert len(rows) == scanning.IN_PROCESS_BELOW + scanning.CHUNK and rows == json.loads(source.stdout)["clients"]


def test_the_bundle_reads_its_own_cache_of_the_packs(bundle: Path, tmp_path: Path) -> None:
    """Built with the bundle (scripts/build_cache.py): a first `check` parses no YAML and writes no cache of its own."""
    inside = packaging_build.internal_dir(bundle)
    assert (inside / "cache" / "packs.pickle").is_file() and (inside / "cache" / "stdnum-cn-loc.pickle").is_file()
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    result = run(bundle, "check", "examples/henan.yaml", "--as-of", "2026-11-23", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not list((tmp_path / "data").rglob("*.pickle")), "the bundle's cache did not match: the packs were parsed"


def test_bundle_carries_the_data_and_leaves_out_unused_qt(bundle: Path) -> None:
    inside = packaging_build.internal_dir(bundle)
    for name in ("rules/national.yaml", "rules/tests", "examples/henan.yaml", "examples/demo/henan-with-gaps.yaml",
                 "resources/icons/icp-wizard-1024.png", "resources/translations/icp_wizard_en.qm"):
        assert (inside / name).exists(), name
    for name in ("resources/fonts/wqy-microhei.ttf", "resources/fonts/wqy-microhei.LICENSE.txt"):
        assert (inside / name).read_bytes() == (ROOT / name).read_bytes(), name
    assert not (inside / "resources/translations/icp_wizard_en.ts").exists()  # only the compiled .qm is needed
    names = [p.name for p in inside.rglob("*")]
    assert not [n for n in names if any(m in n for m in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6Pdf"))]
    assert not [n for n in names if n.endswith(".qm") and "zh_CN" not in n and not n.startswith("icp_wizard_")]
    megabytes, count = packaging_build.size_and_count(bundle)
    assert megabytes < BUNDLE_LIMIT_MIB, f"bundle is {megabytes:.0f} MiB ({count} files)"
