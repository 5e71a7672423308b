"""Templates are data: a bad one is refused with file:line: reason, and the others still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.kit.facts import CONTEXT_NAMES
from wizard.core.kit.templates import load_template, load_templates, template_files

from .conftest import ROOT

HEADER = """---
id: {id}
title: 测试文件
province: all
always: true
basis: inference
source:
  - {{ref: seed001, section: "§一"}}
reviewed: 2026-11-23
---
"""


def write(folder: Path, name: str, body: str, header: str | None = None) -> Path:
    path = folder / f"{name}.md"
    path.write_text((header if header is not None else HEADER.format(id=name)) + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "line", "code"), [
    ("第一行\n{% if company.name %}\n没有结束\n", None, "template.syntax"),
    ("第一行\n第二行 {{ company.name }\n", 12, "template.syntax"),
    ("第一行\n{{ ''.__class__ }}\n", 12, "template.internal"),
    ("{{ cycler.__init__.__globals__ }}\n", 11, "template.internal"),
    ("正文\n\n{{ company['__class__'] }}\n", 13, "template.internal"),
    ("{% set x = company|attr('__dict__') %}\n", 11, "template.internal"),
    ("{% include 'other.md' %}\n", 11, "template.include"),
    ("{{ compnay.name }}\n", 11, "template.unknown_value"),
    ("{{ company.name|nosuchfilter }}\n", 11, "template.syntax"),
])
def test_a_bad_template_is_refused_with_file_line_and_reason(tmp_path, body, line, code):
    good = write(tmp_path, "good", "本单位：{{ company.name }}\n")
    bad = write(tmp_path, "bad", body)
    loaded = load_templates([good, bad])
    assert [t.header.id for t in loaded.templates] == ["good"]  # the others still load
    (error,) = loaded.errors
    described = error.describe()
    assert described.startswith(f"{bad}:"), described
    if line is not None:
        assert error.line == line, described
    else:
        assert error.line is not None
    assert error.code == code, described


def test_a_broken_front_matter_names_its_line(tmp_path):
    header = HEADER.format(id="x").replace("basis: inference", "basis: hearsay")
    path = write(tmp_path, "x", "正文\n", header)
    loaded = load_templates([path])
    (error,) = loaded.errors
    assert error.line == 6 and "basis" in error.describe()


def test_unknown_source_and_province_are_refused(tmp_path):
    unknown_source = write(tmp_path, "a", "正文\n", HEADER.format(id="a").replace("seed001", "seed999"))
    unknown_province = write(tmp_path, "b", "正文\n", HEADER.format(id="b").replace("province: all",
                                                                                   "province: [atlantis]"))
    loaded = load_templates([unknown_source, unknown_province], known_sources={"seed001"})
    assert sorted(e.code for e in loaded.errors) == ["template.unknown_province", "template.unknown_source"]
    reasons = sorted(e.describe() for e in loaded.errors)
    assert any("seed999" in r for r in reasons) and any("atlantis" in r for r in reasons)


def test_the_sandbox_stops_what_the_static_check_cannot_see(tmp_path):
    """A string method reached by a computed name is still refused when the template runs."""
    from wizard.core.kit.render import render_blocks
    from wizard.core.kit.templates import TemplateError

    path = write(tmp_path, "s", "第一行\n{% set name = 'mro' %}{{ (company|list).pop() }}\n")
    template = load_template(path, known_names=CONTEXT_NAMES)
    with pytest.raises(TemplateError) as caught:
        render_blocks(template, {"company": ["a"]})
    assert caught.value.line == 12 and str(path) in caught.value.describe()


def test_every_shipped_template_names_its_source_province_and_review_date():
    files = template_files()
    assert len(files) >= 16
    loaded = load_templates(files)
    assert not loaded.errors, [e.describe() for e in loaded.errors]
    for template in loaded.templates:
        header = template.header
        assert header.source and header.reviewed and header.basis and header.province


def test_the_documented_names_are_the_context_names():
    readme = (ROOT / "resources" / "templates" / "README.md").read_text(encoding="utf-8")
    for name in CONTEXT_NAMES:
        assert f"`{name}" in readme, name
