"""The bundled CJK font: the default of every PDF whatever fonts the machine has, and Qt's Chinese font
on a machine without one. Child processes see a machine with no Chinese font (tests/no_cjk_fonts.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import no_cjk_fonts
import pytest

from wizard.core.export import fonts
from wizard.core.messages import message
from wizard.core.runtime.resources import bundled_font

pypdf = pytest.importorskip("pypdf")

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "examples" / "demo" / "henan-with-gaps.yaml"
AS_OF = "2026-11-23"
FAMILY = "WenQuanYi Micro Hei"
POSTSCRIPT_NAME = "WenQuanYiMicroHei"

CHOSEN_FONT = "from wizard.core.export import fonts; print(fonts.font_path(fonts.register_cjk_font()))"


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=ROOT, timeout=timeout)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture
def hidden(tmp_path: Path) -> dict[str, str]:
    env = no_cjk_fonts.environment(tmp_path / "no-cjk")
    no_cjk_fonts.check_hidden(env)
    return env


@pytest.fixture
def present(tmp_path: Path) -> dict[str, str]:
    """This machine as it is (with whatever system fonts it has), settings kept out of the user's."""
    env = {k: v for k, v in os.environ.items() if k not in (fonts.ENV_FONT, fonts.ENV_NO_SYSTEM)}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def test_the_font_and_its_licence_are_in_resources() -> None:
    assert bundled_font() == ROOT / "resources" / "fonts" / "wqy-microhei.ttf"
    assert bundled_font().read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines, not CFF ("OTTO")
    licence = (bundled_font().parent / "wqy-microhei.LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0, January 2004" in licence  # the full text, not a pointer
    assert "WenQuanYi Project Board of Trustees" in licence


def test_the_bundled_font_comes_before_system_fonts_and_after_the_override(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(fonts.ENV_FONT, raising=False)
    monkeypatch.delenv(fonts.ENV_NO_SYSTEM, raising=False)
    order = [c.path for c in fonts.candidates()]
    assert order[0] == bundled_font() and len(order) > 1  # then the system's
    override = tmp_path / "mine.ttf"
    monkeypatch.setenv(fonts.ENV_FONT, f"{override}#1")
    assert fonts.candidates()[:2] == [fonts.Candidate(override, 1), fonts.Candidate(bundled_font())]
    monkeypatch.setenv(fonts.ENV_NO_SYSTEM, "1")
    assert [c.path for c in fonts.candidates()] == [override, bundled_font()]


def test_every_machine_gets_the_bundled_font_unless_told_otherwise(present, hidden, tmp_path) -> None:
    assert run(["-c", CHOSEN_FONT], present).stdout.strip() == str(bundled_font())
    assert run(["-c", CHOSEN_FONT], hidden).stdout.strip() == str(bundled_font())
    mine = tmp_path / "mine.ttf"
    shutil.copyfile(bundled_font(), mine)
    assert run(["-c", CHOSEN_FONT], dict(hidden, ICP_WIZARD_FONT=str(mine))).stdout.strip() == str(mine)


def test_a_system_font_is_the_fallback_when_the_bundled_one_is_gone(present, tmp_path) -> None:
    system = [c.path for c in fonts._system() if c.path.is_file()]
    if not system:
        pytest.skip("this machine has none of the system fonts the program knows")
    resources = tmp_path / "resources"  # a damaged install: everything but the font
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("fonts"))
    chosen = run(["-c", CHOSEN_FONT], dict(present, ICP_WIZARD_RESOURCES=str(resources))).stdout.strip()
    assert chosen == str(system[0])


def _export(env: dict[str, str], folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    report, checklist = folder / "report.pdf", folder / "checklist.pdf"
    run(["-m", "wizard.launch", "export", str(DEMO), "--as-of", AS_OF, "--pdf", str(report)], env)
    run(["-m", "wizard.launch", "export", str(DEMO), "--as-of", AS_OF, "--lang", "en", "--checklist", str(checklist)],
        env)
    return report, checklist


def _embedded_fonts(path: Path) -> set[tuple[str, bool]]:
    """(font name, has an embedded TrueType program) of every font the PDF's pages use."""
    found = set()
    for page in pypdf.PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]), embedded))
    return found


def test_exports_are_byte_identical_with_and_without_system_fonts(present, hidden, tmp_path) -> None:
    with_system = _export(present, tmp_path / "with-system-fonts")
    without = _export(hidden, tmp_path / "without")
    for made_here, made_bare in zip(with_system, without, strict=True):
        assert made_here.read_bytes() == made_bare.read_bytes(), made_here.name
        used = _embedded_fonts(made_bare)
        # reportlab names an embedded subset "AAAAAA+<PostScript name>"; nothing is left to the viewer.
        assert used and all(name.split("+")[-1] == POSTSCRIPT_NAME and embedded for name, embedded in used), used
        metadata = pypdf.PdfReader(str(made_bare)).metadata
        assert metadata["/CreationDate"] == "D:" + AS_OF.replace("-", "")  # the as-of date, no invented time


GUI_CHILD = r"""
import json, re, sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from wizard.gui import launcher
from wizard.gui.system import desktop
from wizard.gui.language.i18n import set_language

app = QApplication(sys.argv[:1])
if "--register" in sys.argv:
    desktop.add_bundled_font()  # as launcher.main does
window = launcher.create_window([])
set_language("zh")
app.processEvents()
labels, families, missing = 0, set(), 0
for label in window.findChildren(QLabel):
    chinese = "".join(re.findall(r"[\u4e00-\u9fff]", label.text()))
    if not chinese or not label.isVisible():
        continue
    labels += 1
    layout = QTextLayout(chinese, label.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    for run in layout.glyphRuns():
        families.add(run.rawFont().familyName())
        missing += list(run.glyphIndexes()).count(0)  # glyph 0 is the box drawn for a missing character
print(json.dumps({"labels": labels, "families": sorted(families), "missing": missing,
                  "can_draw_chinese": desktop.can_draw_chinese()}))
window.session.dirty = False
window.close()
"""


def test_the_wizard_draws_chinese_on_a_machine_without_a_chinese_font(hidden) -> None:
    env = dict(hidden, QT_QPA_PLATFORM="offscreen")
    drawn = json.loads(run(["-c", GUI_CHILD, "--register"], env).stdout.strip().splitlines()[-1])
    assert drawn["labels"] >= 5 and drawn["can_draw_chinese"], drawn
    assert drawn["missing"] == 0 and FAMILY in drawn["families"], drawn


def test_without_the_bundled_font_the_same_window_shows_boxes(hidden) -> None:
    """Proves both the simulation and the check above: they can fail."""
    if not any(folder.is_dir() for folder in no_cjk_fonts.LATIN_ONLY):
        pytest.skip("no Latin font either: Qt with no font at all crashes laying out text")
    boxes = json.loads(run(["-c", GUI_CHILD], dict(hidden, QT_QPA_PLATFORM="offscreen")).stdout.strip().splitlines()[-1])
    assert boxes["missing"] > 0 and not boxes["can_draw_chinese"], boxes


def test_gui_self_test_passes_without_system_fonts(hidden) -> None:
    done = run(["-m", "wizard.launch", "--self-test", "--gui"], dict(hidden, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert message("guitest.passed", "zh") in done.stdout and "导出：PDF" in done.stdout
