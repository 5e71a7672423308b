"""Shared set-up for the materials-kit tests: packs, templates and a kit-building helper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wizard.core.application.documents import load_application
from wizard.core.engine import evaluate
from wizard.core.kit.packet import build_kit
from wizard.core.kit.templates import load_templates
from wizard.core.rulepack.loader import load_packs

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def packs():
    return load_packs()


@pytest.fixture(scope="session")
def templates(packs):
    loaded = load_templates(known_sources={s for p in packs.packs.values() for s in p.sources})
    assert not loaded.errors, [e.describe() for e in loaded.errors]
    return loaded


@pytest.fixture
def make_kit(packs, templates, tmp_path):
    def make(example: str | Path, *, application=None, pack=None, **options):
        application = application or load_application(EXAMPLES / example)
        pack = pack or packs.packs[application.scope.province]
        report = evaluate(application, pack, AS_OF)
        target = options.pop("target", tmp_path / "kit")
        return build_kit(application, pack, report, target, templates=options.pop("templates", templates),
                         **options)

    return make


def docx_text(path: Path) -> str:
    """Every paragraph and table cell of a DOCX, read back with python-docx."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def highlighted(path: Path) -> list[str]:
    """Text of the yellow-highlighted runs (the placeholders), in paragraphs and tables."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs += cell.paragraphs
    return [run.text for p in paragraphs for run in p.runs if run.font.highlight_color == WD_COLOR_INDEX.YELLOW]
